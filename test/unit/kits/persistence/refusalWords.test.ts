/**
 * A document from a newer version, refused inside a file, a share link or the saved list, is
 * told in the UI language: the refusal's `detail` survives every layer that wraps it.
 */
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { shippedScenario } from '../../../../src/data/catalog.ts';
import { SCENARIO_SCHEMA_VERSION, type FieldIssue } from '../../../../src/engine/index.ts';
import { describeForPeople } from '../../../../src/kits/inputs/describeForPeople.ts';
import { locale } from '../../../../src/kits/i18n/locale.svelte.ts';
import { loadSaved } from '../../../../src/kits/persistence/autosave.ts';
import { SAVED_KEY } from '../../../../src/kits/persistence/storage.ts';
import { readDocument } from '../../../../src/kits/persistence/envelope.ts';
import { toEnvelope } from '../../../../src/kits/persistence/files.ts';
import { decodeShareHash, ShareState } from '../../../../src/kits/persistence/shareCodec.ts';
import { MemoryStorage } from './fakes.ts';

const graffer = shippedScenario('graffer-actual');
const newer = { ...graffer, schemaVersion: SCENARIO_SCHEMA_VERSION + 1 };

function refused(parsed: { ok: true } | { ok: false; issues: FieldIssue[] }): FieldIssue[] {
  expect(parsed.ok).toBe(false);
  return parsed.ok ? [] : parsed.issues;
}

const inEnvelope = () => refused(readDocument({ ...toEnvelope(graffer), scenario: newer }));
const inShareLink = () => {
  const hash = `#s=${LZString.compressToEncodedURIComponent(JSON.stringify({ scenario: newer, lang: 'ja' }))}`;
  const decoded = decodeShareHash(hash, ShareState);
  expect(decoded).not.toBeNull();
  return decoded ? refused(decoded) : [];
};
const inSavedList = () => {
  const storage = new MemoryStorage();
  const item = { id: 'mine', savedAt: '2025-06-01T12:00:00.000Z', scenario: newer };
  storage.setItem(
    SAVED_KEY,
    JSON.stringify({ format: 'ismap-estimator.saved', version: 1, items: [item] }),
  );
  const loaded = loadSaved(storage);
  expect(loaded.ok).toBe(true);
  return loaded.ok ? loaded.skipped : [];
};

describe('a scenario from a newer version, wrapped', () => {
  it.each([
    ['an envelope', inEnvelope, 'scenario.schemaVersion'],
    ['a share link', inShareLink, 'scenario.schemaVersion'],
    ['the saved list', inSavedList, 'items[0].scenario.schemaVersion'],
  ])('keeps its detail inside %s, and is told in Japanese', (_where, issuesOf, path) => {
    const issues = issuesOf();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path, detail: { kind: 'rule', rule: 'newer-version' } });
    expect(locale.lang).toBe('ja'); // the default language: no storage here
    const [line] = describeForPeople(issues, graffer, 'ja');
    expect(line).toContain('より新しい版のツールで作られたため');
    expect(line).not.toMatch(/newer version/);
  });
});
