/**
 * The market screen's computation (README, Method: The market over time): each side's run of
 * the market model, as the command line computes it for the same settings (`npm run market`),
 * and the status-quo history the calibration is read from. Runs in the worker, which keeps the
 * vendors' samples and the last runs, so a change to one side recomputes that side only.
 */
import {
  marketContext,
  runMarket,
  type Calibration,
  type CategoryCurves,
  type CategoryEquilibrium,
  type MarketBand,
  type MarketContext,
  type MarketModel,
  type MarketPolicy,
  type MarketYear,
  type Population,
  type ReformPackage,
} from '../../../engine/compute.ts';
import { ALL_CATEGORIES } from '../categories.ts';
import type { PolicySide } from '../state.ts';

/**
 * What the model runs on, sent with each request (marketData.ts): the worker then bundles the
 * model's code only, not zod nor the shipped data (a fifth of its size).
 */
export interface MarketData {
  model: MarketModel;
  population: Population;
  reforms: readonly ReformPackage[];
}

export interface MarketRequest {
  data: MarketData;
  sides: readonly PolicySide[];
  untilFiscalYear: number;
  draws: number;
  seed: number;
}

/** One side's answer: what the command line prints, and the curves for the square. */
export interface SideRun {
  years: MarketYear[];
  bands: MarketBand[];
  equilibria: CategoryEquilibrium[];
  curves: CategoryCurves[];
}

export interface MarketResult {
  /** The settings these answers are for: the screen may have moved on while they ran. */
  policies: PolicySide[];
  untilFiscalYear: number;
  sides: SideRun[];
  calibration: Calibration;
  /** The status quo's path from the first fiscal year to the last observed one. */
  history: MarketYear[];
}

/** The reform package and mandate a side names; an unknown package is no reform. */
export function sidePolicy(
  side: PolicySide,
  untilFiscalYear: number,
  reforms: readonly ReformPackage[],
): MarketPolicy {
  const reform = reforms.find((r) => r.id === side.reformId);
  const mandate = side.mandate;
  return {
    ...(reform ? { reform } : {}),
    ...(mandate && mandate.share > 0
      ? {
          mandate: {
            share: mandate.share,
            fromFiscalYear: mandate.fromFiscalYear,
            ...(mandate.appliesTo === ALL_CATEGORIES ? {} : { categories: [mandate.appliesTo] }),
          },
        }
      : {}),
    untilFiscalYear,
  };
}

/** The fiscal year (from 1 April) a date falls in. */
export function fiscalYearOf(date: string): number {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month >= 4 ? year : year - 1;
}

/** The context (vendors' samples) of the data last run on, under the data as JSON. */
let context:
  | { key: string; kept: MarketContext; history: Pick<MarketResult, 'calibration' | 'history'> }
  | undefined;
const runs = new Map<string, SideRun>();
/** Both sides of the last two settings: enough for an undo or a switch back and forth. */
const KEPT_RUNS = 4;

function sideRun(side: PolicySide, request: MarketRequest, kept: MarketContext): SideRun {
  const key = JSON.stringify([side, request.untilFiscalYear, request.draws, request.seed]);
  let run = runs.get(key);
  if (!run) {
    const { years, bands, equilibria, curves } = runMarket(
      kept,
      sidePolicy(side, request.untilFiscalYear, request.data.reforms),
      { draws: request.draws, seed: request.seed },
    );
    run = { years, bands, equilibria, curves };
    runs.set(key, run);
    if (runs.size > KEPT_RUNS) runs.delete(runs.keys().next().value!);
  }
  return run;
}

function contextFor(data: MarketData): NonNullable<typeof context> {
  // The same data every time from the screen; other data (a test's) start afresh.
  const key = JSON.stringify(data);
  if (context?.key === key) return context;
  runs.clear();
  const kept = marketContext(data.model, data.population);
  const last = Math.max(...data.model.calibration.observations.map((o) => fiscalYearOf(o.date)));
  const run = runMarket(kept, { untilFiscalYear: last }, { draws: 0, seed: 0 });
  context = { key, kept, history: { calibration: run.calibration, history: run.years } };
  return context;
}

export function computeMarket(request: MarketRequest): MarketResult {
  const { kept, history } = contextFor(request.data);
  return {
    policies: [...request.sides],
    untilFiscalYear: request.untilFiscalYear,
    sides: request.sides.map((side) => sideRun(side, request, kept)),
    ...history,
  };
}
