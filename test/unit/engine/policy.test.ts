/**
 * Reforms across a vendor population and the tracks of one scenario: levers only help, all of
 * them together help at least as much as any alone, and the burden is Σ cost × count over the
 * vendors who certify, plus what the others lose.
 */
import { describe, expect, it } from 'vitest';
import { shippedReforms, trackPresets } from '../../../src/data/catalog.ts';
import { shippedPopulation } from '../../../src/data/marketCatalog.ts';
import { evaluatePoint } from '../../../src/engine/evaluate.ts';
import {
  evaluatePopulation,
  rankLevers,
  reformPopulation,
  shareOfEffect,
} from '../../../src/engine/population.ts';
import { applyLevers, singleLevers } from '../../../src/engine/reform.ts';
import { resolveMode } from '../../../src/engine/resolve.ts';
import type { Population, Scenario } from '../../../src/engine/schema.ts';
import { withTrack } from '../../../src/engine/tracks.ts';
import { expectClose } from '../approx.ts';
import { handScenario } from './hand-scenario.ts';

const M = 1_000_000;
const allReforms = shippedReforms.find((r) => r.id === 'all-reforms')!;
const costs = (s: Scenario) => evaluatePoint(resolveMode(s)).years.map((y) => y.totalCost);
const npv = (s: Scenario) => evaluatePoint(resolveMode(s)).totals.npv;

describe('levers across the shipped population', () => {
  const archetypes = shippedPopulation.archetypes;
  const levers = singleLevers(allReforms.levers);

  it.each(levers.map((l) => [l.lever, l.levers] as const))(
    '%s alone never raises any archetype’s cost in any year',
    (_lever, alone) => {
      for (const { scenario } of archetypes) {
        const before = costs(scenario);
        costs(applyLevers(scenario, alone)).forEach((cost, i) => {
          expect(cost).toBeLessThanOrEqual(before[i]! * (1 + 1e-12));
        });
      }
    },
  );

  it('“all reforms” is at least as good as each lever alone, for every archetype', () => {
    for (const { scenario } of archetypes) {
      const all = applyLevers(scenario, allReforms.levers);
      for (const { levers: alone } of levers) {
        const single = applyLevers(scenario, alone);
        expect(npv(all)).toBeGreaterThanOrEqual(npv(single) - 1e-6);
        // The lighter category is taken only where it pays: a vendor may stay on ISMAP under the
        // whole package (and pay more for it) while the category alone would have moved it.
        if (all.track !== single.track) continue;
        costs(all).forEach((cost, i) => expect(cost).toBeLessThanOrEqual(costs(single)[i]! + 1e-6));
      }
    }
  });
});

/**
 * Two archetypes from the hand-worked scenario (model.test.ts): A as it is, 3 vendors; B with
 * 5 audit firms (market factor 1 instead of 0.5) and ¥4M contracts, 2 vendors.
 * Year 2 of A: audit 2.25M, staff 5M, operations 1M = 8.25M.
 * Year 2 of B: audit (2M + 20k × 125) × 1 = 4.5M, staff 5M, operations 1M = 10.5M.
 */
function twoArchetypes(): Population {
  const b = handScenario();
  b.audit.firms = 5;
  b.revenue.segments[0]!.contractValueYenPerYear = 4 * M;
  return {
    archetypes: [
      { id: 'a', title: { ja: 'A' }, count: 3, scenario: handScenario() },
      { id: 'b', title: { ja: 'B' }, count: 2, scenario: b },
    ],
  };
}

/**
 * C: A with existing business it loses unless listed, as in decisions.test.ts ("revenue the
 * certificate protects"): ¥10M a year at 50 % margin, 20 % re-tendered a year, 30 % of tenders
 * requiring ISMAP; 4 vendors. Not certifying loses ¥10M × 0.5 × 0.2 × 0.3 = ¥0.3M in year 1 and
 * ¥0.3M + 0.8 × ¥0.3M = ¥0.54M in year 2.
 */
function withShutOut(): Population {
  const c = handScenario();
  Object.assign(c.revenue.segments[0]!, {
    existingRevenueYenPerYear: 10 * M,
    retenderSharePerYear: 0.2,
    requiresIsmapShare: 0.3,
    grossMarginShare: 0.5,
  });
  const population = twoArchetypes();
  population.archetypes.push({ id: 'c', title: { ja: 'C' }, count: 4, scenario: c });
  return population;
}

describe('population results', () => {
  it('counts the costs of the vendors who certify and what the others lose', () => {
    const result = evaluatePopulation(withShutOut(), { samples: 0, seed: 1 });
    const [a, b, c] = result.archetypes;
    // A: NPV ≈ −¥0.198M (model.test.ts) against 0 for not certifying (nothing to lose): out.
    // B: NPV > 0 (below) against 0: certifies. C: not certifying loses ¥0.3M, 0.54M, 0.732M
    // and 0.8856M (shares 0.06, 0.108, 0.1464, 0.17712 of ¥5M), NPV −¥1.874M at 10 %.
    // Certifying has A's costs, earns less (margin 0.5 instead of 0.8; a lift of 0.26 a deal
    // instead of 0.25) and still loses business before listing and after withdrawing: NPV
    // ≈ −¥11.6M, far below: out.
    expect(result.archetypes.map((x) => x.certifies)).toEqual([false, true, false]);
    expect(a!.notCertifying.npv).toBe(0);
    const noneC = -5 * M * (0.06 / 1.1 + 0.108 / 1.21 + 0.1464 / 1.331 + 0.17712 / 1.4641);
    expectClose(c!.notCertifying.npv, noneC);
    expect(c!.npv).toBeLessThan(noneC);
    expect(b!.npv).toBeGreaterThan(0);
    expect(result.vendors).toBe(9);
    expect(result.certifyingVendors).toBe(2);

    // Year 2: B's 2 vendors pay audit 4.5M and own effort 6M each; C's 4 lose ¥0.54M each; A's
    // 3 neither pay nor lose. C's costs (the same as A's, 8.25M) are not counted.
    const steady = result.steadyYearBurden;
    expectClose(steady.audit, 2 * 4.5 * M); // 9M
    expectClose(steady.ownEffort, 2 * 6 * M); // 12M
    expectClose(steady.lostRevenue, 4 * 0.54 * M); // 2.16M
    expectClose(steady.total, 9 * M + 12 * M + 2.16 * M); // 23.16M
    // Year 1: B pays audit 7M (A's 3.5M at market factor 1 instead of 0.5) and own effort 14M
    // (A's 17.5M − 3.5M); C's 4 lose ¥0.3M each.
    const first = result.firstYearBurden;
    expectClose(first.audit, 2 * 7 * M);
    expectClose(first.ownEffort, 2 * 14 * M);
    expectClose(first.lostRevenue, 4 * 0.3 * M);
    expectClose(first.total, 14 * M + 28 * M + 1.2 * M); // 43.2M
    // The share for whom it pays stays NPV > 0: B alone, 2 of 9.
    expect(result.viableShare).toBe(2 / 9);
  });

  it('counts the share of vendors whose NPV is positive, by count', () => {
    // A: NPV ≈ −¥0.198M (model.test.ts). B: present profit × 4/3 ≈ ¥38.30M against present
    // cost ≈ ¥35.66M → positive. Viable: 2 of 5.
    const result = evaluatePopulation(twoArchetypes(), { samples: 200, seed: 1 });
    expect(result.archetypes.map((a) => a.npv > 0)).toEqual([false, true]);
    expect(result.viableShare).toBe(2 / 5);
    const weighted = result.archetypes.reduce((s, a) => s + a.count * a.probNpvPositive!, 0) / 5;
    expect(result.viableShareProbabilityWeighted).toBe(weighted);
  });

  it('ranks single levers by the vendors they move over break-even', () => {
    // Rotating audits over 3 years instead of 2 saves A (2M × 0.5 ×) … 20k × (125 − 83.3) × 0.5
    // ≈ ¥0.42M in each of years 2 and 3: NPV ≈ −0.198 + 0.42/1.21 + 0.42/1.331 > 0. B is
    // viable already; a cap above A's 250 controls changes nothing.
    const ranking = rankLevers(twoArchetypes(), { rotationYears: 3, controlCap: 1000 });
    expect(ranking.map((r) => [r.lever, r.vendorsMoved])).toEqual([
      ['rotationYears', 3],
      ['controlCap', 0],
    ]);
    expect(ranking[0]!.archetypesMoved).toEqual(['a']);
    expect(ranking[0]!.viableShareAfter).toBe(1);
    // A now certifies, so its costs join the burden: year 2 audits 250 ÷ 3 controls, A's audit
    // (2M + 20k × 83.3) × 0.5 = 1.83M and B's × 1 = 3.67M, own effort 6M each. Before: B alone,
    // 2 × 10.5M = 21M; after: 3 × 7.83M + 2 × 9.67M = 42.83M, so it "saves" −21.83M.
    expectClose(ranking[0]!.burdenSaved, 21 * M - (3 * (11 / 6 + 6) + 2 * (11 / 3 + 6)) * M);
    expect(ranking[1]!.burdenSaved).toBe(0);
  });
});

describe('each lever’s share of a package’s effect', () => {
  const point = { samples: 0, seed: 0 };
  const viable = (p: Population) =>
    evaluatePopulation(p, point).archetypes.reduce((n, a) => n + (a.npv > 0 ? a.count : 0), 0);
  const burden = (p: Population) => evaluatePopulation(p, point).steadyYearBurden.total;

  it.each(shippedReforms.filter((r) => Object.keys(r.levers).length > 0).map((r) => [r.id, r]))(
    '%s: the shares add up to the whole package’s effect',
    (_id, reform) => {
      const shares = shareOfEffect(shippedPopulation, reform.levers)!;
      const after = reformPopulation(shippedPopulation, reform.levers);
      expect(shares.map((s) => s.lever).sort()).toEqual(Object.keys(reform.levers).sort());
      expectClose(
        shares.reduce((sum, s) => sum + s.vendorsMoved, 0),
        viable(after) - viable(shippedPopulation),
      );
      expectClose(
        shares.reduce((sum, s) => sum + s.burdenSaved, 0),
        burden(shippedPopulation) - burden(after),
      );
    },
  );

  it('splits evenly what two levers do only together', () => {
    // One vendor who breaks even only with both a cap and more audit firms: neither alone moves
    // it, together they do, so each gets half of it.
    const s = handScenario();
    const levers = { controlCap: 100, auditFirms: 40 };
    const base = { archetypes: [{ id: 'v', title: { ja: 'v' }, count: 1, scenario: s }] };
    const npvWith = (l: object) => npv(applyLevers(s, l));
    // Tune the contract value so that only both levers together pass break-even.
    const segment = s.revenue.segments[0]!;
    const value = (v: number) => {
      segment.contractValueYenPerYear = v;
    };
    let low = 0;
    let high = 100 * M;
    for (let i = 0; i < 60; i++) {
      const mid = (low + high) / 2;
      value(mid);
      if (npvWith(levers) > 0) high = mid;
      else low = mid;
    }
    value(high);
    expect(npvWith(levers)).toBeGreaterThan(0);
    expect(npvWith({ controlCap: 100 })).toBeLessThanOrEqual(0);
    expect(npvWith({ auditFirms: 40 })).toBeLessThanOrEqual(0);
    const shares = shareOfEffect(base, levers)!;
    expect(shares.map((x) => x.vendorsMoved)).toEqual([0.5, 0.5]);
  });
});

describe('tracks', () => {
  it('switches the baseline and, for the lighter category, the fixed audit fee', () => {
    const liu = withTrack(handScenario(), 'ismap-liu', trackPresets);
    expect(liu.track).toBe('ismap-liu');
    expect(liu.controls.baseline).toEqual(trackPresets['ismap-liu'].baseline);
    expect(liu.audit.auditedShare).toBe(trackPresets['ismap-liu'].auditedShare);
    expect(liu.audit.engagementFeeShare).toBe(trackPresets['ismap-liu'].auditFixedFeeShare);
    const light = withTrack(handScenario(), 'saas-light', trackPresets);
    // The fixed fee stays; the engagement part of it is what the lighter category scales.
    expect(light.audit.fixedFeeYen).toBe(2 * M);
    expect(light.audit.engagementFeeShare).toBe(trackPresets['saas-light'].auditFixedFeeShare);
    expect(light.audit.auditedShare).toBe(1);
    expect(withTrack(handScenario(), 'ismap', trackPresets)).toEqual(handScenario());
  });

  it('keeps only the deals that do not require ISMAP under “ISO 27017 only”', () => {
    const hand = handScenario();
    hand.staff.controlDrivenShare = 0.5;
    const iso = withTrack(hand, 'iso27017-only', trackPresets);
    const e = evaluatePoint(resolveMode(iso));
    // 20 opportunities × (1 − 0.25) not requiring ISMAP × lift (0.4 − 0.2) = 3 wins a year
    expectClose(e.attributableWinsPerYear, 3);
    expect(e.controls.inScope).toBe(0);
    const presets = trackPresets['iso27017-only'];
    const mode = (v: number | { mode: number }) => (typeof v === 'number' ? v : v.mode);
    // Year 2: the ISO audit fee (no ISMAP market factor), and the fixed half of the ISO staff
    // effort: FTE × ¥10M × (1 − 0.5 + 0.5 × 0 controls ÷ 500).
    expectClose(e.years[1]!.audit, mode(presets.auditFeeYenPerYear));
    expectClose(e.years[1]!.staff, mode(presets.fteLaterYears) * 10 * M * 0.5);
    expect(e.years[1]!.operations).toBe(0);
  });

  it('leaves a vendor outside ISMAP untouched by ISMAP reforms', () => {
    const iso = withTrack(handScenario(), 'iso27017-only', trackPresets);
    expect(iso.track).toBe('iso27017-only');
    const allLevers = shippedReforms.find((r) => r.id === 'all-reforms')!.levers;
    expect(applyLevers(iso, allLevers)).toEqual(iso);
  });
});
