/**
 * The shipped scenarios' notes on where each default comes from (`provenance`), by scenario id
 * (each file is named for its scenario's id; test/unit/data/data.test.ts checks): most of a
 * scenario's bytes, which the first figures do not need. The built app loads this module after
 * them, and its catalogue's scenarios come without their notes (`scenarioNumbersOnly` in
 * vite.config.ts; README, Method: Speed). A Vite glob import: only the app and its tests load
 * this module, never the command line.
 */
import type { Provenance } from '../engine/index.ts';

type Notes = Readonly<Record<string, Provenance>>;

// The build parsed these files with the scenario schema (checkShippedData).
const files = import.meta.glob<Notes | undefined>('../../data/scenarios/*.json', {
  eager: true,
  import: 'provenance',
});

export const scenarioNotes: Readonly<Record<string, Notes>> = Object.fromEntries(
  Object.entries(files).map(([path, notes]) => [path.replace(/^.*\/|\.json$/g, ''), notes ?? {}]),
);
