import { describe, expect, it } from 'vitest';
import { CHART_MESSAGES } from '../../../../src/kits/charts/messages.ts';
import { fill, yearLabel } from '../../../../src/kits/charts/translate.ts';
import { en, ja } from './fixtures.ts';

interface FillCase {
  template: string;
  values: Record<string, string | number>;
  expected: string;
}

describe('fill', () => {
  it.each<FillCase>([
    { template: '{n}年目', values: { n: 4 }, expected: '4年目' },
    { template: 'Year {n}', values: { n: 12 }, expected: 'Year 12' },
    { template: '{a} to {b}', values: { a: 'x', b: 'y' }, expected: 'x to y' },
    { template: '{a} and {a}', values: { a: 1 }, expected: '1 and 1' },
    { template: 'keeps {unknown}', values: {}, expected: 'keeps {unknown}' },
  ])('$template with $values → $expected', ({ template, values, expected }) => {
    expect(fill(template, values)).toBe(expected);
  });

  it('names years the way each language does', () => {
    expect(yearLabel(4, ja)).toBe('4年目');
    expect(yearLabel(4, en)).toBe('Year 4');
  });
});

describe('the charts’ dictionary', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has the same keys in Japanese and English, none empty', () => {
    expect(Object.keys(CHART_MESSAGES.en).sort()).toEqual(Object.keys(CHART_MESSAGES.ja).sort());
    for (const text of [...Object.values(CHART_MESSAGES.ja), ...Object.values(CHART_MESSAGES.en)]) {
      expect(text.trim()).not.toBe('');
    }
  });

  it('fills the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(CHART_MESSAGES.ja)) {
      const english = CHART_MESSAGES.en[key as keyof typeof CHART_MESSAGES.en];
      expect(placeholders(english), key).toEqual(placeholders(text));
    }
  });
});
