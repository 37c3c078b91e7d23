/**
 * What every number field needs to know about its number, whoever edits it (the scenario form,
 * the policy lab): the unit it is typed in and its limits, read from the zod schema that
 * validates it so that a change to the schema moves the field with it.
 */
import { z } from 'zod/mini';
import type { Unit } from './fields.ts';

/** Limits in the data's units (a share as 0..1). */
export interface Limits {
  min: number;
  max: number;
  integer: boolean;
}

export interface NumberSpec extends Limits {
  unit: Unit;
}

/**
 * The limits a zod number schema sets, looking through `.optional()`, `.nullable()` and the
 * point-or-range union (its number branch). Throws when the schema sets no bound: a field
 * needs both to say which range it takes.
 */
export function schemaLimits(schema: z.core.$ZodType): Limits {
  const number = numberIn(schema);
  const limits = { min: -Infinity, max: Infinity, integer: false };
  // zod keeps the bounds in the schema's checks; a whole-number schema is itself a format check
  // ('safeint', 'int32', 'uint32').
  const checks = number ? [number, ...(number._zod.def.checks ?? [])] : [];
  for (const check of checks) {
    const def = check._zod.def as BoundDef | { check?: undefined };
    if (def.check === 'greater_than') limits.min = Math.max(limits.min, Number(def.value));
    if (def.check === 'less_than') limits.max = Math.min(limits.max, Number(def.value));
    if (def.check === 'number_format') limits.integer = def.format.includes('int');
  }
  if (!Number.isFinite(limits.min) || !Number.isFinite(limits.max)) {
    throw new Error('schemaLimits: not a bounded number schema');
  }
  return limits;
}

type BoundDef =
  z.core.$ZodCheckGreaterThanDef | z.core.$ZodCheckLessThanDef | z.core.$ZodCheckNumberFormatDef;

function numberIn(schema: z.core.$ZodType): z.core.$ZodNumber | undefined {
  if (schema instanceof z.core.$ZodNumber) return schema;
  if (schema instanceof z.core.$ZodOptional || schema instanceof z.core.$ZodNullable) {
    return numberIn(schema._zod.def.innerType);
  }
  if (schema instanceof z.core.$ZodUnion) {
    return schema._zod.def.options.map(numberIn).find((n) => n !== undefined);
  }
  return undefined;
}

/** Whether a value is one the limits allow. */
export function fits(limits: Limits, value: number): boolean {
  return value >= limits.min && value <= limits.max && (!limits.integer || Number.isInteger(value));
}
