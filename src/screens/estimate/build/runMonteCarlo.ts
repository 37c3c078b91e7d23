/**
 * The estimate's Monte Carlo as one call, for the worker and for the page without workers: the
 * scenario's own draws, and the chance that each of the decision's options pays. It imports the
 * engine's zod-free entry so that the worker carries only the model (no zod, no Svelte).
 */
import { monteCarlo, type MonteCarloResult, type Scenario } from '../../../engine/compute.ts';

/** Draws for each option's P(NPV > 0): enough for a percentage, cheap enough for eight. */
export const OPTION_SAMPLES = 2_000;

export interface MonteCarloRequest {
  scenario: Scenario;
  samples: number;
  seed: number;
  /** The decision's options, as the engine evaluates them. */
  options: { scenario: Scenario; delayYears: number }[];
}

export interface EstimateDraws {
  monteCarlo: MonteCarloResult;
  /** P(NPV > 0) of each option, in the request's order. */
  optionProbabilities: number[];
}

export function runMonteCarlo({
  scenario,
  samples,
  seed,
  options,
}: MonteCarloRequest): EstimateDraws {
  return {
    monteCarlo: monteCarlo(scenario, { samples, seed }),
    optionProbabilities: options.map(
      (option) =>
        monteCarlo(option.scenario, {
          samples: OPTION_SAMPLES,
          seed,
          delayYears: option.delayYears,
          bins: 1,
        }).probNpvPositive,
    ),
  };
}
