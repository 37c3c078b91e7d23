/**
 * Words for an input's path as the engine reports it (`audit.fixedFeeYen`,
 * `revenue.segments[0].winRateWith`, `revenue.segments[0].market.reachShare`), for the tornado
 * and other lists of inputs.
 */
import type { Scenario } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { localized } from '../i18n/localized.ts';
import { wordsOf } from '../i18n/catalogue.ts';
import { segmentField } from './fields.ts';
import { INPUT_MESSAGES, type InputMessageKey } from './inputWords.ts';

/** In `lang`, the same language as the segment's name (not the switch's, which may lag). */
export function fieldLabel(path: string, scenario: Scenario, lang: Lang): string {
  const t = wordsOf(INPUT_MESSAGES, lang);
  const segment = segmentField(path);
  // A field without a label of its own (a buyer group's count, copied, not typed) keeps its path.
  const label = t((segment ? `segment.${segment.key}` : path) as InputMessageKey);
  if (label === undefined) return path;
  const name = segment && scenario.revenue.segments[segment.index]?.name;
  return name ? `${localized(name, lang)}: ${label}` : label;
}
