/**
 * The estimate's Monte Carlo as one call, for the worker and for the page without workers. The
 * engine module is imported directly so that the worker carries only the model (no zod, no
 * Svelte).
 */
import { monteCarlo, type MonteCarloResult } from '../../../engine/montecarlo.ts';
import type { Scenario } from '../../../engine/schema.ts';

export interface MonteCarloRequest {
  scenario: Scenario;
  samples: number;
  seed: number;
}

export function runMonteCarlo({ scenario, samples, seed }: MonteCarloRequest): MonteCarloResult {
  return monteCarlo(scenario, { samples, seed });
}
