/**
 * What the estimate keeps, as a zod schema (it travels in share links): the reform package the
 * decision expects, by its shipped id, or none. Loaded with the reading of a link, not with the
 * page (README, Method: Speed).
 */
import { z } from 'zod/mini';
import { shortId } from '../../engine/index.ts';

export const EstimateState = z.strictObject({
  expectedReformId: z.nullable(shortId()),
});
export type EstimateState = z.infer<typeof EstimateState>;
