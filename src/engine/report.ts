/**
 * The whole estimate of one scenario, optionally under a reform: what the command line prints
 * and what the app shows. Field names are stable; README documents them.
 */
import type { ControlStep } from './controls.ts';
import { evaluatePoint, type BreakEven, type Totals, type YearRow } from './evaluate.ts';
import { monteCarlo, type MonteCarloResult } from './montecarlo.ts';
import { applyReform } from './reform.ts';
import { resolveMode } from './resolve.ts';
import type { ReformPackage, Scenario } from './schema.ts';
import { tornado, type SensitivityBar } from './tornado.ts';

export interface EstimateReport {
  scenario: { id: string; reform: string | null };
  controls: {
    steps: ControlStep[];
    inScope: number;
    auditedFirstYear: number;
    auditedRenewalYear: number;
  };
  years: YearRow[];
  totals: Totals;
  breakEven: BreakEven;
  attributableWinsPerYear: number;
  monteCarlo: MonteCarloResult;
  sensitivity: SensitivityBar[];
}

export interface EstimateOptions {
  reform?: ReformPackage | undefined;
  samples: number;
  seed: number;
}

export function estimate(input: Scenario, options: EstimateOptions): EstimateReport {
  const scenario = options.reform ? applyReform(input, options.reform) : input;
  const evaluation = evaluatePoint(resolveMode(scenario));
  return {
    scenario: { id: input.id, reform: options.reform?.id ?? null },
    controls: evaluation.controls,
    years: evaluation.years,
    totals: evaluation.totals,
    breakEven: evaluation.breakEven,
    attributableWinsPerYear: evaluation.attributableWinsPerYear,
    monteCarlo: monteCarlo(scenario, { samples: options.samples, seed: options.seed }),
    sensitivity: tornado(scenario),
  };
}
