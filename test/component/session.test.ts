/**
 * The session's stored data: an unreadable saved list is said, not shown as an empty one; the
 * notice offers to delete exactly what is unreadable; clearing the saved list leaves the work.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shippedScenario } from '../../src/data/catalog.ts';
import { Session } from '../../src/app/session.svelte.ts';
import { Views } from '../../src/app/views.svelte.ts';
import {
  SAVED_KEY,
  saveScenarioAs,
  saveWork,
  WORK_KEY,
} from '../../src/kits/persistence/autosave.ts';
import { Workspace } from '../../src/kits/workspace/workspace.svelte.ts';

const graffer = shippedScenario('graffer-actual');
const CORRUPT = '{"format":"ismap-estimator.saved","version":1,"items":[';

function session(): Session {
  return new Session(new Workspace(graffer), new Views());
}

afterEach(() => localStorage.clear());

describe('an unreadable saved list', () => {
  it('is said in a notice that offers to delete it, and only it', async () => {
    saveWork(graffer);
    const work = localStorage.getItem(WORK_KEY);
    localStorage.setItem(SAVED_KEY, CORRUPT);
    const s = session();
    s.refreshSaved();
    expect(s.saved).toEqual([]);
    // The words for it load with the first refusal (README, Method: Speed).
    await vi.waitFor(() =>
      expect(s.notices).toMatchObject([
        { kind: 'savedRefused', tone: 'error', unreadable: 'saved' },
      ]),
    );
    expect(s.notices[0]!.details.length).toBeGreaterThan(0);

    s.clearUnreadable('saved');
    expect(localStorage.getItem(SAVED_KEY)).toBeNull();
    expect(localStorage.getItem(WORK_KEY)).toBe(work);
    expect(s.notices).toEqual([]);
  });

  it('is not deleted once another tab has made it readable again', () => {
    localStorage.setItem(SAVED_KEY, CORRUPT);
    const s = session();
    s.refreshSaved();
    localStorage.removeItem(SAVED_KEY);
    saveScenarioAs(graffer, undefined, { id: 'from-another-tab' });
    const valid = localStorage.getItem(SAVED_KEY);
    s.clearUnreadable('saved');
    expect(localStorage.getItem(SAVED_KEY)).toBe(valid);
    expect(s.saved.map((item) => item.id)).toEqual(['from-another-tab']);
  });
});

describe('unreadable stored work', () => {
  it('is refused at start with an offer to delete it, which leaves the saved list alone', async () => {
    saveScenarioAs(graffer, undefined, { id: 'mine' });
    const saved = localStorage.getItem(SAVED_KEY);
    localStorage.setItem(WORK_KEY, '{"format":"ismap-est');
    const s = session();
    expect(s.start(graffer)).toBe(graffer);
    await vi.waitFor(() =>
      expect(s.notices).toMatchObject([
        { kind: 'storedRefused', tone: 'error', unreadable: 'work' },
      ]),
    );
    s.clearUnreadable('work');
    expect(localStorage.getItem(WORK_KEY)).toBeNull();
    expect(localStorage.getItem(SAVED_KEY)).toBe(saved);
    expect(s.notices).toEqual([]);
  });
});

describe('clearing the saved scenarios', () => {
  it('removes them all and keeps the work', () => {
    saveWork(graffer);
    const work = localStorage.getItem(WORK_KEY);
    saveScenarioAs(graffer, undefined, { id: 'a' });
    saveScenarioAs(graffer, undefined, { id: 'b' });
    const s = session();
    s.refreshSaved();
    expect(s.saved).toHaveLength(2);
    s.clearAllSaved();
    expect(s.saved).toEqual([]);
    expect(localStorage.getItem(SAVED_KEY)).toBeNull();
    expect(localStorage.getItem(WORK_KEY)).toBe(work);
    expect(s.notices).toMatchObject([{ kind: 'savedCleared', tone: 'info' }]);
  });
});
