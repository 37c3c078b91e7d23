/** Share links: the same state back, and every damaged or hostile link refused with a reason. */
import LZString from 'lz-string';
import { afterEach, describe, expect, it } from 'vitest';
import { shippedScenario, shippedScenarios } from '../../../../src/data/catalog.ts';
import {
  decodeShareHash,
  encodeShareHash,
  ShareState,
} from '../../../../src/kits/persistence/shareCodec.ts';
import { holdsShareState } from '../../../../src/kits/persistence/shareLink.ts';
import { loadAppShareState } from '../../../../src/app/shareState.ts';
import { SCENARIO_SCHEMA_VERSION } from '../../../../src/engine/index.ts';
import { expansionBomb } from './fakes.ts';
import { v1AsRead, v1Document } from './v1Documents.ts';

// The app's link, with each screen's settings checked by the screen's own schema.
const AppShareState = await loadAppShareState();

const graffer = shippedScenario('graffer-actual');
const DAMAGED =
  'the share link is damaged or incomplete (it may have been cut off when it was copied)';

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
});

/** A hash holding `value` as JSON, whatever it is. */
function hashOf(value: unknown): string {
  return `#s=${LZString.compressToEncodedURIComponent(JSON.stringify(value))}`;
}

function issuesOf(hash: string, schema: typeof ShareState = ShareState) {
  const decoded = decodeShareHash(hash, schema);
  expect(decoded).not.toBeNull();
  expect(decoded?.ok).toBe(false);
  return decoded && !decoded.ok ? decoded.issues : [];
}

describe('share link round trip', () => {
  it.each(shippedScenarios.map((s) => [s.id, s] as const))(
    'gives back the same state for %s',
    (_id, scenario) => {
      const state: ShareState = { scenario, lang: 'ja', reformId: 'fy2025-plan' };
      const hash = encodeShareHash(state);
      expect(hash).toMatch(/^#s=[A-Za-z0-9+\-$]+$/);
      expect(decodeShareHash(hash, ShareState)).toEqual({
        ok: true,
        value: { state, migratedFrom: null },
      });
    },
  );

  it('keeps the optional parts optional', () => {
    const state: ShareState = { scenario: graffer, lang: 'en' };
    expect(decodeShareHash(encodeShareHash(state), ShareState)).toEqual({
      ok: true,
      value: { state, migratedFrom: null },
    });
    const none: ShareState = { scenario: graffer, lang: 'en', reformId: null };
    expect(decodeShareHash(encodeShareHash(none).slice(1), ShareState)).toEqual({
      ok: true,
      value: { state: none, migratedFrom: null },
    });
  });

  it('reads a link that passed through percent-encoding or turned + into spaces', () => {
    const state: ShareState = { scenario: graffer, lang: 'ja' };
    const hash = encodeShareHash(state);
    const expected = { ok: true, value: { state, migratedFrom: null } };
    expect(decodeShareHash(hash.replace(/\$/g, '%24').replace(/\+/g, '%2B'), ShareState)).toEqual(
      expected,
    );
    expect(decodeShareHash(hash.replace(/\+/g, ' '), ShareState)).toEqual(expected);
  });

  it('returns null when the hash holds no share state', () => {
    expect(decodeShareHash('', ShareState)).toBeNull();
    expect(decodeShareHash('#', ShareState)).toBeNull();
    expect(decodeShareHash('#results', ShareState)).toBeNull();
  });

  it('migrates a scenario from the pre-versioned form', () => {
    const old = v1Document('graffer-actual');
    delete old['schemaVersion'];
    expect(decodeShareHash(hashOf({ scenario: old, lang: 'ja' }), ShareState)).toEqual({
      ok: true,
      value: { state: { scenario: v1AsRead('graffer-actual'), lang: 'ja' }, migratedFrom: 0 },
    });
  });
});

describe('damaged and hostile share links', () => {
  const good = encodeShareHash({ scenario: graffer, lang: 'ja' });

  it.each([
    ['cut short', good.slice(0, Math.floor(good.length / 2))],
    ['missing its last characters', good.slice(0, -12)],
    ['empty', '#s='],
    ['garbage', '#s=!!!not*a*link!!!'],
    ['bad percent-encoding', '#s=%E0%A4%A'],
    ['random letters', '#s=Zm9vYmFyYmF6cXV4cXV1eA'],
  ])('refuses a link %s', (_what, hash) => {
    const issues = issuesOf(hash);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('');
    expect(issues[0]!.message).toMatch(/share link|not valid JSON/);
  });

  it('never reads a cut-off link as another state: refused, or the same state', () => {
    const state: ShareState = {
      scenario: shippedScenario('regional-municipal-vendor'),
      lang: 'en',
    };
    const hash = encodeShareHash(state);
    const cuts = [...Array(hash.length).keys()].filter((n) => n % 23 === 0 || n > hash.length - 30);
    let refused = 0;
    for (const cut of cuts) {
      const decoded = decodeShareHash(hash.slice(0, cut), ShareState);
      if (decoded === null || !decoded.ok) refused += 1;
      else expect(decoded.value.state).toEqual(state); // only trailing padding was lost
    }
    expect(refused).toBeGreaterThan(cuts.length - 5);
  });

  it('says a cut-off link is damaged', () => {
    expect(issuesOf(good.slice(0, -10))).toMatchObject([{ path: '', message: DAMAGED }]);
  });

  it('refuses a payload that is not JSON', () => {
    const issues = issuesOf(`#s=${LZString.compressToEncodedURIComponent('scenario: graffer')}`);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^not valid JSON/);
  });

  it('refuses a link over 1 MB without decompressing it', () => {
    const issues = issuesOf(`#s=${'A'.repeat(1_000_001)}`);
    expect(issues[0]!.message).toMatch(/^too large: 1000004 bytes/);
  });

  it('refuses a link that would expand past 1 MB, before expanding it', () => {
    expect(issuesOf(`#s=${expansionBomb(30_000)}`)).toMatchObject([
      { path: '', message: 'the share link expands to more than 1 MB (1000000 characters)' },
    ]);
    const padded = { scenario: graffer, lang: 'ja', pad: 'x'.repeat(1_000_000) };
    expect(issuesOf(hashOf(padded))[0]!.message).toMatch(/expands to more than 1 MB/);
  });

  it.each([
    ['__proto__ at the top', '{"__proto__":{"polluted":true}}', '__proto__'],
    [
      '__proto__ in the scenario',
      '{"scenario":{"__proto__":{"polluted":true}},"lang":"ja"}',
      'scenario.__proto__',
    ],
    ['constructor.prototype', '{"constructor":{"prototype":{"polluted":true}}}', 'constructor'],
    ['prototype deep down', '{"a":[{"b":{"prototype":{"polluted":true}}}]}', 'a[0].b.prototype'],
  ])('refuses %s', (_what, text, path) => {
    // Written as text: in an object literal, __proto__ would set the prototype, not a key.
    const issues = issuesOf(`#s=${LZString.compressToEncodedURIComponent(text)}`);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(path);
    expect(issues[0]!.message).toMatch(/is not allowed/);
  });

  it('refuses a scenario from a newer version', () => {
    const newer = { ...graffer, schemaVersion: SCENARIO_SCHEMA_VERSION + 1 };
    const issues = issuesOf(hashOf({ scenario: newer, lang: 'ja' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('scenario.schemaVersion');
  });

  it('names the one invalid field', () => {
    const scenario = { ...graffer, timeline: { ...graffer.timeline, horizonYears: 0 } };
    const issues = issuesOf(hashOf({ scenario, lang: 'ja' }));
    expect(issues.map((i) => i.path)).toEqual(['scenario.timeline.horizonYears']);
  });

  it('refuses an unknown language, an unknown key and a missing scenario', () => {
    expect(issuesOf(hashOf({ scenario: graffer, lang: 'fr' })).map((i) => i.path)).toEqual([
      'lang',
    ]);
    const extra = issuesOf(hashOf({ scenario: graffer, lang: 'ja', tracker: [] }));
    expect(extra).toHaveLength(1);
    expect(extra[0]!.message).toContain('tracker');
    expect(issuesOf(hashOf({ lang: 'ja' }))).toMatchObject([
      { path: 'scenario', message: 'missing: expected object' },
    ]);
    // The app's screens' settings are checked as strictly as the scenario.
    const compare = issuesOf(hashOf({ scenario: graffer, lang: 'ja', compare: [] }), AppShareState);
    expect(compare.map((i) => i.path)).toEqual(['compare']);
    const lab = issuesOf(
      hashOf({ scenario: graffer, lang: 'ja', lab: { counts: 1 } }),
      AppShareState,
    );
    expect(lab.map((i) => i.path).sort()).toEqual([
      'lab.counts',
      'lab.customLevers',
      'lab.reformId',
      'lab.scenarioIds',
    ]);
    expect(
      issuesOf(hashOf({ scenario: graffer, lang: 'ja', view: 'x' }), AppShareState),
    ).toMatchObject([{ path: 'view' }]);
    expect(issuesOf(hashOf([1, 2]))[0]!.path).toBe('');
  });
});

describe('holdsShareState', () => {
  it('tells a hash that holds a link (whose reading needs lz-string) from one that does not', () => {
    expect(holdsShareState('#s=abc')).toBe(true);
    expect(holdsShareState('#x=1&s=abc')).toBe(true);
    expect(holdsShareState('#s=')).toBe(true);
    expect(holdsShareState('')).toBe(false);
    expect(holdsShareState('#main')).toBe(false);
    expect(holdsShareState('#sources=1')).toBe(false);
  });
});
