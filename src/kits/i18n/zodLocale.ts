/**
 * zod's own messages in the UI language ("expected number, received string" in Japanese too).
 * Only the two locales we use are imported, not zod's whole set. Set by what parses, just before
 * it parses (the workspace's draft, the store's reading), so the first screen needs no zod.
 */
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import ja from 'zod/v4/locales/ja.js';
import type { Lang } from './lang.ts';

/** Each made once: the workspace sets its language at every keystroke's parse. */
const locales: Partial<Record<Lang, ReturnType<typeof en>>> = {};

export function useZodLocale(lang: Lang): void {
  z.config((locales[lang] ??= lang === 'ja' ? ja() : en()));
}
