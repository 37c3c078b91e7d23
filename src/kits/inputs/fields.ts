/**
 * The input form, described once: which fields each input group holds (README, Method: Inputs),
 * their unit and how they are edited; their limits are the scenario schema's. Labels live in
 * messages.ts, keyed by the same path.
 */
import type { z } from 'zod/mini';
import { RevenueSegment, Scenario } from '../../engine/index.ts';
import { schemaLimits, type NumberSpec } from './numberSpec.ts';

export type Unit =
  | 'yen'
  | 'yenPerYear'
  | 'yenPerControl'
  | 'yenPerControlYear'
  | 'share'
  | 'ratePerYear'
  | 'controls'
  | 'perYear'
  | 'months'
  | 'years'
  | 'yearNumber'
  | 'fiscalYear'
  | 'fte'
  | 'services'
  | 'firms'
  | 'factor';

export interface NumberFieldSpec extends NumberSpec {
  kind: 'number';
  key: string;
  /** A point or a { low, mode, high } range. */
  rangeable: boolean;
  /** null means "none" (no cap, no withdrawal). */
  nullable?: boolean;
  /** The value a nullable field takes when "none" is unticked. */
  whenSet?: number;
}
export interface BooleanSpec {
  kind: 'boolean';
  key: string;
}
export interface ChoiceSpec {
  kind: 'choice';
  key: string;
  options: readonly string[];
}
export type FieldSpec = NumberFieldSpec | BooleanSpec | ChoiceSpec;

/** A number field of a schema object: `shape[key]` gives its limits. */
const num = <Shape extends Record<string, z.ZodMiniType>>(
  shape: Shape,
  key: keyof Shape & string,
  unit: Unit,
  more: Partial<NumberFieldSpec> = {},
): NumberFieldSpec => ({
  kind: 'number',
  key,
  unit,
  rangeable: true,
  ...schemaLimits(shape[key]!),
  ...more,
});
const flag = (key: string): BooleanSpec => ({ kind: 'boolean', key });

const { vendor, controls, audit, staff, operations, timeline } = Scenario.shape;

export type GroupId =
  'vendor' | 'track' | 'controls' | 'audit' | 'staff' | 'operations' | 'timeline';

/** Each group is an object of the scenario (the track is a field at the top). */
export const GROUPS: { id: GroupId; path: readonly string[]; fields: FieldSpec[] }[] = [
  {
    id: 'vendor',
    path: ['vendor'],
    fields: [
      { kind: 'choice', key: 'serviceModel', options: ['IaaS', 'PaaS', 'SaaS'] },
      flag('iso27001'),
      flag('iso27017'),
      flag('soc2'),
      flag('hostedOnListedPlatform'),
      num(vendor.shape, 'listedServicesCount', 'services', { rangeable: false }),
    ],
  },
  {
    id: 'track',
    path: [],
    fields: [
      {
        kind: 'choice',
        key: 'track',
        options: ['ismap', 'ismap-liu', 'saas-light', 'iso27017-only'],
      },
    ],
  },
  {
    id: 'controls',
    path: ['controls'],
    fields: [
      num(controls.shape, 'baseline', 'controls'),
      num(controls.shape, 'notApplicableShare', 'share'),
      num(controls.shape, 'inheritableShare', 'share'),
      flag('inheritanceAllowed'),
      num(controls.shape, 'alreadyAuditedShare', 'share'),
      flag('duplicateAuditExempt'),
      num(controls.shape, 'iso27001OverlapShare', 'share'),
      num(controls.shape, 'iso27001CreditShare', 'share'),
      num(controls.shape, 'cap', 'controls', { rangeable: false, nullable: true, whenSet: 500 }),
      num(controls.shape, 'rotationYears', 'years'),
      num(controls.shape, 'mergedEffortKeptShare', 'share'),
      num(controls.shape, 'ismsYenPerYear', 'yenPerYear'),
    ],
  },
  {
    id: 'audit',
    path: ['audit'],
    fields: [
      num(audit.shape, 'fixedFeeYen', 'yenPerYear'),
      num(audit.shape, 'feePerControlYen', 'yenPerControl'),
      num(audit.shape, 'firms', 'firms', { rangeable: false }),
      num(audit.shape, 'priceElasticity', 'factor'),
      num(audit.shape, 'managementShare', 'share'),
      num(audit.shape, 'managementRotationYears', 'years'),
      num(audit.shape, 'engagementFeeShare', 'share', { rangeable: false }),
      num(audit.shape, 'auditedShare', 'share', { rangeable: false }),
    ],
  },
  {
    id: 'staff',
    path: ['staff'],
    fields: [
      num(staff.shape, 'fteFirstYear', 'fte'),
      num(staff.shape, 'fteLaterYears', 'fte'),
      num(staff.shape, 'costPerFteYenPerYear', 'yenPerYear'),
      num(staff.shape, 'controlDrivenShare', 'share'),
      num(staff.shape, 'referenceControls', 'controls', { rangeable: false }),
    ],
  },
  {
    id: 'operations',
    path: ['operations'],
    fields: [
      num(operations.shape, 'costPerControlYenPerYear', 'yenPerControlYear'),
      num(operations.shape, 'oneOffYen', 'yen'),
      flag('singleCloudRule'),
      num(operations.shape, 'singleCloudMigrationYen', 'yen'),
      num(operations.shape, 'singleCloudPremiumYenPerYear', 'yenPerYear'),
      num(operations.shape, 'iso27017YenPerYear', 'yenPerYear'),
    ],
  },
  {
    id: 'timeline',
    path: ['timeline'],
    fields: [
      num(timeline.shape, 'startFiscalYear', 'fiscalYear', { rangeable: false }),
      num(timeline.shape, 'horizonYears', 'years', { rangeable: false }),
      num(timeline.shape, 'discountRatePerYear', 'ratePerYear'),
      num(timeline.shape, 'monthsToListing', 'months'),
      num(timeline.shape, 'withdrawalYear', 'yearNumber', {
        rangeable: false,
        nullable: true,
        whenSet: 3,
      }),
      flag('keepsIso27017AfterWithdrawal'),
    ],
  },
];

export type SectionId = GroupId | 'revenue';

/**
 * The form in the order of the question it answers (README, Method: Inputs): who the vendor is,
 * what it applies for, who buys and what they require, when, then what it costs. `open` marks
 * the sections shown open on arrival: the ones every user changes.
 */
export const FORM_SECTIONS: readonly { id: SectionId; open: boolean }[] = [
  { id: 'vendor', open: false },
  { id: 'track', open: true },
  { id: 'revenue', open: true },
  { id: 'timeline', open: false },
  { id: 'audit', open: true },
  { id: 'staff', open: true },
  { id: 'controls', open: false },
  { id: 'operations', open: false },
];

export const SEGMENT_FIELDS: NumberFieldSpec[] = [
  num(RevenueSegment.shape, 'opportunitiesPerYear', 'perYear'),
  num(RevenueSegment.shape, 'requiresIsmapShare', 'share'),
  num(RevenueSegment.shape, 'requiresLiuShare', 'share'),
  num(RevenueSegment.shape, 'requiresIso27017Share', 'share'),
  num(RevenueSegment.shape, 'winRateWith', 'share'),
  num(RevenueSegment.shape, 'winRateWithIso27017', 'share'),
  num(RevenueSegment.shape, 'winRateWithout', 'share'),
  num(RevenueSegment.shape, 'prospectShare', 'share'),
  num(RevenueSegment.shape, 'contractValueYenPerYear', 'yenPerYear'),
  num(RevenueSegment.shape, 'contractYears', 'years'),
  num(RevenueSegment.shape, 'grossMarginShare', 'share'),
  num(RevenueSegment.shape, 'existingRevenueYenPerYear', 'yenPerYear'),
  num(RevenueSegment.shape, 'retenderSharePerYear', 'share'),
];

/**
 * The fields of a segment's buyer group that a person tunes, under `market.`; the group and its
 * count are copied from data/markets.json when the group is chosen, not typed.
 */
const market = RevenueSegment.shape.market.def.innerType.shape;
export const MARKET_FIELDS: NumberFieldSpec[] = [
  num(market, 'reachShare', 'share'),
  num(market, 'reTenderCycleYears', 'years'),
];

/**
 * How many items a segment puts in the form, for building it in turns (InputPanel): its number
 * fields, the choice of its buyer group, and that group's fields.
 */
export const segmentItemCount = (segment: RevenueSegment): number =>
  SEGMENT_FIELDS.length + 1 + (segment.market ? MARKET_FIELDS.length : 0);

/** A segment's number fields by their path inside the segment (`winRateWith`, `market.reachShare`). */
const SEGMENT_NUMBERS = new Map<string, NumberFieldSpec>([
  ...SEGMENT_FIELDS.map((spec) => [spec.key, spec] as const),
  ...MARKET_FIELDS.map((spec) => [`market.${spec.key}`, spec] as const),
]);

/** `revenue.segments[2].market.reachShare` → the segment's index and `market.reachShare`. */
export function segmentField(path: string): { index: number; key: string } | null {
  const match = /^revenue\.segments\[(\d+)\]\.([\w.]+)$/.exec(path);
  return match ? { index: Number(match[1]), key: match[2]! } : null;
}

/** Shares and rates are 0..1 in data and per cent on screen. */
export const isPercent = (unit: Unit) => unit === 'share' || unit === 'ratePerYear';
export const isYen = (unit: Unit) => unit.startsWith('yen');

/** The unit of the field at an engine path (`audit.fixedFeeYen`, a corner `….low`, a segment's). */
export function unitOf(path: string): Unit | null {
  const plain = path.replace(/\.(low|mode|high)$/, '');
  const segment = segmentField(plain);
  if (segment) return SEGMENT_NUMBERS.get(segment.key)?.unit ?? null;
  for (const group of GROUPS) {
    for (const spec of group.fields) {
      if (spec.kind === 'number' && [...group.path, spec.key].join('.') === plain) return spec.unit;
    }
  }
  return null;
}
