/**
 * The shipped data only the policy lab and the market screen use: the vendor population and the
 * market model. A module of its own so that they load with those screens, not with the first
 * figures (README, Method: Speed); src/data/catalog.ts parses them with the rest wherever the
 * code runs from source, and the build gives this module the files as it parsed them.
 */
import type { MarketModel, PopulationFile, Population, Provenance } from '../engine/index.ts';
import marketModel from '../../data/market-model.json' with { type: 'json' };
import population from '../../data/population.json' with { type: 'json' };
import { shipped, shippedScenario } from './catalog.ts';

/** The market model's parameters and its calibration (README, Method: The market over time). */
export const shippedMarketModel: MarketModel = shipped('market-model.json', marketModel);

const populationFile = shipped<PopulationFile>('population.json', population);

/** Where each shipped archetype's vendor count comes from, by archetype id. */
export const countProvenance: ReadonlyMap<string, Provenance> = new Map(
  populationFile.archetypes.map((a) => [a.id, a.countProvenance]),
);

/** The population file with each archetype's scenario id replaced by the scenario. */
export const shippedPopulation: Population = {
  archetypes: populationFile.archetypes.map((a) => ({
    id: a.id,
    title: a.title,
    count: a.count,
    scenario: shippedScenario(a.scenarioId),
  })),
};
