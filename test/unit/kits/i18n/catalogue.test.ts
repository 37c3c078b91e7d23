import { FIGURE_WORDS } from '../../../../src/kits/figures/messages.ts';
import { TABLE_MESSAGES } from '../../../../src/kits/tables/messages.ts';
import { describe, expect, it } from 'vitest';
import { SHELL_MESSAGES } from '../../../../src/app/shell/messages.ts';
import { CHART_MESSAGES } from '../../../../src/kits/charts/messages.ts';
import { fill, wordsOf, type Catalogue, type Values } from '../../../../src/kits/i18n/catalogue.ts';
import { COMMON_MESSAGES, withCommon } from '../../../../src/kits/i18n/common.ts';
import { INPUT_MESSAGES } from '../../../../src/kits/inputs/messages.ts';
import { COMPARE_MESSAGES } from '../../../../src/screens/compare/messages.ts';
import { ESTIMATE_CHART_MESSAGES } from '../../../../src/screens/estimate/charts/messages.ts';
import { DECISION_MESSAGES } from '../../../../src/screens/estimate/decisionMessages.ts';
import { ESTIMATE_MESSAGES } from '../../../../src/screens/estimate/messages.ts';
import { LAB_MESSAGES } from '../../../../src/screens/lab/messages.ts';
import { WORKBOOK_MESSAGES } from '../../../../src/kits/workbook/messages.ts';

interface FillCase {
  template: string;
  values: Values;
  expected: string;
}

describe('fill', () => {
  it.each<FillCase>([
    { template: '{n}年目', values: { n: 4 }, expected: '4年目' },
    { template: 'Year {n}', values: { n: 12 }, expected: 'Year 12' },
    { template: '{a} to {b}', values: { a: 'x', b: 'y' }, expected: 'x to y' },
    { template: '{a} and {a}', values: { a: 1 }, expected: '1 and 1' },
    { template: '{x}', values: { x: 0.5 }, expected: '0.5' },
    { template: 'keeps {unknown}', values: {}, expected: 'keeps {unknown}' },
    { template: '{n} of {total}', values: { n: 3 }, expected: '3 of {total}' },
  ])('$template with $values → $expected', ({ template, values, expected }) => {
    expect(fill(template, values)).toBe(expected);
  });
});

describe('wordsOf', () => {
  const catalogue = {
    ja: { yearN: '{n}年目', title: '比較' },
    en: { yearN: 'Year {n}', title: 'Compare' },
  } as const;

  it('gives each language its own words, placeholders filled', () => {
    expect(wordsOf(catalogue, 'ja')('yearN', { n: 4 })).toBe('4年目');
    expect(wordsOf(catalogue, 'en')('yearN', { n: 4 })).toBe('Year 4');
    expect(wordsOf(catalogue, 'ja')('title')).toBe('比較');
    expect(wordsOf(catalogue, 'en')('title')).toBe('Compare');
  });

  it('leaves placeholders as written when no values are given', () => {
    expect(wordsOf(catalogue, 'en')('yearN')).toBe('Year {n}');
  });

  it('adds the common words to a screen’s catalogue', () => {
    expect(wordsOf(CHART_MESSAGES, 'ja')('yearN', { n: 4 })).toBe('4年目');
    expect(wordsOf(COMPARE_MESSAGES, 'en')('updating')).toBe('Updating…');
  });
});

describe('every catalogue in the app', () => {
  const catalogues: Record<string, Catalogue<string>> = {
    common: COMMON_MESSAGES,
    charts: CHART_MESSAGES,
    inputs: INPUT_MESSAGES,
    shell: SHELL_MESSAGES,
    estimate: ESTIMATE_MESSAGES,
    'estimate charts': ESTIMATE_CHART_MESSAGES,
    decision: DECISION_MESSAGES,
    compare: COMPARE_MESSAGES,
    lab: LAB_MESSAGES,
    tables: TABLE_MESSAGES,
    figures: withCommon(FIGURE_WORDS),
    workbook: WORKBOOK_MESSAGES,
  };
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

  it.each(Object.entries(catalogues))('%s has the same keys in Japanese and English', (_, c) => {
    expect(Object.keys(c.en).sort()).toEqual(Object.keys(c.ja).sort());
  });

  // A unit may be empty (a factor has none); every other word says something.
  it.each(Object.entries(catalogues))('%s leaves no word but a unit empty', (_, c) => {
    for (const [key, text] of [...Object.entries(c.ja), ...Object.entries(c.en)]) {
      if (!key.startsWith('unit.')) expect(text.trim(), key).not.toBe('');
    }
  });

  it.each(Object.entries(catalogues))(
    '%s fills in English every placeholder its Japanese has',
    (_, c) => {
      const missing = Object.entries(c.ja).flatMap(([key, text]) => {
        const english = placeholders(c.en[key] ?? '');
        return placeholders(text)
          .filter((name) => !english.includes(name))
          .map((name) => `${key}: {${name}}`);
      });
      expect(missing).toEqual([]);
    },
  );
});
