/** A small hand-made answer of the market model, every number traceable to one value. */
import type { MarketBand, MarketYear, Quantiles } from '../../../../src/engine/index.ts';
import { wordsOf } from '../../../../src/kits/i18n/catalogue.ts';
import type { MarketResult } from '../../../../src/screens/market/build/computeMarket.ts';
import type { MarketView } from '../../../../src/screens/market/build/marketView.ts';
import { MARKET_MESSAGES } from '../../../../src/screens/market/messages.ts';
import { defaultMarket } from '../../../../src/screens/market/state.ts';

export const MUNICIPAL = 'municipal-small-saas';

/** A year and its band, every quantity set from one number so each cell is traceable. */
function year(fiscalYear: number, v: number): MarketYear {
  return {
    fiscalYear,
    listedTotal: v,
    listedLight: 0,
    listedByCategory: { [MUNICIPAL]: v / 10 },
    requiredShareByCategory: { [MUNICIPAL]: v / 100 },
    listedShareByCategory: { [MUNICIPAL]: 0 },
    auditFirms: 5,
    monthsToListing: 12,
    auditFeeFactor: 1,
    vendorsExited: v * 2,
    tendersShortOfBidders: v * 3,
    burden: { vendorsYen: v * 1e6, lostRevenueYen: v * 2e6, governmentYen: v * 3e6 },
  };
}
/** Halving and doubling: exact in floating point, so every cell can be written out. */
const q = (v: number): Quantiles => ({ p10: v / 2, p50: v, p90: v * 2 });
function band(fiscalYear: number, v: number): MarketBand {
  return {
    fiscalYear,
    listedTotal: q(v),
    listedByCategory: { [MUNICIPAL]: q(v / 10) },
    requiredShareByCategory: { [MUNICIPAL]: q(v / 100) },
    auditFirms: q(5),
    monthsToListing: q(12),
    vendorsExited: q(v * 2),
    tendersShortOfBidders: q(v * 3),
    burden: { vendorsYen: q(v * 1e6), lostRevenueYen: q(v * 2e6), governmentYen: q(v * 3e6) },
  };
}

const grid = [0, 0.5, 1];
export const hand: MarketResult = {
  policies: defaultMarket().sides,
  untilFiscalYear: 2021,
  sides: [10, 20].map((v) => ({
    years: [year(2020, v), year(2021, v + 5)],
    bands: [band(2020, v), band(2021, v + 5)],
    equilibria: [{ category: MUNICIPAL, listedShare: v / 100, requiredShare: 0, stable: true }],
    curves: [
      {
        category: MUNICIPAL,
        vendors: grid.map((r) => ({ requiredShare: r, listedShare: r * (v / 100) })),
        buyers: grid.map((l) => ({ listedShare: l, requiredShare: l / 2 })),
      },
    ],
  })),
  calibration: {
    points: [
      { date: '2021-03-12', quantity: 'listedTotal', observed: 10, simulated: 12 },
      {
        date: '2023-10-31',
        quantity: 'listedShareOfUse',
        category: 'national-saas',
        observed: 0.5,
        simulated: 0.4,
      },
    ],
    meanAbsPctError: 0.2,
  },
  history: [year(2020, 12)],
};
export const view: MarketView = {
  result: hand,
  state: { ...defaultMarket(), untilFiscalYear: 2021 },
  lang: 'en',
  t: wordsOf(MARKET_MESSAGES, 'en'),
};
