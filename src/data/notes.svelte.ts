/**
 * The notes on where a default comes from (`provenance`): most of a scenario's text, and of a
 * buyer group's. Share links carry the numbers without them (a link of ~2 kB instead of ~10 kB),
 * and the built app loads the shipped notes after the first figures (README, Method: Speed): a
 * draft without notes gets its shipped scenario's from there (App.svelte, Workspace.addNotes),
 * a segment that names a buyer group gets the group's, and the list of sources comes with them.
 */
import type { Scenario, Source } from '../engine/index.ts';
import { buyerGroups, shippedScenarios, sourceRegistry } from './catalog.ts';
import type { Notes } from './notesChunk.ts';

/** Loaded by `loadShippedNotes`; from source (the tests, the dev server) the catalogue has them. */
let loaded = $state.raw<typeof import('./notesChunk.ts') | null>(null);

/** Brings the shipped notes, once: the app asks once its first figures are painted. */
export async function loadShippedNotes(): Promise<void> {
  loaded ??= await import('./notesChunk.ts');
}

/** The notes of the shipped scenario `id`, or undefined (not shipped, or not loaded yet). */
export function shippedNotes(id: string): Notes | undefined {
  return shippedScenarios.find((s) => s.id === id)?.provenance ?? loaded?.scenarioNotes[id];
}

/** The notes of the shipped buyer group `id`, or undefined (not shipped, or not loaded yet). */
export function shippedGroupNotes(id: string): Notes | undefined {
  return buyerGroups.find((g) => g.id === id)?.provenance ?? loaded?.groupNotes[id];
}

/** The sources the notes cite (data/sources.json): none until loaded. */
export function shippedSources(): readonly Source[] {
  return loaded?.sources ?? sourceRegistry.sources;
}

/** A source id as its publisher, title and date; an unknown id (or one not loaded yet) as it is. */
export function sourceTitle(id: string): string {
  const source = shippedSources().find((s) => s.id === id);
  return source ? `${source.publisher}「${source.title}」${source.date ?? ''}` : id;
}

export function withoutProvenance(scenario: Scenario): Scenario {
  const numbers = { ...scenario };
  delete numbers.provenance;
  return numbers;
}
