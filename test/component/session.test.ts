/**
 * The session's stored data: an unreadable saved list is said, not shown as an empty one; the
 * notice offers to delete exactly what is unreadable; clearing the saved list leaves the work.
 * And a first visit, with nothing to read, opens without the store.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shippedScenario } from '../../src/data/catalog.ts';
import { withoutProvenance } from '../../src/data/notes.svelte.ts';
import { loadStore, Session, storeNeededAtStart } from '../../src/app/session.svelte.ts';
import { Views } from '../../src/app/views.svelte.ts';
import { saveScenarioAs, saveWork } from '../../src/kits/persistence/autosave.ts';
import { SAVED_KEY, WORK_KEY } from '../../src/kits/persistence/storage.ts';
import { Workspace } from '../../src/kits/workspace/workspace.svelte.ts';

const graffer = shippedScenario('graffer-actual');
const CORRUPT = '{"format":"ismap-estimator.saved","version":1,"items":[';

function session(): Session {
  return new Session(new Workspace(graffer), new Views());
}

afterEach(() => {
  localStorage.clear();
  vi.useRealTimers();
});

// First in this file: the store is not loaded yet.
describe('a first visit', () => {
  it('has nothing to read: it opens on the shipped scenario without the store', () => {
    expect(storeNeededAtStart()).toBe(false);
    expect(session().start(graffer)).toBe(graffer);
  });

  it('needs the store first when work is stored, or the address holds a link', () => {
    localStorage.setItem(WORK_KEY, 'anything, even unreadable');
    expect(storeNeededAtStart()).toBe(true);
    expect(() => session().start(graffer)).toThrow(/loadStore/);
    localStorage.clear();
    location.hash = '#s=abc';
    expect(storeNeededAtStart()).toBe(true);
    location.hash = '';
    expect(storeNeededAtStart()).toBe(false);
  });

  it('does not write the scenario it opened on, notes added or not, and writes a change', async () => {
    vi.useFakeTimers();
    const s = session();
    const opened = withoutProvenance(graffer);
    s.start(opened);
    s.autosave(opened);
    s.autosave({ ...opened, provenance: graffer.provenance });
    await vi.runAllTimersAsync();
    expect(localStorage.getItem(WORK_KEY)).toBeNull();
    const plan = shippedScenario('graffer-plan');
    s.autosave(plan);
    await vi.runAllTimersAsync();
    await vi.waitFor(() => expect(localStorage.getItem(WORK_KEY)).toContain(plan.id));
    // Once changed, the scenario it opened on is a change too.
    s.autosave(graffer);
    await vi.runAllTimersAsync();
    expect(JSON.parse(localStorage.getItem(WORK_KEY)!).scenario.id).toBe(graffer.id);
  });
});

describe('an unreadable saved list', () => {
  it('is said in a notice that offers to delete it, and only it', async () => {
    saveWork(graffer);
    const work = localStorage.getItem(WORK_KEY);
    localStorage.setItem(SAVED_KEY, CORRUPT);
    await loadStore();
    const s = session();
    s.start(graffer);
    expect(s.saved).toEqual([]);
    // The words for it load with the first refusal (README, Method: Speed).
    await vi.waitFor(() =>
      expect(s.notices).toMatchObject([
        { kind: 'savedRefused', tone: 'error', unreadable: 'saved' },
      ]),
    );
    expect(s.notices[0]!.details.length).toBeGreaterThan(0);

    await s.clearUnreadable('saved');
    expect(localStorage.getItem(SAVED_KEY)).toBeNull();
    expect(localStorage.getItem(WORK_KEY)).toBe(work);
    expect(s.notices).toEqual([]);
  });

  it('is not deleted once another tab has made it readable again', async () => {
    localStorage.setItem(SAVED_KEY, CORRUPT);
    await loadStore();
    const s = session();
    s.start(graffer);
    localStorage.removeItem(SAVED_KEY);
    saveScenarioAs(graffer, undefined, { id: 'from-another-tab' });
    const valid = localStorage.getItem(SAVED_KEY);
    await s.clearUnreadable('saved');
    expect(localStorage.getItem(SAVED_KEY)).toBe(valid);
    expect(s.saved.map((item) => item.id)).toEqual(['from-another-tab']);
  });
});

describe('unreadable stored work', () => {
  it('is refused at start with an offer to delete it, which leaves the saved list alone', async () => {
    saveScenarioAs(graffer, undefined, { id: 'mine' });
    const saved = localStorage.getItem(SAVED_KEY);
    localStorage.setItem(WORK_KEY, '{"format":"ismap-est');
    await loadStore();
    const s = session();
    expect(s.start(graffer)).toBe(graffer);
    await vi.waitFor(() =>
      expect(s.notices).toMatchObject([
        { kind: 'storedRefused', tone: 'error', unreadable: 'work' },
      ]),
    );
    await s.clearUnreadable('work');
    expect(localStorage.getItem(WORK_KEY)).toBeNull();
    expect(localStorage.getItem(SAVED_KEY)).toBe(saved);
    expect(s.notices).toEqual([]);
  });
});

describe('clearing the saved scenarios', () => {
  it('removes them all and keeps the work', async () => {
    saveWork(graffer);
    const work = localStorage.getItem(WORK_KEY);
    saveScenarioAs(graffer, undefined, { id: 'a' });
    saveScenarioAs(graffer, undefined, { id: 'b' });
    await loadStore();
    const s = session();
    s.start(graffer);
    expect(s.saved).toHaveLength(2);
    await s.clearAllSaved();
    expect(s.saved).toEqual([]);
    expect(localStorage.getItem(SAVED_KEY)).toBeNull();
    expect(localStorage.getItem(WORK_KEY)).toBe(work);
    expect(s.notices).toMatchObject([{ kind: 'savedCleared', tone: 'info' }]);
  });
});
