/**
 * The UI language: Japanese first, English second, remembered across visits. A stored value is
 * only trusted when it is one of the two.
 */
import type { Lang } from '../format/yen.ts';
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
 * A dictionary for one part of the UI, Japanese and English with the same keys; the returned
 * `t` reads the current language, so templates that call it follow the switch.
 */
export function defineMessages<K extends string>(messages: {
  ja: Record<K, string>;
  en: Record<K, string>;
}): (key: K) => string {
  return (key) => messages[locale.lang][key];
}
