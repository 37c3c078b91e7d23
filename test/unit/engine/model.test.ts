/**
 * The model worked out by hand on a small scenario (hand-scenario.ts). Every expected value is
 * written as the arithmetic that gives it, so a reader can check it without the code.
 */
import { describe, expect, it } from 'vitest';
import { shippedReforms, shippedScenario } from '../../../src/data/catalog.ts';
import { controlPipeline } from '../../../src/engine/controls.ts';
import { auditMarketFactor } from '../../../src/engine/costs.ts';
import { evaluatePoint } from '../../../src/engine/evaluate.ts';
import { discountFactor, paybackYear, quantileSorted } from '../../../src/engine/finance.ts';
import { triangular } from '../../../src/engine/prng.ts';
import { applyReform } from '../../../src/engine/reform.ts';
import { breakEvenWinsAt, pointReport } from '../../../src/engine/report.ts';
import { resolveMode } from '../../../src/engine/resolve.ts';
import { tornado } from '../../../src/engine/tornado.ts';
import { liftPerOpportunity, opportunitiesOf } from '../../../src/engine/credentials.ts';
import { contractPaidShare, listedShareOfYear } from '../../../src/engine/revenue.ts';
import { expectClose } from '../approx.ts';
import { handScenario } from './hand-scenario.ts';

const M = 1_000_000;
const point = () => resolveMode(handScenario());

describe('control pipeline', () => {
  it('takes every step in order and reports the count left', () => {
    const pipeline = controlPipeline(point());
    expect(pipeline.steps.map((s) => [s.id, s.remaining])).toEqual([
      ['baseline', 1000],
      ['not-applicable', 1000 * (1 - 0.2)], // 800
      ['inherited', 800 * (1 - 0.25)], // 600
      ['already-audited', 600 * (1 - 0.1)], // 540
      ['iso27001-credit', 540 * (1 - 0.9 * 0.5)], // 297
      ['reform-cap', 250], // min(297, cap 250)
    ]);
    expect(pipeline.inScope).toBe(250);
    expect(pipeline.auditedFirstYear).toBe(250);
    expect(pipeline.auditedRenewalYear).toBe(250 / 2); // rotation over 2 years
    for (const step of pipeline.steps) expect(step.label.length).toBeGreaterThan(0);
  });

  it('skips inheritance, audit reuse and ISO credit when the vendor does not qualify', () => {
    const p = point();
    p.vendor.hostedOnListedPlatform = false;
    p.vendor.listedServicesCount = 0;
    p.vendor.iso27001 = false;
    p.controls.cap = null;
    const remaining = controlPipeline(p).steps.map((s) => s.remaining);
    expect(remaining).toEqual([1000, 800, 800, 800, 800, 800]);
  });

  it('matches the documented example', () => {
    // 1,000 → 800 → 600 → 600 → 330 → 330; renewal 330 ÷ 3 = 110
    const p = point();
    p.vendor.listedServicesCount = 0;
    p.controls.cap = null;
    p.controls.rotationYears = 3;
    const pipeline = controlPipeline(p);
    expect(pipeline.steps.map((s) => s.remaining)).toEqual([1000, 800, 600, 600, 330, 330]);
    expectClose(pipeline.auditedRenewalYear, 110);
  });
});

describe('costs per year', () => {
  const years = () => evaluatePoint(point()).years;

  it('prices the audit with the market factor', () => {
    expect(auditMarketFactor(10, 1)).toBe(0.5); // (10 ÷ 5)^−1
    expectClose(auditMarketFactor(10, 0.5), 2 ** -0.5); // documented example ≈ 0.707
    expect(auditMarketFactor(5, 3)).toBe(1); // today's market is the reference
  });

  it('adds up audit, staff, operations and one-off costs year by year', () => {
    const [y1, y2, y3, y4] = years();
    // year 1: first audit of all 250 controls, 2 FTE scaled by 250 ÷ 500, one-off
    expect(y1?.audit).toBe((2 * M + 20_000 * 250) * 0.5); // 3.5M
    expect(y1?.staff).toBe(2 * 10 * M * (250 / 500)); // 10M
    expect(y1?.operations).toBe(4_000 * 250); // 1M
    expect(y1?.oneOff).toBe(3 * M);
    expect(y1?.totalCost).toBe(3.5 * M + 10 * M + 1 * M + 3 * M); // 17.5M
    // years 2 and 3: renewal audits of 125 controls, 1 FTE
    for (const y of [y2, y3]) {
      expect(y?.audit).toBe((2 * M + 20_000 * 125) * 0.5); // 2.25M
      expect(y?.staff).toBe(1 * 10 * M * 0.5); // 5M
      expect(y?.operations).toBe(1 * M);
      expect(y?.oneOff).toBe(0);
      expect(y?.totalCost).toBe(8.25 * M);
    }
    // year 4: withdrawn after year 3, no certification cost
    expect(y4?.totalCost).toBe(0);
  });

  it('keeps the fixed part of staff effort when controls fall', () => {
    const p = point();
    p.staff.controlDrivenShare = 0;
    expect(evaluatePoint(p).years[0]?.staff).toBe(2 * 10 * M);
    p.staff.controlDrivenShare = 0.5; // documented example: 2 × 10M × (0.5 + 0.5 × 250/500)
    expect(evaluatePoint(p).years[0]?.staff).toBe(2 * 10 * M * 0.75);
  });
});

type PointSegment = ReturnType<typeof point>['revenue']['segments'][number];
/** Wins a year that ISMAP adds: opportunities × lift per opportunity. */
const ismapWins = (segment: PointSegment) =>
  opportunitiesOf(segment) * liftPerOpportunity(segment, 3);

describe('revenue ramp', () => {
  it('counts attributable wins', () => {
    // 20 × (0.25 × 0.4 + 0.75 × (0.4 − 0.2)) = 20 × 0.25 = 5
    expectClose(ismapWins(point().revenue.segments[0]!), 5);
  });

  it('documents its examples', () => {
    const segment = point().revenue.segments[0]!;
    Object.assign(segment, { opportunitiesPerYear: 10, requiresIsmapShare: 0.1 });
    Object.assign(segment, { winRateWith: 0.5, winRateWithout: 0.45 });
    expectClose(ismapWins(segment), 0.95);
    expect([1, 2, 3].map((y) => listedShareOfYear(y, 18))).toEqual([0, 0.5, 1]);
    expect([0, 1, 2, 3].map((k) => contractPaidShare(2.5, k))).toEqual([1, 1, 0.5, 0]);
  });

  it('gives no lift when the win rate without is the higher one', () => {
    const segment = point().revenue.segments[0]!;
    Object.assign(segment, { requiresIsmapShare: 0, winRateWith: 0.2, winRateWithout: 0.3 });
    expect(ismapWins(segment)).toBe(0);
  });

  it('starts at listing, stops new wins after withdrawal and lets contracts run out', () => {
    const gross = evaluatePoint(point()).years.map((y) => y.grossProfit);
    const perWin = 3 * M * 0.8; // value × margin
    // new wins: y1 0 (listed at month 18), y2 5 × 0.5 = 2.5, y3 5, y4 0 (withdrawn)
    // 2.5-year contracts pay 1, 1, 0.5 of a year
    expect(gross[0]).toBe(0);
    expectClose(gross[1]!, 2.5 * perWin); // 6M
    expectClose(gross[2]!, 2.5 * perWin + 5 * perWin); // 18M
    expectClose(gross[3]!, 2.5 * perWin * 0.5 + 5 * perWin); // 15M
  });
});

describe('results', () => {
  const evaluation = () => evaluatePoint(point());
  const net = [-17.5 * M, 6 * M - 8.25 * M, 18 * M - 8.25 * M, 15 * M];

  it('accumulates and discounts net cash flow at the end of each year', () => {
    const years = evaluation().years;
    let cumulative = 0;
    years.forEach((y, i) => {
      cumulative += net[i]!;
      expectClose(y.net, net[i]!);
      expectClose(y.cumulativeNet, cumulative); // −17.5, −19.75, −10, +5 (M)
      expectClose(y.discountedNet, net[i]! / 1.1 ** (i + 1));
    });
    expect(years).toHaveLength(4);
  });

  it('computes totals, NPV, ROI and payback', () => {
    const { totals } = evaluation();
    expectClose(totals.cost, (17.5 + 8.25 + 8.25) * M); // 34M
    expectClose(totals.grossProfit, (6 + 18 + 15) * M); // 39M
    // NPV = −17.5/1.1 − 2.25/1.21 + 9.75/1.331 + 15/1.4641 ≈ −0.198M
    expectClose(totals.npv, (-17.5 / 1.1 - 2.25 / 1.21 + 9.75 / 1.331 + 15 / 1.4641) * M);
    expectClose(totals.roi!, (39 - 34) / 34);
    expect(totals.paybackYear).toBe(4); // cumulative turns ≥ 0 in year 4
  });

  it('solves both break-evens exactly', () => {
    const e = evaluation();
    const presentCost = (17.5 / 1.1 + 8.25 / 1.21 + 8.25 / 1.331) * M;
    // profit per win a year per yen of value: y2 0.5 × 0.8, y3 (0.5 + 1) × 0.8, y4 (0.25 + 1) × 0.8
    const perWinPerYen = 0.4 / 1.21 + 1.2 / 1.331 + 1.0 / 1.4641;
    expectClose(e.presentCost, presentCost);
    expectClose(e.breakEven.annualContractValue!, presentCost / (5 * perWinPerYen)); // ≈ ¥3.02M
    expectClose(e.breakEven.winsPerYear!, presentCost / (3 * M * perWinPerYen)); // ≈ 5.03
  });

  it('has zero NPV at each break-even', () => {
    const e = evaluation();
    const atValue = point();
    atValue.revenue.segments[0]!.contractValueYenPerYear = e.breakEven.annualContractValue!;
    expect(Math.abs(evaluatePoint(atValue).totals.npv) / e.presentCost).toBeLessThan(1e-9);
    const atWins = point();
    atWins.revenue.segments[0]!.opportunitiesPerYear = (20 * e.breakEven.winsPerYear!) / 5;
    expect(Math.abs(evaluatePoint(atWins).totals.npv) / e.presentCost).toBeLessThan(1e-9);
  });

  it('draws the break-even frontier through the break-even point', () => {
    const e = evaluation();
    const value = e.breakEven.annualContractValue!;
    // With one segment, the wins needed at the break-even value are today's 5 wins a year.
    expectClose(breakEvenWinsAt(e.presentCost, e.presentProfitPerWinYen, value)!, 5);
    // Documented example: ¥50M ÷ (¥5M × 2) = 5
    expect(breakEvenWinsAt(50 * M, 2, 5 * M)).toBe(5);
    expect(breakEvenWinsAt(50 * M, 0, 5 * M)).toBeNull();
    const frontier = pointReport(handScenario()).frontier;
    expect(frontier[0]?.annualContractValue).toBe(100_000);
    expectClose(frontier.at(-1)!.annualContractValue, 1e9);
    // Ten times the contract value (one decade, four grid steps), a tenth of the wins.
    expectClose(frontier[4]!.winsPerYear! / frontier[8]!.winsPerYear!, 10);
  });

  it('places the scenario on its frontier: its value, its wins, the wins it needs', () => {
    const r = pointReport(handScenario());
    // One segment: the frontier's value is the segment's ¥3M; needed = break-even wins.
    expect(r.frontierMark).toEqual({
      annualContractValue: 3 * M,
      winsPerYear: r.attributableWinsPerYear, // 5
      winsNeeded: r.breakEven.winsPerYear,
    });
    // Two segments at ¥1M and ¥5M: the effective value is where the frontier gives the
    // break-even wins (NPV is linear in the value, so one value stands for the mix).
    const two = handScenario();
    const second = { ...two.revenue.segments[0]!, contractValueYenPerYear: 5 * M };
    two.revenue.segments = [{ ...second, contractValueYenPerYear: 1 * M }, second];
    const e = evaluatePoint(resolveMode(two));
    const mark = pointReport(two).frontierMark!;
    expect(mark.annualContractValue).toBeGreaterThan(1 * M);
    expect(mark.annualContractValue).toBeLessThan(5 * M);
    expectClose(
      breakEvenWinsAt(e.presentCost, e.presentProfitPerWinYen, mark.annualContractValue)!,
      mark.winsNeeded,
    );
  });

  it('works out the sensitivity when it is first read, once: the tornado of the reformed scenario', () => {
    // A shipped scenario: the hand scenario has no ranges, so no sensitivity.
    const graffer = shippedScenario('graffer-actual');
    const reform = shippedReforms.find((r) => r.id === 'all-reforms')!;
    const r = pointReport(graffer, reform);
    // A getter, not a value made with the report: the key figures never pay for it.
    expect(Object.getOwnPropertyDescriptor(r, 'sensitivity')?.get).toBeTypeOf('function');
    const bars = r.sensitivity;
    expect(bars.length).toBeGreaterThan(5);
    expect(r.sensitivity).toBe(bars);
    expect(bars).toEqual(tornado(applyReform(graffer, reform)));
    expect(bars).not.toEqual(tornado(graffer));
    // It travels with the report as any value does (the CLI prints the report as JSON).
    expect(JSON.parse(JSON.stringify(r)).sensitivity).toEqual(bars);
  });

  it('has no break-even when nothing can be earned within the horizon', () => {
    const p = point();
    p.timeline.monthsToListing = 48; // listed only at the end of the 4-year horizon
    const e = evaluatePoint(p);
    expect(e.breakEven).toMatchObject({ winsPerYear: null, annualContractValue: null });
    expect(e.breakEven.customers[0]).toMatchObject({ winsPerYear: null, customersHeld: null });
    expect(e.totals.paybackYear).toBeNull();
  });
});

describe('finance helpers', () => {
  it('match their documented examples', () => {
    expectClose(discountFactor(0.1, 2), 1 / 1.21);
    expect(paybackYear([-10, -6, 0])).toBe(3);
    expect(paybackYear([-1, -1])).toBeNull();
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expectClose(triangular(0.5, 0, 0, 2), 2 - Math.sqrt(0.5 * 2 * 2));
    expect(triangular(0.3, 5, 5, 5)).toBe(5);
  });
});
