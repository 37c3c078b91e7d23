/**
 * Validation at the boundary: every invalid document is rejected with the dotted path of the
 * offending field and a message that says what is expected. Each case starts from a valid
 * base document and changes one field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePoint } from '../../../src/engine/evaluate.ts';
import { formatPath, resolveMode } from '../../../src/engine/resolve.ts';
import { describeIssues, type FieldIssue, type Parsed } from '../../../src/engine/issues.ts';
import { parsePopulationFile, parseReform, parseScenario } from '../../../src/engine/validate.ts';
import { wellConditionedScenario } from './arbitraries.ts';

type Key = string | number;
type Doc = Record<string, unknown>;

/** A valid scenario (one range, one segment, ISO 27001, hosted on a listed platform). */
const BASE_SCENARIO: Doc = {
  schemaVersion: 2,
  id: 'base',
  title: { ja: 'ベースシナリオ', en: 'Base scenario' },
  vendor: {
    serviceModel: 'SaaS',
    iso27001: true,
    iso27017: false,
    soc2: false,
    hostedOnListedPlatform: true,
    listedServicesCount: 1,
  },
  track: 'ismap',
  controls: {
    baseline: 1000,
    notApplicableShare: 0.2,
    inheritableShare: 0.25,
    inheritanceAllowed: true,
    alreadyAuditedShare: 0,
    duplicateAuditExempt: false,
    iso27001OverlapShare: 0.9,
    iso27001CreditShare: 0.5,
    cap: null,
    rotationYears: 3,
    mergedEffortKeptShare: 0.4,
    ismsYenPerYear: 1_500_000,
  },
  audit: {
    fixedFeeYen: { low: 5_000_000, mode: 8_000_000, high: 12_000_000 },
    feePerControlYen: 20_000,
    firms: 5,
    priceElasticity: 0.5,
    managementShare: 0.15,
    managementRotationYears: 3,
    engagementFeeShare: 1,
    auditedShare: 1,
  },
  staff: {
    fteFirstYear: 2,
    fteLaterYears: 1,
    costPerFteYenPerYear: 10_000_000,
    controlDrivenShare: 0,
    referenceControls: 1000,
  },
  operations: {
    costPerControlYenPerYear: 5_000,
    oneOffYen: 10_000_000,
    singleCloudRule: true,
    singleCloudMigrationYen: 5_000_000,
    singleCloudPremiumYenPerYear: 1_000_000,
    iso27017YenPerYear: 2_000_000,
  },
  timeline: {
    startFiscalYear: 2026,
    horizonYears: 5,
    discountRatePerYear: 0.08,
    monthsToListing: 18,
    withdrawalYear: null,
    keepsIso27017AfterWithdrawal: false,
  },
  revenue: {
    segments: [
      {
        name: { ja: '自治体', en: 'Municipalities' },
        opportunitiesPerYear: 10,
        requiresIsmapShare: 0.5,
        requiresLiuShare: 0.1,
        requiresIso27017Share: { low: 0, mode: 0.1, high: 0.2 },
        winRateWith: { low: 0.2, mode: 0.3, high: 0.4 },
        winRateWithIso27017: { low: 0.2, mode: 0.3, high: 0.4 },
        winRateWithout: 0.1,
        contractValueYenPerYear: 10_000_000,
        contractYears: 3,
        grossMarginShare: 0.6,
        prospectShare: 0.2,
        existingRevenueYenPerYear: 30_000_000,
        retenderSharePerYear: 0.2,
        market: {
          group: 'municipalities-under-50k',
          buyers: 1215,
          reTenderCycleYears: { low: 3, mode: 5, high: 7 },
          reachShare: 0.1,
        },
      },
    ],
  },
  provenance: {
    'audit.fixedFeeYen': { source: 'wg4-2024-12-09', note: 'hearing' },
    'staff.costPerFteYenPerYear': { assumption: 'a loaded salary' },
  },
};

const BASE_REFORM: Doc = {
  schemaVersion: 2,
  id: 'all',
  title: { ja: 'すべて' },
  levers: {
    controlCap: 500,
    iso27001CreditShare: 0.8,
    inheritanceAllowed: true,
    duplicateAuditExempt: true,
    auditFirms: 10,
    rotationYears: 3,
    monthsToListing: 9,
    saasTrack: { baselineControls: 600, auditFixedFeeShare: 0.5 },
    liuAcceptedShare: 0.3,
    managementRotationYears: 3,
    multiCloudAllowed: true,
  },
  effectiveFiscalYear: { controlCap: 2025, saasTrack: 2026 },
};

const BASE_POPULATION: Doc = {
  schemaVersion: 2,
  archetypes: [
    {
      id: 'startup-saas',
      title: { ja: 'スタートアップSaaS' },
      count: 120,
      scenarioId: 'startup-saas',
      countProvenance: { assumption: 'order of magnitude' },
    },
  ],
};

/** `a.b[0].c` → ['a', 'b', 0, 'c']. */
function keysOf(path: string): Key[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] === undefined ? (m[1] as string) : Number(m[2]),
  );
}

const DELETE = Symbol('delete');

/**
 * A copy of `doc` with the value at `path` (dotted, or keys when a key holds a dot) replaced or
 * deleted; '' replaces the document.
 */
function mutated(doc: Doc, path: string | Key[], value: unknown): unknown {
  const keys = typeof path === 'string' ? keysOf(path) : path;
  if (keys.length === 0) return value;
  const copy = structuredClone(doc);
  let parent = copy as Record<Key, unknown>;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<Key, unknown>;
  const last = keys[keys.length - 1] as Key;
  if (value === DELETE) Reflect.deleteProperty(parent, last);
  else parent[last] = value;
  return copy;
}

interface Case {
  name: string;
  /** Field to change, dotted (or keys, when a key holds a dot); '' for the whole document. */
  set: string | Key[];
  value: unknown;
  /** Path an issue must carry. */
  path: string;
  /** What a helpful message for this case mentions. */
  hint: RegExp;
}

/** Messages worth showing a user say what is expected, not just that something is wrong. */
const HELPFUL = /expected|must|unrecognized|invalid option|too (small|big)|≤|>=|<=|newer version/i;

function expectRejected(parsed: Parsed<unknown>, c: Case): void {
  expect(parsed.ok).toBe(false);
  const issues: FieldIssue[] = parsed.ok ? [] : parsed.issues;
  const atPath = issues.filter((i) => i.path === c.path);
  expect(atPath, `issues were ${JSON.stringify(issues)}`).not.toHaveLength(0);
  for (const issue of atPath) {
    expect(issue.message.trim()).not.toBe('');
    expect(issue.message).toMatch(HELPFUL);
  }
  expect(
    atPath.some((i) => c.hint.test(i.message)),
    `messages at ${c.path}: ${JSON.stringify(atPath.map((i) => i.message))}`,
  ).toBe(true);
}

const NUMBER_OR_RANGE = /number or a range/;
const MIN0 = />=\s*0|too small/i;

const scenarioCases: Case[] = [
  // Negative counts and amounts.
  {
    name: 'negative baseline',
    set: 'controls.baseline',
    value: -1,
    path: 'controls.baseline',
    hint: MIN0,
  },
  {
    name: 'negative opportunities',
    set: 'revenue.segments[0].opportunitiesPerYear',
    value: -5,
    path: 'revenue.segments[0].opportunitiesPerYear',
    hint: MIN0,
  },
  {
    name: 'negative listed services',
    set: 'vendor.listedServicesCount',
    value: -1,
    path: 'vendor.listedServicesCount',
    hint: MIN0,
  },
  {
    name: 'zero audit firms',
    set: 'audit.firms',
    value: 0,
    path: 'audit.firms',
    hint: />=\s*1|too small/i,
  },
  {
    name: 'negative yen in a range',
    set: 'audit.fixedFeeYen.low',
    value: -1,
    path: 'audit.fixedFeeYen.low',
    hint: MIN0,
  },
  {
    name: 'yen above ¥10 trillion',
    set: 'operations.oneOffYen',
    value: 1e14,
    path: 'operations.oneOffYen',
    hint: /10000000000000|1e\+?13|too big/i,
  },
  {
    name: 'rotation below 1 year',
    set: 'controls.rotationYears',
    value: 0.5,
    path: 'controls.rotationYears',
    hint: />=\s*1|too small/i,
  },
  {
    name: 'reference controls 0',
    set: 'staff.referenceControls',
    value: 0,
    path: 'staff.referenceControls',
    hint: />=\s*1|too small/i,
  },
  // Shares above 1.
  {
    name: 'share > 1',
    set: 'controls.notApplicableShare',
    value: 1.5,
    path: 'controls.notApplicableShare',
    hint: /<=\s*1|too big/i,
  },
  {
    name: 'share > 1 at a range corner',
    set: 'revenue.segments[0].grossMarginShare',
    value: { low: 0.2, mode: 0.5, high: 1.2 },
    path: 'revenue.segments[0].grossMarginShare.high',
    hint: /<=\s*1|too big/i,
  },
  {
    name: 'negative share',
    set: 'controls.iso27001CreditShare',
    value: -0.1,
    path: 'controls.iso27001CreditShare',
    hint: MIN0,
  },
  // Ranges out of order.
  {
    name: 'low > high',
    set: 'audit.fixedFeeYen',
    value: { low: 3e6, mode: 2e6, high: 1e6 },
    path: 'audit.fixedFeeYen.low',
    hint: /low must be ≤ mode/,
  },
  {
    name: 'mode > high',
    set: 'audit.fixedFeeYen',
    value: { low: 1e6, mode: 3e6, high: 2e6 },
    path: 'audit.fixedFeeYen.high',
    hint: /mode must be ≤ high/,
  },
  {
    name: 'low > mode',
    set: 'controls.baseline',
    value: { low: 900, mode: 800, high: 1000 },
    path: 'controls.baseline.low',
    hint: /low must be ≤ mode/,
  },
  {
    name: 'range missing a corner',
    set: 'audit.fixedFeeYen',
    value: { low: 1e6, mode: 2e6 },
    path: 'audit.fixedFeeYen.high',
    hint: /expected number/,
  },
  {
    name: 'range with an unknown key',
    set: 'audit.fixedFeeYen',
    value: { low: 1e6, mode: 2e6, high: 3e6, p50: 2e6 },
    path: 'audit.fixedFeeYen',
    hint: /p50/,
  },
  // Wrong types.
  {
    name: 'string for a number',
    set: 'audit.feePerControlYen',
    value: '20000',
    path: 'audit.feePerControlYen',
    hint: NUMBER_OR_RANGE,
  },
  {
    name: 'string for an integer',
    set: 'timeline.horizonYears',
    value: '5',
    path: 'timeline.horizonYears',
    hint: /expected (int|number)/,
  },
  {
    name: 'boolean for a number',
    set: 'staff.referenceControls',
    value: true,
    path: 'staff.referenceControls',
    hint: /expected number/,
  },
  {
    name: 'number for a boolean',
    set: 'vendor.iso27001',
    value: 1,
    path: 'vendor.iso27001',
    hint: /expected boolean/,
  },
  {
    name: 'string for a boolean',
    set: 'controls.inheritanceAllowed',
    value: 'yes',
    path: 'controls.inheritanceAllowed',
    hint: /expected boolean/,
  },
  {
    name: 'string for the cap',
    set: 'controls.cap',
    value: 'none',
    path: 'controls.cap',
    hint: /expected number/,
  },
  {
    name: 'array for a range',
    set: 'staff.fteFirstYear',
    value: [1, 2, 3],
    path: 'staff.fteFirstYear',
    hint: NUMBER_OR_RANGE,
  },
  {
    name: 'object for the segments',
    set: 'revenue.segments',
    value: {},
    path: 'revenue.segments',
    hint: /expected array/,
  },
  {
    name: 'null for a segment',
    set: 'revenue.segments[0]',
    value: null,
    path: 'revenue.segments[0]',
    hint: /expected object/,
  },
  {
    name: 'number for a name',
    set: 'revenue.segments[0].name.ja',
    value: 3,
    path: 'revenue.segments[0].name.ja',
    hint: /expected string/,
  },
  // Enumerations.
  { name: 'unknown track', set: 'track', value: 'fedramp', path: 'track', hint: /ismap-liu/ },
  {
    name: 'unknown service model',
    set: 'vendor.serviceModel',
    value: 'FaaS',
    path: 'vendor.serviceModel',
    hint: /SaaS/,
  },
  {
    name: 'service model in lower case',
    set: 'vendor.serviceModel',
    value: 'saas',
    path: 'vendor.serviceModel',
    hint: /SaaS/,
  },
  // Missing fields.
  {
    name: 'missing baseline',
    set: 'controls.baseline',
    value: DELETE,
    path: 'controls.baseline',
    hint: NUMBER_OR_RANGE,
  },
  {
    name: 'missing boolean',
    set: 'vendor.iso27001',
    value: DELETE,
    path: 'vendor.iso27001',
    hint: /boolean/,
  },
  {
    name: 'missing group',
    set: 'timeline',
    value: DELETE,
    path: 'timeline',
    hint: /expected object/,
  },
  { name: 'missing id', set: 'id', value: DELETE, path: 'id', hint: /expected string/ },
  {
    name: 'missing Japanese title',
    set: 'title.ja',
    value: DELETE,
    path: 'title.ja',
    hint: /expected string/,
  },
  {
    name: 'missing cap (null is the way to say none)',
    set: 'controls.cap',
    value: DELETE,
    path: 'controls.cap',
    hint: /expected number/,
  },
  {
    name: 'missing segment field',
    set: 'revenue.segments[0].grossMarginShare',
    value: DELETE,
    path: 'revenue.segments[0].grossMarginShare',
    hint: NUMBER_OR_RANGE,
  },
  { name: 'empty id', set: 'id', value: '', path: 'id', hint: />=\s*1|too small/i },
  // Unknown keys.
  { name: 'unknown top-level key', set: 'foo', value: 1, path: '', hint: /foo/ },
  { name: 'unknown key in a group', set: 'controls.foo', value: 1, path: 'controls', hint: /foo/ },
  {
    name: 'misspelt field',
    set: 'audit.fixedFeeYenn',
    value: 1,
    path: 'audit',
    hint: /fixedFeeYenn/,
  },
  {
    name: 'unknown key in a segment',
    set: 'revenue.segments[0].extra',
    value: true,
    path: 'revenue.segments[0]',
    hint: /extra/,
  },
  // Win rates.
  {
    name: 'win rate without > with',
    set: 'revenue.segments[0].winRateWithout',
    value: 0.5,
    path: 'revenue.segments[0].winRateWithout',
    hint: /without a credential .* must be ≤ the win rate with the listing/,
  },
  {
    name: 'win rate without > with at the high corner only',
    set: 'revenue.segments[0].winRateWithout',
    value: { low: 0.1, mode: 0.2, high: 0.45 },
    path: 'revenue.segments[0].winRateWithout',
    hint: /high 0\.45/,
  },
  // Horizon and years.
  {
    name: 'horizon 0',
    set: 'timeline.horizonYears',
    value: 0,
    path: 'timeline.horizonYears',
    hint: />=\s*1|too small/i,
  },
  {
    name: 'horizon not an integer',
    set: 'timeline.horizonYears',
    value: 1.5,
    path: 'timeline.horizonYears',
    hint: /int/,
  },
  {
    name: 'horizon above 50',
    set: 'timeline.horizonYears',
    value: 51,
    path: 'timeline.horizonYears',
    hint: /<=\s*50|too big/i,
  },
  {
    name: 'withdrawal year 0',
    set: 'timeline.withdrawalYear',
    value: 0,
    path: 'timeline.withdrawalYear',
    hint: />=\s*1|too small/i,
  },
  {
    name: 'withdrawal year fractional',
    set: 'timeline.withdrawalYear',
    value: 2.5,
    path: 'timeline.withdrawalYear',
    hint: /int/,
  },
  // NaN and Infinity (possible from code, not from JSON).
  {
    name: 'NaN for a rangeable number',
    set: 'controls.baseline',
    value: Number.NaN,
    path: 'controls.baseline',
    hint: NUMBER_OR_RANGE,
  },
  {
    name: 'NaN at a range corner',
    set: 'audit.fixedFeeYen.mode',
    value: Number.NaN,
    path: 'audit.fixedFeeYen.mode',
    hint: /expected number/,
  },
  {
    name: 'NaN for a plain number',
    set: 'staff.referenceControls',
    value: Number.NaN,
    path: 'staff.referenceControls',
    hint: /expected number/,
  },
  {
    name: 'NaN for an integer',
    set: 'vendor.listedServicesCount',
    value: Number.NaN,
    path: 'vendor.listedServicesCount',
    hint: /expected (int|number)/,
  },
  {
    name: 'Infinity',
    set: 'operations.oneOffYen',
    value: Number.POSITIVE_INFINITY,
    path: 'operations.oneOffYen',
    hint: NUMBER_OR_RANGE,
  },
  {
    name: '-Infinity',
    set: 'timeline.discountRatePerYear',
    value: Number.NEGATIVE_INFINITY,
    path: 'timeline.discountRatePerYear',
    hint: NUMBER_OR_RANGE,
  },
  {
    name: 'Infinity for the cap',
    set: 'controls.cap',
    value: Number.POSITIVE_INFINITY,
    path: 'controls.cap',
    hint: /expected number|too big/i,
  },
  {
    name: 'Infinity at a range corner',
    set: 'audit.fixedFeeYen.high',
    value: Number.POSITIVE_INFINITY,
    path: 'audit.fixedFeeYen.high',
    hint: /expected number|too big/i,
  },
  // Schema version.
  {
    name: 'schemaVersion 3',
    set: 'schemaVersion',
    value: 3,
    path: 'schemaVersion',
    hint: /newer version/,
  },
  {
    name: 'schemaVersion as a string',
    set: 'schemaVersion',
    value: '2',
    path: 'schemaVersion',
    hint: /expected 2/,
  },
  // Provenance (keys are dotted paths themselves).
  {
    name: 'provenance entry with neither source nor assumption',
    set: 'provenance',
    value: { 'audit.fixedFeeYen': { source: 7 } },
    path: 'provenance.audit.fixedFeeYen.source',
    hint: /expected string/,
  },
  {
    name: 'provenance note neither a text nor a localized text',
    set: ['provenance', 'audit.fixedFeeYen', 'note'],
    value: ['hearing'],
    path: 'provenance.audit.fixedFeeYen.note',
    hint: /"ja"/,
  },
  {
    name: 'localized assumption alongside a source',
    set: ['provenance', 'audit.fixedFeeYen', 'assumption'],
    value: { ja: '仮定' },
    path: 'provenance.audit.fixedFeeYen',
    hint: /source.*assumption|assumption.*source/,
  },
  {
    name: 'provenance entry not an object',
    set: ['provenance', 'audit.fixedFeeYen'],
    value: 'wg4',
    path: 'provenance.audit.fixedFeeYen',
    hint: /source|assumption/,
  },
  {
    name: 'provenance entry emptied',
    set: ['provenance', 'staff.costPerFteYenPerYear'],
    value: {},
    path: 'provenance.staff.costPerFteYenPerYear',
    hint: /source.*assumption|assumption.*source/,
  },
  // The document itself.
  { name: 'null document', set: '', value: null, path: '', hint: /expected object/ },
  { name: 'array document', set: '', value: [], path: '', hint: /expected object/ },
];

const reformCases: Case[] = [
  {
    name: 'negative cap',
    set: 'levers.controlCap',
    value: -1,
    path: 'levers.controlCap',
    hint: MIN0,
  },
  {
    name: 'credit share > 1',
    set: 'levers.iso27001CreditShare',
    value: 1.5,
    path: 'levers.iso27001CreditShare',
    hint: /<=\s*1|too big/i,
  },
  {
    name: 'inheritance lever false',
    set: 'levers.inheritanceAllowed',
    value: false,
    path: 'levers.inheritanceAllowed',
    hint: /true/,
  },
  {
    name: 'zero audit firms',
    set: 'levers.auditFirms',
    value: 0,
    path: 'levers.auditFirms',
    hint: />=\s*1|too small/i,
  },
  {
    name: 'fractional audit firms',
    set: 'levers.auditFirms',
    value: 2.5,
    path: 'levers.auditFirms',
    hint: /int/,
  },
  {
    name: 'rotation 0',
    set: 'levers.rotationYears',
    value: 0,
    path: 'levers.rotationYears',
    hint: />=\s*1|too small/i,
  },
  {
    name: 'negative months',
    set: 'levers.monthsToListing',
    value: -3,
    path: 'levers.monthsToListing',
    hint: MIN0,
  },
  {
    name: 'NaN months',
    set: 'levers.monthsToListing',
    value: Number.NaN,
    path: 'levers.monthsToListing',
    hint: /expected number/,
  },
  {
    name: 'SaaS fee share > 1',
    set: 'levers.saasTrack.auditFixedFeeShare',
    value: 2,
    path: 'levers.saasTrack.auditFixedFeeShare',
    hint: /<=\s*1|too big/i,
  },
  {
    name: 'SaaS track missing baseline',
    set: 'levers.saasTrack.baselineControls',
    value: DELETE,
    path: 'levers.saasTrack.baselineControls',
    hint: /expected number/,
  },
  {
    name: 'a range for a lever (levers are points)',
    set: 'levers.controlCap',
    value: { low: 1, mode: 2, high: 3 },
    path: 'levers.controlCap',
    hint: /expected number/,
  },
  {
    name: 'unknown lever',
    set: 'levers.unknownLever',
    value: 1,
    path: 'levers',
    hint: /unknownLever/,
  },
  { name: 'missing levers', set: 'levers', value: DELETE, path: 'levers', hint: /expected object/ },
  { name: 'missing title', set: 'title', value: DELETE, path: 'title', hint: /expected object/ },
  {
    name: 'schemaVersion 0',
    set: 'schemaVersion',
    value: 0,
    path: 'schemaVersion',
    hint: /expected 1/,
  },
];

const populationCases: Case[] = [
  {
    name: 'no archetypes',
    set: 'archetypes',
    value: [],
    path: 'archetypes',
    hint: />=\s*1|too small/i,
  },
  {
    name: 'negative count',
    set: 'archetypes[0].count',
    value: -1,
    path: 'archetypes[0].count',
    hint: MIN0,
  },
  {
    name: 'fractional count',
    set: 'archetypes[0].count',
    value: 1.5,
    path: 'archetypes[0].count',
    hint: /int/,
  },
  {
    name: 'string count',
    set: 'archetypes[0].count',
    value: '120',
    path: 'archetypes[0].count',
    hint: /expected (int|number)/,
  },
  {
    name: 'empty scenario id',
    set: 'archetypes[0].scenarioId',
    value: '',
    path: 'archetypes[0].scenarioId',
    hint: />=\s*1|too small/i,
  },
  {
    name: 'missing count provenance',
    set: 'archetypes[0].countProvenance',
    value: DELETE,
    path: 'archetypes[0].countProvenance',
    hint: /source|assumption/,
  },
  {
    name: 'empty assumption',
    set: 'archetypes[0].countProvenance.assumption',
    value: '',
    path: 'archetypes[0].countProvenance.assumption',
    hint: />=\s*1|too small/i,
  },
  {
    name: 'empty Japanese assumption',
    set: 'archetypes[0].countProvenance.assumption',
    value: { ja: '', en: 'order of magnitude' },
    path: 'archetypes[0].countProvenance.assumption.ja',
    hint: />=\s*1|too small/i,
  },
  {
    name: 'assumption with no Japanese',
    set: 'archetypes[0].countProvenance.assumption',
    value: { en: 'order of magnitude' },
    path: 'archetypes[0].countProvenance.assumption.ja',
    hint: /expected string/,
  },
  {
    name: 'assumption in an unknown language',
    set: 'archetypes[0].countProvenance.assumption',
    value: { ja: '桁の見積り', fr: 'ordre de grandeur' },
    path: 'archetypes[0].countProvenance.assumption',
    hint: /fr/,
  },
  {
    name: 'assumption neither a text nor a localized text',
    set: 'archetypes[0].countProvenance.assumption',
    value: 7,
    path: 'archetypes[0].countProvenance.assumption',
    hint: /"ja"/,
  },
  {
    name: 'unknown key in an archetype',
    set: 'archetypes[0].weight',
    value: 2,
    path: 'archetypes[0]',
    hint: /weight/,
  },
  {
    name: 'schemaVersion 3',
    set: 'schemaVersion',
    value: 3,
    path: 'schemaVersion',
    hint: /expected 2/,
  },
];

describe('the base documents are valid', () => {
  it('scenario, reform and population file parse', () => {
    expect(parseScenario(BASE_SCENARIO)).toMatchObject({ ok: true });
    expect(parseReform(BASE_REFORM)).toMatchObject({ ok: true });
    expect(parsePopulationFile(BASE_POPULATION)).toMatchObject({ ok: true });
  });
});

describe('invalid inputs are rejected with the path to the field', () => {
  it.each(scenarioCases)('scenario: $name → $path', (c) => {
    expectRejected(parseScenario(mutated(BASE_SCENARIO, c.set, c.value)), c);
  });
  it.each(reformCases)('reform: $name → $path', (c) => {
    expectRejected(parseReform(mutated(BASE_REFORM, c.set, c.value)), c);
  });
  it.each(populationCases)('population file: $name → $path', (c) => {
    expectRejected(parsePopulationFile(mutated(BASE_POPULATION, c.set, c.value)), c);
  });
});

describe('valid edge values are accepted', () => {
  // The mirror image of the table: bounds themselves are valid, so the checks above are not
  // rejecting everything near an edge.
  it.each([
    ['share exactly 0', 'controls.notApplicableShare', 0],
    ['share exactly 1', 'controls.notApplicableShare', 1],
    ['yen exactly 1e13', 'operations.oneOffYen', 1e13],
    ['horizon 50', 'timeline.horizonYears', 50],
    ['a cap', 'controls.cap', 0],
    ['a withdrawal year', 'timeline.withdrawalYear', 50],
    ['a degenerate range', 'audit.fixedFeeYen', { low: 1, mode: 1, high: 1 }],
    [
      'win rate without equal to with',
      'revenue.segments[0].winRateWithout',
      { low: 0.2, mode: 0.3, high: 0.4 },
    ],
    ['no segments', 'revenue.segments', []],
    // No version is the pre-versioned form, whose migration keeps what is already there.
    ['no schemaVersion', 'schemaVersion', DELETE],
    ['no English title', 'title.en', DELETE],
    ['no provenance', 'provenance', DELETE],
  ] as const)('%s', (_name, path, value) => {
    const parsed = parseScenario(mutated(BASE_SCENARIO, path, value));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });
});

describe('provenance texts', () => {
  it.each([
    ['a note in Japanese and English', 'note', { ja: 'ヒアリング', en: 'hearing' }],
    ['a note in Japanese only', 'note', { ja: 'ヒアリング' }],
    ['a plain note', 'note', 'hearing'],
  ])('accepts %s', (_name, key, value) => {
    const parsed = parseScenario(
      mutated(BASE_SCENARIO, ['provenance', 'audit.fixedFeeYen', key], value),
    );
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it.each([
    ['an assumption in Japanese and English', { ja: '人件費の総額', en: 'a loaded salary' }],
    ['an assumption in Japanese only', { ja: '人件費の総額' }],
  ])('accepts %s', (_name, value) => {
    const path = ['provenance', 'staff.costPerFteYenPerYear', 'assumption'];
    const parsed = parseScenario(mutated(BASE_SCENARIO, path, value));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });
});

describe('describeIssues', () => {
  it('prints one `path: message` line per issue, naming the document itself', () => {
    const doc = mutated(mutated(BASE_SCENARIO, 'controls.baseline', -1) as Doc, 'surprise', true);
    const parsed = parseScenario(doc);
    if (parsed.ok) throw new Error('expected a rejection');
    const lines = describeIssues(parsed.issues);
    expect(lines).toHaveLength(parsed.issues.length);
    lines.forEach((line, i) => {
      const issue = parsed.issues[i] as FieldIssue;
      expect(line).toBe(`${issue.path === '' ? '(document)' : issue.path}: ${issue.message}`);
      expect(line).toMatch(/^(\(document\)|[A-Za-z][\w.[\]]*): \S/);
    });
    expect(lines).toContain('(document): Unrecognized key: "surprise"');
    expect(lines.some((line) => line.startsWith('controls.baseline: '))).toBe(true);
  });

  it('prints nothing for no issues', () => {
    expect(describeIssues([])).toEqual([]);
  });
});

/** Every primitive leaf of a document, with its path. */
function leaves(value: unknown, path: Key[] = []): Key[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  }
  return [path];
}

/** Whether one dotted path is the other or an ancestor of it. */
const prefixRelated = (a: string, b: string) =>
  a === b ||
  a === '' ||
  b === '' ||
  [a, b].some((p, i) => {
    const q = i === 0 ? b : a;
    return q.startsWith(`${p}.`) || q.startsWith(`${p}[`);
  });

/**
 * Paths a rejection of a change at `path` may name: the field itself (a range's corner
 * belongs to the range: low > mode is reported at `low`, mode > high at `high`; a provenance
 * entry's keys belong to the entry, one of two shapes), and for a win rate or a requirement
 * share, the others of its kind (their rules are reported at one of them).
 */
const WIN_RATES = ['winRateWith', 'winRateWithIso27017', 'winRateWithout'];
const REQUIREMENTS = ['requiresIsmapShare', 'requiresLiuShare', 'requiresIso27017Share'];

function anchorsFor(path: Key[]): string[] {
  const field =
    path[0] === 'provenance'
      ? path.slice(0, 2)
      : ['low', 'mode', 'high'].includes(String(path[path.length - 1]))
        ? path.slice(0, -1)
        : path;
  const anchors = [formatPath(field)];
  const last = String(field[field.length - 1]);
  // Rules across a segment's fields are reported at one of them: the win rates are ordered
  // (without ≤ ISO 27017 ≤ with), and the requirement shares add up to at most 1.
  for (const family of [WIN_RATES, REQUIREMENTS]) {
    if (family.includes(last)) {
      for (const other of family) anchors.push(formatPath([...field.slice(0, -1), other]));
    }
  }
  return anchors;
}

describe('random mutations', () => {
  const replacement = fc.oneof(
    fc.string({ maxLength: 5 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, max: -Number.MIN_VALUE }),
    fc.constantFrom<unknown>(null, 1e308, -1e308, 0, 1, 0.5, true, false, '', {}, [], DELETE),
    fc.object({ maxDepth: 1, maxKeys: 3 }),
    fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const documents = fc.oneof(
    fc.constant(BASE_SCENARIO),
    wellConditionedScenario().map((s) => s as unknown as Doc),
  );

  // Parsing is the boundary: whatever a user types or imports must come back as a value the
  // engine can evaluate, or as issues that point at (or above) what was changed.
  it('are accepted and evaluate to finite numbers, or are rejected at the mutated field', () => {
    fc.assert(
      fc.property(documents, fc.nat(), replacement, (doc, pick, value) => {
        const paths = leaves(doc);
        const path = paths[pick % paths.length] as Key[];
        const parsed = parseScenario(mutated(doc, path, value));
        if (parsed.ok) {
          const numbers: number[] = [];
          const walk = (v: unknown): void => {
            if (typeof v === 'number') numbers.push(v);
            else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
          };
          walk(evaluatePoint(resolveMode(parsed.value)));
          expect(numbers.filter((n) => !Number.isFinite(n))).toEqual([]);
        } else {
          expect(parsed.issues.length).toBeGreaterThan(0);
          for (const issue of parsed.issues) {
            expect(typeof issue.path).toBe('string');
            expect(issue.message.trim()).not.toBe('');
          }
          const anchors = anchorsFor(path);
          expect(
            parsed.issues.some((issue) => anchors.some((a) => prefixRelated(issue.path, a))),
            `mutated ${formatPath(path)} to ${JSON.stringify(value)}; issues ${JSON.stringify(parsed.issues)}`,
          ).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  // Any value at all, not just JSON, must give a result object, never an exception.
  it('never make a parser throw, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const parse of [parseScenario, parseReform, parsePopulationFile]) {
          const parsed: Parsed<unknown> = parse(value);
          expect(parsed.ok).toBe(false);
          if (!parsed.ok) expect(parsed.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
