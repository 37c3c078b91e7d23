/**
 * What the market screen holds, as a zod schema: it travels in share links and is validated
 * there like everything else. Two policies side by side, each a shipped reform package and an
 * optional mandate; the last fiscal year simulated; the buyer category the square shows.
 * Loaded with the reading of a link, not with the page (README, Method: Speed).
 */
import { z } from 'zod/mini';
// The model's years alone, not the model, which loads with the market screen.
import {
  fromFiscalYear,
  toFiscalYear,
} from '../../../data/market-model.json' with { type: 'json' };
import { shortId as Id, wholeBetween } from '../../engine/index.ts';

const FiscalYear = wholeBetween(fromFiscalYear, toFiscalYear);

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
