/**
 * The engine's one public face: what the app and the CLI use, nothing more. Pure: no DOM, no
 * Svelte, no I/O. Tests reach the internals through the module files themselves.
 */
export {
  ReformPackage,
  SCENARIO_SCHEMA_VERSION,
  Scenario,
  Track,
  type Archetype,
  type Estimate,
  type Levers,
  type LocalizedText,
  type Population,
  type PopulationFile,
  type Provenance,
  type RevenueSegment,
  type ServiceModel,
  type Source,
  type SourceRegistry,
  type TrackPresets,
} from './schema.ts';
export { formatPath } from './resolve.ts';
export { type ControlStep, type ControlStepId } from './controls.ts';
export { AUDIT_FIRMS_TODAY, auditMarketFactor } from './costs.ts';
export { type BreakEven, type Totals, type YearRow } from './evaluate.ts';
export {
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  monteCarlo,
  type HistogramBin,
  type MonteCarloOptions,
  type MonteCarloResult,
} from './montecarlo.ts';
export { type SensitivityBar } from './tornado.ts';
export { withTrack } from './tracks.ts';
export {
  comparePackages,
  rankLevers,
  type LeverImpact,
  type ArchetypeResult,
  type CostSplit,
  type PopulationOptions,
  type PopulationResult,
} from './population.ts';
export {
  describeIssues,
  parsePopulationFile,
  parseReform,
  parseScenario,
  parseSourceRegistry,
  parseTrackPresets,
  parseWith,
  type FieldIssue,
  type Parsed,
} from './validate.ts';
export {
  estimate,
  pointReport,
  type EstimateOptions,
  type EstimateReport,
  type FrontierMark,
  type FrontierPoint,
  type PointReport,
} from './report.ts';
