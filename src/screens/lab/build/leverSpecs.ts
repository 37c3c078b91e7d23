/**
 * The custom package's levers as the editor shows them: the unit each is typed in, its allowed
 * range (the reform schema's, test/unit/lab/leverSpecs.test.ts checks they agree) and the value
 * it starts from when switched on.
 */
import { shippedReforms } from '../../../data/catalog.ts';
import type { Levers } from '../../../engine/index.ts';
import { parseNumber } from '../../../kits/format/parseNumber.ts';

export type LeverUnit = 'controls' | 'share' | 'firms' | 'years' | 'months';

export interface NumberSpec {
  unit: LeverUnit;
  /** Limits in the data's units (a share as 0..1). */
  min: number;
  max: number;
  integer: boolean;
  /** A value that changes no scenario: where a lever starts when no package sets it. */
  neutral: number;
}

/** The levers that take a number, in the order the editor lists them. */
export const NUMBER_LEVERS = {
  controlCap: { unit: 'controls', min: 0, max: 100_000, integer: false, neutral: 100_000 },
  iso27001CreditShare: { unit: 'share', min: 0, max: 1, integer: false, neutral: 0 },
  auditFirms: { unit: 'firms', min: 1, max: 1_000, integer: true, neutral: 1 },
  rotationYears: { unit: 'years', min: 1, max: 10, integer: false, neutral: 1 },
  monthsToListing: { unit: 'months', min: 0, max: 600, integer: false, neutral: 600 },
} as const satisfies Record<string, NumberSpec>;
export type NumberLever = keyof typeof NUMBER_LEVERS;

export const SWITCH_LEVERS = ['inheritanceAllowed', 'duplicateAuditExempt'] as const;
export type SwitchLever = (typeof SWITCH_LEVERS)[number];

export const SAAS_TRACK = {
  baselineControls: { unit: 'controls', min: 0, max: 100_000, integer: false, neutral: 100_000 },
  auditFixedFeeShare: { unit: 'share', min: 0, max: 1, integer: false, neutral: 1 },
} as const satisfies Record<string, NumberSpec>;
export type SaasTrack = NonNullable<Levers['saasTrack']>;

/** A share is typed in per cent; everything else in its own unit. */
const scale = (spec: NumberSpec) => (spec.unit === 'share' ? 100 : 1);

/**
 * Typed text as the lever's value in data units, or null when it is not a number in range.
 * Example: '80' for a share → 0.8; '1,000' for firms → 1000; '2.5' for firms → null.
 */
export function readLeverText(spec: NumberSpec, text: string): number | null {
  const typed = parseNumber(text);
  if (typed === null) return null;
  const value = typed / scale(spec);
  if (value < spec.min || value > spec.max) return null;
  if (spec.integer && !Number.isInteger(value)) return null;
  return value;
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
