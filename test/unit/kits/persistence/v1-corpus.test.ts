/**
 * What version 1 wrote still opens, with the same point NPV: scenario files, share links,
 * localStorage values and exported files from the frozen corpus in test/fixtures/v1/, read
 * through the app's own readers. The corpus was written once by version 1's own encoders (the
 * script, test/fixtures/v1/generate.ts, is in commit d940440; it ran only against version 1)
 * and is never regenerated.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAppShareState } from '../../../../src/app/shareState.ts';
import { pointReport, type Scenario } from '../../../../src/engine/index.ts';
import { loadSaved, loadWork } from '../../../../src/kits/persistence/autosave.ts';
import { WORK_KEY } from '../../../../src/kits/persistence/storage.ts';
import { parseDocumentText } from '../../../../src/kits/persistence/envelope.ts';
import { decodeShareHash } from '../../../../src/kits/persistence/shareCodec.ts';
import { expectClose } from '../../approx.ts';
import { MemoryStorage } from './fakes.ts';

// The app's link, with each screen's settings checked by the screen's own schema.
const AppShareState = await loadAppShareState();

const DIR = new URL('../../../fixtures/v1/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, DIR), 'utf8');
const json = <T>(name: string) => JSON.parse(text(name)) as T;

interface Expected {
  savedId?: string;
  scenarioId: string;
  npv: number;
}
interface Link {
  name: string;
  hash: string;
  expected: { scenarioId: string; npv: number; screens?: object } & Record<string, unknown>;
}
interface Stored {
  name: string;
  key: string;
  value: string;
  expected: Expected[];
}
interface ExportedFile {
  name: string;
  text: string;
  expected: Expected[];
}

const { scenarios } = json<{ scenarios: { file: string; id: string; npv: number }[] }>(
  'expected.json',
);
const { links } = json<{ links: Link[] }>('share-links.json');
const { localStorage: storedValues, files } = json<{
  localStorage: Stored[];
  files: ExportedFile[];
}>('stored.json');

function expectNpvs(read: Scenario[], expected: readonly Expected[]): void {
  expect(read.map((s) => s.id)).toEqual(expected.map((e) => e.scenarioId));
  read.forEach((s, i) => expectClose(pointReport(s).totals.npv, expected[i]!.npv));
}

function opened(documentText: string): Scenario[] {
  const read = parseDocumentText(documentText);
  expect(read.ok ? [] : read.issues).toEqual([]);
  return read.ok ? [read.value.scenario] : [];
}

describe('the version-1 corpus', () => {
  it('holds every kind of document', () => {
    expect([scenarios.length, links.length, storedValues.length, files.length]).toEqual([
      14, 8, 5, 3,
    ]);
  });

  it.each(scenarios.map((s) => [s.file, s] as const))('opens %s', (file, { id, npv }) => {
    expectNpvs(opened(text(file)), [{ scenarioId: id, npv }]);
  });

  it.each(links.map((l) => [l.name, l] as const))('decodes the link: %s', (_name, link) => {
    const decoded = decodeShareHash(link.hash, AppShareState);
    expect(decoded?.ok ? [] : decoded?.issues).toEqual([]);
    if (!decoded?.ok) return;
    const { scenario, ...state } = decoded.value.state;
    const { scenarioId, npv, screens, ...fields } = link.expected;
    expect(state).toEqual({ ...fields, ...screens });
    expectNpvs([scenario], [{ scenarioId, npv }]);
  });

  it.each(storedValues.map((s) => [s.name, s] as const))('loads %s', (_name, entry) => {
    const storage = new MemoryStorage();
    storage.setItem(entry.key, entry.value);
    if (entry.key === WORK_KEY) {
      const work = loadWork(storage);
      expectNpvs(work.ok && work.scenario ? [work.scenario] : [], entry.expected);
      return;
    }
    const saved = loadSaved(storage);
    expect(saved.ok && saved.skipped).toEqual([]);
    const items = saved.ok ? saved.items : [];
    expect(items.map((item) => item.id)).toEqual(entry.expected.map((e) => e.savedId));
    expectNpvs(
      items.map((item) => item.scenario),
      entry.expected,
    );
  });

  it.each(files.map((f) => [f.name, f] as const))('imports the %s', (_name, file) => {
    expectNpvs(opened(file.text), file.expected);
  });
});
