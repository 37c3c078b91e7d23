/**
 * The engine's zod-free entry: the pure computations, for the Web Workers and the builders they
 * run. Nothing reachable from here imports zod at runtime (schema types come in type-only), so
 * the worker bundles carry only the model. Parsing and the schemas themselves live behind
 * index.ts, which re-exports all of this; the lint config keeps this side free of them.
 */
export type {
  Archetype,
  BuyerGroup,
  MarketsFile,
  Estimate,
  LeverKey,
  Levers,
  LocalizedText,
  MarketCategory,
  MarketFittedValues,
  MarketModel,
  MarketObservation,
  Population,
  PopulationFile,
  Provenance,
  ReformPackage,
  RevenueSegment,
  Scenario,
  SegmentMarket,
  ServiceModel,
  Source,
  SourceRegistry,
  Track,
  TrackPresets,
} from './schema.ts';
export type { Share, Yen } from './units.ts';
export { formatPath } from './resolve.ts';
export { describeIssues, type FieldIssue, type Parsed } from './issues.ts';
export type { ControlStep, ControlStepId } from './controls.ts';
export { AUDIT_FIRMS_TODAY, auditMarketFactor } from './costs.ts';
export type { BreakEven, Totals, YearRow } from './evaluate.ts';
export {
  DEFAULT_MARKET_DRAWS,
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  monteCarlo,
  type HistogramBin,
  type MonteCarloOptions,
  type MonteCarloResult,
} from './montecarlo.ts';
export type { SensitivityBar } from './tornado.ts';
export { withTrack } from './tracks.ts';
export { attributeNpv, type Attribution, type AttributionGroup } from './attribution.ts';
export {
  bestOption,
  decisionCases,
  OPTION_IDS,
  optionValues,
  type DecisionCase,
  type OptionId,
  type OptionValue,
} from './options.ts';
export { leversInForce } from './reform.ts';
export type { SegmentCustomers } from './evaluate.ts';
export {
  comparePackages,
  rankLevers,
  shareOfEffect,
  type LeverShare,
  type ArchetypeResult,
  type BurdenSplit,
  type CostSplit,
  type LeverImpact,
  type PopulationOptions,
  type PopulationResult,
} from './population.ts';
export {
  estimate,
  pointReport,
  reformed,
  type EstimateOptions,
  type EstimateReport,
  type FrontierMark,
  type FrontierPoint,
  type PointReport,
  type DecisionOption,
  type MarketNeed,
} from './report.ts';
export type { Equilibrium } from './curves.ts';
export {
  marketContext,
  runMarket,
  type Calibration,
  type CalibrationPoint,
  type CategoryCurves,
  type CategoryEquilibrium,
  type Mandate,
  type MarketBand,
  type MarketContext,
  type MarketPolicy,
  type MarketRun,
  type MarketRunOptions,
  type Quantiles,
} from './market.ts';
export type { MarketBurden, MarketYear } from './simulate.ts';
