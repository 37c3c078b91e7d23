/**
 * What changed between two scenarios (README, Method: What changed): the point NPV difference
 * split among input groups by the Shapley value — each group's marginal effect averaged over
 * every order in which the groups could be switched — so the parts add up exactly to the
 * difference, whatever the order, and a group that does not differ gets nothing.
 */
import { npvOf } from './evaluate.ts';
import { resolveMode } from './resolve.ts';
import type { Scenario } from './schema.ts';
import type { Yen } from './units.ts';

/** Groups of the scenario's top-level parts; together they hold every input the NPV reads. */
export const ATTRIBUTION_GROUPS = {
  audit: ['vendor', 'track', 'controls', 'audit'],
  staff: ['staff'],
  operations: ['operations'],
  timeline: ['timeline'],
  revenue: ['revenue'],
} as const satisfies Record<string, readonly (keyof Scenario)[]>;
export type AttributionGroup = keyof typeof ATTRIBUTION_GROUPS;
const GROUPS = Object.keys(ATTRIBUTION_GROUPS) as AttributionGroup[];

export interface Attribution {
  /** NPV of `to` − NPV of `from`, yen. */
  npvDelta: Yen;
  parts: { group: AttributionGroup; npvDelta: Yen }[];
}

/** `from` with the groups in the bit mask taken from `to`. */
function hybrid(from: Scenario, to: Scenario, mask: number): Scenario {
  const out: Record<string, unknown> = { ...from };
  GROUPS.forEach((group, g) => {
    if (mask & (1 << g)) for (const key of ATTRIBUTION_GROUPS[group]) out[key] = to[key];
  });
  return out as Scenario;
}

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

function popCount(mask: number): number {
  let count = 0;
  for (let m = mask; m > 0; m >>= 1) count += m & 1;
  return count;
}

/**
 * Shapley values of n players for a value function over coalitions (bit masks):
 * φ_g = Σ over sets S without g of |S|! (n − |S| − 1)! ÷ n! × (v(S ∪ g) − v(S)).
 * Example (three players, v(∅) = 0, v({a}) = 10, v({b}) = 20, v({a,b}) = 40, c adds nothing):
 * φ_a = ½ (10 − 0) + ½ (40 − 20) = 15, φ_b = ½ (20 − 0) + ½ (40 − 10) = 25, φ_c = 0; 15 + 25 = 40.
 */
export function shapleyValues(n: number, value: (mask: number) => number): number[] {
  const values = Array.from({ length: 1 << n }, (_, mask) => value(mask));
  return Array.from({ length: n }, (_, g) => {
    let phi = 0;
    for (let mask = 0; mask < 1 << n; mask++) {
      if (mask & (1 << g)) continue;
      const size = popCount(mask);
      const weight = (factorial(size) * factorial(n - size - 1)) / factorial(n);
      phi += weight * (values[mask | (1 << g)]! - values[mask]!);
    }
    return phi;
  });
}

/**
 * The point NPV difference from `from` to `to`, split by group: v(S) is the point NPV of `from`
 * with the groups in S taken from `to`. Five groups: 32 evaluations.
 */
export function attributeNpv(from: Scenario, to: Scenario): Attribution {
  const npv = (mask: number) => npvOf(resolveMode(hybrid(from, to, mask)));
  const phi = shapleyValues(GROUPS.length, npv);
  return {
    npvDelta: (npv((1 << GROUPS.length) - 1) - npv(0)) as Yen,
    parts: GROUPS.map((group, g) => ({ group, npvDelta: phi[g]! as Yen })),
  };
}
