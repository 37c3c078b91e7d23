/** What the market screen holds when it opens; its schema (stateSchema.ts) loads with a link. */
import { toFiscalYear } from '../../../data/market-model.json' with { type: 'json' };
import { ALL_CATEGORIES } from './categories.ts';
import type { MandateState, MarketState, PolicySide } from './stateSchema.ts';

export type { MandateState, MarketState, PolicySide };
export { ALL_CATEGORIES };

/** The small-municipal category: where the minutes' vicious circle and JISA's fear both sit. */
const MUNICIPAL = 'municipal-small-saas';

/** A mandate as it starts when switched on: half the tenders, from next fiscal year. */
export function defaultMandate(category: string): MandateState {
  return { share: 0.5, fromFiscalYear: 2027, appliesTo: category };
}

/** The status quo beside the government's FY2025 plan, to the model's last year. */
export function defaultMarket(): MarketState {
  return {
    sides: [
      { reformId: 'status-quo', mandate: null },
      { reformId: 'fy2025-plan', mandate: null },
    ],
    untilFiscalYear: toFiscalYear,
    category: MUNICIPAL,
  };
}
