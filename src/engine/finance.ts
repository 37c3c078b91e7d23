/** Discounting, payback and order statistics. Money in yen, rates as decimals a year. */

/**
 * End-of-year discount factor for year t (1-based): (1 + r)^−t.
 * Example: r = 0.1, t = 2 → 1 ÷ 1.21 ≈ 0.8264.
 */
export function discountFactor(ratePerYear: number, year: number): number {
  return Math.pow(1 + ratePerYear, -year);
}

/**
 * First year (1-based) whose cumulative net is ≥ 0, or null when none is.
 * Example: nets [−10, 4, 6] → cumulative [−10, −6, 0] → 3.
 */
export function paybackYear(cumulativeNet: ArrayLike<number>): number | null {
  for (let i = 0; i < cumulativeNet.length; i++) {
    if ((cumulativeNet[i] as number) >= 0) return i + 1;
  }
  return null;
}

/**
 * Quantile q ∈ [0, 1] of values sorted ascending, interpolating linearly between order
 * statistics (Hyndman & Fan type 7, the default of R and NumPy).
 * Example: [1, 2, 3, 4] at 0.5 → 2.5.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(n - 1, below + 1);
  const lower = sorted[below] as number;
  return lower + ((sorted[above] as number) - lower) * (position - below);
}
