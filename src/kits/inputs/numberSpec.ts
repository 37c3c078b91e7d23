/**
 * What every number field needs to know about its number, whoever edits it (the scenario form,
 * the policy lab): the unit it is typed in and its limits, read from the zod schema that
 * validates it so that a change to the schema moves the field with it.
 */
import { z } from 'zod';
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
export function schemaLimits(schema: z.ZodType): Limits {
  const number = numberIn(schema);
  // zod reports a missing bound as ±Infinity.
  const min = number?.minValue ?? -Infinity;
  const max = number?.maxValue ?? Infinity;
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    throw new Error('schemaLimits: not a bounded number schema');
  }
  // zod 4 marks whole numbers by format ('safeint', 'int32', 'uint32'); `isInt` is deprecated.
  return { min, max, integer: number?.format?.includes('int') ?? false };
}

function numberIn(schema: z.ZodType): z.ZodNumber | undefined {
  if (schema instanceof z.ZodNumber) return schema;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return numberIn(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodUnion) {
    return (schema.options as z.ZodType[]).map(numberIn).find((n) => n !== undefined);
  }
  return undefined;
}

/** Whether a value is one the limits allow. */
export function fits(limits: Limits, value: number): boolean {
  return value >= limits.min && value <= limits.max && (!limits.integer || Number.isInteger(value));
}
