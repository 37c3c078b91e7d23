/** The input panel's words in the current language, for components (the words: inputWords.ts). */
import { messages } from '../i18n/locale.svelte.ts';
import { INPUT_MESSAGES } from './inputWords.ts';

export { INPUT_MESSAGES, type InputMessageKey } from './inputWords.ts';

export const t = messages(INPUT_MESSAGES);
