/**
 * The notes on where the shipped defaults come from (`provenance`) that the app shows, and the
 * sources they cite: each scenario's notes, by scenario id (each file is named for its scenario's id; test/unit/data/data.test.ts
 * checks), and each buyer group's, by group id. They are most of the data's bytes, which the
 * first figures do not need: the built app loads this module after them, and its catalogue comes
 * without them (`notesApart` in vite.config.ts; README, Method: Speed). Vite glob imports: only
 * the app and its tests load this module, never the command line.
 */
import type { Provenance, Source } from '../engine/index.ts';

export type Notes = Readonly<Record<string, Provenance>>;

// The build parsed these files with the engine's schemas (src/data/catalog.ts).
const scenarioFiles = import.meta.glob<Notes | undefined>('../../data/scenarios/*.json', {
  eager: true,
  import: 'provenance',
});
const marketsFile = import.meta.glob<{ id: string; provenance: Notes }[]>(
  '../../data/markets.json',
  { eager: true, import: 'groups' },
);

const sourcesFile = import.meta.glob<Source[]>('../../data/sources.json', {
  eager: true,
  import: 'sources',
});

export const scenarioNotes: Readonly<Record<string, Notes>> = Object.fromEntries(
  Object.entries(scenarioFiles).map(([path, notes]) => [
    path.replace(/^.*\/|\.json$/g, ''),
    notes ?? {},
  ]),
);

export const groupNotes: Readonly<Record<string, Notes>> = Object.fromEntries(
  Object.values(marketsFile)
    .flat()
    .map((group) => [group.id, group.provenance]),
);

/** The list of sources (data/sources.json) that the notes cite. */
export const sources: readonly Source[] = Object.values(sourcesFile).flat();
