/** Field limits come from the zod schemas, so a schema change moves the fields with it. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { shippedScenarios } from '../../../../src/data/catalog.ts';
import { Scenario } from '../../../../src/engine/index.ts';
import { GROUPS, MARKET_FIELDS, SEGMENT_FIELDS } from '../../../../src/kits/inputs/fields.ts';
import { fits, schemaLimits } from '../../../../src/kits/inputs/numberSpec.ts';

describe('schemaLimits', () => {
  it.each([
    { schema: z.number().check(z.gte(0), z.lte(1)), expected: { min: 0, max: 1, integer: false } },
    { schema: z.int().check(z.gte(1), z.lte(50)), expected: { min: 1, max: 50, integer: true } },
    {
      schema: z.optional(z.int().check(z.gte(0), z.lte(5))),
      expected: { min: 0, max: 5, integer: true },
    },
    {
      schema: z.nullable(z.number().check(z.gte(2), z.lte(3))),
      expected: { min: 2, max: 3, integer: false },
    },
    {
      schema: z.union([z.number().check(z.gte(1), z.lte(10)), z.strictObject({ low: z.number() })]),
      expected: { min: 1, max: 10, integer: false },
    },
  ])('$expected', ({ schema, expected }) => {
    expect(schemaLimits(schema)).toEqual(expected);
  });

  it('refuses a schema without both bounds', () => {
    expect(() => schemaLimits(z.number().check(z.gte(0)))).toThrow();
    expect(() => schemaLimits(z.string())).toThrow();
  });
});

describe('fits', () => {
  const limits = { min: 1, max: 10, integer: true };
  it.each([
    [1, true],
    [10, true],
    [0, false],
    [11, false],
    [2.5, false],
  ])('%s → %s', (value, expected) => {
    expect(fits(limits, value)).toBe(expected);
  });
});

/** A shipped scenario whose first segment names a buyer group, so every field is there. */
const withMarket = shippedScenarios.find((s) => s.revenue.segments[0]?.market)!;

/** Whether the scenario schema accepts `value` at `path`, ignoring issues elsewhere. */
function accepts(path: string[], value: number): boolean {
  const scenario = structuredClone(withMarket) as Record<string, unknown>;
  let parent = scenario;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  parent[path.at(-1)!] = value;
  const result = Scenario.safeParse(scenario);
  const at = path.join('.');
  // Cross-field rules (win rate without ≤ with) are custom issues, not the field's limits.
  return (
    result.success ||
    !result.error.issues.some((i) => i.code !== 'custom' && i.path.join('.').startsWith(at))
  );
}

const fields = [
  ...GROUPS.flatMap((group) =>
    group.fields.flatMap((spec) =>
      spec.kind === 'number' ? [{ path: [...group.path, spec.key], spec }] : [],
    ),
  ),
  ...SEGMENT_FIELDS.map((spec) => ({ path: ['revenue', 'segments', '0', spec.key], spec })),
  ...MARKET_FIELDS.map((spec) => ({
    path: ['revenue', 'segments', '0', 'market', spec.key],
    spec,
  })),
];

describe('the scenario form’s limits are the schema’s', () => {
  it.each(fields.map((f) => [f.path.join('.'), f] as const))('%s', (_, { path, spec }) => {
    expect(accepts(path, spec.min)).toBe(true);
    expect(accepts(path, spec.max)).toBe(true);
    expect(accepts(path, spec.min - 0.5)).toBe(false);
    expect(accepts(path, spec.max + 0.5)).toBe(false);
    // A fraction inside the range: refused exactly when the field takes whole numbers.
    expect(accepts(path, (spec.min + spec.max) / 2 + 0.25)).toBe(!spec.integer);
  });
});
