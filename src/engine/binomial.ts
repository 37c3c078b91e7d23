/**
 * P(Binomial(m, p) ≥ k): the chance that at least k of m bidders are listed when each is listed
 * with probability p (README, Method: The market's two curves). m and k are whole numbers.
 * Example: m = 3, k = 2, p = 0.5 → 3 × 0.5³ + 0.5³ = 0.5.
 */
export function binomialTail(m: number, p: number, k: number): number {
  if (k <= 0) return 1;
  if (k > m) return 0;
  const q = Math.min(1, Math.max(0, p));
  if (q === 0) return 0;
  if (q === 1) return 1;
  // Σ_{j<k} C(m, j) q^j (1 − q)^(m − j), the terms built one from the last.
  let term = Math.pow(1 - q, m);
  let below = 0;
  for (let j = 0; j < k; j++) {
    below += term;
    term *= ((m - j) / (j + 1)) * (q / (1 - q));
  }
  return Math.min(1, Math.max(0, 1 - below));
}
