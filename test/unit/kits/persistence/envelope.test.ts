/** The document format: envelope or bare scenario, versions, migration, paths in every issue. */
import { describe, expect, it } from 'vitest';
import { shippedScenario, shippedScenarios } from '../../../../src/data/catalog.ts';
import { SCENARIO_SCHEMA_VERSION, upgradeScenario } from '../../../../src/engine/index.ts';
import {
  parseDocumentText,
  prefixIssues,
  readDocument,
} from '../../../../src/kits/persistence/envelope.ts';
import {
  ENVELOPE_FORMAT,
  ENVELOPE_VERSION,
  toEnvelope,
} from '../../../../src/kits/persistence/files.ts';
import { v1AsRead, v1Document } from './v1Documents.ts';

const graffer = shippedScenario('graffer-actual');

/** A deep copy as plain JSON, free to be changed. */
function copy(value: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

function issuesOf(text: string) {
  const parsed = parseDocumentText(text);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? [] : parsed.issues;
}

describe('reading a scenario document', () => {
  it.each(shippedScenarios.map((s) => [s.id, s] as const))(
    'reads back %s from its envelope unchanged',
    (_id, scenario) => {
      const text = JSON.stringify(toEnvelope(scenario, new Date('2025-04-01T00:00:00Z')));
      expect(parseDocumentText(text)).toEqual({
        ok: true,
        value: { scenario, migratedFrom: null },
      });
    },
  );

  it('writes the envelope with its format, version and date', () => {
    const envelope = toEnvelope(graffer, new Date('2025-04-01T09:30:00Z'));
    expect(envelope).toEqual({
      format: 'ismap-estimator',
      version: 1,
      savedAt: '2025-04-01T09:30:00.000Z',
      scenario: graffer,
    });
    expect([ENVELOPE_FORMAT, ENVELOPE_VERSION]).toEqual(['ismap-estimator', 1]);
  });

  it('reads a bare scenario, as `npm run estimate` does', () => {
    expect(parseDocumentText(JSON.stringify(graffer))).toEqual({
      ok: true,
      value: { scenario: graffer, migratedFrom: null },
    });
  });

  it('names the invalid field of an enveloped scenario by its path', () => {
    const doc = copy(toEnvelope(graffer));
    (doc['scenario'] as { audit: { fixedFeeYen: unknown } }).audit.fixedFeeYen = -1;
    const issues = issuesOf(JSON.stringify(doc));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('scenario.audit.fixedFeeYen');
  });

  it('names the invalid field of a bare scenario by its path', () => {
    const doc = copy(graffer);
    const segments = (doc['revenue'] as { segments: Record<string, unknown>[] }).segments;
    segments[0]!['winRateWith'] = 'high';
    const issues = issuesOf(JSON.stringify(doc));
    expect(issues.map((i) => i.path)).toEqual(['revenue.segments[0].winRateWith']);
  });

  it('refuses a document of another format', () => {
    expect(
      issuesOf(JSON.stringify({ ...toEnvelope(graffer), format: 'other-tool' })),
    ).toMatchObject([
      {
        path: 'format',
        message: 'expected "ismap-estimator": not a scenario document of this estimator',
      },
    ]);
  });

  it('refuses an envelope from a newer version, and an unknown one', () => {
    const newer = issuesOf(JSON.stringify({ ...toEnvelope(graffer), version: 2 }));
    expect(newer).toHaveLength(1);
    expect(newer[0]!.path).toBe('version');
    expect(newer[0]!.message).toMatch(/newer version of the estimator/);
    const unknown = issuesOf(JSON.stringify({ ...toEnvelope(graffer), version: 'one' }));
    expect(unknown.map((i) => i.path)).toEqual(['version']);
  });

  it('refuses a scenario from a newer version', () => {
    const doc = copy(toEnvelope(graffer));
    (doc['scenario'] as Record<string, unknown>)['schemaVersion'] = SCENARIO_SCHEMA_VERSION + 1;
    const issues = issuesOf(JSON.stringify(doc));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('scenario.schemaVersion');
    expect(issues[0]!.message).toMatch(
      new RegExp(
        `newer version of the estimator \\(scenario version ${SCENARIO_SCHEMA_VERSION + 1}\\)`,
      ),
    );
  });

  it('refuses an envelope without its scenario, or with unknown keys', () => {
    expect(issuesOf(JSON.stringify({ format: 'ismap-estimator', version: 1 }))).toMatchObject([
      { path: 'scenario', message: 'missing: expected object' },
    ]);
    const extra = issuesOf(JSON.stringify({ ...toEnvelope(graffer), extra: true }));
    expect(extra).toHaveLength(1);
    expect(extra[0]!.message).toContain('extra');
  });

  it.each([['[]'], ['42'], ['"text"'], ['null']])('refuses %s: not a document', (text) => {
    expect(issuesOf(text)).toMatchObject([
      { path: '', message: 'expected a scenario document (a JSON object)' },
    ]);
  });

  it('refuses hostile and oversized text before reading it as a document', () => {
    const hostile = JSON.stringify(toEnvelope(graffer)).replace(
      '"scenario":{',
      '"scenario":{"__proto__":{"polluted":true},',
    );
    expect(issuesOf(hostile).map((i) => i.path)).toEqual(['scenario.__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(issuesOf(' '.repeat(1_000_001) + '{}')[0]!.message).toMatch(/^too large/);
  });
});

describe('prefixing issue paths', () => {
  it('puts the prefix before each path and keeps everything else of the issue', () => {
    const detail = { kind: 'rule', rule: 'newer-version' } as const;
    expect(
      prefixIssues('items[2]', [
        { path: 'scenario.schemaVersion', message: 'newer', detail },
        { path: '[0]', message: 'first' },
        { path: '', message: 'whole', detail: { kind: 'too_small', limit: 1 } },
      ]),
    ).toEqual([
      { path: 'items[2].scenario.schemaVersion', message: 'newer', detail },
      { path: 'items[2][0]', message: 'first' },
      { path: 'items[2]', message: 'whole', detail: { kind: 'too_small', limit: 1 } },
    ]);
  });
});

describe('migration', () => {
  it('reads a scenario without schemaVersion as version 0, the pre-versioned form', () => {
    const old = v1Document('graffer-actual');
    delete old['schemaVersion'];
    const read = v1AsRead('graffer-actual');
    expect(readDocument(old)).toEqual({ ok: true, value: { scenario: read, migratedFrom: 0 } });
    expect(readDocument({ format: 'ismap-estimator', version: 1, scenario: old })).toEqual({
      ok: true,
      value: { scenario: read, migratedFrom: 0 },
    });
  });

  it('validates the migrated scenario in full', () => {
    const old = v1Document('graffer-actual');
    delete old['schemaVersion'];
    old['track'] = 'fast-track';
    const parsed = readDocument(old);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.path)).toEqual(['track']);
  });

  it('never changes the document it migrates', () => {
    const old = { id: 'x' };
    const upgraded = upgradeScenario(old);
    expect(upgraded).toMatchObject({
      ok: true,
      value: { value: { id: 'x', schemaVersion: SCENARIO_SCHEMA_VERSION }, migratedFrom: 0 },
    });
    expect(old).toEqual({ id: 'x' });
  });

  it('leaves a current scenario as it is', () => {
    const current = { id: 'x', schemaVersion: SCENARIO_SCHEMA_VERSION };
    expect(upgradeScenario(current)).toEqual({
      ok: true,
      value: { value: current, migratedFrom: null },
    });
  });
});
