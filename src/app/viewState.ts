/**
 * What the compare view and the policy lab hold, as zod schemas: they travel in share links and
 * are validated there like everything else.
 */
import { z } from 'zod';
import { ReformPackage, Track } from '../engine/index.ts';

export const View = z.enum(['estimate', 'compare', 'lab']);
export type View = z.infer<typeof View>;

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

/**
 * The policy lab: per archetype (by id) its vendor count and the shipped scenario it uses, and
 * the package: a shipped one by id, or "custom" built from levers.
 */
export const LabState = z.strictObject({
  counts: z.record(Id, z.int().min(0).max(1_000_000)),
  scenarioIds: z.record(Id, Id),
  reformId: Id,
  customLevers: ReformPackage.shape.levers,
});
export type LabState = z.infer<typeof LabState>;

export const CUSTOM_REFORM = 'custom';
