/**
 * The UI language: Japanese first, English second. A first visit follows the browser (Japanese
 * for a `ja` browser, English for any other); a choice made in the app is remembered and wins
 * after that. A stored value is only trusted when it is one of the two.
 */
import { wordsOf, type Catalogue, type Words } from './catalogue.ts';
import type { Lang } from './lang.ts';

const STORAGE_KEY = 'ismap-estimator.lang';

/** The browser's preferred language as ours: `ja`, `ja-JP` → Japanese; anything else → English. */
export function browserLang(languages: readonly string[]): Lang {
  return languages[0]?.toLowerCase().split('-')[0] === 'ja' ? 'ja' : 'en';
}

/** The language chosen in the app before, if any. */
function storedLang(): Lang | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'ja' || stored === 'en' ? stored : null;
  } catch {
    return null; // storage disabled: nothing was remembered
  }
}

class Locale {
  lang = $state<Lang>(storedLang() ?? 'ja');

  /** A first visit follows the browser; once a language is chosen in the app, that one wins. */
  followBrowser(languages: readonly string[]): void {
    if (storedLang() === null) this.lang = browserLang(languages);
  }

  set(lang: Lang): void {
    this.lang = lang;
    document.documentElement.lang = lang;
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Not remembered when storage is off; the switch itself still works.
    }
  }
}

export const locale = new Locale();

/**
 * A catalogue's words in the current language, for components: templates that call it follow
 * the switch, because it reads `locale.lang` on every call.
 */
export function messages<K extends string>(catalogue: Catalogue<K>): Words<K> {
  const ja = wordsOf(catalogue, 'ja');
  const en = wordsOf(catalogue, 'en');
  return (key, values) => (locale.lang === 'ja' ? ja : en)(key, values);
}
