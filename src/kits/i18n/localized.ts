/**
 * A text in the UI language: a localized text's Japanese, or its English (Japanese when there
 * is none); a plain string as it is, whatever the language.
 */
import type { LocalizedText } from '../../engine/index.ts';
import type { Lang } from './lang.ts';

export function localized(text: string | LocalizedText, lang: Lang): string {
  if (typeof text === 'string') return text;
  return lang === 'en' ? (text.en ?? text.ja) : text.ja;
}
