/**
 * The compare view's words for components: `t` reads the current language, so templates that
 * call it follow the switch. The dictionaries live in words.ts.
 */
import { defineMessages } from '../../kits/i18n/locale.svelte.ts';
import { COMPARE_MESSAGES, type CompareMessageKey } from './words.ts';

export { COMPARE_MESSAGES, type CompareMessageKey, type Words } from './words.ts';

export const t = defineMessages<CompareMessageKey>(COMPARE_MESSAGES);
