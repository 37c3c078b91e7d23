/**
 * The shipped data, parsed once with the engine's schemas. Static imports work the same in the
 * Vite build and under tsx (CLI, bench); test/unit/data.test.ts checks that every file in data/
 * is listed here.
 */
import {
  parseMarketModel,
  parseMarkets,
  parsePopulationFile,
  parseReform,
  parseScenario,
  parseSourceRegistry,
  parseTrackPresets,
  describeIssues,
  type BuyerGroup,
  type MarketModel,
  type Parsed,
  type Provenance,
  type Population,
  type ReformPackage,
  type Scenario,
  type TrackPresets,
} from '../engine/index.ts';
import marketModel from '../../data/market-model.json' with { type: 'json' };
import markets from '../../data/markets.json' with { type: 'json' };
import population from '../../data/population.json' with { type: 'json' };
import allReforms from '../../data/reforms/all-reforms.json' with { type: 'json' };
import fy2025Plan from '../../data/reforms/fy2025-plan.json' with { type: 'json' };
import isoCredit from '../../data/reforms/iso-credit.json' with { type: 'json' };
import moreAuditFirms from '../../data/reforms/more-audit-firms.json' with { type: 'json' };
import saasCategory from '../../data/reforms/saas-category.json' with { type: 'json' };
import statusQuo from '../../data/reforms/status-quo.json' with { type: 'json' };
import domesticIaas from '../../data/scenarios/domestic-iaas.json' with { type: 'json' };
import grafferActual from '../../data/scenarios/graffer-actual.json' with { type: 'json' };
import grafferPlan from '../../data/scenarios/graffer-plan.json' with { type: 'json' };
import hyperscaleIaas from '../../data/scenarios/hyperscale-iaas.json' with { type: 'json' };
import largeSaas from '../../data/scenarios/large-saas.json' with { type: 'json' };
import regionalVendor from '../../data/scenarios/regional-municipal-vendor.json' with { type: 'json' };
import saasStartupLiu from '../../data/scenarios/saas-startup-liu.json' with { type: 'json' };
import sources from '../../data/sources.json' with { type: 'json' };
import tracks from '../../data/tracks.json' with { type: 'json' };

function valid<T>(name: string, parsed: Parsed<T>): T {
  if (parsed.ok) return parsed.value;
  throw new Error(`data/${name} is invalid:\n${describeIssues(parsed.issues).join('\n')}`);
}

const scenarioFiles = {
  'graffer-actual': grafferActual,
  'graffer-plan': grafferPlan,
  'regional-municipal-vendor': regionalVendor,
  'saas-startup-liu': saasStartupLiu,
  'domestic-iaas': domesticIaas,
  'large-saas': largeSaas,
  'hyperscale-iaas': hyperscaleIaas,
};

const reformFiles = {
  'status-quo': statusQuo,
  'fy2025-plan': fy2025Plan,
  'iso-credit': isoCredit,
  'saas-category': saasCategory,
  'more-audit-firms': moreAuditFirms,
  'all-reforms': allReforms,
};

export const shippedScenarios: Scenario[] = Object.entries(scenarioFiles).map(([name, json]) =>
  valid(`scenarios/${name}.json`, parseScenario(json)),
);

export const shippedReforms: ReformPackage[] = Object.entries(reformFiles).map(([name, json]) =>
  valid(`reforms/${name}.json`, parseReform(json)),
);

export const sourceRegistry = valid('sources.json', parseSourceRegistry(sources));

export const trackPresets: TrackPresets = valid('tracks.json', parseTrackPresets(tracks));

/** The buyer groups a revenue segment may name (README, Method: The size of the market). */
export const buyerGroups: readonly BuyerGroup[] = valid(
  'markets.json',
  parseMarkets(markets),
).groups;

/** The market model's parameters and its calibration (README, Method: The market over time). */
export const shippedMarketModel: MarketModel = valid(
  'market-model.json',
  parseMarketModel(marketModel),
);

export function shippedScenario(id: string): Scenario {
  const scenario = shippedScenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`no shipped scenario "${id}"`);
  return scenario;
}

const populationFile = valid('population.json', parsePopulationFile(population));

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

/** File names as listed here, for the test that checks nothing in data/ is left out. */
export const catalogFiles = [
  ...Object.keys(scenarioFiles).map((name) => `scenarios/${name}.json`),
  ...Object.keys(reformFiles).map((name) => `reforms/${name}.json`),
  'market-model.json',
  'markets.json',
  'population.json',
  'sources.json',
  'tracks.json',
];
