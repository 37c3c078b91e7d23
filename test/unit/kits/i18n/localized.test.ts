/** A text in the UI language: Japanese first, English when there is one, plain strings as they are. */
import { describe, expect, it } from 'vitest';
import { localized } from '../../../../src/kits/i18n/localized.ts';

describe('localized', () => {
  it('shows the Japanese in Japanese, the English in English', () => {
    expect(localized({ ja: '例', en: 'Example' }, 'ja')).toBe('例');
    expect(localized({ ja: '例', en: 'Example' }, 'en')).toBe('Example');
  });

  it('falls back to the Japanese when there is no English', () => {
    expect(localized({ ja: '例' }, 'en')).toBe('例');
    expect(localized({ ja: '例' }, 'ja')).toBe('例');
  });

  it('keeps an empty English translation rather than guessing', () => {
    expect(localized({ ja: '例', en: '' }, 'en')).toBe('');
  });

  it('shows a plain string as it is in either language', () => {
    expect(localized('a user’s own note', 'ja')).toBe('a user’s own note');
    expect(localized('利用者のメモ', 'en')).toBe('利用者のメモ');
    expect(localized('', 'en')).toBe('');
  });
});
