/** The engine's one public face. Pure: no DOM, no Svelte, no I/O. */
export * from './schema.ts';
export {
  formatPath,
  isEstimate,
  resolveMode,
  rangedInputs,
  type PointScenario,
  type Resolved,
} from './resolve.ts';
export {
  controlPipeline,
  type ControlPipeline,
  type ControlStep,
  type ControlStepId,
} from './controls.ts';
export { AUDIT_FIRMS_TODAY, auditMarketFactor, yearCost, type YearCost } from './costs.ts';
export {
  attributableWinsPerYear,
  contractPaidShare,
  listedShareOfYear,
  segmentProfitProfile,
} from './revenue.ts';
export { discountFactor, paybackYear, quantileSorted } from './finance.ts';
export {
  evaluatePoint,
  npvOf,
  type BreakEven,
  type Evaluation,
  type Totals,
  type YearRow,
} from './evaluate.ts';
export { mulberry32, triangular } from './prng.ts';
export {
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  histogram,
  monteCarlo,
  sampleNpvs,
  type HistogramBin,
  type MonteCarloOptions,
  type MonteCarloResult,
} from './montecarlo.ts';
export { tornado, type SensitivityBar } from './tornado.ts';
export { applyLevers, applyReform, singleLevers } from './reform.ts';
export { withTrack } from './tracks.ts';
export {
  comparePackages,
  evaluatePopulation,
  rankLevers,
  reformPopulation,
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
  breakEvenWinsAt,
  estimate,
  FRONTIER_VALUES,
  pointReport,
  reformed,
  type EstimateOptions,
  type EstimateReport,
  type FrontierMark,
  type FrontierPoint,
  type PointReport,
} from './report.ts';
