import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scale, ScriptableScaleContext } from 'chart.js';
import { describe, expect, it } from 'vitest';
import {
  categoryScale,
  countScale,
  FONT_FAMILY,
  isPowerOfTen,
  logScale,
  wrapLabel,
  yenScale,
} from '../../../../src/kits/charts/options.ts';
import { GRID, ZERO_LINE } from '../../../../src/kits/charts/palette.ts';

describe('FONT_FAMILY', () => {
  it('is the page’s font list, so a canvas finds Japanese where the page does', () => {
    const css = readFileSync(join(import.meta.dirname, '../../../../src/app/app.css'), 'utf8');
    const root = /:root \{[^}]*?font-family:\s*([^;]+);/.exec(css)?.[1];
    expect(root?.replace(/\s+/g, ' ').trim()).toBe(FONT_FAMILY);
  });
});

describe('wrapLabel', () => {
  it.each([
    { text: '監査費用', lines: ['監査費用'] },
    { text: 'Baseline controls', lines: ['Baseline controls'] },
    // Latin words stay whole; lines are balanced rather than leaving a word alone.
    { text: 'ISO/IEC 27001 認証で代替', lines: ['ISO/IEC 27001', '認証で代替'] },
    {
      text: 'Already audited for other services',
      lines: ['Already audited', 'for other services'],
    },
    { text: 'セグメント0 年間契約額', lines: ['セグメント0', '年間契約額'] },
    // Balanced, but never by splitting a word that fits on a line.
    {
      text: 'Municipalities (Government Cloud etc.): Opportunities',
      lines: ['Municipalities', '(Government', 'Cloud etc.):', 'Opportunities'],
    },
  ])('$text → $lines', ({ text, lines }) => {
    expect(wrapLabel(text)).toEqual(lines);
  });

  it('keeps every character, in order, whatever it splits', () => {
    for (const text of [
      'revenue.segments[0].contractValueYenPerYear',
      '自社の他サービスで監査済み',
      'Inherited from a listed IaaS/PaaS',
    ]) {
      const lines = wrapLabel(text);
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });

  it('wraps for display only: the category axis reads the whole label from the data', () => {
    const scale = {
      getLabelForValue: () => 'Already audited for other services',
    } as unknown as Scale;
    expect(categoryScale().ticks.callback.call(scale, 3)).toEqual([
      'Already audited',
      'for other services',
    ]);
  });
});

describe('axes', () => {
  it('writes yen ticks in each language', () => {
    expect(yenScale('ja', '').ticks.callback(35_000_000)).toBe('3,500万円');
    expect(yenScale('en', '').ticks.callback(35_000_000)).toBe('¥35M');
  });

  it('writes counts with the language’s digit grouping, from zero', () => {
    expect(countScale('en', 'Controls').ticks.callback(1200)).toBe('1,200');
    expect(countScale('en', 'Controls').beginAtZero).toBe(true);
  });

  it('draws the zero line stronger than the grid', () => {
    const grid = yenScale('en', '').grid;
    const at = (value: number) => ({ tick: { value } }) as ScriptableScaleContext;
    expect([grid.color(at(0)), grid.lineWidth(at(0))]).toEqual([ZERO_LINE, 2]);
    expect([grid.color(at(5)), grid.lineWidth(at(5))]).toEqual([GRID, 1]);
  });

  it('hides an empty title', () => {
    expect(yenScale('en', '').title.display).toBe(false);
    expect(yenScale('en', 'Yen').title).toMatchObject({ display: true, text: 'Yen' });
  });

  it('labels log axes at powers of ten only', () => {
    expect([1, 10, 1e9, 0.01, 0.1].every(isPowerOfTen)).toBe(true);
    expect([0, -10, 3, 20, 10 ** 0.25, Number.NaN].some(isPowerOfTen)).toBe(false);
    const callback = logScale('', (v) => `<${v}>`).ticks.callback;
    expect([1e5, 2e5, 1e6].map((v) => callback(v))).toEqual(['<100000>', '', '<1000000>']);
  });
});
