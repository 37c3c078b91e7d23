/**
 * The draft checked against the engine's schema, once someone edits it: loaded with the form,
 * after the first figures, which come from a scenario already known valid (README, Method:
 * Speed).
 */
import { parseScenario, type Parsed, type Scenario } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { useZodLocale } from '../i18n/zodLocale.ts';

/** The draft as the engine reads it, with zod's messages in `lang`. */
export function parseDraft(plain: unknown, lang: Lang): Parsed<Scenario> {
  useZodLocale(lang);
  return parseScenario(plain);
}
