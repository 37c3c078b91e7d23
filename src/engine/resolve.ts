/**
 * From a scenario with ranges to one with plain numbers: the mode for point results, a sample or
 * a corner for the Monte Carlo and the tornado.
 */
import type { Estimate, Scenario } from './schema.ts';

/** The same shape with every `number | Estimate` turned into a number. */
export type Resolved<T> = T extends Estimate
  ? number
  : T extends number
    ? number
    : T extends readonly (infer U)[]
      ? Resolved<U>[]
      : T extends object
        ? { [K in keyof T]: Resolved<T[K]> }
        : T;

export type PointScenario = Resolved<Scenario>;

export type FieldPath = readonly (string | number)[];

/** `revenue.segments[0].winRateWith` — the path notation used in messages and in the CLI. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

export function isEstimate(value: unknown): value is Estimate {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['low'] === 'number' && typeof v['mode'] === 'number' && typeof v['high'] === 'number'
  );
}

/** One input given as a range, with where it sits in the scenario. */
export interface RangedInput {
  path: FieldPath;
  estimate: Estimate;
}

/** Every ranged input, in document order. Provenance notes are not inputs. */
export function rangedInputs(scenario: Scenario): RangedInput[] {
  const found: RangedInput[] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (isEstimate(value)) {
      found.push({ path, estimate: value });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (path.length === 0 && key === 'provenance') continue;
        walk(item, [...path, key]);
      }
    }
  };
  walk(scenario, []);
  return found;
}

/** Replaces every estimate by `pick(estimate, path)`; returns a fresh object. */
export function resolveWith(
  scenario: Scenario,
  pick: (estimate: Estimate, path: FieldPath) => number,
): PointScenario {
  const map = (value: unknown, path: (string | number)[]): unknown => {
    if (isEstimate(value)) return pick(value, path);
    if (Array.isArray(value)) return value.map((item, i) => map(item, [...path, i]));
    if (typeof value === 'object' && value !== null) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        // Provenance notes are words, not inputs: most of a shipped scenario's size.
        if (path.length === 0 && key === 'provenance') continue;
        out[key] = map(item, [...path, key]);
      }
      return out;
    }
    return value;
  };
  return map(scenario, []) as PointScenario;
}

/**
 * Point values: every range at its mode. Its own walk, without the paths `resolveWith` builds:
 * the decision's options resolve a scenario each on every keystroke.
 */
export function resolveMode(scenario: Scenario): PointScenario {
  const map = (value: unknown, root: boolean): unknown => {
    if (isEstimate(value)) return value.mode;
    if (Array.isArray(value)) return value.map((item) => map(item, false));
    if (typeof value === 'object' && value !== null) {
      const out: Record<string, unknown> = {};
      for (const key in value) {
        // Provenance notes are words, not inputs.
        if (root && key === 'provenance') continue;
        out[key] = map((value as Record<string, unknown>)[key], false);
      }
      return out;
    }
    return value;
  };
  return map(scenario, true) as PointScenario;
}

/**
 * A deep copy of plain data (what JSON and zod produce): objects, arrays and primitives. Several
 * times faster than structuredClone, which serializes, for the copies every option makes.
 */
export function plainCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(plainCopy) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key in value) out[key] = plainCopy((value as Record<string, unknown>)[key]);
    return out as T;
  }
  return value;
}

/**
 * A handle that writes one input of a resolved scenario in place. The Monte Carlo and the
 * tornado change a few numbers thousands of times; rebuilding the object each time would cost
 * more than the model itself.
 */
export interface InputSlot {
  path: FieldPath;
  estimate: Estimate;
  set(value: number): void;
}

export function inputSlots(scenario: Scenario, point: PointScenario): InputSlot[] {
  return rangedInputs(scenario).map(({ path, estimate }) => {
    let parent: Record<string | number, unknown> = point as unknown as Record<string, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    const target = parent;
    return {
      path,
      estimate,
      set: (value: number) => {
        target[last] = value;
      },
    };
  });
}
