/**
 * The decisions model (README, Method: Credentials; Revenue protected; The size of the market;
 * When to apply; Reforms; What changed), worked by hand on the small scenario of
 * hand-scenario.ts: 20 opportunities, 25 % require ISMAP, win rates 40 % with and 20 % without,
 * ¥3M contracts for 2.5 years at 80 % margin, listed after 18 months, withdrawn after year 3.
 */
import { describe, expect, it } from 'vitest';
import { trackPresets } from '../../../src/data/catalog.ts';
import { attributeNpv, shapleyValues } from '../../../src/engine/attribution.ts';
import { controlPipeline } from '../../../src/engine/controls.ts';
import { fixedAuditFee } from '../../../src/engine/costs.ts';
import { evaluatePoint, npvOf } from '../../../src/engine/evaluate.ts';
import { decisionCases, notCertifying, optionValues } from '../../../src/engine/options.ts';
import { applyReform, leversInForce } from '../../../src/engine/reform.ts';
import { pointReport } from '../../../src/engine/report.ts';
import { resolveMode } from '../../../src/engine/resolve.ts';
import { parseScenario } from '../../../src/engine/validate.ts';
import type { ReformPackage, Scenario } from '../../../src/engine/schema.ts';
import { expectClose } from '../approx.ts';
import { handScenario } from './hand-scenario.ts';

const M = 1_000_000;
const point = (s: Scenario = handScenario()) => resolveMode(s);
const segmentOf = (s: Scenario) => s.revenue.segments[0]!;

describe('which credential a tender accepts', () => {
  it('loses the deals that require more than the credential held', () => {
    const liu = handScenario();
    liu.track = 'ismap-liu';
    // ISMAP: 20 × (1 × 0.4 − 0.75 × 0.2) = 5 wins a year.
    expectClose(evaluatePoint(point()).attributableWinsPerYear, 5);
    // LIU bids only on the 75 % that require nothing: 20 × (0.75 × 0.4 − 0.75 × 0.2) = 3; the
    // 20 × 0.25 × 0.4 = 2 deals that require ISMAP are lost.
    expectClose(evaluatePoint(point(liu)).attributableWinsPerYear, 3);
    // 10 of the 25 points accept LIU: 20 × (0.85 × 0.4 − 0.75 × 0.2) = 3.8.
    Object.assign(segmentOf(liu), { requiresIsmapShare: 0.15, requiresLiuShare: 0.1 });
    expectClose(evaluatePoint(point(liu)).attributableWinsPerYear, 3.8);
    // ISO 27017 at 30 %, where 10 % require ISO and 15 % ISMAP: 20 × (0.85 × 0.3 − 0.75 × 0.2)
    // = 2.1.
    const iso = handScenario();
    iso.track = 'iso27017-only';
    Object.assign(segmentOf(iso), {
      requiresIsmapShare: 0.15,
      requiresIso27017Share: 0.1,
      winRateWithIso27017: 0.3,
    });
    expectClose(evaluatePoint(point(iso)).attributableWinsPerYear, 2.1);
  });

  it('lets a share of the lift start when the application is known', () => {
    const s = handScenario();
    segmentOf(s).prospectShare = 0.5;
    // Year 1 (listed at month 18): 5 wins × (0 + 0.5 × (1 − 0)) = 2.5 wins, each earning
    // ¥3M × 0.8 in its first year: ¥6M.
    expectClose(evaluatePoint(point(s)).years[0]!.grossProfit, 2.5 * 3 * M * 0.8);
    expect(evaluatePoint(point()).years[0]!.grossProfit).toBe(0);
  });

  it('keeps winning on ISO 27017 after withdrawing, and pays for it', () => {
    const s = handScenario();
    s.timeline.keepsIso27017AfterWithdrawal = true;
    s.operations.iso27017YenPerYear = 2 * M;
    segmentOf(s).winRateWithIso27017 = 0.3;
    const kept = evaluatePoint(point(s)).years[3]!;
    const dropped = evaluatePoint(point()).years[3]!;
    // Year 4: ISO opens the 75 % that require nothing, 20 × (0.75 × 0.3 − 0.75 × 0.2) = 1.5
    // wins, each ¥3M × 0.8 in its first year: + ¥3.6M; the certificate costs ¥2M.
    expectClose(kept.grossProfit - dropped.grossProfit, 1.5 * 3 * M * 0.8);
    expect(kept.operations).toBe(2 * M);
    expect(dropped.operations).toBe(0);
  });
});

describe('revenue the certificate protects', () => {
  const withExisting = () => {
    const s = handScenario();
    Object.assign(segmentOf(s), {
      existingRevenueYenPerYear: 10 * M,
      retenderSharePerYear: 0.2,
      requiresIsmapShare: 0.3,
      grossMarginShare: 0.5,
    });
    return s;
  };

  it('loses what is re-tendered under a requirement when not certifying', () => {
    // Never certified (the plan never starts): each year 20 % of what is left is re-tendered
    // and the 30 % of it that requires ISMAP is lost, at ¥10M × 0.5 of gross profit:
    // shares 0.06, + 0.8 × 0.06 = 0.108, + 0.64 × 0.06 = 0.1464, + 0.512 × 0.06 = 0.17712.
    const lost = evaluatePoint(point(withExisting()), 4).years.map((y) => y.lostRevenue);
    [0.06, 0.108, 0.1464, 0.17712].forEach((share, i) => expectClose(lost[i]!, 5 * M * share));
    // The one-pass form gives the same losses, and minus them discounted at 10 % as its NPV.
    const none = notCertifying(point(withExisting()));
    [0.06, 0.108, 0.1464, 0.17712].forEach((share, i) => {
      expectClose(none.lostRevenue[i]!, 5 * M * share);
    });
    expectClose(none.npv, -5 * M * (0.06 / 1.1 + 0.108 / 1.21 + 0.1464 / 1.331 + 0.17712 / 1.4641));
  });

  it('keeps it once listed, and loses it again after withdrawing', () => {
    // Year 1 not yet listed: 0.06; year 2 listed half the year: + 0.8 × 0.2 × 0.3 × 0.5 = 0.024;
    // year 3 listed: nothing more; year 4 withdrawn: + 0.512 × 0.2 × 0.3 = 0.03072.
    const lost = evaluatePoint(point(withExisting())).years.map((y) => y.lostRevenue);
    [0.06, 0.084, 0.084, 0.11472].forEach((share, i) => expectClose(lost[i]!, 5 * M * share));
  });
});

describe('the size of the market', () => {
  it('caps opportunities at buyers ÷ cycle × reach, and counts customers at break-even', () => {
    const s = handScenario();
    segmentOf(s).market = { group: 'test', buyers: 100, reTenderCycleYears: 5, reachShare: 0.5 };
    const e = evaluatePoint(point(s));
    // 100 ÷ 5 × 0.5 = 10 opportunities a year, not 20: 10 × 0.25 = 2.5 wins.
    expectClose(e.attributableWinsPerYear, 2.5);
    // Customers held at once: break-even wins × 2.5-year contracts; as a share of 100 buyers.
    const [need] = e.breakEven.customers;
    expectClose(need!.customersHeld!, e.breakEven.winsPerYear! * 2.5);
    expectClose(need!.shareOfBuyers!, need!.customersHeld! / 100);
    expect(pointReport(s).market).toEqual([
      {
        segment: 0,
        buyerGroup: 'test',
        buyers: 100,
        customersAtBreakEven: need!.customersHeld,
        shareOfBuyersAtBreakEven: need!.shareOfBuyers,
      },
    ]);
  });
});

describe('when to apply', () => {
  const laterCap: ReformPackage = {
    schemaVersion: 2,
    id: 'later-cap',
    title: { ja: '2027年度からの上限' },
    levers: { controlCap: 100, duplicateAuditExempt: true },
    effectiveFiscalYear: { controlCap: 2027 },
  };

  it('applies only the levers in force in the year the work starts', () => {
    expect(leversInForce(laterCap, 2026)).toEqual({ duplicateAuditExempt: true });
    expect(leversInForce(laterCap, 2027)).toEqual({ controlCap: 100, duplicateAuditExempt: true });
    expect(applyReform(handScenario(), laterCap).controls.cap).toBe(250);
  });

  it('waits: nothing spent or won meanwhile, then the plan under the reform in force', () => {
    const cases = decisionCases(handScenario(), trackPresets, laterCap);
    const wait = cases.find((c) => c.id === 'wait-1')!;
    expect(wait.delayYears).toBe(1);
    expect(wait.scenario.controls.cap).toBe(100); // FY2027: the cap is in force
    expect(cases.find((c) => c.id === 'ismap')!.scenario.controls.cap).toBe(250);
    const years = evaluatePoint(point(wait.scenario), 1).years;
    expect(years[0]).toMatchObject({ totalCost: 0, grossProfit: 0 });
    // Year 2 is the plan's first year: its one-off cost and first audit.
    expect(years[1]!.oneOff).toBe(3 * M);
    // Listed 18 months after the start, now in year 3: half of it.
    expectClose(years[2]!.grossProfit, 5 * 0.5 * 3 * M * 0.8);
    // The horizon stays 4 years: waits of 4 or more years are not offered.
    expect(cases.map((c) => c.id)).toEqual([
      'ismap',
      'ismap-liu',
      'iso27017-only',
      'none',
      'wait-1',
      'wait-2',
      'wait-3',
    ]);
  });

  it('values not certifying at what it loses, and the own track at the report’s NPV', () => {
    const cases = decisionCases(handScenario(), trackPresets);
    const values = optionValues(cases);
    expect(values.find((o) => o.id === 'none')!.npv).toBe(0); // no existing business to lose
    expect(values.find((o) => o.id === 'ismap')!.npv).toBe(pointReport(handScenario()).totals.npv);
  });
});

describe('reforms that add up', () => {
  it('keeps part of a merged control’s effort', () => {
    const s = handScenario();
    s.controls.mergedEffortKeptShare = 0.4;
    const pipeline = controlPipeline(point(s));
    // 297 left before the cap of 250: 250 + 0.4 × 47 = 268.8 controls’ worth of effort.
    expect(pipeline.inScope).toBe(250);
    expectClose(pipeline.effort, 268.8);
    expectClose(pipeline.auditedRenewalYear, 268.8 / 2);
    // Year 2 audit: (¥2M + ¥20k × 134.4) × (10 ÷ 5)^−1 = ¥2.344M.
    expectClose(evaluatePoint(point(s)).years[1]!.audit, (2 * M + 20_000 * 134.4) * 0.5);
  });

  it('keeps the management-system audit whatever else is cut', () => {
    const p = point();
    Object.assign(p.audit, { managementShare: 0.4, managementRotationYears: 3 });
    p.audit.engagementFeeShare = 0.5;
    // Year 1: ¥2M × (0.4 + 0.6 × 0.5) = ¥1.4M; renewal: ¥2M × (0.4 ÷ 3 + 0.3).
    expectClose(fixedAuditFee(p, 1), 1.4 * M);
    expectClose(fixedAuditFee(p, 2), 2 * M * (0.4 / 3 + 0.3));
    p.audit.engagementFeeShare = 0;
    expectClose(fixedAuditFee(p, 2), (2 * M * 0.4) / 3); // the floor
  });

  it('pays for the ISMS only where the ISO 27001 credit earns it back', () => {
    const capped = handScenario();
    capped.controls.ismsYenPerYear = 1 * M;
    // With the cap of 250, the credit removes nothing that counts (297 and 540 both cap to
    // 250): keeping the ISMS would only cost, so it is not paid.
    expect(evaluatePoint(point(capped)).years[1]!.operations).toBe(4_000 * 250);
    // Without the cap the credit saves far more than ¥1M a year (297 controls instead of 540),
    // so it is used and the ISMS is paid: ¥4k × 297 + ¥1M.
    capped.controls.cap = null;
    expectClose(evaluatePoint(point(capped)).years[1]!.operations, 4_000 * 297 + 1 * M);
  });

  it('costs a move onto one cloud and its premium where the rule binds, on ISMAP only', () => {
    const s = handScenario();
    Object.assign(s.operations, {
      singleCloudRule: true,
      singleCloudMigrationYen: 5 * M,
      singleCloudPremiumYenPerYear: 1 * M,
    });
    const [y1, y2] = evaluatePoint(point(s)).years;
    expect(y1!.oneOff).toBe(3 * M + 5 * M);
    expect(y2!.operations).toBe(4_000 * 250 + 1 * M);
    const iso = withTrackIso(s);
    expect(evaluatePoint(point(iso)).years[0]!.oneOff).toBe(resolveMode(iso).operations.oneOffYen);
  });
});

function withTrackIso(s: Scenario): Scenario {
  return decisionCases(s, trackPresets).find((c) => c.id === 'iso27017-only')!.scenario;
}

describe('what changed between two scenarios', () => {
  it('splits by Shapley values worked by hand', () => {
    // v(∅) = 0, v({a}) = 10, v({b}) = 20, v({a,b}) = 40; c changes nothing.
    const v = [0, 10, 20, 40, 0, 10, 20, 40];
    const [a, b, c] = shapleyValues(3, (mask) => v[mask]!);
    expectClose(a!, 15);
    expectClose(b!, 25);
    expect(c).toBe(0);
  });

  it('gives each group its own effect when the effects add up, and nothing to the others', () => {
    const from = handScenario();
    const to = handScenario();
    to.staff.costPerFteYenPerYear = 12 * M; // staff only
    to.operations.oneOffYen = 5 * M; // operations only
    const staffOnly = structuredClone(from);
    staffOnly.staff = to.staff;
    const opsOnly = structuredClone(from);
    opsOnly.operations = to.operations;
    const base = npvOf(point(from));
    const { npvDelta, parts } = attributeNpv(from, to);
    const part = (group: string) => parts.find((p) => p.group === group)!.npvDelta;
    // Costs add up, so each group's Shapley value is its effect alone.
    expectClose(part('staff'), npvOf(point(staffOnly)) - base);
    expectClose(part('operations'), npvOf(point(opsOnly)) - base);
    for (const group of ['audit', 'timeline', 'revenue']) expect(part(group)).toBe(0);
    expectClose(npvDelta, part('staff') + part('operations'));
  });
});

describe('version 1 documents', () => {
  it('read as version 2 with the required share at their own track’s level', () => {
    const v1 = {
      ...structuredClone(handScenario()),
      schemaVersion: 1,
      track: 'ismap-liu',
    } as Record<string, unknown>;
    const segments = (v1['revenue'] as { segments: Record<string, unknown>[] }).segments;
    const { requiresIsmapShare, ...rest } = segments[0]!;
    segments[0] = { ...rest, requiredShare: requiresIsmapShare };
    const parsed = parseScenario(v1);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(segmentOf(parsed.value)).toMatchObject({
      requiresIsmapShare: 0,
      requiresLiuShare: 0.25,
      requiresIso27017Share: 0,
    });
  });
});
