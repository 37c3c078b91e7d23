import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../../src/kits/format/parseNumber.ts';

describe('numbers as people type them', () => {
  it.each([
    ['35000000', 35_000_000],
    ['35,000,000', 35_000_000],
    ['３５，０００，０００', 35_000_000], // full-width
    ['3,500万', 35_000_000],
    ['3500万円', 35_000_000],
    ['1億2000万', 120_000_000],
    ['1.2億', 120_000_000],
    ['¥35M', 35_000_000],
    ['120k', 120_000],
    ['0.25', 0.25],
    ['.5', 0.5],
    ['12.', 12],
    ['-5', -5],
    ['−5', -5], // the minus sign formatYen prints
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBeCloseTo(value, 6);
  });

  it.each(['', 'abc', '1e5', '--5', '5-', '万', '1..2', 'NaN', 'Infinity'])(
    'refuses %j',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );
});
