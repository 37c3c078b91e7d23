/**
 * fast-check arbitraries for the engine's documents. The bounds mirror src/engine/schema.ts
 * field by field. properties.test.ts parses hundreds of generated documents with the real
 * schema, so the generators cannot silently drift from it.
 */
import fc from 'fast-check';
import type {
  Estimate,
  Levers,
  MarketCategory,
  MarketModel,
  RevenueSegment,
  Scenario,
} from '../../../src/engine/schema.ts';

/** Bounds copied from schema.ts. */
export const BOUNDS = {
  yen: { min: 0, max: 1e13 },
  share: { min: 0, max: 1 },
  controls: { min: 0, max: 100_000 },
  opportunities: { min: 0, max: 1_000_000 },
  contractYears: { min: 0, max: 50 },
  rotationYears: { min: 1, max: 10 },
  elasticity: { min: 0, max: 5 },
  fte: { min: 0, max: 10_000 },
  referenceControls: { min: 1, max: 100_000 },
  discountRate: { min: 0, max: 1 },
  monthsToListing: { min: 0, max: 600 },
  firms: { min: 1, max: 1_000 },
  listedServices: { min: 0, max: 1_000 },
  withdrawalYear: { min: 1, max: 50 },
  fiscalYear: { min: 2020, max: 2050 },
  buyers: { min: 1, max: 1_000_000 },
  reTenderCycleYears: { min: 1, max: 30 },
} as const;

/**
 * fc.record, always with ordinary objects (as JSON.parse and zod produce): fast-check may
 * otherwise build null-prototype objects, which `toStrictEqual` tells apart from clones.
 */
const record = ((model: never, constraints?: object) =>
  fc.record(model, { ...constraints, noNullPrototype: true })) as typeof fc.record;

/** Horizon kept short so that property runs stay fast (the schema allows up to 50). */
export const MAX_TEST_HORIZON = 15;

type Bounds = { readonly min: number; readonly max: number };

/**
 * A number within [min, max]: the bounds themselves, a value spread evenly over the interval
 * (the realistic region) or any double fast-check likes (which favours extremes: tiny
 * subnormals, values next to the bounds).
 */
export function num({ min, max }: Bounds): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(min, max) },
    {
      weight: 3,
      arbitrary: fc
        .integer({ min: 0, max: 1_000_000 })
        .map((k) => Math.min(max, Math.max(min, min + ((max - min) * k) / 1_000_000))),
    },
    {
      weight: 2,
      arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min, max }),
    },
  );
}

const byNumber = (a: number, b: number) => a - b;

/** An ordered range within the bounds; corners may coincide. */
export function estimateIn(bounds: Bounds): fc.Arbitrary<Estimate> {
  return fc.tuple(num(bounds), num(bounds), num(bounds)).map((corners) => {
    const [low, mode, high] = [...corners].sort(byNumber) as [number, number, number];
    return { low, mode, high };
  });
}

/** A point or a range, as every `rangeable` field of the schema. */
export function rangeableIn(bounds: Bounds): fc.Arbitrary<number | Estimate> {
  return fc.oneof(num(bounds), estimateIn(bounds));
}

function cornersOf(value: number | Estimate): Estimate {
  return typeof value === 'number' ? { low: value, mode: value, high: value } : value;
}

/** x + (y − x) × f with the result kept within [x, y] despite rounding. */
const between = (x: number, y: number, f: number) => Math.min(y, Math.max(x, x + (y - x) * f));

/** A win rate without the listing that is ≤ `withRate` corner by corner (the schema's rule). */
function winRateWithoutFor(withRate: number | Estimate): fc.Arbitrary<number | Estimate> {
  const w = cornersOf(withRate);
  const fraction = num(BOUNDS.share);
  return fc.oneof(
    // Equal to the win rate with it: the listing lifts nothing on optional deals.
    fc.constant(withRate),
    // A point: must be ≤ every corner, so ≤ the low.
    fraction.map((f) => w.low * f),
    // A range: each corner ≤ the matching corner, and the range itself ordered.
    fc.tuple(fraction, fraction, fraction).map(([f1, f2, f3]) => {
      const low = w.low * f1;
      const mode = between(low, w.mode, f2);
      const high = between(mode, w.high, f3);
      return { low, mode, high };
    }),
  );
}

/** A win rate with ISO/IEC 27017: between the rates without a credential and with the listing. */
function winRateBetween(
  without: number | Estimate,
  withListing: number | Estimate,
): fc.Arbitrary<number | Estimate> {
  const w = cornersOf(without);
  const l = cornersOf(withListing);
  const fraction = num(BOUNDS.share);
  return fc.oneof(
    fc.constant(without),
    fc.constant(withListing),
    fc.tuple(fraction, fraction, fraction).map(([f1, f2, f3]) => {
      // Each corner within its own [without, with] interval, kept ordered.
      const low = between(w.low, l.low, f1);
      const mode = Math.min(l.mode, Math.max(low, between(w.mode, l.mode, f2)));
      const high = Math.min(l.high, Math.max(mode, between(w.high, l.high, f3)));
      return { low, mode, high };
    }),
  );
}

/**
 * The three requirement shares, adding up to at most 1 at their highs (the schema's rule): a
 * third each at most, or the whole on one level.
 */
function requirementMix(): fc.Arbitrary<{
  requiresIsmapShare: number | Estimate;
  requiresLiuShare: number | Estimate;
  requiresIso27017Share: number | Estimate;
}> {
  const third = rangeableIn({ min: 0, max: 1 / 3 - 1e-9 });
  return fc
    .oneof(
      fc.tuple(third, third, third),
      fc
        .tuple(fc.integer({ min: 0, max: 2 }), rangeableIn(BOUNDS.share))
        .map(([slot, value]) => [0, 1, 2].map((i) => (i === slot ? value : 0))),
    )
    .map(([ismap, liu, iso]) => ({
      requiresIsmapShare: ismap!,
      requiresLiuShare: liu!,
      requiresIso27017Share: iso!,
    }));
}

export function validSegment(): fc.Arbitrary<RevenueSegment> {
  return fc.tuple(rangeableIn(BOUNDS.share), requirementMix()).chain(([winRateWith, mix]) =>
    winRateWithoutFor(winRateWith).chain((winRateWithout) =>
      record({
        name: record(
          { ja: fc.string({ maxLength: 20 }), en: fc.string({ maxLength: 20 }) },
          {
            requiredKeys: ['ja'],
          },
        ),
        opportunitiesPerYear: rangeableIn(BOUNDS.opportunities),
        requiresIsmapShare: fc.constant(mix.requiresIsmapShare),
        requiresLiuShare: fc.constant(mix.requiresLiuShare),
        requiresIso27017Share: fc.constant(mix.requiresIso27017Share),
        winRateWith: fc.constant(winRateWith),
        winRateWithIso27017: winRateBetween(winRateWithout, winRateWith),
        winRateWithout: fc.constant(winRateWithout),
        contractValueYenPerYear: rangeableIn(BOUNDS.yen),
        contractYears: rangeableIn(BOUNDS.contractYears),
        grossMarginShare: rangeableIn(BOUNDS.share),
        prospectShare: rangeableIn(BOUNDS.share),
        existingRevenueYenPerYear: rangeableIn(BOUNDS.yen),
        retenderSharePerYear: rangeableIn(BOUNDS.share),
        market: fc.option(
          record({
            group: fc.constantFrom('municipalities-under-50k', 'prefectures'),
            buyers: fc.integer(BOUNDS.buyers),
            reTenderCycleYears: rangeableIn(BOUNDS.reTenderCycleYears),
            reachShare: rangeableIn(BOUNDS.share),
          }),
          { nil: null },
        ),
      }),
    ),
  );
}

const provenanceEntry = fc.oneof(
  record({ source: fc.constantFrom('wg4-2024-12-09', 'ismap-kb0010011') }),
  record({ source: fc.constant('ipa-2023'), note: fc.string({ maxLength: 10 }) }),
  record({ assumption: fc.constant('an assumption, for the test') }),
);

/** Any scenario the `Scenario` schema accepts (horizon ≤ MAX_TEST_HORIZON, 0–3 segments). */
export function validScenario(): fc.Arbitrary<Scenario> {
  const yen = rangeableIn(BOUNDS.yen);
  const share = rangeableIn(BOUNDS.share);
  return fc.integer({ min: 1, max: MAX_TEST_HORIZON }).chain((horizonYears) =>
    record(
      {
        schemaVersion: fc.constant(2 as const),
        id: fc.string({ minLength: 1, maxLength: 20 }),
        title: record(
          { ja: fc.string({ maxLength: 20 }), en: fc.string({ maxLength: 20 }) },
          {
            requiredKeys: ['ja'],
          },
        ),
        description: record({ ja: fc.string({ maxLength: 20 }) }),
        vendor: record({
          serviceModel: fc.constantFrom('IaaS' as const, 'PaaS' as const, 'SaaS' as const),
          iso27001: fc.boolean(),
          iso27017: fc.boolean(),
          soc2: fc.boolean(),
          hostedOnListedPlatform: fc.boolean(),
          listedServicesCount: fc.integer(BOUNDS.listedServices),
        }),
        track: fc.constantFrom('ismap' as const, 'ismap-liu' as const, 'saas-light' as const),
        controls: record({
          baseline: rangeableIn(BOUNDS.controls),
          notApplicableShare: share,
          inheritableShare: share,
          inheritanceAllowed: fc.boolean(),
          alreadyAuditedShare: share,
          duplicateAuditExempt: fc.boolean(),
          iso27001OverlapShare: share,
          iso27001CreditShare: share,
          cap: fc.option(num(BOUNDS.controls), { nil: null }),
          rotationYears: rangeableIn(BOUNDS.rotationYears),
          mergedEffortKeptShare: share,
          ismsYenPerYear: yen,
        }),
        audit: record({
          fixedFeeYen: yen,
          feePerControlYen: yen,
          firms: fc.integer(BOUNDS.firms),
          priceElasticity: rangeableIn(BOUNDS.elasticity),
          managementShare: share,
          managementRotationYears: rangeableIn(BOUNDS.rotationYears),
          engagementFeeShare: num(BOUNDS.share),
          auditedShare: num(BOUNDS.share),
        }),
        staff: record({
          fteFirstYear: rangeableIn(BOUNDS.fte),
          fteLaterYears: rangeableIn(BOUNDS.fte),
          costPerFteYenPerYear: yen,
          controlDrivenShare: rangeableIn(BOUNDS.share),
          referenceControls: num(BOUNDS.referenceControls),
        }),
        operations: record({
          costPerControlYenPerYear: yen,
          oneOffYen: yen,
          singleCloudRule: fc.boolean(),
          singleCloudMigrationYen: yen,
          singleCloudPremiumYenPerYear: yen,
          iso27017YenPerYear: yen,
        }),
        timeline: record({
          startFiscalYear: fc.integer(BOUNDS.fiscalYear),
          horizonYears: fc.constant(horizonYears),
          discountRatePerYear: rangeableIn(BOUNDS.discountRate),
          monthsToListing: rangeableIn(BOUNDS.monthsToListing),
          // Within the horizon most of the time, beyond it (up to the schema's 50) sometimes.
          withdrawalYear: fc.option(
            fc.oneof(fc.integer({ min: 1, max: horizonYears }), fc.integer(BOUNDS.withdrawalYear)),
            { nil: null },
          ),
          keepsIso27017AfterWithdrawal: fc.boolean(),
        }),
        revenue: record({ segments: fc.array(validSegment(), { minLength: 0, maxLength: 3 }) }),
        provenance: fc.dictionary(
          fc.constantFrom('audit.fixedFeeYen', 'controls.baseline', 'staff.costPerFteYenPerYear'),
          provenanceEntry,
          { maxKeys: 2, noNullPrototype: true },
        ),
      },
      {
        requiredKeys: [
          'schemaVersion',
          'id',
          'title',
          'vendor',
          'track',
          'controls',
          'audit',
          'staff',
          'operations',
          'timeline',
          'revenue',
        ],
      },
    ),
  );
}

/** Any reform levers the `ReformPackage` schema accepts; every lever optional. */
export function validLevers(): fc.Arbitrary<Levers> {
  return record(
    {
      controlCap: num(BOUNDS.controls),
      iso27001CreditShare: num(BOUNDS.share),
      inheritanceAllowed: fc.constant(true as const),
      duplicateAuditExempt: fc.constant(true as const),
      auditFirms: fc.integer(BOUNDS.firms),
      rotationYears: num(BOUNDS.rotationYears),
      monthsToListing: num(BOUNDS.monthsToListing),
      saasTrack: record({
        baselineControls: num(BOUNDS.controls),
        auditFixedFeeShare: num(BOUNDS.share),
      }),
      liuAcceptedShare: num(BOUNDS.share),
      managementRotationYears: num(BOUNDS.rotationYears),
      multiCloudAllowed: fc.constant(true as const),
    },
    { requiredKeys: [] },
  );
}

/** A complete reform package document around `levers`. */
export function reformOf(levers: Levers) {
  return { schemaVersion: 2 as const, id: 'test-reform', title: { ja: 'テスト' }, levers };
}

/** Below this magnitude a number is flushed to 0 by `flushTiny` (yen, shares, counts alike). */
export const TINY = 1e-6;

/**
 * The same document with every number of magnitude below TINY set to 0. Every lower bound in
 * the schema is 0 or ≥ 1 and the map is monotone, so a valid scenario stays valid (ranges stay
 * ordered, win rates stay ordered corner by corner).
 */
export function flushTiny<T>(value: T): T {
  const map = (v: unknown): unknown => {
    if (typeof v === 'number') return Math.abs(v) < TINY ? 0 : v;
    if (Array.isArray(v)) return v.map(map);
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(Object.entries(v).map(([key, item]) => [key, map(item)]));
    }
    return v;
  };
  return map(value) as T;
}

/**
 * Valid scenarios without subnormal-scale inputs: for identities that hold exactly in real
 * arithmetic but that floating point can only keep to a relative 1e-9 when no product of
 * inputs underflows (e.g. a 1e-310 contract length times a margin).
 */
export function wellConditionedScenario(): fc.Arbitrary<Scenario> {
  return validScenario().map(flushTiny);
}

/**
 * A market model: the shipped one's shape (its categories, archetypes and observations) with
 * every number drawn within the schema's bounds, and few vendor draws so that runs stay fast.
 */
export function marketModelFrom(base: MarketModel): fc.Arbitrary<MarketModel> {
  const share = () => rangeableIn(BOUNDS.share);
  const category = (c: MarketCategory) =>
    fc.integer({ min: 1, max: 12 }).chain((m) =>
      record({
        biddersPerTender: fc.constant(m),
        biddersNeeded: fc.integer({ min: 1, max: m }),
        maxRequiredShare: share(),
        tendersPerYear: rangeableIn({ min: 0, max: 1_000_000 }),
        checkHoursPerUnlistedPurchase: rangeableIn({ min: 0, max: 10_000 }),
        floorShare: c.floorShare === undefined ? fc.constant(undefined) : share(),
      }).map(({ floorShare, ...rest }) => ({
        ...c,
        ...rest,
        ...(floorShare === undefined ? {} : { floorShare }),
      })),
    );
  return record({
    vendorDraws: fc.integer({ min: 1, max: 6 }),
    vendorSeed: fc.integer({ min: 0, max: 0xffff_ffff }),
    categories: fc.tuple(...base.categories.map(category)),
    audit: record({
      firmsToday: fc.integer({ min: 1, max: 1_000 }),
      candidateFirms: fc.integer({ min: 1, max: 1_000 }),
      renewalLoad: share(),
      priceElasticity: rangeableIn({ min: 0, max: 5 }),
      baseMonthsToListing: rangeableIn({ min: 0, max: 120 }),
    }),
    exitLostShare: estimateIn(BOUNDS.share),
    lagYears: rangeableIn({ min: 1, max: 20 }),
    government: record({
      hourlyCostYen: rangeableIn(BOUNDS.yen),
      reviewHoursPerApplication: rangeableIn({ min: 0, max: 100_000 }),
      renewalReviewShare: share(),
    }),
    auditsPerFirmPerYear: num({ min: 0.1, max: 100 }),
    adjustmentPerYear: num(BOUNDS.share),
    floors: fc.array(num(BOUNDS.share), {
      minLength: base.categories.length,
      maxLength: base.categories.length,
    }),
  }).map(
    ({
      categories,
      exitLostShare,
      lagYears,
      auditsPerFirmPerYear,
      adjustmentPerYear,
      floors,
      ...rest
    }) => ({
      ...base,
      ...rest,
      categories,
      vendors: { exitLostShare },
      buyers: { lagYears },
      calibration: {
        ...base.calibration,
        fitted: {
          auditsPerFirmPerYear,
          adjustmentPerYear,
          floorShare: Object.fromEntries(
            Object.keys(base.calibration.fitted.floorShare).map((id, i) => [id, floors[i]!]),
          ),
        },
      },
    }),
  );
}
