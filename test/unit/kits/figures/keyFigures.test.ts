/**
 * The key figures read the same on every screen: values formatted by hand here, absences worded.
 * The hand scenario (test/unit/engine/hand-scenario.ts) pays back in year 4.
 */
import { describe, expect, it } from 'vitest';
import { pointReport } from '../../../../src/engine/report.ts';
import { figureText, KEY_FIGURE_IDS, showFigure } from '../../../../src/kits/figures/keyFigures.ts';
import { FIGURE_WORDS } from '../../../../src/kits/figures/messages.ts';
import { wordsOf } from '../../../../src/kits/i18n/catalogue.ts';
import { withCommon } from '../../../../src/kits/i18n/common.ts';
import { handScenario } from '../../engine/hand-scenario.ts';

const words = withCommon(FIGURE_WORDS);
const ja = wordsOf(words, 'ja');
const en = wordsOf(words, 'en');

describe('key figures', () => {
  it.each([
    ['npv', -189_000_000, '−1億8,900万円', '−¥189M'],
    ['first-year-cost', 120_000_000, '1億2,000万円', '¥120M'],
    ['payback', 4, '4年目に回収', 'in year 4'],
    ['break-even-wins', 71.04, '年71件', '71 a year'],
    ['attributable-wins', 0.456, '年0.46件', '0.46 a year'],
    ['controls-in-scope', 1043.14, '1,043件', '1,043'],
  ] as const)('%s %d reads %s / %s', (id, value, inJapanese, inEnglish) => {
    expect(figureText(id, value, 'ja', ja)).toBe(inJapanese);
    expect(figureText(id, value, 'en', en)).toBe(inEnglish);
  });

  it.each([
    ['payback', '期間内に回収できない', 'not within the horizon'],
    ['break-even-wins', '到達できない', 'out of reach'],
    ['break-even-value', '到達できない', 'out of reach'],
    ['steady-year-cost', '—', '—'],
  ] as const)('a missing %s reads %s / %s', (id, inJapanese, inEnglish) => {
    expect(figureText(id, null, 'ja', ja)).toBe(inJapanese);
    expect(figureText(id, null, 'en', en)).toBe(inEnglish);
  });

  it('reads every figure off a report', () => {
    const report = pointReport(handScenario());
    const shown = KEY_FIGURE_IDS.map((id) => showFigure(id, report, 'ja', ja));
    expect(shown[KEY_FIGURE_IDS.indexOf('payback')]).toBe('4年目に回収');
    expect(shown.every((text) => text !== '' && !text.includes('{'))).toBe(true);
  });
});
