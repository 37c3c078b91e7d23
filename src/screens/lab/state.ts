/**
 * What the policy lab holds, as a zod schema: it travels in share links and is validated there
 * like everything else.
 */
import { z } from 'zod/mini';
import { ReformPackage, shortId as Id, wholeBetween } from '../../engine/index.ts';
import { shippedPopulation } from '../../data/catalog.ts';

/**
 * Per archetype (by id) its vendor count and the shipped scenario it uses, and the package: a
 * shipped one by id, or "custom" built from levers.
 */
export const LabState = z.strictObject({
  counts: z.record(Id(), wholeBetween(0, 1_000_000)),
  scenarioIds: z.record(Id(), Id()),
  reformId: Id(),
  customLevers: ReformPackage.shape.levers,
});
export type LabState = z.infer<typeof LabState>;

export const CUSTOM_REFORM = 'custom';

export function defaultLab(): LabState {
  return {
    counts: Object.fromEntries(shippedPopulation.archetypes.map((a) => [a.id, a.count])),
    scenarioIds: Object.fromEntries(shippedPopulation.archetypes.map((a) => [a.id, a.scenario.id])),
    reformId: 'fy2025-plan',
    customLevers: {},
  };
}
