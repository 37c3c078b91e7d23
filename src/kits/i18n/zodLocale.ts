/**
 * zod's own messages in the UI language ("expected number, received string" in Japanese too).
 * Only the two locales we use are imported, not zod's whole set.
 */
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import ja from 'zod/v4/locales/ja.js';
import type { Lang } from './lang.ts';

export function useZodLocale(lang: Lang): void {
  z.config(lang === 'ja' ? ja() : en());
}
