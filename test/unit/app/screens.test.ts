import { describe, expect, it } from 'vitest';
import { restoreScreens, SCREENS, snapshotScreens } from '../../../src/app/screens.ts';
import { loadAppShareState } from '../../../src/app/shareState.ts';
import { shippedScenario } from '../../../src/data/catalog.ts';
import { compareScreen } from '../../../src/screens/compare/screen.ts';
import { defaultCompare } from '../../../src/screens/compare/state.ts';
import { labScreen } from '../../../src/screens/lab/screen.ts';
import { defaultLab } from '../../../src/screens/lab/state.ts';

describe('the screen registry', () => {
  it('names every screen once, in Japanese and English', () => {
    const ids = SCREENS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const screen of SCREENS) {
      expect(screen.title.ja).not.toBe('');
      expect(screen.title.en).not.toBe('');
    }
  });

  it('carries each screen’s settings through a share link’s schema and back', async () => {
    labScreen.state.value.reformId = 'iso-credit';
    compareScreen.state.value.columns.push({
      scenarioId: 'large-saas',
      track: null,
      reformId: null,
    });
    const kept = snapshotScreens();
    const link = (await loadAppShareState()).parse({
      scenario: shippedScenario('graffer-actual'),
      lang: 'en',
      view: 'lab',
      ...kept,
    });
    labScreen.state.restore(defaultLab());
    compareScreen.state.restore(defaultCompare());
    restoreScreens(link);
    expect(labScreen.state.value.reformId).toBe('iso-credit');
    expect(compareScreen.state.value.columns).toHaveLength(3);
  });

  it('leaves a screen the link does not mention as it was', () => {
    labScreen.state.value.reformId = 'more-audit-firms';
    restoreScreens({ compare: defaultCompare() });
    expect(labScreen.state.value.reformId).toBe('more-audit-firms');
    expect(compareScreen.state.value.columns).toEqual(defaultCompare().columns);
  });
});
