/** What the lab tests share: the dictionaries without the UI's switch, and a view builder. */
import { DEFAULT_SEED } from '../../../../src/engine/index.ts';
import type { Lang } from '../../../../src/kits/i18n/lang.ts';
import { computeLab } from '../../../../src/screens/lab/build/computeLab.ts';
import { labPackages, selectedReformId } from '../../../../src/screens/lab/build/labPackages.ts';
import { labPopulation } from '../../../../src/screens/lab/build/labPopulation.ts';
import type { LabView } from '../../../../src/screens/lab/build/labView.ts';
import { wordsOf } from '../../../../src/kits/i18n/catalogue.ts';
import { TABLE_MESSAGES } from '../../../../src/kits/tables/messages.ts';
import { LAB_MESSAGES } from '../../../../src/screens/lab/messages.ts';
import type { LabState } from '../../../../src/screens/lab/state.ts';

export const dictionary = (lang: Lang) => wordsOf(LAB_MESSAGES, lang);
export const ja = dictionary('ja');
/** The tables kit's words, for what a table cell shows. */
export const cellWords = { ja: wordsOf(TABLE_MESSAGES, 'ja'), en: wordsOf(TABLE_MESSAGES, 'en') };
export const en = dictionary('en');

/** The shipped default lab state (as state.ts's defaultLab builds it), with changes. */
export function labState(change: Partial<LabState> = {}): LabState {
  return { counts: {}, scenarioIds: {}, reformId: 'fy2025-plan', customLevers: {}, ...change };
}

/**
 * The view the page builds for `state`: point values for every package, and (when `samples` is
 * above 0) the worker's Monte Carlo of the chosen package.
 */
export function viewOf(state: LabState, samples = 0, lang: Lang = 'ja'): LabView {
  const population = labPopulation(state);
  const packages = labPackages(state);
  const selected = selectedReformId(state);
  const point = computeLab({ population, packages, selected, samples: 0, seed: 0 });
  const monteCarlo =
    samples > 0
      ? computeLab({
          population,
          packages,
          selected,
          samples,
          seed: DEFAULT_SEED,
        })
      : null;
  return { population, packages, selected, point, monteCarlo, lang, t: dictionary(lang) };
}
