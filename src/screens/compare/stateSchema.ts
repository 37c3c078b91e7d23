/**
 * What the compare view holds, as a zod schema: it travels in share links and is validated
 * there like everything else. Loaded with the reading of a link, not with the page (README,
 * Method: Speed).
 */
import { z } from 'zod/mini';
import { shortId as Id, Track } from '../../engine/index.ts';

/**
 * One column of the compare view: a scenario (null: the one being edited), optionally put on
 * another track, optionally under a reform package (a shipped package's id).
 */
export const CompareColumn = z.strictObject({
  scenarioId: z.nullable(Id()),
  track: z.nullable(Track),
  reformId: z.nullable(Id()),
});
export type CompareColumn = z.infer<typeof CompareColumn>;

export const CompareState = z.strictObject({
  columns: z.array(CompareColumn).check(z.minLength(1), z.maxLength(6)),
});
export type CompareState = z.infer<typeof CompareState>;
