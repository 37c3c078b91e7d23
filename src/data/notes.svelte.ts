/**
 * The notes on where a scenario's defaults come from (`provenance`): most of a scenario's text.
 * Share links carry the numbers without them (a link of ~2 kB instead of ~10 kB), and the built
 * app loads the shipped scenarios' notes after the first figures (README, Method: Speed): a
 * draft without notes gets its shipped scenario's from there (App.svelte, Workspace.addNotes).
 */
import type { Provenance, Scenario } from '../engine/index.ts';
import { shippedScenarios } from './catalog.ts';

type Notes = Readonly<Record<string, Provenance>>;

/** Loaded by `loadShippedNotes`; from source (the tests, the dev server) the catalogue has them. */
let loaded = $state.raw<Readonly<Record<string, Notes>> | null>(null);

/** Brings the shipped scenarios' notes, once: the app asks once its first figures are painted. */
export async function loadShippedNotes(): Promise<void> {
  loaded ??= (await import('./scenarioNotes.ts')).scenarioNotes;
}

/** The notes of the shipped scenario `id`, or undefined (not shipped, or not loaded yet). */
export function shippedNotes(id: string): Notes | undefined {
  return shippedScenarios.find((s) => s.id === id)?.provenance ?? loaded?.[id];
}

export function withoutProvenance(scenario: Scenario): Scenario {
  const numbers = { ...scenario };
  delete numbers.provenance;
  return numbers;
}
