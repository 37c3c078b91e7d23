import { wordsOf } from '../../../../src/kits/i18n/catalogue.ts';
import { ESTIMATE_CHART_MESSAGES } from '../../../../src/screens/estimate/charts/messages.ts';

export { M, rangedHandScenario } from '../../kits/charts/fixtures.ts';

/** The estimate's words as its chart builders see them, without the UI's language switch. */
export const en = wordsOf(ESTIMATE_CHART_MESSAGES, 'en');
export const ja = wordsOf(ESTIMATE_CHART_MESSAGES, 'ja');
