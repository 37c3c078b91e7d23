/**
 * What the compare view holds, as a zod schema: it travels in share links and is validated
 * there like everything else.
 */
import { z } from 'zod';
import { Track } from '../../engine/index.ts';

const Id = z.string().min(1).max(200);

/**
 * One column of the compare view: a scenario (null: the one being edited), optionally put on
 * another track, optionally under a reform package (a shipped package's id).
 */
export const CompareColumn = z.strictObject({
  scenarioId: Id.nullable(),
  track: Track.nullable(),
  reformId: Id.nullable(),
});
export type CompareColumn = z.infer<typeof CompareColumn>;

export const CompareState = z.strictObject({
  columns: z.array(CompareColumn).min(1).max(6),
});
export type CompareState = z.infer<typeof CompareState>;

export function defaultCompare(): CompareState {
  // The question a founder asks first: apply for ISMAP, or stay with ISO 27017?
  return {
    columns: [
      { scenarioId: null, track: null, reformId: null },
      { scenarioId: null, track: 'iso27017-only', reformId: null },
    ],
  };
}
