/**
 * The notes on where a default comes from (`provenance`): most of a scenario's text, and of a
 * buyer group's. Share links carry the numbers without them (a link of ~2 kB instead of ~10 kB),
 * and the built app's catalogue comes without them (`notesApart` in vite.config.ts): each part
 * is a chunk of its own, loaded when something needs it (README, Method: Speed). A draft's
 * scenario's notes and the list of sources come once the first figures are painted (App.svelte,
 * Workspace.addNotes); the buyer groups' when a segment takes a group (SegmentsEditor.svelte).
 * A visit fetches one scenario's notes of the seven (about 8 kB gzip of the 28) and the sources
 * (3 kB).
 * Vite glob imports: only the app and its tests load this module, never the command line.
 */
import type { Provenance, Scenario, Source } from '../engine/index.ts';
import { buyerGroups, shippedScenarios, sourceRegistry } from './catalog.ts';

export type Notes = Readonly<Record<string, Provenance>>;

// One loader a file; the build parsed these files with the engine's schemas (catalog.ts).
const scenarioFiles = import.meta.glob<Notes | undefined>('../../data/scenarios/*.json', {
  import: 'provenance',
});
const [groupsFile] = Object.values(
  import.meta.glob<{ id: string; provenance: Notes }[]>('../../data/markets.json', {
    import: 'groups',
  }),
);
const [sourcesFile] = Object.values(
  import.meta.glob<Source[]>('../../data/sources.json', { import: 'sources' }),
);

let scenarioNotes = $state.raw<Readonly<Record<string, Notes>>>({});
let groupNotes = $state.raw<Readonly<Record<string, Notes>> | null>(null);
let sources = $state.raw<readonly Source[] | null>(null);

/** Each part is asked for once; a failed load (offline before the chunk was kept) may be retried. */
const loads = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let loading = loads.get(key) as Promise<T> | undefined;
  if (!loading) {
    loading = load();
    loads.set(key, loading);
    loading.catch(() => loads.delete(key));
  }
  return loading;
}

/** Brings the notes of the shipped scenario `id` (none for any other id), once. */
export function loadScenarioNotes(id: string): Promise<Notes | undefined> {
  const file = scenarioFiles[`../../data/scenarios/${id}.json`];
  if (!file) return Promise.resolve(undefined);
  return once(`scenario:${id}`, async () => {
    const notes = (await file()) ?? {};
    scenarioNotes = { ...scenarioNotes, [id]: notes };
    return notes;
  });
}

/** Brings every shipped buyer group's notes, by group id, once. */
export function loadGroupNotes(): Promise<Readonly<Record<string, Notes>>> {
  return once('groups', async () => {
    const groups = (await groupsFile!()).map((g) => [g.id, g.provenance] as const);
    return (groupNotes = Object.fromEntries(groups));
  });
}

/** Brings the list of sources the notes cite (data/sources.json), once. */
export function loadSources(): Promise<readonly Source[]> {
  return once('sources', async () => (sources = await sourcesFile!()));
}

/** The notes of the shipped scenario `id`, or undefined (not shipped, or not loaded yet). */
export function shippedNotes(id: string): Notes | undefined {
  return shippedScenarios.find((s) => s.id === id)?.provenance ?? scenarioNotes[id];
}

/** The notes of the shipped buyer group `id`, or undefined (not shipped, or not loaded yet). */
export function shippedGroupNotes(id: string): Notes | undefined {
  return buyerGroups.find((g) => g.id === id)?.provenance ?? groupNotes?.[id];
}

/** The sources the notes cite (data/sources.json): none in the built app until loaded. */
export function shippedSources(): readonly Source[] {
  return sources ?? sourceRegistry.sources;
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
