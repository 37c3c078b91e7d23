/**
 * Reading JSON text that came from outside (a file, a share link, localStorage): bounded in
 * size, and refused when any key could reach an object's prototype. Never throws: every
 * problem comes back as a `FieldIssue` naming where it is.
 */
import { formatPath, type FieldIssue, type Parsed } from '../../engine/index.ts';

/** 1 MB (decimal), counted in UTF-8 bytes: the most any document is read from. */
export const MAX_INPUT_BYTES = 1_000_000;

/**
 * Keys refused at any depth. `JSON.parse` itself only creates own properties, but a key like
 * these in a value that is later merged or copied key by key can rewrite `Object.prototype`;
 * no valid document needs them, so they are refused outright.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

class ForbiddenKey extends Error {}

const encoder = new TextEncoder();

/** UTF-8 size of `text`; only computed exactly when it could be within `limit`. */
export function utf8Size(text: string, limit = MAX_INPUT_BYTES): number {
  // Each UTF-16 unit is at least one UTF-8 byte: a longer string is over the limit anyway.
  if (text.length > limit) return text.length;
  return encoder.encode(text).length;
}

export function tooLarge(bytes: number, limit = MAX_INPUT_BYTES): FieldIssue {
  return {
    path: '',
    message: `too large: ${bytes} bytes; the limit is ${formatLimit(limit)}`,
    detail: { kind: 'rule', rule: 'too-large' },
  };
}

function formatLimit(limit: number): string {
  return limit === MAX_INPUT_BYTES ? '1 MB (1000000 bytes)' : `${limit} bytes`;
}

/** The first forbidden key and where it sits, found without recursion (the input may be deep). */
function findForbiddenKey(text: string): FieldIssue {
  // Plain JSON.parse creates own properties only, so walking its result cannot pollute.
  const stack: { value: unknown; path: (string | number)[] }[] = [
    { value: JSON.parse(text) as unknown, path: [] },
  ];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, path } = item;
    if (typeof value !== 'object' || value === null) continue;
    const isArray = Array.isArray(value);
    for (const key of Object.keys(value)) {
      const step = isArray ? Number(key) : key;
      if (!isArray && FORBIDDEN_KEYS.has(key)) return forbidden(key, formatPath([...path, step]));
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, step] });
    }
  }
  return forbidden('__proto__', ''); // not reached: the reviver found one
}

function forbidden(key: string, path: string): FieldIssue {
  return {
    path,
    message: `the key "${key}" is not allowed (it could alter object prototypes)`,
    detail: { kind: 'rule', rule: 'forbidden-key' },
  };
}

/**
 * Parses JSON text from outside. Refuses, with a message naming the place: text over
 * `maxBytes` (checked before parsing), text that is not JSON, a `__proto__` / `constructor` /
 * `prototype` key anywhere, and nesting too deep to walk. A leading byte-order mark is ignored.
 */
export function parseJsonText(text: string, maxBytes = MAX_INPUT_BYTES): Parsed<unknown> {
  const bytes = utf8Size(text, maxBytes);
  if (bytes > maxBytes) return { ok: false, issues: [tooLarge(bytes, maxBytes)] };
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    const value = JSON.parse(body, (key, item: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return item;
    }) as unknown;
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ForbiddenKey) return { ok: false, issues: [findForbiddenKey(body)] };
    if (error instanceof SyntaxError) {
      const message = `not valid JSON: ${error.message}`;
      return {
        ok: false,
        issues: [{ path: '', message, detail: { kind: 'rule', rule: 'not-json' } }],
      };
    }
    if (error instanceof RangeError) {
      const message = 'nested too deeply to read';
      return {
        ok: false,
        issues: [{ path: '', message, detail: { kind: 'rule', rule: 'too-deep' } }],
      };
    }
    const message = 'could not be read as JSON';
    return {
      ok: false,
      issues: [{ path: '', message, detail: { kind: 'rule', rule: 'not-json' } }],
    };
  }
}
