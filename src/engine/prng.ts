/**
 * Seeded pseudo-random numbers: the same seed gives the same Monte Carlo, in any browser or in
 * Node. mulberry32 — 32-bit state, period 2^32, ample for 10^4–10^6 draws and tiny and fast.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Inverse CDF of the triangular distribution (low, mode, high) at u ∈ [0, 1).
 * Example: triangular(0.5, 0, 0, 2) = 2 − √(0.5·2·2) ≈ 0.586.
 * Monotone in u and in each of low, mode and high, so two inputs drawn from the same u keep
 * their order when their corners are ordered.
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return mode;
  const split = (mode - low) / width;
  return u < split
    ? low + Math.sqrt(u * width * (mode - low))
    : high - Math.sqrt((1 - u) * width * (high - mode));
}
