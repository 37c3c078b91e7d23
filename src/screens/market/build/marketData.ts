/**
 * The shipped model, vendors and packages, as the market worker takes them with each request
 * (computeMarket.ts). Without the scenarios' notes on sources: the model never reads them, and
 * they would be most of what each request copies.
 */
import { shippedReforms } from '../../../data/catalog.ts';
import { shippedMarketModel, shippedPopulation } from '../../../data/marketCatalog.ts';
import { withoutProvenance } from '../../../data/notes.svelte.ts';
import type { MarketData } from './computeMarket.ts';

export const SHIPPED_MARKET_DATA: MarketData = {
  model: shippedMarketModel,
  population: {
    archetypes: shippedPopulation.archetypes.map((archetype) => ({
      ...archetype,
      scenario: withoutProvenance(archetype.scenario),
    })),
  },
  reforms: shippedReforms,
};
