/**
 * The engine's one public face: what the app and the CLI use, nothing more. Pure: no DOM, no
 * Svelte, no I/O. It is the zod-free computations (compute.ts) plus the schemas and parsing.
 * Tests reach the internals through the module files themselves.
 */
export * from './compute.ts';
export {
  ReformPackage,
  RevenueSegment,
  SCENARIO_SCHEMA_VERSION,
  Scenario,
  Track,
  shortId,
  wholeBetween,
} from './schema.ts';
export { newerVersion, upgradeScenario, type Upgraded } from './migrate.ts';
export {
  parseMarketModel,
  parseMarkets,
  parsePopulationFile,
  parseReform,
  parseScenario,
  parseSourceRegistry,
  parseTrackPresets,
  parseWith,
} from './validate.ts';
