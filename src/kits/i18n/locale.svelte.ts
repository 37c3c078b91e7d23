/**
 * The UI language: Japanese first, English second, remembered across visits. A stored value is
 * only trusted when it is one of the two.
 */
import { wordsOf, type Catalogue, type Words } from './catalogue.ts';
import type { Lang } from './lang.ts';
import { useZodLocale } from './zodLocale.ts';

const STORAGE_KEY = 'ismap-estimator.lang';

function storedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja'; // storage disabled: the default language still works
  }
}

class Locale {
  lang = $state<Lang>(storedLang());

  set(lang: Lang): void {
    this.lang = lang;
    useZodLocale(lang);
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
