/**
 * The estimate's Monte Carlo as one call, for the worker and for the page without workers. It
 * imports the engine's zod-free entry so that the worker carries only the model (no zod, no
 * Svelte).
 */
import { monteCarlo, type MonteCarloResult, type Scenario } from '../../../engine/compute.ts';

export interface MonteCarloRequest {
  scenario: Scenario;
  samples: number;
  seed: number;
}

export function runMonteCarlo({ scenario, samples, seed }: MonteCarloRequest): MonteCarloResult {
  return monteCarlo(scenario, { samples, seed });
}
