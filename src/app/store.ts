/**
 * Everything that reads or writes the user's data: the stored work and saved scenarios, share
 * links, imported files. All of it checks what it reads with zod and the engine's schemas, so it
 * is loaded apart (src/app/session.svelte.ts, `loadStore`): before the first figures when the
 * page opens on data to read, else with the first change or action that needs it (README,
 * Method: Speed).
 */
export {
  clearSaved,
  clearWork,
  loadSaved,
  loadWork,
  removeSaved,
  saveScenarioAs,
  saveWork,
} from '../kits/persistence/autosave.ts';
export { readScenarioFile } from '../kits/persistence/envelope.ts';
export { decodeShareHash, encodeShareHash } from '../kits/persistence/shareCodec.ts';
export { useZodLocale } from '../kits/i18n/zodLocale.ts';
export { loadAppShareState } from './shareState.ts';
