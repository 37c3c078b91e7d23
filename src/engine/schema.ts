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
import { z } from 'zod';
import { LEVER_KEYS, SCENARIO_SCHEMA_VERSION } from './vocabulary.ts';

export { LEVER_KEYS, SCENARIO_SCHEMA_VERSION };

/** Versions a reform package may carry: version 1's levers are a subset of version 2's. */
const ReformVersion = z.union([z.literal(1), z.literal(2)]);

/** Triangular estimate: low ≤ mode ≤ high. */
function estimateOf(point: z.ZodNumber) {
  return z
    .strictObject({ low: point, mode: point, high: point })
    .refine((e) => e.low <= e.mode, {
      message: 'low must be ≤ mode',
      path: ['low'],
      params: { rule: 'low-above-mode' },
    })
    .refine((e) => e.mode <= e.high, {
      message: 'mode must be ≤ high',
      path: ['high'],
      params: { rule: 'mode-above-high' },
    });
}

/**
 * A number that may be a range. The bounds keep every result finite: no valid input can
 * overflow (the largest yen figure times the largest count stays far below 1e308).
 */
function rangeable(point: z.ZodNumber) {
  // Built once per pair of bounds, not once per field: building zod schemas is most of what
  // loading this module costs, and a phone loads it before the first figure shows.
  const bounds = `${point.minValue}..${point.maxValue}`;
  let schema = rangeables.get(bounds);
  if (!schema) {
    schema = z.union([point, estimateOf(point)]);
    rangeables.set(bounds, schema);
  }
  return schema;
}
const rangeables = new Map<string, z.ZodUnion<[z.ZodNumber, ReturnType<typeof estimateOf>]>>();

const MAX_YEN = 1e13; // ¥10 trillion: above any plausible certification budget or contract
const yen = () => z.number().min(0).max(MAX_YEN);
const share = () => z.number().min(0).max(1);
const controlCount = () => z.number().min(0).max(100_000);

export const Estimate = estimateOf(z.number());
export type Estimate = z.infer<typeof Estimate>;

export const LocalizedText = z.strictObject({
  ja: z.string().max(2_000),
  en: z.string().max(2_000).optional(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export const ServiceModel = z.enum(['IaaS', 'PaaS', 'SaaS']);
export type ServiceModel = z.infer<typeof ServiceModel>;

/**
 * ISMAP, ISMAP-LIU (low-impact SaaS), the lighter SaaS category proposed for FY2025, or no ISMAP
 * at all with ISO/IEC 27017 only (the vendor keeps the deals that do not require ISMAP).
 */
export const Track = z.enum(['ismap', 'ismap-liu', 'saas-light', 'iso27017-only']);
export type Track = z.infer<typeof Track>;

/**
 * A provenance text: a plain string (older files, users' own notes) or Japanese with an optional
 * English translation, shown in the UI language.
 */
const ProvenanceText = (min: number) =>
  z.union(
    [
      z.string().min(min),
      z.strictObject({
        ja: z.string().min(min).max(2_000),
        en: z.string().min(min).max(2_000).optional(),
      }),
    ],
    { error: 'expected a text, or { "ja": text, "en"?: text }' },
  );

/**
 * Where a default came from: a source id in data/sources.json (with a note of what it says), or
 * an assumption with its reason and, optionally, the sources that informed it.
 */
export const Provenance = z
  .strictObject(
    {
      source: z.string().min(1).optional(),
      note: ProvenanceText(0).optional(),
      assumption: ProvenanceText(1).optional(),
      basedOn: z.array(z.string().min(1)).optional(),
    },
    { error: 'expected { "source": id, "note"? } or { "assumption": reason, "basedOn"? }' },
  )
  .refine((p) => (p.source === undefined) !== (p.assumption === undefined), {
    message: 'expected either "source" (a source id) or "assumption" (the reason), not both',
  });
export type Provenance = z.infer<typeof Provenance>;

/** Provenance keyed by the dotted path of the field, e.g. `audit.fixedFeeYen`. */
const ProvenanceMap = z.record(z.string(), Provenance);

/**
 * The buyers a segment sells to (README, Method: The size of the market): a group of
 * data/markets.json, copied into the scenario so that a file stands on its own.
 */
export const SegmentMarket = z.strictObject({
  group: z.string().min(1).max(200),
  buyers: z.int().min(1).max(1_000_000),
  reTenderCycleYears: rangeable(z.number().min(1).max(30)),
  reachShare: rangeable(share()).describe('share of the group the vendor can bid to'),
});
export type SegmentMarket = z.infer<typeof SegmentMarket>;

/** The requirement levels a tender can set, strongest first (README, Method: Credentials). */
export const REQUIREMENT_FIELDS = [
  'requiresIsmapShare',
  'requiresLiuShare',
  'requiresIso27017Share',
] as const;

export const RevenueSegment = z
  .strictObject({
    name: LocalizedText,
    opportunitiesPerYear: rangeable(z.number().min(0).max(1_000_000)),
    requiresIsmapShare: rangeable(share()).describe('share of opportunities that require ISMAP'),
    requiresLiuShare: rangeable(share()).describe(
      'share that require ISMAP-LIU (or the lighter SaaS category) at least',
    ),
    requiresIso27017Share: rangeable(share()).describe('share that require ISO/IEC 27017 at least'),
    winRateWith: rangeable(share()).describe('with ISMAP, ISMAP-LIU or the lighter category'),
    winRateWithIso27017: rangeable(share()).describe('with ISO/IEC 27017 and no ISMAP listing'),
    winRateWithout: rangeable(share()),
    contractValueYenPerYear: rangeable(yen()),
    contractYears: rangeable(z.number().min(0).max(50)),
    grossMarginShare: rangeable(share()),
    prospectShare: rangeable(share()).describe(
      'share of the lift that starts when the application is known, before listing',
    ),
    existingRevenueYenPerYear: rangeable(yen()).describe('business the vendor already has here'),
    retenderSharePerYear: rangeable(share()).describe('share of it put out to tender each year'),
    market: SegmentMarket.nullable(),
  })
  .superRefine((segment, ctx) => {
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
  });
export type RevenueSegment = z.infer<typeof RevenueSegment>;

function corners(value: number | Estimate): Estimate {
  return typeof value === 'number' ? { low: value, mode: value, high: value } : value;
}

export const Scenario = z
  .strictObject({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    id: z.string().min(1).max(200),
    title: LocalizedText,
    description: LocalizedText.optional(),
    vendor: z.strictObject({
      serviceModel: ServiceModel,
      iso27001: z.boolean(),
      iso27017: z.boolean(),
      soc2: z.boolean(),
      hostedOnListedPlatform: z.boolean(),
      listedServicesCount: z.int().min(0).max(1_000),
    }),
    track: Track,
    controls: z.strictObject({
      baseline: rangeable(controlCount()).describe('detailed controls of the track'),
      notApplicableShare: rangeable(share()),
      inheritableShare: rangeable(share()).describe('of the applicable ones'),
      inheritanceAllowed: z.boolean(),
      alreadyAuditedShare: rangeable(share()).describe('audited for the other listed services'),
      duplicateAuditExempt: z.boolean(),
      iso27001OverlapShare: rangeable(share()),
      iso27001CreditShare: rangeable(share()),
      cap: controlCount().nullable().describe('reform: at most this many controls in scope'),
      mergedEffortKeptShare: rangeable(share()).describe(
        'effort a control removed by the cap keeps, being merged into another',
      ),
      ismsYenPerYear: rangeable(yen()).describe(
        'keeping the ISO 27001 certificate, counted where its credit is used',
      ),
      rotationYears: rangeable(z.number().min(1).max(10)),
    }),
    audit: z.strictObject({
      fixedFeeYen: rangeable(yen()).describe('per engagement (one a year)'),
      feePerControlYen: rangeable(yen()).describe('per audited control'),
      firms: z.int().min(1).max(1_000),
      priceElasticity: rangeable(z.number().min(0).max(5)),
      managementShare: rangeable(share()).describe(
        'part of the fixed fee that is the management-system audit',
      ),
      managementRotationYears: rangeable(z.number().min(1).max(10)).describe(
        'renewal audits of the management system rotate over this many years',
      ),
      engagementFeeShare: share().describe(
        'the rest of the fixed fee, as a share of a full ISMAP engagement (set by the track)',
      ),
      auditedShare: share().describe(
        'share of the controls in scope that the external audit covers (set by the track)',
      ),
    }),
    staff: z.strictObject({
      fteFirstYear: rangeable(z.number().min(0).max(10_000)),
      fteLaterYears: rangeable(z.number().min(0).max(10_000)),
      costPerFteYenPerYear: rangeable(yen()),
      controlDrivenShare: rangeable(share()).describe(
        'share of staff effort that grows with the controls in scope; the rest is fixed',
      ),
      referenceControls: z
        .number()
        .min(1)
        .max(100_000)
        .describe('controls in scope the FTE figures were estimated for'),
    }),
    operations: z.strictObject({
      costPerControlYenPerYear: rangeable(yen()),
      oneOffYen: rangeable(yen()).describe('remediation and consulting in year 1'),
      singleCloudRule: z.boolean().describe('the basic policy’s "avoid multi-cloud" binds'),
      singleCloudMigrationYen: rangeable(yen()).describe('moving onto one cloud, in year 1'),
      singleCloudPremiumYenPerYear: rangeable(yen()).describe('one cloud over the best mix'),
      iso27017YenPerYear: rangeable(yen()).describe('keeping ISO/IEC 27017 after withdrawing'),
    }),
    timeline: z.strictObject({
      startFiscalYear: z.int().min(2020).max(2050).describe('fiscal year the work starts'),
      horizonYears: z.int().min(1).max(50),
      discountRatePerYear: rangeable(z.number().min(0).max(1)),
      monthsToListing: rangeable(z.number().min(0).max(600)),
      withdrawalYear: z.int().min(1).max(50).nullable().describe('last year certified'),
      keepsIso27017AfterWithdrawal: z.boolean(),
    }),
    revenue: z.strictObject({
      segments: z.array(RevenueSegment).max(50),
    }),
    provenance: ProvenanceMap.optional(),
  })
  .describe('an ISMAP certification scenario');
export type Scenario = z.infer<typeof Scenario>;

/**
 * A reform package: levers that can only make certification cheaper or faster. Absent levers
 * leave the scenario as it is.
 */
export const ReformPackage = z.strictObject({
  schemaVersion: ReformVersion,
  id: z.string().min(1).max(200),
  title: LocalizedText,
  description: LocalizedText.optional(),
  levers: z.strictObject({
    controlCap: controlCount().optional(),
    iso27001CreditShare: share().optional(),
    inheritanceAllowed: z.literal(true).optional(),
    duplicateAuditExempt: z.literal(true).optional(),
    auditFirms: z.int().min(1).max(1_000).optional(),
    rotationYears: z.number().min(1).max(10).optional(),
    monthsToListing: z.number().min(0).max(600).optional(),
    saasTrack: z
      .strictObject({
        baselineControls: controlCount(),
        auditFixedFeeShare: share().describe('fixed audit fee, as a share of today’s'),
      })
      .optional(),
    liuAcceptedShare: share()
      .optional()
      .describe('share of the tenders that require ISMAP today that accept ISMAP-LIU instead'),
    managementRotationYears: z.number().min(1).max(10).optional(),
    multiCloudAllowed: z.literal(true).optional(),
  }),
  /** The fiscal year each lever takes effect; a lever without one is in force from the start. */
  effectiveFiscalYear: z.partialRecord(z.enum(LEVER_KEYS), z.int().min(2020).max(2050)).optional(),
  provenance: ProvenanceMap.optional(),
});
export type ReformPackage = z.infer<typeof ReformPackage>;
export type Levers = ReformPackage['levers'];
export type LeverKey = keyof Levers;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compiles only while LEVER_KEYS names every lever and nothing else. */
export type LeverKeysComplete = Assert<Same<LeverKey, (typeof LEVER_KEYS)[number]>>;

const Rangeable = rangeable(z.number().min(0).max(MAX_YEN));

/** What switching track changes in a scenario; data/tracks.json holds the shipped presets. */
export const TrackPresets = z.strictObject({
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  ismap: z.strictObject({ baseline: rangeable(controlCount()) }),
  'ismap-liu': z.strictObject({
    baseline: rangeable(controlCount()),
    auditFixedFeeShare: share(),
    auditedShare: share().describe('share of the controls in scope that an external audit covers'),
  }),
  'saas-light': z.strictObject({
    baseline: rangeable(controlCount()),
    auditFixedFeeShare: share(),
  }),
  'iso27017-only': z.strictObject({
    auditFeeYenPerYear: Rangeable,
    fteFirstYear: rangeable(z.number().min(0).max(10_000)),
    fteLaterYears: rangeable(z.number().min(0).max(10_000)),
    oneOffYen: Rangeable,
    monthsToCertificate: rangeable(z.number().min(0).max(600)),
  }),
  provenance: ProvenanceMap,
});
export type TrackPresets = z.infer<typeof TrackPresets>;

export const Archetype = z.strictObject({
  id: z.string().min(1).max(200),
  title: LocalizedText,
  count: z.int().min(0).max(1_000_000),
  scenario: Scenario,
});
export type Archetype = z.infer<typeof Archetype>;

/** A vendor population: archetypes, each a scenario and a count of vendors like it. */
export const Population = z.strictObject({
  archetypes: z.array(Archetype).min(1).max(100),
});
export type Population = z.infer<typeof Population>;

/** The population file in data/: archetypes name a shipped scenario by id. */
export const PopulationFile = z.strictObject({
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  archetypes: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        title: LocalizedText,
        count: z.int().min(0).max(1_000_000),
        scenarioId: z.string().min(1),
        countProvenance: Provenance,
      }),
    )
    .min(1),
});
export type PopulationFile = z.infer<typeof PopulationFile>;

/** A group of public buyers (data/markets.json): how many there are and how they buy. */
export const BuyerGroup = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: LocalizedText,
    level: z.enum(['national', 'prefectural', 'municipal']),
    residents: z
      .strictObject({ from: z.int().min(0), below: z.int().min(1).nullable() })
      .optional()
      .describe('the population band, for municipalities'),
    sumOf: z.array(z.string()).optional().describe('an aggregate of these groups'),
    includes: z.array(z.string()).optional().describe('groups counted within this one'),
    buyers: z.int().min(1).max(1_000_000),
    reTenderCycleYears: rangeable(z.number().min(1).max(30)),
    contractValueYenPerYear: rangeable(yen()).optional().describe('a small SaaS, a year'),
    provenance: ProvenanceMap,
  })
  .describe('a group of public buyers');
export type BuyerGroup = z.infer<typeof BuyerGroup>;

export const MarketsFile = z
  .strictObject({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    groups: z.array(BuyerGroup).min(1),
  })
  .superRefine((file, ctx) => {
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
  });
export type MarketsFile = z.infer<typeof MarketsFile>;

export const Source = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}){0,2}$/)
    .optional()
    .describe('publication date, where the source gives one'),
  url: z.string().optional(),
  confidence: z.enum(['H', 'M', 'L']),
  locator: z.string().optional().describe('where in the source: a file, page or section'),
  speakers: z.record(z.string(), z.string()).optional(),
});
export type Source = z.infer<typeof Source>;

export const SourceRegistry = z.strictObject({
  sources: z.array(Source).min(1),
});
export type SourceRegistry = z.infer<typeof SourceRegistry>;

const slug = () => z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/**
 * A buyer category of the market model (README, Method: The market over time): the archetypes
 * whose vendors sell to it, the buyer groups whose segments count as its tenders, and how its
 * buyers tender.
 */
export const MarketCategory = z
  .strictObject({
    id: slug(),
    name: LocalizedText,
    archetypes: z.array(z.string().min(1)).min(1).describe('population archetypes, by id'),
    buyerGroups: z
      .array(z.string().min(1))
      .describe('a segment naming one of these buyer groups sells to this category'),
    biddersPerTender: z.int().min(1).max(50).describe('m: vendors that bid on a typical tender'),
    biddersNeeded: z.int().min(1).max(50).describe('k: listed bidders a buyer needs'),
    maxRequiredShare: rangeable(share()).describe('r_max: tenders whose data would justify it'),
    floorShare: rangeable(share())
      .optional()
      .describe('r_floor the rules already set (l.389); absent when the calibration fits it'),
    tendersPerYear: rangeable(z.number().min(0).max(1_000_000)),
    checkHoursPerUnlistedPurchase: rangeable(z.number().min(0).max(10_000)),
  })
  .refine((c) => c.biddersNeeded <= c.biddersPerTender, {
    message: 'biddersNeeded must be ≤ biddersPerTender',
    path: ['biddersNeeded'],
  });
export type MarketCategory = z.infer<typeof MarketCategory>;

/** What the calibration is fitted to: a dated count or share (data/market-model.json). */
export const MarketObservation = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  quantity: z.enum(['listedTotal', 'listedLiu', 'listedShareOfUse']),
  category: slug().optional().describe('for a share: the category it is of'),
  observed: z.number().gt(0).max(1_000_000).describe('positive: the error is relative to it'),
});
export type MarketObservation = z.infer<typeof MarketObservation>;

const Bounds = z.strictObject({
  low: z.number(),
  high: z.number(),
  steps: z.int().min(2).max(400),
});

/** The free parameters the calibration fits (README, Method: Calibration). */
const FittedValues = z.strictObject({
  auditsPerFirmPerYear: z.number().min(0.1).max(100).describe('first audits a firm can do a year'),
  adjustmentPerYear: share().describe('share of the gap to ℓ* vendors close in a year'),
  floorShare: z.record(slug(), share()).describe('r_floor of the categories fitted'),
});
export type MarketFittedValues = z.infer<typeof FittedValues>;

/** The market model's parameters (README, Method: The market over time). */
export const MarketModel = z
  .strictObject({
    schemaVersion: z.literal(1),
    fromFiscalYear: z.int().min(2020).max(2050),
    toFiscalYear: z.int().min(2020).max(2060),
    vendorDraws: z
      .int()
      .min(1)
      .max(10_000)
      .describe('Monte Carlo draws per archetype: the vendors'),
    vendorSeed: z
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .describe('the vendors are one fixed sample'),
    categories: z.array(MarketCategory).min(1).max(10),
    audit: z.strictObject({
      firmsToday: z.int().min(1).max(1_000),
      candidateFirms: z.int().min(1).max(1_000).describe('firms a reform could let audit'),
      renewalLoad: rangeable(share()).describe('a renewal audit, as a share of a first audit'),
      priceElasticity: rangeable(z.number().min(0).max(5)),
      baseMonthsToListing: rangeable(z.number().min(0).max(120)),
    }),
    vendors: z.strictObject({
      exitLostShare: estimateOf(share()).describe(
        'share of its public business an unlisted vendor has lost when it leaves',
      ),
    }),
    buyers: z.strictObject({ lagYears: rangeable(z.number().min(1).max(20)) }),
    government: z.strictObject({
      hourlyCostYen: rangeable(yen()),
      reviewHoursPerApplication: rangeable(z.number().min(0).max(100_000)),
      renewalReviewShare: rangeable(share()),
    }),
    calibration: z.strictObject({
      fittedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      method: LocalizedText,
      bounds: z.strictObject({
        auditsPerFirmPerYear: Bounds,
        adjustmentPerYear: Bounds,
        floorShare: Bounds,
      }),
      fitted: FittedValues,
      meanAbsPctError: z.number().min(0),
      observations: z.array(MarketObservation).min(1),
    }),
    provenance: ProvenanceMap,
  })
  .superRefine((model, ctx) => {
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
  });
export type MarketModel = z.infer<typeof MarketModel>;
