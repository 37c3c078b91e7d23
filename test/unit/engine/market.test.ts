/**
 * The market model by hand (README, Method: The market's two curves; The years): the buyers'
 * curve from binomial arithmetic, two curves whose crossings are known, one simulated year
 * worked step by step, and the vendors' affine form against full evaluations.
 */
import { describe, expect, it } from 'vitest';
import { shippedReforms } from '../../../src/data/catalog.ts';
import { shippedMarketModel, shippedPopulation } from '../../../src/data/marketCatalog.ts';
import { binomialTail } from '../../../src/engine/binomial.ts';
import { buyersCurve, equilibria } from '../../../src/engine/curves.ts';
import { evaluatePoint, npvAndAudit, npvOf } from '../../../src/engine/evaluate.ts';
import { simulatedAt } from '../../../src/engine/market.ts';
import type { MarketModel } from '../../../src/engine/schema.ts';
import { parseMarketModel } from '../../../src/engine/validate.ts';
import { applyLevers } from '../../../src/engine/reform.ts';
import { resolveMode } from '../../../src/engine/resolve.ts';
import {
  simulateMarket,
  type MarketParameters,
  type MarketYear,
  type MarketYearSetting,
} from '../../../src/engine/simulate.ts';
import { notCertifying } from '../../../src/engine/options.ts';
import {
  listingPays,
  mixOf,
  setRequiredShare,
  type ArchetypeDraws,
} from '../../../src/engine/vendors.ts';
import { expectClose } from '../approx.ts';

describe('P(Binomial(m, ℓ) ≥ k), by hand', () => {
  it.each([
    // m = 3, k = 2, ℓ = ½: C(3,2)·½³ + C(3,3)·½³ = 3/8 + 1/8.
    { m: 3, k: 2, p: 0.5, expected: 0.5 },
    // m = 4, k = 2, ℓ = ¼: 1 − (¾⁴ + 4·¼·¾³) = 1 − (81 + 108)/256 = 67/256.
    { m: 4, k: 2, p: 0.25, expected: 67 / 256 },
    // m = 2, k = 1, ℓ = 0.3: 1 − 0.7² = 0.51.
    { m: 2, k: 1, p: 0.3, expected: 0.51 },
    // m = 3, k = 3, ℓ = 0.9: 0.9³ = 0.729.
    { m: 3, k: 3, p: 0.9, expected: 0.729 },
    // m = 5, k = 1, ℓ = 0.1: 1 − 0.9⁵ = 0.40951.
    { m: 5, k: 1, p: 0.1, expected: 0.40951 },
    { m: 3, k: 0, p: 0.2, expected: 1 },
    { m: 3, k: 4, p: 0.9, expected: 0 },
    { m: 3, k: 2, p: 0, expected: 0 },
    { m: 3, k: 2, p: 1, expected: 1 },
  ])('m = $m, k = $k, ℓ = $p → $expected', ({ m, k, p, expected }) => {
    expectClose(binomialTail(m, p, k), expected, 12);
  });
});

describe('the buyers’ curve r*(ℓ) = r_floor + (r_max − r_floor) × P(Binomial(m, ℓ) ≥ k)', () => {
  const rule = { biddersPerTender: 3, biddersNeeded: 2, maxRequiredShare: 0.6, floorShare: 0 };
  it.each([
    // The doc example: 0.6 × 0.5.
    { floorShare: 0, listed: 0.5, expected: 0.3 },
    // Nobody listed: only the floor.
    { floorShare: 0.2, listed: 0, expected: 0.2 },
    // 0.2 + 0.4 × 0.5.
    { floorShare: 0.2, listed: 0.5, expected: 0.4 },
    // A mandate above r_max holds at its floor.
    { floorShare: 0.8, listed: 0.5, expected: 0.8 },
  ])('floor $floorShare, ℓ = $listed → $expected', ({ floorShare, listed, expected }) => {
    expectClose(buyersCurve({ ...rule, floorShare }, listed), expected, 12);
  });
});

describe('equilibria where the curves cross', () => {
  it('finds an S-curve’s three crossings with the diagonal: 0 and 1 stable, ½ not', () => {
    // ℓ*(r) = 3r² − 2r³, r*(ℓ) = ℓ: g(ℓ) = 3ℓ² − 2ℓ³ − ℓ = −ℓ(2ℓ − 1)(ℓ − 1), negative on
    // (0, ½) and positive on (½, 1).
    const found = equilibria(
      (r) => 3 * r * r - 2 * r * r * r,
      (l) => l,
    );
    expect(found.map((e) => e.stable)).toEqual([true, false, true]);
    found.forEach((e, i) => expectClose(e.listedShare, [0, 0.5, 1][i]!, 9));
  });

  it('finds the one stable crossing of two straight lines', () => {
    // ℓ*(r) = 0.2 + 0.5 r, r*(ℓ) = 0.1 + 0.8 ℓ → ℓ = 0.25 + 0.4 ℓ → ℓ = 0.25 ÷ 0.6.
    const found = equilibria(
      (r) => 0.2 + 0.5 * r,
      (l) => 0.1 + 0.8 * l,
    );
    expect(found).toHaveLength(1);
    // Bisection stops where |g| < 1e-9, so the crossing is good to about 1e-9 ÷ (1 − 0.4).
    expectClose(found[0]!.listedShare, 0.25 / 0.6, 8);
    expectClose(found[0]!.requiredShare, 0.1 + (0.8 * 0.25) / 0.6, 8);
    expect(found[0]!.stable).toBe(true);
  });

  it('calls a crossing unstable when the vendors’ curve is the steeper one', () => {
    // ℓ*(r) = clamp(2r − 0.5), r*(ℓ) = ℓ: crossing at ½; 0 and 1 are stable corners.
    const found = equilibria(
      (r) => Math.min(1, Math.max(0, 2 * r - 0.5)),
      (l) => l,
    );
    expect(found.map((e) => [e.listedShare, e.stable])).toEqual([
      [0, true],
      [expect.closeTo(0.5, 9), false],
      [1, true],
    ]);
  });

  it('sees the vicious circle: nobody lists when nobody requires it', () => {
    // ℓ*(r) = 0 below r = 0.5 and r*(0) = 0: the only crossing is at 0, and it holds.
    const found = equilibria(
      (r) => (r > 0.5 ? 0.6 : 0),
      (l) =>
        buyersCurve(
          { biddersPerTender: 3, biddersNeeded: 2, maxRequiredShare: 0.4, floorShare: 0 },
          l,
        ),
    );
    expect(found).toEqual([{ listedShare: 0, requiredShare: 0, stable: true }]);
  });
});

/** One archetype of four vendors: Δ = a + b r, listing pays above r = ½, above ¼, always, always. */
function handVendors(): ArchetypeDraws {
  return {
    id: 'hand',
    category: 0,
    count: 40,
    track: 'ismap',
    base: Float64Array.from([-10, -5, 5, 10]),
    slopes: [{ category: 0, values: Float64Array.from([20, 20, 0, 0]) }],
    presentAudit: Float64Array.from([0, 0, 0, 0]),
    thresholds: [undefined],
    firstYear: { audit: 3, total: 10 },
    renewalYear: { audit: 1, total: 4 },
    business: [{ category: 0, revenueYen: 1e6, retenderShare: 0.5 }],
  };
}

const handParameters: MarketParameters = {
  firmsToday: 5,
  auditsPerFirmPerYear: 2,
  renewalLoad: 0.5,
  priceElasticity: 0.5,
  baseMonthsToListing: 12,
  adjustmentPerYear: 0.5,
  exitLostShare: { low: 0.1, high: 0.3 },
  lagYears: 2,
  hourlyCostYen: 1_000,
  reviewHoursPerApplication: 100,
  renewalReviewShare: 0.5,
  categories: [
    {
      id: 'c',
      biddersPerTender: 2,
      biddersNeeded: 1,
      maxRequiredShare: 0.8,
      floorShare: 0.4,
      tendersPerYear: 100,
      checkHoursPerUnlistedPurchase: 10,
    },
  ],
};

describe('one simulated year, by hand (README, Method: The years)', () => {
  const vendors = [handVendors()];
  const setting = (fiscalYear: number): MarketYearSetting => ({
    fiscalYear,
    vendors,
    auditFirmPool: 10,
    floorShares: [0],
  });
  const { years } = simulateMarket([setting(2020), setting(2021)], handParameters);
  const first = years[0]!;

  it('moves the buyers, then the vendors, as far as the audits allow', () => {
    // φ = (5 ÷ 5)^−0.5 = 1. Buyers: nobody listed → r* = 0.4 (the floor); r = 0 + 0.4 × ½ →
    // 0.2, held up to the floor 0.4.
    expect(first.auditFeeFactor).toBe(1);
    expectClose(first.requiredShareByCategory['c']!, 0.4, 12);
    // ℓ*(0.4) = ¾ (all but the vendor that needs r > ½); gap = ½ × (¾ × 40 − 0) = 15.
    // Capacity 5 × 2 = 10, no renewals yet: 10 listed, 5 wait → 12 + 12 × 5 ÷ 10 = 18 months.
    expectClose(first.listedTotal, 10, 12);
    expectClose(first.monthsToListing, 18, 12);
    // Demand 15 > 10: ⌈5 ÷ 2⌉ = 3 firms enter for next year, within the pool of 10.
    expect(first.auditFirms).toBe(5);
    expect(years[1]!.auditFirms).toBe(8);
    expectClose(years[1]!.auditFeeFactor, Math.pow(8 / 5, -0.5), 12);
  });

  it('shuts out unlisted vendors by the business they lose', () => {
    // Lost: 0 + 1 × 0.5 × 0.4 = 0.2 of their business, halfway through the exit band 0.1–0.3:
    // half of the 30 unlisted vendors leave.
    expectClose(first.vendorsExited, 15, 12);
    // The 15 unlisted left have lost 0.2 of ¥1M.
    expectClose(first.burden.lostRevenueYen, 15 * 1e6 * 0.2, 12);
    expectClose(first.listedShareByCategory['c']!, 10 / 25, 12);
  });

  it('counts tenders short of bidders and the burden', () => {
    // Bidders drawn from the 40 vendors at the start, 10 listed: P(Bin(2, ¼) ≥ 1) = 1 − ¾² =
    // 7/16; 100 tenders × 0.4 required × 9/16 = 22.5.
    expectClose(first.tendersShortOfBidders, 22.5, 12);
    // Only the 10 new listings pay, their first year: 10 × (10 − 3 + 3 × φ) = 100.
    expectClose(first.burden.vendorsYen, 100, 12);
    // ¥1,000 × (100 h × 10 applications + 10 h × 100 tenders × 0.6 open × 0.6 unlisted).
    expectClose(first.burden.governmentYen, 1_000 * (1_000 + 360), 12);
  });
});

describe('the vendors’ curve', () => {
  it('counts the draws for whom listing pays, with and without the sorted shortcut', () => {
    const draws = handVendors();
    // r = 0.3: −10 + 6 < 0, −5 + 6 > 0, 5, 10 → ¾.
    expect(listingPays(draws, [0.3], 1)).toBe(0.75);
    expect(listingPays(draws, [0.6], 1)).toBe(1);
    expect(listingPays(draws, [0], 1)).toBe(0.5);
    // A cheaper audit market: with A = 8 each and φ = 0.5, every draw gains 4: −10 + 4 + 6 = 0
    // still does not pay at r = 0.3.
    const audited = { ...draws, presentAudit: Float64Array.from([8, 8, 8, 8]) };
    expect(listingPays(audited, [0.3], 0.5)).toBe(0.75);
    expect(listingPays(audited, [0.31], 0.5)).toBe(1);
  });

  const reforms = shippedReforms.filter((r) =>
    ['status-quo', 'fy2025-plan', 'all-reforms'].includes(r.id),
  );
  const cases = shippedPopulation.archetypes.flatMap((a) =>
    reforms.map((r) => [a.id, r.id, applyLevers(a.scenario, r.levers)] as const),
  );

  it.each(cases)(
    '%s under %s: NPV(list) − NPV(not list) is affine in the required share',
    (_id, _reform, scenario) => {
      const point = resolveMode(scenario);
      const mixes = point.revenue.segments.map(mixOf);
      const advantage = (r: number) => {
        point.revenue.segments.forEach((s, i) => setRequiredShare(s, mixes[i]!, r));
        return npvOf(point) - npvOf(point, point.timeline.horizonYears);
      };
      const at0 = advantage(0);
      const at1 = advantage(1);
      for (const r of [0.13, 0.5, 0.87]) expectClose(advantage(r), at0 + (at1 - at0) * r, 9);
    },
  );

  it.each(cases)(
    '%s under %s: the audit fees’ present value is Σ audit × (1 + r)^−t',
    (_id, _r, s) => {
      const point = resolveMode(s);
      const { years } = evaluatePoint(point);
      const rate = point.timeline.discountRatePerYear;
      const expected = years.reduce((sum, y) => sum + y.audit * Math.pow(1 + rate, -y.year), 0);
      const parts = npvAndAudit(point);
      expectClose(parts.presentAudit, expected, 12);
      expectClose(parts.npv, npvOf(point), 12);
    },
  );

  it.each(cases)('%s under %s: not listing is the plan that never starts', (_id, _r, scenario) => {
    const point = resolveMode(scenario);
    const never = evaluatePoint(point, point.timeline.horizonYears);
    const none = notCertifying(point);
    expectClose(none.npv, never.totals.npv, 12);
    never.years.forEach((y, i) => expectClose(none.lostRevenue[i]!, y.lostRevenue, 12));
  });

  it('rescales a segment’s requirement mix, keeping the ISMAP/LIU split and ISO’s share of the rest', () => {
    // The doc example: 45 % ISMAP, 5 % LIU, 10 % ISO; r = 0.8 → 72 %, 8 %, 4 %.
    const segment = {
      ...resolveMode(shippedPopulation.archetypes[2]!.scenario).revenue.segments[0]!,
      requiresIsmapShare: 0.45,
      requiresLiuShare: 0.05,
      requiresIso27017Share: 0.1,
    };
    setRequiredShare(segment, mixOf(segment), 0.8);
    expectClose(segment.requiresIsmapShare, 0.72, 12);
    expectClose(segment.requiresLiuShare, 0.08, 12);
    expectClose(segment.requiresIso27017Share, 0.04, 12);
  });
});

describe('the simulated value at an observation’s date (README, Method: Calibration)', () => {
  // Only the count is read for a listedTotal observation.
  const year = (fiscalYear: number, listedTotal: number) =>
    ({ fiscalYear, listedTotal }) as MarketYear;
  const years = [year(2020, 10), year(2021, 30)];
  const at = (date: string) =>
    simulatedAt(shippedMarketModel, years, { date, quantity: 'listedTotal', observed: 1 });

  it('is linear between the ends of fiscal years, from nothing on 1 April 2020', () => {
    expect(at('2020-04-01')).toBe(0);
    // 1 October 2020 is 183 days in: 10 × 183 ÷ 365.25.
    expectClose(at('2020-10-01'), (10 * 183) / 365.25, 12);
    // 1 April 2021 + 183 days: halfway-ish from 10 to 30, less the leap-year quarter day.
    expectClose(at('2021-10-01'), 10 + 20 * ((365 + 183) / 365.25 - 1), 12);
    // After the last year simulated, its value.
    expect(at('2030-01-01')).toBe(30);
  });
});

describe('the market model’s parameters file', () => {
  const broken = (change: (m: MarketModel) => void) => {
    const copy = structuredClone(shippedMarketModel);
    change(copy);
    const parsed = parseMarketModel(copy);
    return parsed.ok ? [] : parsed.issues.map((i) => i.path);
  };

  it('parses as shipped', () => {
    expect(parseMarketModel(shippedMarketModel).ok).toBe(true);
  });

  it.each([
    [
      'more bidders needed than bid',
      (m: MarketModel) => (m.categories[0]!.biddersNeeded = 9),
      'categories[0].biddersNeeded',
    ],
    [
      'a floor both given and fitted',
      (m: MarketModel) => (m.categories[0]!.floorShare = 0.5),
      'categories[0].floorShare',
    ],
    [
      'a floor neither given nor fitted',
      (m: MarketModel) => delete m.categories[1]!.floorShare,
      'categories[1].floorShare',
    ],
    [
      'an observation of an unknown category',
      (m: MarketModel) => (m.calibration.observations[2]!.category = 'nowhere'),
      'calibration.observations[2].category',
    ],
    [
      'an observation of 0, which no relative error can take',
      (m: MarketModel) => (m.calibration.observations[0]!.observed = 0),
      'calibration.observations[0].observed',
    ],
    ['years that run backwards', (m: MarketModel) => (m.toFiscalYear = 2019), 'toFiscalYear'],
  ])('names the field for %s', (_what, change, path) => {
    expect(broken(change)).toContain(path);
  });
});
