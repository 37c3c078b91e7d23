/** What the estimate keeps when it opens; its schema (stateSchema.ts) loads with a share link. */
import type { EstimateState } from './stateSchema.ts';

export type { EstimateState };

export function defaultEstimate(): EstimateState {
  // The reforms the government announced at the working group, dated as it dated them.
  return { expectedReformId: 'fy2025-plan' };
}
