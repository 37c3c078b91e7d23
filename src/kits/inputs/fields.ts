/**
 * The input form, described once: which fields each input group holds (README, Method: Inputs),
 * their unit and how they are edited. Labels live in messages.ts, keyed by the same path.
 */
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
  | 'fte'
  | 'services'
  | 'firms'
  | 'factor';

export interface NumberSpec {
  kind: 'number';
  key: string;
  unit: Unit;
  /** A point or a { low, mode, high } range. */
  rangeable: boolean;
  integer?: boolean;
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
export type FieldSpec = NumberSpec | BooleanSpec | ChoiceSpec;

const num = (key: string, unit: Unit, more: Partial<NumberSpec> = {}): NumberSpec => ({
  kind: 'number',
  key,
  unit,
  rangeable: true,
  ...more,
});
const flag = (key: string): BooleanSpec => ({ kind: 'boolean', key });

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
      num('listedServicesCount', 'services', { rangeable: false, integer: true }),
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
      num('baseline', 'controls'),
      num('notApplicableShare', 'share'),
      num('inheritableShare', 'share'),
      flag('inheritanceAllowed'),
      num('alreadyAuditedShare', 'share'),
      flag('duplicateAuditExempt'),
      num('iso27001OverlapShare', 'share'),
      num('iso27001CreditShare', 'share'),
      num('cap', 'controls', { rangeable: false, nullable: true, whenSet: 500 }),
      num('rotationYears', 'years'),
    ],
  },
  {
    id: 'audit',
    path: ['audit'],
    fields: [
      num('fixedFeeYen', 'yenPerYear'),
      num('feePerControlYen', 'yenPerControl'),
      num('firms', 'firms', { rangeable: false, integer: true }),
      num('priceElasticity', 'factor'),
    ],
  },
  {
    id: 'staff',
    path: ['staff'],
    fields: [
      num('fteFirstYear', 'fte'),
      num('fteLaterYears', 'fte'),
      num('costPerFteYenPerYear', 'yenPerYear'),
      num('controlDrivenShare', 'share'),
      num('referenceControls', 'controls', { rangeable: false }),
    ],
  },
  {
    id: 'operations',
    path: ['operations'],
    fields: [num('costPerControlYenPerYear', 'yenPerControlYear'), num('oneOffYen', 'yen')],
  },
  {
    id: 'timeline',
    path: ['timeline'],
    fields: [
      num('horizonYears', 'years', { rangeable: false, integer: true }),
      num('discountRatePerYear', 'ratePerYear'),
      num('monthsToListing', 'months'),
      num('withdrawalYear', 'yearNumber', {
        rangeable: false,
        integer: true,
        nullable: true,
        whenSet: 3,
      }),
    ],
  },
];

export const SEGMENT_FIELDS: NumberSpec[] = [
  num('opportunitiesPerYear', 'perYear'),
  num('requiredShare', 'share'),
  num('winRateWith', 'share'),
  num('winRateWithout', 'share'),
  num('contractValueYenPerYear', 'yenPerYear'),
  num('contractYears', 'years'),
  num('grossMarginShare', 'share'),
];

/** Shares and rates are 0..1 in data and per cent on screen. */
export const isPercent = (unit: Unit) => unit === 'share' || unit === 'ratePerYear';
export const isYen = (unit: Unit) => unit.startsWith('yen');

/** The unit of the field at an engine path (`audit.fixedFeeYen`, a corner `….low`, a segment's). */
export function unitOf(path: string): Unit | null {
  const plain = path.replace(/\.(low|mode|high)$/, '');
  const segment = /^revenue\.segments\[\d+\]\.(\w+)$/.exec(plain);
  if (segment) return SEGMENT_FIELDS.find((spec) => spec.key === segment[1])?.unit ?? null;
  for (const group of GROUPS) {
    for (const spec of group.fields) {
      if (spec.kind === 'number' && [...group.path, spec.key].join('.') === plain) return spec.unit;
    }
  }
  return null;
}
