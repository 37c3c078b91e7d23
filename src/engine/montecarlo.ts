/**
 * Monte Carlo over every ranged input (README, Method: Uncertainty): triangular draws from a seeded
 * PRNG, so the same seed gives the same numbers everywhere.
 */
import { npvOf } from './evaluate.ts';
import { quantileSorted } from './finance.ts';
import { mulberry32, triangular } from './prng.ts';
import { formatPath, inputSlots, resolveMode, type InputSlot } from './resolve.ts';
import type { Scenario } from './schema.ts';
import type { Share, Yen } from './units.ts';

export interface HistogramBin {
  /** NPV bounds of the bin, yen; the last bin includes its upper bound. */
  from: number;
  to: number;
  count: number;
}

export interface MonteCarloResult {
  samples: number;
  seed: number;
  /** NPV quantiles and mean. */
  p10: Yen;
  p50: Yen;
  p90: Yen;
  mean: Yen;
  probNpvPositive: Share;
  histogram: HistogramBin[];
}

export interface MonteCarloOptions {
  samples: number;
  seed: number;
  bins?: number;
  /** Start the plan this many years into the horizon (a decision option's wait). */
  delayYears?: number;
}

export const DEFAULT_SAMPLES = 10_000;
export const DEFAULT_SEED = 20241209; // the day of the working group
/** Draws of the market model's parameter ranges for its P10–P90 bands: the app's and the CLI's. */
export const DEFAULT_MARKET_DRAWS = 1_000;

/**
 * The win rates without a credential and with ISO/IEC 27017 are drawn from the same uniform as
 * the win rate with the listing: their corners are ordered against the one without (the schema
 * checks it) and the triangular inverse CDF is monotone in them, so every sample keeps each
 * credential's rate ≥ the rate without, while each keeps its own distribution.
 */
export function drawGroups(slots: InputSlot[]): number[] {
  const groups = new Map<string, number>();
  return slots.map((slot) => {
    const key = formatPath(slot.path).replace(/winRateWith(out|Iso27017)$/, 'winRateWith');
    if (!groups.has(key)) groups.set(key, groups.size);
    return groups.get(key) as number;
  });
}

/** The NPV of `samples` draws, in draw order. */
export function sampleNpvs(
  scenario: Scenario,
  samples: number,
  seed: number,
  delayYears = 0,
): Float64Array {
  const point = resolveMode(scenario);
  const slots = inputSlots(scenario, point);
  const group = drawGroups(slots);
  const draws = new Float64Array(Math.max(0, ...group) + 1);
  const random = mulberry32(seed);
  const npvs = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    for (let g = 0; g < draws.length; g++) draws[g] = random();
    for (let k = 0; k < slots.length; k++) {
      const { estimate, set } = slots[k]!;
      set(triangular(draws[group[k]!]!, estimate.low, estimate.mode, estimate.high));
    }
    npvs[i] = npvOf(point, delayYears);
  }
  return npvs;
}

/** Equal-width bins from the smallest to the largest value; one bin when all are equal. */
export function histogram(sorted: Float64Array, bins: number): HistogramBin[] {
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  const width = (max - min) / bins;
  // Subnormal or overflowing spreads cannot be split into bins.
  if (!(width > 0 && Number.isFinite(width))) return [{ from: min, to: max, count: sorted.length }];
  // Bounds kept within [min, max]: with tiny spreads, min + b × width can round past max.
  const edge = (b: number) => (b >= bins ? max : Math.min(max, min + b * width));
  const out = Array.from({ length: bins }, (_, b) => ({
    from: edge(b),
    to: edge(b + 1),
    count: 0,
  }));
  for (const value of sorted) {
    const b = Math.min(bins - 1, Math.floor((value - min) / width));
    (out[b] as HistogramBin).count++;
  }
  return out;
}

export function monteCarlo(scenario: Scenario, options: MonteCarloOptions): MonteCarloResult {
  const { samples, seed, bins = 20, delayYears = 0 } = options;
  const sorted = sampleNpvs(scenario, samples, seed, delayYears).sort();
  let sum = 0;
  let positive = 0;
  for (const npv of sorted) {
    sum += npv;
    if (npv > 0) positive++;
  }
  return {
    samples,
    seed,
    p10: quantileSorted(sorted, 0.1) as Yen,
    p50: quantileSorted(sorted, 0.5) as Yen,
    p90: quantileSorted(sorted, 0.9) as Yen,
    mean: (samples > 0 ? sum / samples : Number.NaN) as Yen,
    probNpvPositive: (samples > 0 ? positive / samples : Number.NaN) as Share,
    histogram: histogram(sorted, bins),
  };
}
