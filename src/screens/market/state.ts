/**
 * What the market screen holds, as a zod schema: it travels in share links and is validated
 * there like everything else. Two policies side by side, each a shipped reform package and an
 * optional mandate; the last fiscal year simulated; the buyer category the square shows.
 */
import { z } from 'zod/mini';
// The model's years alone, not the model: this schema reads share links before the first
// figures, and the model loads with the market screen (README, Method: Speed).
import {
  fromFiscalYear,
  toFiscalYear,
} from '../../../data/market-model.json' with { type: 'json' };
import { shortId as Id, wholeBetween } from '../../engine/index.ts';
import { ALL_CATEGORIES } from './categories.ts';

const FiscalYear = wholeBetween(fromFiscalYear, toFiscalYear);

export { ALL_CATEGORIES };

export const MandateState = z.strictObject({
  share: z.number().check(z.gte(0), z.lte(1)),
  fromFiscalYear: FiscalYear,
  appliesTo: Id(),
});
export type MandateState = z.infer<typeof MandateState>;

export const PolicySide = z.strictObject({
  reformId: Id(),
  mandate: z.nullable(MandateState),
});
export type PolicySide = z.infer<typeof PolicySide>;

export const MarketState = z.strictObject({
  sides: z.tuple([PolicySide, PolicySide]),
  untilFiscalYear: FiscalYear,
  category: Id(),
});
export type MarketState = z.infer<typeof MarketState>;

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
