/** Autosave: the work comes back, bad stored values are refused untouched, faults are reported. */
import { describe, expect, it } from 'vitest';
import { shippedScenario } from '../../../../src/data/catalog.ts';
import {
  clearSaved,
  clearWork,
  loadSaved,
  loadWork,
  removeSaved,
  saveScenarioAs,
  saveWork,
} from '../../../../src/kits/persistence/autosave.ts';
import {
  defaultStorage,
  probeStorage,
  SAVED_KEY,
  WORK_KEY,
} from '../../../../src/kits/persistence/storage.ts';
import { toEnvelope } from '../../../../src/kits/persistence/files.ts';
import { DisabledStorage, FullStorage, MemoryStorage } from './fakes.ts';
import { v1AsRead, v1Document } from './v1Documents.ts';

const graffer = shippedScenario('graffer-actual');
const regional = shippedScenario('regional-municipal-vendor');
const NOW = new Date('2025-06-01T12:00:00Z');

describe('the current work', () => {
  it('comes back as it was saved', () => {
    const storage = new MemoryStorage();
    expect(loadWork(storage)).toEqual({ ok: true, scenario: null, migratedFrom: null });
    expect(saveWork(graffer, storage, NOW)).toEqual({ ok: true });
    expect(loadWork(storage)).toEqual({ ok: true, scenario: graffer, migratedFrom: null });
    expect(JSON.parse(storage.getItem(WORK_KEY)!)).toEqual(toEnvelope(graffer, NOW));
    expect(clearWork(storage)).toEqual({ ok: true });
    expect(loadWork(storage)).toEqual({ ok: true, scenario: null, migratedFrom: null });
  });

  it.each([
    ['cut off', (text: string) => text.slice(0, text.length / 2), ''],
    ['not JSON', () => 'ismap', ''],
    ['over 1 MB', () => ' '.repeat(1_000_001), ''],
    [
      'given a __proto__ key',
      (text: string) => text.replace('"scenario":{', '"scenario":{"__proto__":{"polluted":1},'),
      'scenario.__proto__',
    ],
    [
      'changed to an invalid value',
      (text: string) => text.replace('"horizonYears":', '"horizonYears":-'),
      'scenario.timeline.horizonYears',
    ],
    [
      'from a newer version',
      (text: string) => text.replace('"schemaVersion":2', '"schemaVersion":9'),
      'scenario.schemaVersion',
    ],
  ])('refuses a stored value %s and leaves it stored', (_what, tamper, path) => {
    const storage = new MemoryStorage();
    saveWork(graffer, storage, NOW);
    const tampered = tamper(storage.getItem(WORK_KEY)!);
    storage.setItem(WORK_KEY, tampered);
    const loaded = loadWork(storage);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok && loaded.reason === 'invalid') {
      expect(loaded.issues.length).toBeGreaterThan(0);
      expect(loaded.issues[0]!.path).toBe(path);
    } else {
      expect.unreachable('expected the stored value to be refused as invalid');
    }
    expect(storage.getItem(WORK_KEY)).toBe(tampered);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('migrates a stored scenario of an older version', () => {
    const storage = new MemoryStorage();
    const old = v1Document('graffer-actual');
    storage.setItem(WORK_KEY, JSON.stringify(old));
    expect(loadWork(storage)).toEqual({
      ok: true,
      scenario: v1AsRead('graffer-actual'),
      migratedFrom: 1,
    });
    delete old['schemaVersion'];
    storage.setItem(WORK_KEY, JSON.stringify(old));
    expect(loadWork(storage)).toEqual({
      ok: true,
      scenario: v1AsRead('graffer-actual'),
      migratedFrom: 0,
    });
  });

  it('keeps the later of two tabs’ saves, and a reader sees one whole value', () => {
    const storage = new MemoryStorage(); // shared by two tabs, as localStorage is
    expect(saveWork(graffer, storage, NOW)).toEqual({ ok: true }); // tab A
    expect(saveWork(regional, storage, NOW)).toEqual({ ok: true }); // tab B, later
    expect(loadWork(storage)).toEqual({ ok: true, scenario: regional, migratedFrom: null });
  });
});

describe('storage faults', () => {
  it('says storage is unavailable where there is none', () => {
    expect(defaultStorage()).toBeUndefined(); // Node has no localStorage
    expect(loadWork()).toEqual({ ok: false, reason: 'unavailable' });
    expect(saveWork(graffer)).toEqual({ ok: false, reason: 'unavailable' });
    expect(loadSaved()).toEqual({ ok: false, reason: 'unavailable' });
    expect(probeStorage()).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('says storage is unavailable when reading or writing throws', () => {
    const storage = new DisabledStorage();
    expect(probeStorage(storage)).toEqual({ ok: false, reason: 'unavailable' });
    expect(loadWork(storage)).toEqual({ ok: false, reason: 'unavailable' });
    expect(saveWork(graffer, storage)).toEqual({ ok: false, reason: 'unavailable' });
    expect(clearWork(storage)).toEqual({ ok: false, reason: 'unavailable' });
    expect(loadSaved(storage)).toEqual({ ok: false, reason: 'unavailable' });
    expect(saveScenarioAs(graffer, storage)).toEqual({ ok: false, reason: 'unavailable' });
    expect(removeSaved('x', storage)).toEqual({ ok: false, reason: 'unavailable' });
    expect(clearSaved(storage)).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('says storage is unavailable when even reaching localStorage throws', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      expect(defaultStorage()).toBeUndefined();
      expect(saveWork(graffer)).toEqual({ ok: false, reason: 'unavailable' });
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'localStorage', descriptor);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });

  it('says storage is full, and the previous value stays whole', () => {
    const storage = new FullStorage(10);
    expect(probeStorage(storage)).toEqual({ ok: true }); // a few bytes still fit
    expect(saveWork(graffer, storage)).toEqual({ ok: false, reason: 'full' });
    expect(saveScenarioAs(graffer, storage)).toEqual({ ok: false, reason: 'full' });
    expect(probeStorage(new FullStorage(0))).toEqual({ ok: false, reason: 'full' });

    const earlier = new MemoryStorage();
    saveWork(graffer, earlier, NOW);
    const full = new FullStorage(0);
    full.values.set(WORK_KEY, earlier.getItem(WORK_KEY)!);
    expect(saveWork(regional, full)).toEqual({ ok: false, reason: 'full' });
    expect(loadWork(full)).toEqual({ ok: true, scenario: graffer, migratedFrom: null });
  });
});

describe('saved scenarios', () => {
  it('are kept in order, replaced by id, and removed', () => {
    const storage = new MemoryStorage();
    expect(loadSaved(storage)).toEqual({ ok: true, items: [], skipped: [] });
    const first = saveScenarioAs(graffer, storage, { id: 'a', now: NOW });
    expect(first).toEqual({
      ok: true,
      item: { id: 'a', savedAt: '2025-06-01T12:00:00.000Z', scenario: graffer },
    });
    saveScenarioAs(regional, storage, { id: 'b', now: NOW });
    saveScenarioAs(regional, storage, { id: 'a', now: NOW });
    let loaded = loadSaved(storage);
    expect(loaded.ok && loaded.items.map((i) => [i.id, i.scenario.id])).toEqual([
      ['a', 'regional-municipal-vendor'],
      ['b', 'regional-municipal-vendor'],
    ]);
    expect(removeSaved('a', storage)).toEqual({ ok: true });
    expect(removeSaved('absent', storage)).toEqual({ ok: true });
    loaded = loadSaved(storage);
    expect(loaded.ok && loaded.items.map((i) => i.id)).toEqual(['b']);
  });

  it('get a fresh id when none is given', () => {
    const storage = new MemoryStorage();
    const one = saveScenarioAs(graffer, storage);
    const two = saveScenarioAs(graffer, storage);
    expect(one.ok && two.ok && one.item.id !== two.item.id).toBe(true);
  });

  it('keep what another tab saved in between', () => {
    const storage = new MemoryStorage();
    saveScenarioAs(graffer, storage, { id: 'from-tab-a' });
    saveScenarioAs(regional, storage, { id: 'from-tab-b' });
    const loaded = loadSaved(storage);
    expect(loaded.ok && loaded.items.map((i) => i.id)).toEqual(['from-tab-a', 'from-tab-b']);
  });

  it('skip an item that cannot be read, name it, and keep it stored', () => {
    const storage = new MemoryStorage();
    saveScenarioAs(graffer, storage, { id: 'good', now: NOW });
    const broken = {
      id: 'broken',
      savedAt: NOW.toISOString(),
      scenario: { ...graffer, audit: { ...graffer.audit, firms: 0 } },
    };
    const old = v1Document('regional-municipal-vendor');
    delete old['schemaVersion'];
    const doc = JSON.parse(storage.getItem(SAVED_KEY)!) as { items: unknown[] };
    doc.items.push(broken, { id: 'old', savedAt: NOW.toISOString(), scenario: old });
    storage.setItem(SAVED_KEY, JSON.stringify(doc));

    const loaded = loadSaved(storage);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) {
      expect(loaded.items.map((i) => i.id)).toEqual(['good', 'old']);
      expect(loaded.items[1]!.scenario).toEqual(v1AsRead('regional-municipal-vendor')); // migrated
      expect(loaded.skipped.map((i) => i.path)).toEqual(['items[1].scenario.audit.firms']);
    }
    saveScenarioAs(regional, storage, { id: 'new' });
    const stored = JSON.parse(storage.getItem(SAVED_KEY)!) as { items: { id: string }[] };
    expect(stored.items.map((i) => i.id)).toEqual(['good', 'broken', 'old', 'new']);
  });

  it.each([
    ['not JSON', '{"format":'],
    ['another format', '{"format":"x","version":1,"items":[]}'],
    ['a newer version', '{"format":"ismap-estimator.saved","version":2,"items":[]}'],
    ['hostile', '{"format":"ismap-estimator.saved","version":1,"items":[{"__proto__":{}}]}'],
  ])('refuse a stored list that is %s, without overwriting it', (_what, text) => {
    const storage = new MemoryStorage();
    storage.setItem(SAVED_KEY, text);
    const loaded = loadSaved(storage);
    expect(loaded.ok === false && loaded.reason === 'invalid' && loaded.issues.length).toBe(1);
    const saved = saveScenarioAs(graffer, storage);
    expect(saved.ok === false && saved.reason).toBe('invalid');
    expect(removeSaved('x', storage).ok).toBe(false);
    expect(storage.getItem(SAVED_KEY)).toBe(text);
    expect(clearSaved(storage)).toEqual({ ok: true });
    expect(loadSaved(storage)).toEqual({ ok: true, items: [], skipped: [] });
  });
});
