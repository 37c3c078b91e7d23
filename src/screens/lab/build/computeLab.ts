/**
 * Everything the lab shows, computed in one call: the population before any reform and after
 * each package, and each lever of the chosen package on its own. The worker runs it with the
 * Monte Carlo; the page runs it without (samples 0) to show point values at once.
 *
 * The engine's zod-free entry, not the barrel, so the worker bundle carries only the model (no
 * zod, no data).
 */
import {
  comparePackages,
  rankLevers,
  shareOfEffect,
  type LeverImpact,
  type LeverShare,
  type Population,
  type PopulationResult,
  type ReformPackage,
} from '../../../engine/compute.ts';

/** Monte Carlo draws per archetype and package (the policy CLI's default too). */
export const LAB_SAMPLES = 2_000;

export interface LabRequest {
  population: Population;
  packages: ReformPackage[];
  /** The chosen package's id: its levers are ranked. */
  selected: string;
  samples: number;
  seed: number;
}

export interface LabResult {
  before: PopulationResult;
  /** One entry per package, in the request's order. */
  after: { reform: string; result: PopulationResult }[];
  /** The chosen package's levers alone, best first (point values). */
  ranking: LeverImpact[];
  /**
   * Each of the chosen package's levers' share of its whole effect (Shapley values): computed
   * with the Monte Carlo (in the worker), null for point values or past 12 levers.
   */
  shares: { reform: string; levers: LeverShare[] } | null;
  /** Draws per archetype behind the probabilities; 0 for point values only. */
  samples: number;
}

export function computeLab(request: LabRequest): LabResult {
  const { population, packages, selected, samples, seed } = request;
  const { before, after } = comparePackages(population, packages, { samples, seed });
  const levers = packages.find((p) => p.id === selected)?.levers ?? {};
  // 2^levers populations: the worker's work, not a keystroke's.
  const shared = samples > 0 ? shareOfEffect(population, levers) : null;
  return {
    before,
    after,
    ranking: rankLevers(population, levers),
    shares: shared ? { reform: selected, levers: shared } : null,
    samples,
  };
}

/** The population after the package `reformId`, or before any reform when it is not there. */
export function afterPackage(result: LabResult, reformId: string): PopulationResult {
  return result.after.find((a) => a.reform === reformId)?.result ?? result.before;
}
