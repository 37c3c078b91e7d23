import type { Scenario } from '../../../../src/engine/index.ts';
import { CHART_MESSAGES } from '../../../../src/kits/charts/messages.ts';
import { wordsOf } from '../../../../src/kits/i18n/catalogue.ts';
import { handScenario } from '../../engine/hand-scenario.ts';

/** The dictionaries as the builders see them, without the UI's language switch. */
export const en = wordsOf(CHART_MESSAGES, 'en');
export const ja = wordsOf(CHART_MESSAGES, 'ja');

export const M = 1_000_000;

/**
 * The hand scenario with three inputs given as ranges, for the Monte Carlo and the tornado
 * (the hand scenario itself has none). Modes are the hand values, so point results are unchanged.
 */
export function rangedHandScenario(): Scenario {
  const s = handScenario();
  s.audit.fixedFeeYen = { low: 1 * M, mode: 2 * M, high: 6 * M };
  s.staff.costPerFteYenPerYear = { low: 8 * M, mode: 10 * M, high: 11 * M };
  s.revenue.segments[0]!.contractValueYenPerYear = { low: 2 * M, mode: 3 * M, high: 5 * M };
  return s;
}
