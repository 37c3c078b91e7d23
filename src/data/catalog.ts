/**
 * The shipped data. Static imports work the same in the Vite build and under tsx (CLI, bench);
 * test/unit/data.test.ts checks that every file in data/ is listed here.
 *
 * Every file is parsed with the engine's schemas wherever the code runs from source: the CLI,
 * the tests, the dev server, and the build's own config (vite.config.ts imports this module), so
 * an invalid file stops the build. The built app then takes the files as the build parsed them:
 * parsing ~200 KB of data on every load was the longest task of a phone's first screen
 * (README, Method: Speed).
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
  type MarketsFile,
  type SourceRegistry,
  type Parsed,
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

/** True in the built app only: Vite replaces the expression; tsx and Node leave env undefined. */
const checkedByBuild: boolean = import.meta.env?.PROD === true;

function parsedOrThrow<T>(name: string, json: unknown, parse: (json: unknown) => Parsed<T>): T {
  const parsed = parse(json);
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

/**
 * Every file parsed with its schema, by name, wherever the code runs from source. The built app
 * takes each file as the build parsed it (`notesApart` in vite.config.ts gives this module the
 * parsed files), so it carries neither the parsers nor the schemas of these files. Parsed, a
 * file's keys come in its schema's order, the order the Monte Carlo draws the inputs in.
 *
 * In the built app, the scenarios, reforms, tracks, buyer groups and market model come without
 * their notes on sources (`provenance`), and the list of sources is empty: read a scenario's or
 * a buyer group's notes, and the sources, through src/data/notes.svelte.ts, which has them once
 * they are loaded (README, Method: Speed).
 */
const parsedFiles = checkedByBuild
  ? null
  : new Map(files().map(([name, json, parse]) => [name, parsedOrThrow(name, json, parse)]));

export function shipped<T>(name: string, json: unknown): T {
  return (parsedFiles ? parsedFiles.get(name) : json) as T;
}

export const shippedScenarios: Scenario[] = Object.entries(scenarioFiles).map(([name, json]) =>
  shipped(`scenarios/${name}.json`, json),
);

export const shippedReforms: ReformPackage[] = Object.entries(reformFiles).map(([name, json]) =>
  shipped(`reforms/${name}.json`, json),
);

export const sourceRegistry = shipped<SourceRegistry>('sources.json', sources);

export const trackPresets: TrackPresets = shipped('tracks.json', tracks);

/** The buyer groups a revenue segment may name (README, Method: The size of the market). */
export const buyerGroups: readonly BuyerGroup[] = shipped<MarketsFile>(
  'markets.json',
  markets,
).groups;

export function shippedScenario(id: string): Scenario {
  const scenario = shippedScenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`no shipped scenario "${id}"`);
  return scenario;
}

type ShippedFile = readonly [
  name: string,
  json: unknown,
  parse: (json: unknown) => Parsed<unknown>,
];

/** Built on demand, so that the built app, which never checks, leaves the parsers out. */
function files(): ShippedFile[] {
  return [
    ...Object.entries(scenarioFiles).map(
      ([name, json]) => [`scenarios/${name}.json`, json, parseScenario] as const,
    ),
    ...Object.entries(reformFiles).map(
      ([name, json]) => [`reforms/${name}.json`, json, parseReform] as const,
    ),
    ['market-model.json', marketModel, parseMarketModel],
    ['markets.json', markets, parseMarkets],
    ['population.json', population, parsePopulationFile],
    ['sources.json', sources, parseSourceRegistry],
    ['tracks.json', tracks, parseTrackPresets],
  ];
}

/** File names as listed here, for the test that checks nothing in data/ is left out. */
export const catalogFiles = (): string[] => files().map(([name]) => name);

/** The shipped file `name` (as `data/<name>`), parsed: what the build gives the built app. */
export function parsedShippedFile(name: string): unknown {
  if (!parsedFiles?.has(name)) throw new Error(`data/${name} is not in the catalogue`);
  return parsedFiles.get(name);
}
