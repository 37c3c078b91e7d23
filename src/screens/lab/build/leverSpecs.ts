/**
 * The custom package's levers as the editor shows them: the unit each is typed in, its allowed
 * range (read from the reform schema) and the value it starts from when switched on.
 */
import type { z } from 'zod/mini';
import { shippedReforms } from '../../../data/catalog.ts';
import { ReformPackage, type Levers } from '../../../engine/index.ts';
import { fromFieldText } from '../../../kits/inputs/display.ts';
import { fits, schemaLimits, type NumberSpec } from '../../../kits/inputs/numberSpec.ts';
import type { Unit } from '../../../kits/inputs/fields.ts';

export type LeverUnit = Extract<Unit, 'controls' | 'share' | 'firms' | 'years' | 'months'>;

export interface LeverSpec extends NumberSpec {
  unit: LeverUnit;
  /** A value that changes no scenario: where a lever starts when no package sets it. */
  neutral: number;
}

/** A lever typed in `unit`, with its schema's limits; it changes nothing at one end of them. */
function lever(unit: LeverUnit, schema: z.ZodMiniType, neutralAt: 'min' | 'max'): LeverSpec {
  const limits = schemaLimits(schema);
  return { unit, ...limits, neutral: limits[neutralAt] };
}

const LEVERS = ReformPackage.shape.levers.shape;
const SAAS = LEVERS.saasTrack.def.innerType.shape;

/** The levers that take a number, in the order the editor lists them. */
export const NUMBER_LEVERS = {
  controlCap: lever('controls', LEVERS.controlCap, 'max'),
  iso27001CreditShare: lever('share', LEVERS.iso27001CreditShare, 'min'),
  auditFirms: lever('firms', LEVERS.auditFirms, 'min'),
  rotationYears: lever('years', LEVERS.rotationYears, 'min'),
  monthsToListing: lever('months', LEVERS.monthsToListing, 'max'),
  liuAcceptedShare: lever('share', LEVERS.liuAcceptedShare, 'min'),
  managementRotationYears: lever('years', LEVERS.managementRotationYears, 'min'),
} satisfies Record<string, LeverSpec>;
export type NumberLever = keyof typeof NUMBER_LEVERS;

export const SWITCH_LEVERS = [
  'inheritanceAllowed',
  'duplicateAuditExempt',
  'multiCloudAllowed',
] as const;
export type SwitchLever = (typeof SWITCH_LEVERS)[number];

export const SAAS_TRACK = {
  baselineControls: lever('controls', SAAS.baselineControls, 'max'),
  auditFixedFeeShare: lever('share', SAAS.auditFixedFeeShare, 'max'),
} satisfies Record<string, LeverSpec>;
export type SaasTrack = NonNullable<Levers['saasTrack']>;

/** A share is typed in per cent; everything else in its own unit. */
const scale = (spec: NumberSpec) => (spec.unit === 'share' ? 100 : 1);

/**
 * Typed text as the lever's value in data units, or null when it is not a number in range.
 * Example: '80' for a share → 0.8; '1,000' for firms → 1000; '2.5' for firms → null.
 */
export function readLeverText(spec: NumberSpec, text: string): number | null {
  const value = fromFieldText(text, spec.unit);
  return value !== null && fits(spec, value) ? value : null;
}

/** The value as the editor shows it: 0.8 → '80' for a share (no float noise like 80.00000001). */
export function leverText(spec: NumberSpec, value: number): string {
  return String(Number((value * scale(spec)).toPrecision(12)));
}

/** The allowed range in the typed unit, for the error message. */
export function typedRange(spec: NumberSpec): { min: number; max: number } {
  return { min: spec.min * scale(spec), max: spec.max * scale(spec) };
}

/** The levers with one lever set, or removed when `value` is undefined; the input is kept. */
export function withLever<K extends keyof Levers>(
  levers: Levers,
  key: K,
  value: Levers[K] | undefined,
): Levers {
  const rest = Object.fromEntries(Object.entries(levers).filter(([name]) => name !== key));
  return value === undefined ? rest : { ...rest, [key]: value };
}

/**
 * The value a number lever starts from when switched on: the first shipped package that sets
 * it (the packages' values carry their sources), else a value that changes nothing.
 */
export function numberLeverStart(key: NumberLever): number {
  const set = shippedReforms.find((r) => r.levers[key] !== undefined);
  return set?.levers[key] ?? NUMBER_LEVERS[key].neutral;
}

/** The lighter SaaS track a package ships with, else one that changes no control count. */
export function saasTrackStart(): SaasTrack {
  const set = shippedReforms.find((r) => r.levers.saasTrack !== undefined)?.levers.saasTrack;
  return set
    ? { ...set }
    : {
        baselineControls: SAAS_TRACK.baselineControls.neutral,
        auditFixedFeeShare: SAAS_TRACK.auditFixedFeeShare.neutral,
      };
}
