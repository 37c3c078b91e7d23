/**
 * What the policy lab holds, as a zod schema: it travels in share links and is validated there
 * like everything else. Loaded with the reading of a link or with the lab, not with the page
 * (README, Method: Speed).
 */
import { z } from 'zod/mini';
import { ReformPackage, shortId as Id, wholeBetween } from '../../engine/index.ts';

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
