/**
 * What the estimate keeps, as a zod schema (it travels in share links): the reform package the
 * decision expects, by its shipped id, or none.
 */
import { z } from 'zod/mini';
import { shortId } from '../../engine/index.ts';

export const EstimateState = z.strictObject({
  expectedReformId: z.nullable(shortId()),
});
export type EstimateState = z.infer<typeof EstimateState>;

export function defaultEstimate(): EstimateState {
  // The reforms the government announced at the working group, dated as it dated them.
  return { expectedReformId: 'fy2025-plan' };
}
