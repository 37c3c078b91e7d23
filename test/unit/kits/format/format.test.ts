import { describe, expect, it } from 'vitest';
import {
  formatShare,
  formatYen,
  formatYenChange,
  formatYenJa,
} from '../../../../src/kits/format/yen.ts';

describe('yen for Japanese readers', () => {
  it.each([
    [120_000_000, '1億2,000万円'],
    [35_000_000, '3,500万円'],
    [100_000_000, '1億円'],
    [1_500_000, '150万円'],
    [300_000, '30万円'],
    [9_999, '9,999円'],
    [0, '0円'],
    [-35_000_000, '−3,500万円'],
    [1_234_567_890_000, '1兆2,345億6,789万円'],
    [123_456_789, '1億2,346万円'], // rounded to the nearest 万
  ])('%d → %s', (value, text) => {
    expect(formatYenJa(value)).toBe(text);
  });
});

describe('yen for English readers', () => {
  it.each([
    [120_000_000, '¥120M'],
    [35_000_000, '¥35M'],
    [1_500_000, '¥1.5M'],
    [-2_500_000, '−¥2.5M'],
  ])('%d → %s', (value, text) => {
    expect(formatYen(value, 'en')).toBe(text);
  });

  it('never prints NaN or Infinity', () => {
    expect(formatYen(Number.NaN, 'ja')).toBe('—');
    expect(formatYen(Number.POSITIVE_INFINITY, 'en')).toBe('—');
  });
});

describe('changes in yen', () => {
  it.each([
    [35_000_000, 'ja', '+3,500万円'],
    [-35_000_000, 'ja', '−3,500万円'],
    [0, 'ja', '0円'],
    [2_500_000, 'en', '+¥2.5M'],
    [-2_500_000, 'en', '−¥2.5M'],
  ] as const)('%d in %s → %s: a sign both ways, none on zero', (value, lang, text) => {
    expect(formatYenChange(value, lang)).toBe(text);
  });
});

describe('shares', () => {
  it('are 0..1 in data and % on screen', () => {
    expect(formatShare(0.25, 'en')).toBe('25%');
    expect(formatShare(0.953, 'ja', 1)).toBe('95.3%');
  });
});
