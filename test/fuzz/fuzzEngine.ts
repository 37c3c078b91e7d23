/**
 * Fuzzing the engine's boundary: valid scenarios and hostile mutations of them. Every input must
 * either evaluate to finite numbers or be rejected with a path; nothing may throw past
 * `parseScenario` + `estimate`. Used by the test suite at a small size and by `npm run fuzz` at
 * 100,000 inputs.
 */
import fc from 'fast-check';
import { estimate, parseScenario } from '../../src/engine/index.ts';
import { validScenario } from '../unit/engine/arbitraries.ts';

export interface FuzzCounts {
  inputs: number;
  valid: number;
  mutated: number;
  evaluated: number;
  rejected: number;
  /** Evaluated but some number was NaN or ±Infinity: a defect. */
  nonFinite: number;
  /** Rejected with an issue that has no path string: a defect. */
  pathless: number;
  /** Threw past the boundary: a defect. */
  thrown: number;
  failures: string[];
}

/** Values that have broken parsers before: wrong types, extremes, specials, deep and long. */
export function hostileValue(): fc.Arbitrary<unknown> {
  const deep = fc.integer({ min: 50, max: 5_000 }).map((depth) => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = { a: value };
    return value;
  });
  return fc.oneof(
    fc.constantFrom(1e308, -1e308, 5e-324, -0, 1e13 + 1, 2 ** 53, -1, 1.5, 101),
    fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e308', '', '0x10', '__proto__'),
    fc.constantFrom(null, true, false, [], {}, [1, 2, 3], { low: 3, mode: 2, high: 1 }),
    fc.string({ minLength: 10_000, maxLength: 50_000 }),
    fc.string(),
    fc.double(),
    fc.integer(),
    deep,
    fc.array(fc.anything(), { maxLength: 5 }),
  );
}

type Json = Record<string, unknown> | unknown[];

function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    return [path, ...value.flatMap((item, i) => leafPaths(item, [...path, i]))];
  }
  if (typeof value === 'object' && value !== null) {
    return [path, ...Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]))];
  }
  return [path];
}

/** One structural change: replace, delete, or add an unknown key somewhere in the document. */
export function mutate(scenario: unknown, choice: number, kind: number, value: unknown): unknown {
  const copy = structuredClone(scenario) as Json;
  const paths = leafPaths(copy).filter((p) => p.length > 0);
  const path = paths[choice % paths.length]!;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (kind === 0) Reflect.deleteProperty(parent, last);
  else if (kind === 1 && typeof parent === 'object' && !Array.isArray(parent)) {
    parent['unexpected'] = value;
  } else parent[last] = value;
  return copy;
}

export function everyNumberFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(everyNumberFinite);
  if (typeof value === 'object' && value !== null) {
    return Object.values(value).every(everyNumberFinite);
  }
  return true;
}

/** Counts of a fuzz run before its first input. */
export function noCounts(): FuzzCounts {
  return {
    inputs: 0,
    valid: 0,
    mutated: 0,
    evaluated: 0,
    rejected: 0,
    nonFinite: 0,
    pathless: 0,
    thrown: 0,
    failures: [],
  };
}

/** A rejected input: a defect when its issues do not all name a path. */
export function countRejected(counts: FuzzCounts, issues: readonly { path: unknown }[]): void {
  counts.rejected++;
  if (issues.length === 0 || issues.some((i) => typeof i.path !== 'string')) {
    counts.pathless++;
    counts.failures.push(`pathless: ${JSON.stringify(issues).slice(0, 300)}`);
  }
}

export function fuzzEngine(inputs: number, seed: number): FuzzCounts {
  const counts = noCounts();
  const input = fc.oneof(
    validScenario().map((s) => ({ mutated: false, doc: s as unknown })),
    fc
      .tuple(validScenario(), fc.nat(), fc.integer({ min: 0, max: 4 }), hostileValue())
      .map(([s, choice, kind, value]) => ({ mutated: true, doc: mutate(s, choice, kind, value) })),
    fc.anything().map((doc) => ({ mutated: true, doc })),
  );
  for (const { mutated, doc } of fc.sample(input, { numRuns: inputs, seed })) {
    counts.inputs++;
    if (mutated) counts.mutated++;
    else counts.valid++;
    try {
      const parsed = parseScenario(doc);
      if (parsed.ok) {
        counts.evaluated++;
        if (!everyNumberFinite(estimate(parsed.value, { samples: 20, seed: 1 }))) {
          counts.nonFinite++;
          counts.failures.push(`non-finite: ${JSON.stringify(doc).slice(0, 300)}`);
        }
      } else countRejected(counts, parsed.issues);
    } catch (error) {
      counts.thrown++;
      counts.failures.push(`thrown: ${(error as Error).message}`);
    }
  }
  return counts;
}
