/**
 * The market's two curves and where they cross (README, Method: The market's two curves).
 * Shares are 0..1: ℓ the listed share of a category's vendors, r the share of its tenders that
 * require a listing.
 */
import { binomialTail } from './binomial.ts';

/** How a category's buyers decide to require a listing. */
export interface BuyerRule {
  /** m: vendors bidding on a typical tender. */
  biddersPerTender: number;
  /** k: listed bidders needed for a competition. */
  biddersNeeded: number;
  /** r_max: the share of tenders whose data would justify the requirement. */
  maxRequiredShare: number;
  /** r_floor: the share a mandate requires, whatever the bidders. */
  floorShare: number;
}

/**
 * The buyers' curve r*(ℓ) = r_floor + (r_max − r_floor) × P(Binomial(m, ℓ) ≥ k), never below
 * the floor (a mandate above r_max holds at its floor).
 * Example: m = 3, k = 2, r_max = 0.6, no floor, ℓ = 0.5 → 0.6 × 0.5 = 0.3.
 */
export function buyersCurve(rule: BuyerRule, listedShare: number): number {
  const tail = binomialTail(rule.biddersPerTender, listedShare, rule.biddersNeeded);
  const floor = rule.floorShare;
  return Math.max(floor, floor + (rule.maxRequiredShare - floor) * tail);
}

export interface Equilibrium {
  listedShare: number;
  requiredShare: number;
  /**
   * Whether the market returns to it after a small push: g(ℓ) = ℓ*(r*(ℓ)) − ℓ is ≥ 0 just
   * below it and ≤ 0 just above it (at the ends of [0, 1], the side inside the square).
   */
  stable: boolean;
}

const GRID = 400;
const TOLERANCE = 1e-9;

/**
 * Where the vendors' curve ℓ*(r) and the buyers' curve r*(ℓ) cross: the fixed points of
 * ℓ ↦ ℓ*(r*(ℓ)), found on a grid of 400 steps over [0, 1] and refined by bisection. Both curves
 * may be steps (ℓ* is a share of Monte Carlo draws), so a crossing is where g changes sign or
 * touches 0. Example: ℓ*(r) = 3r² − 2r³ and r*(ℓ) = ℓ cross at 0 (stable), ½ (unstable) and
 * 1 (stable).
 */
export function equilibria(
  vendors: (requiredShare: number) => number,
  buyers: (listedShare: number) => number,
): Equilibrium[] {
  const g = (l: number) => vendors(buyers(l)) - l;
  const sign = (x: number) => (x > TOLERANCE ? 1 : x < -TOLERANCE ? -1 : 0);
  const at = (l: number) => ({ listedShare: l, requiredShare: buyers(l) });
  const xs = Array.from({ length: GRID + 1 }, (_, i) => i / GRID);
  const signs = xs.map((x) => sign(g(x)));
  const found: Equilibrium[] = [];
  let i = 0;
  while (i <= GRID) {
    if (signs[i] === 0) {
      // A run of zeros is one equilibrium (a stretch where the curves coincide): its middle.
      let j = i;
      while (j < GRID && signs[j + 1] === 0) j++;
      const below = i > 0 ? signs[i - 1]! : 1;
      const above = j < GRID ? signs[j + 1]! : -1;
      const middle = xs[Math.floor((i + j) / 2)]!;
      found.push({ ...at(middle), stable: below >= 0 && above <= 0 });
      i = j + 1;
      continue;
    }
    if (i < GRID && signs[i + 1] !== 0 && signs[i + 1] !== signs[i]) {
      let lo = xs[i]!;
      let hi = xs[i + 1]!;
      const down = signs[i]! > 0;
      for (let step = 0; step < 40; step++) {
        const mid = (lo + hi) / 2;
        if (sign(g(mid)) > 0 === down) lo = mid;
        else hi = mid;
      }
      found.push({ ...at((lo + hi) / 2), stable: down });
    }
    i++;
  }
  return found;
}
