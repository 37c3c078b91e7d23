/**
 * What "more audit firms" does to each archetype's audit fees. The price response is not a
 * fact but each scenario's assumption: fees scale by (firms ÷ 5)^(−elasticity) (README, Method:
 * Costs per year), and a lever only ever raises the number of firms (reform.ts).
 */
import { auditMarketFactor, type Estimate, type Population } from '../../../engine/index.ts';

export interface AuditFeeEffect {
  /** Archetypes that share this elasticity and number of firms. */
  archetypeIds: string[];
  elasticity: number | Estimate;
  /**
   * Audit fees with the lever ÷ fees without, at the elasticity's mode, low and high
   * (a higher elasticity gives the lower factor).
   */
  factor: { mode: number; atLow: number; atHigh: number };
}

/**
 * Example: today's 5 firms, lever 30 firms, elasticity 0.5 → (30 ÷ 5)^−0.5 = 6^−0.5 ≈ 0.408:
 * fees about 59 % lower.
 */
export function auditFeeEffects(population: Population, firms: number): AuditFeeEffect[] {
  const groups = new Map<string, AuditFeeEffect>();
  for (const { id, scenario } of population.archetypes) {
    const today = scenario.audit.firms;
    const after = Math.max(today, firms);
    const e = scenario.audit.priceElasticity;
    const ratio = (x: number) => auditMarketFactor(after, x) / auditMarketFactor(today, x);
    const corners = typeof e === 'number' ? { low: e, mode: e, high: e } : e;
    const key = JSON.stringify([today, e]);
    const group = groups.get(key);
    if (group) group.archetypeIds.push(id);
    else
      groups.set(key, {
        archetypeIds: [id],
        elasticity: e,
        factor: {
          mode: ratio(corners.mode),
          atLow: ratio(corners.low),
          atHigh: ratio(corners.high),
        },
      });
  }
  return [...groups.values()];
}
