/** Untrusted JSON text: bounded, and refused when a key could reach a prototype. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_INPUT_BYTES,
  parseJsonText,
  utf8Size,
} from '../../../../src/kits/persistence/safeJson.ts';

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  // Whatever a test fed in, no prototype was touched.
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
});

describe('parseJsonText', () => {
  it('reads JSON, ignoring a leading byte-order mark', () => {
    expect(parseJsonText('{"a":[1,"x",null]}')).toEqual({ ok: true, value: { a: [1, 'x', null] } });
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('refuses text that is not JSON, saying why', () => {
    const parsed = parseJsonText('{"a":1');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues).toHaveLength(1);
      expect(parsed.issues[0]!.path).toBe('');
      expect(parsed.issues[0]!.message).toMatch(/^not valid JSON: /);
    }
  });

  it('refuses text over 1 MB before parsing it, and accepts exactly 1 MB', () => {
    const pad = (bytes: number) => `"${'x'.repeat(bytes - 2)}"`;
    expect(parseJsonText(pad(MAX_INPUT_BYTES)).ok).toBe(true);
    expect(parseJsonText(pad(MAX_INPUT_BYTES + 1))).toMatchObject({
      ok: false,
      issues: [
        { path: '', message: 'too large: 1000001 bytes; the limit is 1 MB (1000000 bytes)' },
      ],
    });
  });

  it('counts the limit in UTF-8 bytes, not characters', () => {
    expect(utf8Size('円')).toBe(3);
    const japanese = `"${'円'.repeat(400_000)}"`; // 400,002 characters, 1,200,002 bytes
    const parsed = parseJsonText(japanese);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]!.message).toContain('1200002 bytes');
  });

  it.each([
    ['{"__proto__":{"polluted":true}}', '__proto__', '__proto__'],
    ['{"a":{"b":[0,{"__proto__":{"polluted":true}}]}}', '__proto__', 'a.b[1].__proto__'],
    ['{"constructor":{"prototype":{"polluted":true}}}', 'constructor', 'constructor'],
    ['[{"x":{"constructor":1}}]', 'constructor', '[0].x.constructor'],
    ['{"a":{"prototype":null}}', 'prototype', 'a.prototype'],
  ])('refuses %s, naming the key and where it is', (text, key, path) => {
    const parsed = parseJsonText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues).toMatchObject([
        { path, message: `the key "${key}" is not allowed (it could alter object prototypes)` },
      ]);
    }
  });

  it('allows the forbidden words as values', () => {
    expect(parseJsonText('{"note":"__proto__ constructor prototype"}').ok).toBe(true);
  });

  it('refuses nesting too deep to walk, without throwing', () => {
    const depth = 200_000;
    const parsed = parseJsonText('['.repeat(depth) + ']'.repeat(depth));
    expect(parsed).toMatchObject({
      ok: false,
      issues: [{ path: '', message: 'nested too deeply to read' }],
    });
  });
});

describe('refusals the UI can put in its own words', () => {
  it.each([
    ['not JSON', parseJsonText('{"a":'), 'not-json'],
    ['too large', parseJsonText('x'.repeat(MAX_INPUT_BYTES + 1)), 'too-large'],
    ['a forbidden key', parseJsonText('{"__proto__":{}}'), 'forbidden-key'],
  ])('names the rule for %s', (_name, parsed, rule) => {
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.detail)).toEqual([{ kind: 'rule', rule }]);
  });
});
