/** "More audit firms": the fee change is each scenario's price-elasticity assumption. */
import { describe, expect, it } from 'vitest';
import { shippedPopulation } from '../../../../src/data/marketCatalog.ts';
import { auditFeeEffects } from '../../../../src/screens/lab/build/auditFeeEffect.ts';
import { expectClose } from '../../approx.ts';

/** One archetype with 5 firms today and the given elasticity. */
function population(elasticity: number | { low: number; mode: number; high: number }, firms = 5) {
  const archetype = structuredClone(shippedPopulation.archetypes[0]!);
  archetype.scenario.audit.firms = firms;
  archetype.scenario.audit.priceElasticity = elasticity;
  return { archetypes: [archetype] };
}

describe('auditFeeEffects', () => {
  it('30 firms at elasticity 0.5: (30 ÷ 5)^−0.5 = 6^−0.5 ≈ 0.408', () => {
    const [effect] = auditFeeEffects(population(0.5), 30);
    expectClose(effect!.factor.mode, 1 / Math.sqrt(6));
    expect(effect!.factor.atLow).toBe(effect!.factor.mode);
  });

  it('a range of elasticities gives a range of factors, the higher elasticity the lower fee', () => {
    const [effect] = auditFeeEffects(population({ low: 0.3, mode: 0.5, high: 0.8 }), 10);
    expectClose(effect!.factor.atLow, 2 ** -0.3);
    expectClose(effect!.factor.mode, 2 ** -0.5);
    expectClose(effect!.factor.atHigh, 2 ** -0.8);
  });

  it('no change where the scenario already has as many firms (levers only help)', () => {
    const [effect] = auditFeeEffects(population(0.5, 40), 30);
    expect(effect!.factor.mode).toBe(1);
  });

  it('groups archetypes that share the assumption', () => {
    const effects = auditFeeEffects(shippedPopulation, 30);
    expect(effects.flatMap((e) => e.archetypeIds).sort()).toEqual(
      shippedPopulation.archetypes.map((a) => a.id).sort(),
    );
    const keys = effects.map((e) => JSON.stringify(e.elasticity));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
