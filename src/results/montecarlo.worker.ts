/** Runs the Monte Carlo off the main thread so typing never waits for 10,000 draws. */
import { monteCarlo } from '../engine/montecarlo.ts';
import type { MonteCarloRequest, MonteCarloResponse } from './monteCarloRunner.svelte.ts';

self.onmessage = (event: MessageEvent<MonteCarloRequest>) => {
  const { id, scenario, samples, seed } = event.data;
  const response: MonteCarloResponse = { id, result: monteCarlo(scenario, { samples, seed }) };
  self.postMessage(response);
};
