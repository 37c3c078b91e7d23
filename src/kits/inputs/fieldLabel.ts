/**
 * Words for an input's path as the engine reports it (`audit.fixedFeeYen`,
 * `revenue.segments[0].winRateWith`), for the tornado and other lists of inputs.
 */
import type { Scenario } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { localized } from '../i18n/localized.ts';
import { wordsOf } from '../i18n/catalogue.ts';
import { INPUT_MESSAGES, type InputMessageKey } from './messages.ts';

/** In `lang`, the same language as the segment's name (not the switch's, which may lag). */
export function fieldLabel(path: string, scenario: Scenario, lang: Lang): string {
  const t = wordsOf(INPUT_MESSAGES, lang);
  const segment = /^revenue\.segments\[(\d+)\]\.(\w+)$/.exec(path);
  if (segment) {
    const name = scenario.revenue.segments[Number(segment[1])]?.name;
    const prefix = name ? `${localized(name, lang)}: ` : '';
    return prefix + t(`segment.${segment[2]}` as InputMessageKey);
  }
  const label = t(path as InputMessageKey);
  return label === undefined ? path : label;
}
