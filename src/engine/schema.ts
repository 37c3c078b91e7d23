/**
 * The zod schemas: the single source of truth for every document the engine reads.
 * Types are inferred from them (`z.infer`), never written twice.
 *
 * Units are in the field names: `...Yen` is yen, `...PerYear` per year, `...Share` a share 0..1,
 * `...Months` / `...Years` time. Every number an estimate can carry is either a point or a
 * triangular range `{ low, mode, high }`.
 *
 * One file on purpose, though long: the documents refer to each other (a population to
 * scenarios, a reform to tracks and levers), and their shapes read best side by side.
 */
import { z } from 'zod/mini';
import { LEVER_KEYS, SCENARIO_SCHEMA_VERSION } from './vocabulary.ts';

export { LEVER_KEYS, SCENARIO_SCHEMA_VERSION };

// zod's tree-shakable build (README, Method: Speed): checks are functions passed to `.check()`,
// wrappers are functions (`z.optional(x)`), so the app carries only the parts it uses. Each
// schema's construction is marked pure, and the helpers free of side effects (their caches only
// save work), so that a bundle drops the schemas it never parses with: the built app takes the
// shipped files as the build parsed them and never builds their schemas.

/**
 * A number from `min` to `max`, both included. One schema per pair of bounds, shared by every
 * field with those bounds: building zod schemas is most of what loading this module costs, and
 * a phone loads it before the first figure shows.
 */
/* @__NO_SIDE_EFFECTS__ */
export function between(min: number, max: number): NumberSchema {
  const key = `${min}..${max}`;
  let schema = numbersBetween.get(key);
  if (!schema) {
    schema = z.number().check(z.gte(min), z.lte(max));
    numbersBetween.set(key, schema);
  }
  return schema;
}
const numbersBetween = new Map<string, NumberSchema>();

/** A whole number from `min` to `max`, both included. */
/* @__NO_SIDE_EFFECTS__ */
export const wholeBetween = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
/** A short identifier: a scenario's, a reform's, a buyer group's name in a link. */
/* @__NO_SIDE_EFFECTS__ */
export const shortId = () => z.string().check(z.minLength(1), z.maxLength(200));

type NumberSchema = z.ZodMiniNumber<number>;

/** Versions a reform package may carry: version 1's levers are a subset of version 2's. */
const ReformVersion = /* @__PURE__ */ z.union([z.literal(1), z.literal(2)]);

/** Triangular estimate: low ≤ mode ≤ high. */
/* @__NO_SIDE_EFFECTS__ */
function estimateOf(point: NumberSchema) {
  return z.strictObject({ low: point, mode: point, high: point }).check(
    z.refine((e) => e.low <= e.mode, {
      message: 'low must be ≤ mode',
      path: ['low'],
      params: { rule: 'low-above-mode' },
    }),
    z.refine((e) => e.mode <= e.high, {
      message: 'mode must be ≤ high',
      path: ['high'],
      params: { rule: 'mode-above-high' },
    }),
  );
}

/**
 * A number that may be a range. The bounds keep every result finite: no valid input can
 * overflow (the largest yen figure times the largest count stays far below 1e308).
 */
/* @__NO_SIDE_EFFECTS__ */
function rangeable(point: NumberSchema) {
  // Built once per point schema, which `between` shares among fields with the same bounds.
  let schema = rangeables.get(point);
  if (!schema) {
    schema = z.union([point, estimateOf(point)]);
    rangeables.set(point, schema);
  }
  return schema;
}
const rangeables = new Map<
  NumberSchema,
  z.ZodMiniUnion<[NumberSchema, ReturnType<typeof estimateOf>]>
>();

const MAX_YEN = 1e13; // ¥10 trillion: above any plausible certification budget or contract
/* @__NO_SIDE_EFFECTS__ */
const yen = () => between(0, MAX_YEN);
/* @__NO_SIDE_EFFECTS__ */
const share = () => between(0, 1);
/* @__NO_SIDE_EFFECTS__ */
const controlCount = () => between(0, 100_000);

export const Estimate = /* @__PURE__ */ estimateOf(z.number());
export type Estimate = z.infer<typeof Estimate>;

export const LocalizedText = /* @__PURE__ */ z.strictObject({
  ja: z.string().check(z.maxLength(2_000)),
  en: z.optional(z.string().check(z.maxLength(2_000))),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export const ServiceModel = /* @__PURE__ */ z.enum(['IaaS', 'PaaS', 'SaaS']);
export type ServiceModel = z.infer<typeof ServiceModel>;

/**
 * ISMAP, ISMAP-LIU (low-impact SaaS), the lighter SaaS category proposed for FY2025, or no ISMAP
 * at all with ISO/IEC 27017 only (the vendor keeps the deals that do not require ISMAP).
 */
export const Track = /* @__PURE__ */ z.enum(['ismap', 'ismap-liu', 'saas-light', 'iso27017-only']);
export type Track = z.infer<typeof Track>;

/**
 * A provenance text: a plain string (older files, users' own notes) or Japanese with an optional
 * English translation, shown in the UI language.
 */
/* @__NO_SIDE_EFFECTS__ */
const ProvenanceText = (min: number) =>
  z.union(
    [
      z.string().check(z.minLength(min)),
      z.strictObject({
        ja: z.string().check(z.minLength(min), z.maxLength(2_000)),
        en: z.optional(z.string().check(z.minLength(min), z.maxLength(2_000))),
      }),
    ],
    { error: 'expected a text, or { "ja": text, "en"?: text }' },
  );

/**
 * Where a default came from: a source id in data/sources.json (with a note of what it says), or
 * an assumption with its reason and, optionally, the sources that informed it.
 */
export const Provenance = /* @__PURE__ */ z
  .strictObject(
    {
      source: z.optional(z.string().check(z.minLength(1))),
      note: z.optional(ProvenanceText(0)),
      assumption: z.optional(ProvenanceText(1)),
      basedOn: z.optional(z.array(z.string().check(z.minLength(1)))),
    },
    { error: 'expected { "source": id, "note"? } or { "assumption": reason, "basedOn"? }' },
  )
  .check(
    z.refine((p) => (p.source === undefined) !== (p.assumption === undefined), {
      message: 'expected either "source" (a source id) or "assumption" (the reason), not both',
    }),
  );
export type Provenance = z.infer<typeof Provenance>;

/** Provenance keyed by the dotted path of the field, e.g. `audit.fixedFeeYen`. */
const ProvenanceMap = /* @__PURE__ */ z.record(z.string(), Provenance);

/**
 * The buyers a segment sells to (README, Method: The size of the market): a group of
 * data/markets.json, copied into the scenario so that a file stands on its own.
 */
export const SegmentMarket = /* @__PURE__ */ z.strictObject({
  group: shortId(),
  buyers: wholeBetween(1, 1_000_000),
  reTenderCycleYears: rangeable(between(1, 30)),
  /** Share of the group the vendor can bid to. */
  reachShare: rangeable(share()),
});
export type SegmentMarket = z.infer<typeof SegmentMarket>;

/** The requirement levels a tender can set, strongest first (README, Method: Credentials). */
export const REQUIREMENT_FIELDS = [
  'requiresIsmapShare',
  'requiresLiuShare',
  'requiresIso27017Share',
] as const;

export const RevenueSegment = /* @__PURE__ */ z
  .strictObject({
    name: LocalizedText,
    opportunitiesPerYear: rangeable(between(0, 1_000_000)),
    /** Share of opportunities that require ISMAP. */
    requiresIsmapShare: rangeable(share()),
    /** Share that require ISMAP-LIU (or the lighter SaaS category) at least. */
    requiresLiuShare: rangeable(share()),
    /** Share that require ISO/IEC 27017 at least. */
    requiresIso27017Share: rangeable(share()),
    /** With ISMAP, ISMAP-LIU or the lighter category. */
    winRateWith: rangeable(share()),
    /** With ISO/IEC 27017 and no ISMAP listing. */
    winRateWithIso27017: rangeable(share()),
    winRateWithout: rangeable(share()),
    contractValueYenPerYear: rangeable(yen()),
    contractYears: rangeable(between(0, 50)),
    grossMarginShare: rangeable(share()),
    /** Share of the lift that starts when the application is known, before listing. */
    prospectShare: rangeable(share()),
    /** Business the vendor already has here. */
    existingRevenueYenPerYear: rangeable(yen()),
    /** Share of it put out to tender each year. */
    retenderSharePerYear: rangeable(share()),
    market: z.nullable(SegmentMarket),
  })
  .check(
    z.superRefine((segment, ctx) => {
      // Corner by corner, so that sampling them from one random draw keeps them ordered:
      // without a credential ≤ ISO/IEC 27017 ≤ the listing.
      const ordered = (
        lower: 'winRateWithout' | 'winRateWithIso27017',
        upper: 'winRateWith' | 'winRateWithIso27017',
        rule: string,
        what: [string, string],
      ) => {
        const low = corners(segment[lower]);
        const high = corners(segment[upper]);
        for (const corner of ['low', 'mode', 'high'] as const) {
          if (low[corner] <= high[corner]) continue;
          ctx.addIssue({
            code: 'custom',
            path: [lower],
            params: { rule },
            message: `${what[0]} (${corner} ${low[corner]}) must be ≤ ${what[1]} (${high[corner]})`,
          });
        }
      };
      const without = 'win rate without a credential';
      const listing = 'the win rate with the listing';
      ordered('winRateWithout', 'winRateWith', 'without-above-with', [without, listing]);
      ordered('winRateWithout', 'winRateWithIso27017', 'without-above-with', [
        without,
        'the win rate with ISO/IEC 27017',
      ]);
      ordered('winRateWithIso27017', 'winRateWith', 'iso-above-listing', [
        'win rate with ISO/IEC 27017',
        listing,
      ]);
      // The highest corners together, so that every draw of the Monte Carlo is a valid mix.
      const highest = REQUIREMENT_FIELDS.reduce(
        (sum, field) => sum + corners(segment[field]).high,
        0,
      );
      if (highest > 1 + 1e-12) {
        ctx.addIssue({
          code: 'custom',
          path: ['requiresIsmapShare'],
          params: { rule: 'requirements-above-one' },
          message: `the shares that require ISMAP, ISMAP-LIU and ISO/IEC 27017 add up to ${highest} at their highest; they must add up to at most 1`,
        });
      }
    }),
  );
export type RevenueSegment = z.infer<typeof RevenueSegment>;

function corners(value: number | Estimate): Estimate {
  return typeof value === 'number' ? { low: value, mode: value, high: value } : value;
}

/** An ISMAP certification scenario. */
export const Scenario = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  id: shortId(),
  title: LocalizedText,
  description: z.optional(LocalizedText),
  vendor: z.strictObject({
    serviceModel: ServiceModel,
    iso27001: z.boolean(),
    iso27017: z.boolean(),
    soc2: z.boolean(),
    hostedOnListedPlatform: z.boolean(),
    listedServicesCount: wholeBetween(0, 1_000),
  }),
  track: Track,
  controls: z.strictObject({
    /** Detailed controls of the track. */
    baseline: rangeable(controlCount()),
    notApplicableShare: rangeable(share()),
    /** Of the applicable ones. */
    inheritableShare: rangeable(share()),
    inheritanceAllowed: z.boolean(),
    /** Audited for the other listed services. */
    alreadyAuditedShare: rangeable(share()),
    duplicateAuditExempt: z.boolean(),
    iso27001OverlapShare: rangeable(share()),
    iso27001CreditShare: rangeable(share()),
    /** Reform: at most this many controls in scope. */
    cap: z.nullable(controlCount()),
    /** Effort a control removed by the cap keeps, being merged into another. */
    mergedEffortKeptShare: rangeable(share()),
    /** Keeping the ISO 27001 certificate, counted where its credit is used. */
    ismsYenPerYear: rangeable(yen()),
    rotationYears: rangeable(between(1, 10)),
  }),
  audit: z.strictObject({
    /** Per engagement (one a year). */
    fixedFeeYen: rangeable(yen()),
    /** Per audited control. */
    feePerControlYen: rangeable(yen()),
    firms: wholeBetween(1, 1_000),
    priceElasticity: rangeable(between(0, 5)),
    /** Part of the fixed fee that is the management-system audit. */
    managementShare: rangeable(share()),
    /** Renewal audits of the management system rotate over this many years. */
    managementRotationYears: rangeable(between(1, 10)),
    /** The rest of the fixed fee, as a share of a full ISMAP engagement (set by the track). */
    engagementFeeShare: share(),
    /** Share of the controls in scope that the external audit covers (set by the track). */
    auditedShare: share(),
  }),
  staff: z.strictObject({
    fteFirstYear: rangeable(between(0, 10_000)),
    fteLaterYears: rangeable(between(0, 10_000)),
    costPerFteYenPerYear: rangeable(yen()),
    /** Share of staff effort that grows with the controls in scope; the rest is fixed. */
    controlDrivenShare: rangeable(share()),
    /** Controls in scope the FTE figures were estimated for. */
    referenceControls: between(1, 100_000),
  }),
  operations: z.strictObject({
    costPerControlYenPerYear: rangeable(yen()),
    /** Remediation and consulting in year 1. */
    oneOffYen: rangeable(yen()),
    /** The basic policy’s "avoid multi-cloud" binds. */
    singleCloudRule: z.boolean(),
    /** Moving onto one cloud, in year 1. */
    singleCloudMigrationYen: rangeable(yen()),
    /** One cloud over the best mix. */
    singleCloudPremiumYenPerYear: rangeable(yen()),
    /** Keeping ISO/IEC 27017 after withdrawing. */
    iso27017YenPerYear: rangeable(yen()),
  }),
  timeline: z.strictObject({
    /** Fiscal year the work starts. */
    startFiscalYear: wholeBetween(2020, 2050),
    horizonYears: wholeBetween(1, 50),
    discountRatePerYear: rangeable(between(0, 1)),
    monthsToListing: rangeable(between(0, 600)),
    /** Last year certified. */
    withdrawalYear: z.nullable(wholeBetween(1, 50)),
    keepsIso27017AfterWithdrawal: z.boolean(),
  }),
  revenue: z.strictObject({
    segments: z.array(RevenueSegment).check(z.maxLength(50)),
  }),
  provenance: z.optional(ProvenanceMap),
});
export type Scenario = z.infer<typeof Scenario>;

/**
 * A reform package: levers that can only make certification cheaper or faster. Absent levers
 * leave the scenario as it is.
 */
export const ReformPackage = /* @__PURE__ */ z.strictObject({
  schemaVersion: ReformVersion,
  id: shortId(),
  title: LocalizedText,
  description: z.optional(LocalizedText),
  levers: z.strictObject({
    controlCap: z.optional(controlCount()),
    iso27001CreditShare: z.optional(share()),
    inheritanceAllowed: z.optional(z.literal(true)),
    duplicateAuditExempt: z.optional(z.literal(true)),
    auditFirms: z.optional(wholeBetween(1, 1_000)),
    rotationYears: z.optional(between(1, 10)),
    monthsToListing: z.optional(between(0, 600)),
    saasTrack: z.optional(
      z.strictObject({
        baselineControls: controlCount(),
        /** Fixed audit fee, as a share of today’s. */
        auditFixedFeeShare: share(),
      }),
    ),
    /** Share of the tenders that require ISMAP today that accept ISMAP-LIU instead. */
    liuAcceptedShare: z.optional(share()),
    managementRotationYears: z.optional(between(1, 10)),
    multiCloudAllowed: z.optional(z.literal(true)),
  }),
  /** The fiscal year each lever takes effect; a lever without one is in force from the start. */
  effectiveFiscalYear: z.optional(z.partialRecord(z.enum(LEVER_KEYS), wholeBetween(2020, 2050))),
  provenance: z.optional(ProvenanceMap),
});
export type ReformPackage = z.infer<typeof ReformPackage>;
export type Levers = ReformPackage['levers'];
export type LeverKey = keyof Levers;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compiles only while LEVER_KEYS names every lever and nothing else. */
export type LeverKeysComplete = Assert<Same<LeverKey, (typeof LEVER_KEYS)[number]>>;

const Rangeable = /* @__PURE__ */ rangeable(between(0, MAX_YEN));

/** What switching track changes in a scenario; data/tracks.json holds the shipped presets. */
export const TrackPresets = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  ismap: z.strictObject({ baseline: rangeable(controlCount()) }),
  'ismap-liu': z.strictObject({
    baseline: rangeable(controlCount()),
    auditFixedFeeShare: share(),
    /** Share of the controls in scope that an external audit covers. */
    auditedShare: share(),
  }),
  'saas-light': z.strictObject({
    baseline: rangeable(controlCount()),
    auditFixedFeeShare: share(),
  }),
  'iso27017-only': z.strictObject({
    auditFeeYenPerYear: Rangeable,
    fteFirstYear: rangeable(between(0, 10_000)),
    fteLaterYears: rangeable(between(0, 10_000)),
    oneOffYen: Rangeable,
    monthsToCertificate: rangeable(between(0, 600)),
  }),
  provenance: ProvenanceMap,
});
export type TrackPresets = z.infer<typeof TrackPresets>;

export const Archetype = /* @__PURE__ */ z.strictObject({
  id: shortId(),
  title: LocalizedText,
  count: wholeBetween(0, 1_000_000),
  scenario: Scenario,
});
export type Archetype = z.infer<typeof Archetype>;

/** A vendor population: archetypes, each a scenario and a count of vendors like it. */
export const Population = /* @__PURE__ */ z.strictObject({
  archetypes: z.array(Archetype).check(z.minLength(1), z.maxLength(100)),
});
export type Population = z.infer<typeof Population>;

/** The population file in data/: archetypes name a shipped scenario by id. */
export const PopulationFile = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  archetypes: z
    .array(
      z.strictObject({
        id: z.string().check(z.minLength(1)),
        title: LocalizedText,
        count: wholeBetween(0, 1_000_000),
        scenarioId: z.string().check(z.minLength(1)),
        countProvenance: Provenance,
      }),
    )
    .check(z.minLength(1)),
});
export type PopulationFile = z.infer<typeof PopulationFile>;

/** A group of public buyers (data/markets.json): how many there are and how they buy. */
export const BuyerGroup = /* @__PURE__ */ z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  name: LocalizedText,
  level: z.enum(['national', 'prefectural', 'municipal']),
  /** The population band, for municipalities. */
  residents: z.optional(
    z.strictObject({ from: z.int().check(z.gte(0)), below: z.nullable(z.int().check(z.gte(1))) }),
  ),
  /** An aggregate of these groups. */
  sumOf: z.optional(z.array(z.string())),
  /** Groups counted within this one. */
  includes: z.optional(z.array(z.string())),
  buyers: wholeBetween(1, 1_000_000),
  reTenderCycleYears: rangeable(between(1, 30)),
  /** A small SaaS, a year. */
  contractValueYenPerYear: z.optional(rangeable(yen())),
  provenance: ProvenanceMap,
});
export type BuyerGroup = z.infer<typeof BuyerGroup>;

export const MarketsFile = /* @__PURE__ */ z
  .strictObject({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    groups: z.array(BuyerGroup).check(z.minLength(1)),
  })
  .check(
    z.superRefine((file, ctx) => {
      // An aggregate's count is the sum of its parts, so the two can never drift apart.
      const byId = new Map(file.groups.map((g) => [g.id, g]));
      file.groups.forEach((group, i) => {
        const parts = group.sumOf?.map((id) => byId.get(id));
        if (parts === undefined) return;
        const total = parts.reduce((sum, part) => sum + (part?.buyers ?? Number.NaN), 0);
        if (total !== group.buyers) {
          ctx.addIssue({
            code: 'custom',
            path: ['groups', i, 'buyers'],
            message: `${group.buyers} buyers, but the groups it sums (${group.sumOf!.join(', ')}) have ${total}`,
          });
        }
      });
    }),
  );
export type MarketsFile = z.infer<typeof MarketsFile>;

export const Source = /* @__PURE__ */ z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  title: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  /** Publication date, where the source gives one. */
  date: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2}){0,2}$/))),
  url: z.optional(z.string()),
  confidence: z.enum(['H', 'M', 'L']),
  /** Where in the source: a file, page or section. */
  locator: z.optional(z.string()),
  speakers: z.optional(z.record(z.string(), z.string())),
});
export type Source = z.infer<typeof Source>;

export const SourceRegistry = /* @__PURE__ */ z.strictObject({
  sources: z.array(Source).check(z.minLength(1)),
});
export type SourceRegistry = z.infer<typeof SourceRegistry>;

/* @__NO_SIDE_EFFECTS__ */
const slug = () => z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/));

/**
 * A buyer category of the market model (README, Method: The market over time): the archetypes
 * whose vendors sell to it, the buyer groups whose segments count as its tenders, and how its
 * buyers tender.
 */
export const MarketCategory = /* @__PURE__ */ z
  .strictObject({
    id: slug(),
    name: LocalizedText,
    /** Population archetypes, by id. */
    archetypes: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    /** A segment naming one of these buyer groups sells to this category. */
    buyerGroups: z.array(z.string().check(z.minLength(1))),
    /** M: vendors that bid on a typical tender. */
    biddersPerTender: wholeBetween(1, 50),
    /** K: listed bidders a buyer needs. */
    biddersNeeded: wholeBetween(1, 50),
    /** R_max: tenders whose data would justify it. */
    maxRequiredShare: rangeable(share()),
    /** R_floor the rules already set (l.389); absent when the calibration fits it. */
    floorShare: z.optional(rangeable(share())),
    tendersPerYear: rangeable(between(0, 1_000_000)),
    checkHoursPerUnlistedPurchase: rangeable(between(0, 10_000)),
  })
  .check(
    z.refine((c) => c.biddersNeeded <= c.biddersPerTender, {
      message: 'biddersNeeded must be ≤ biddersPerTender',
      path: ['biddersNeeded'],
    }),
  );
export type MarketCategory = z.infer<typeof MarketCategory>;

/** What the calibration is fitted to: a dated count or share (data/market-model.json). */
export const MarketObservation = /* @__PURE__ */ z.strictObject({
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  quantity: z.enum(['listedTotal', 'listedLiu', 'listedShareOfUse']),
  /** For a share: the category it is of. */
  category: z.optional(slug()),
  /** Positive: the error is relative to it. */
  observed: z.number().check(z.gt(0), z.lte(1_000_000)),
});
export type MarketObservation = z.infer<typeof MarketObservation>;

const Bounds = /* @__PURE__ */ z.strictObject({
  low: z.number(),
  high: z.number(),
  steps: wholeBetween(2, 400),
});

/** The free parameters the calibration fits (README, Method: Calibration). */
const FittedValues = /* @__PURE__ */ z.strictObject({
  /** First audits a firm can do a year. */
  auditsPerFirmPerYear: between(0.1, 100),
  /** Share of the gap to ℓ* vendors close in a year. */
  adjustmentPerYear: share(),
  /** R_floor of the categories fitted. */
  floorShare: z.record(slug(), share()),
});
export type MarketFittedValues = z.infer<typeof FittedValues>;

/** The market model's parameters (README, Method: The market over time). */
export const MarketModel = /* @__PURE__ */ z
  .strictObject({
    schemaVersion: z.literal(1),
    fromFiscalYear: wholeBetween(2020, 2050),
    toFiscalYear: wholeBetween(2020, 2060),
    /** Monte Carlo draws per archetype: the vendors. */
    vendorDraws: wholeBetween(1, 10_000),
    /** The vendors are one fixed sample. */
    vendorSeed: wholeBetween(0, 2 ** 32 - 1),
    categories: z.array(MarketCategory).check(z.minLength(1), z.maxLength(10)),
    audit: z.strictObject({
      firmsToday: wholeBetween(1, 1_000),
      /** Firms a reform could let audit. */
      candidateFirms: wholeBetween(1, 1_000),
      /** A renewal audit, as a share of a first audit. */
      renewalLoad: rangeable(share()),
      priceElasticity: rangeable(between(0, 5)),
      baseMonthsToListing: rangeable(between(0, 120)),
    }),
    vendors: z.strictObject({
      /** Share of its public business an unlisted vendor has lost when it leaves. */
      exitLostShare: estimateOf(share()),
    }),
    buyers: z.strictObject({ lagYears: rangeable(between(1, 20)) }),
    government: z.strictObject({
      hourlyCostYen: rangeable(yen()),
      reviewHoursPerApplication: rangeable(between(0, 100_000)),
      renewalReviewShare: rangeable(share()),
    }),
    calibration: z.strictObject({
      fittedOn: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
      method: LocalizedText,
      bounds: z.strictObject({
        auditsPerFirmPerYear: Bounds,
        adjustmentPerYear: Bounds,
        floorShare: Bounds,
      }),
      fitted: FittedValues,
      meanAbsPctError: z.number().check(z.gte(0)),
      observations: z.array(MarketObservation).check(z.minLength(1)),
    }),
    provenance: ProvenanceMap,
  })
  .check(
    z.superRefine((model, ctx) => {
      if (model.toFiscalYear < model.fromFiscalYear) {
        ctx.addIssue({
          code: 'custom',
          path: ['toFiscalYear'],
          message: 'toFiscalYear must be ≥ fromFiscalYear',
        });
      }
      const ids = new Set(model.categories.map((c) => c.id));
      const fitted = model.calibration.fitted.floorShare;
      model.categories.forEach((c, i) => {
        if ((c.floorShare === undefined) !== (fitted[c.id] === undefined)) return;
        ctx.addIssue({
          code: 'custom',
          path: ['categories', i, 'floorShare'],
          message: 'give floorShare here or in calibration.fitted.floorShare, exactly once',
        });
      });
      model.calibration.observations.forEach((o, i) => {
        if (o.category !== undefined && !ids.has(o.category)) {
          ctx.addIssue({
            code: 'custom',
            path: ['calibration', 'observations', i, 'category'],
            message: `no category "${o.category}"`,
          });
        }
      });
    }),
  );
export type MarketModel = z.infer<typeof MarketModel>;
