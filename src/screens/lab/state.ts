/** What the policy lab holds when it opens; its schema (stateSchema.ts) loads with a link. */
import type { LabState } from './stateSchema.ts';

export type { LabState };

export const CUSTOM_REFORM = 'custom';

/**
 * The shipped population under the FY2025 plan. An archetype the counts or scenarios leave out
 * has its shipped count and scenario (labPopulation.ts), so the default names none: the
 * population loads with the lab, not with the first figures (README, Method: Speed).
 */
export function defaultLab(): LabState {
  return {
    counts: {},
    scenarioIds: {},
    reformId: 'fy2025-plan',
    customLevers: {},
  };
}
