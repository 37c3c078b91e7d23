import { describe, expect, it } from 'vitest';
import { browserLang } from '../../../../src/kits/i18n/locale.svelte.ts';

describe('browserLang', () => {
  it.each([
    [['ja'], 'ja'],
    [['ja-JP', 'en-US'], 'ja'],
    [['JA-jp'], 'ja'],
    [['en-US'], 'en'],
    [['en-GB', 'ja'], 'en'], // the first preference decides
    [['fr-FR'], 'en'], // any other language: English, the second language
    [['jav'], 'en'], // Javanese is not Japanese
    [[], 'en'],
  ] as const)('%j → %s', (languages, lang) => {
    expect(browserLang(languages)).toBe(lang);
  });
});
