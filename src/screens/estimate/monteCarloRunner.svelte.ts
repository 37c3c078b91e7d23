/** The estimate's Monte Carlo, kept up to date off the main thread (10,000 draws by default). */
import {
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  type DecisionCase,
  type Scenario,
} from '../../engine/compute.ts';
import { LatestRunner } from '../../kits/workers/latestRunner.svelte.ts';
import type { EstimateDraws, MonteCarloRequest } from './build/runMonteCarlo.ts';

export class MonteCarloRunner extends LatestRunner<MonteCarloRequest, EstimateDraws> {
  constructor(
    readonly samples = DEFAULT_SAMPLES,
    readonly seed = DEFAULT_SEED,
  ) {
    super(
      () => import('./build/runMonteCarlo.ts').then((module) => module.runMonteCarlo),
      () => new Worker(new URL('./montecarlo.worker.ts', import.meta.url), { type: 'module' }),
    );
  }

  /** The scenario of the last request: what `result` is for once nothing is `updating`. */
  requested: Scenario | null = null;

  runFor(scenario: Scenario, cases: readonly DecisionCase[]): void {
    const options = cases.map(({ scenario, delayYears }) => ({ scenario, delayYears }));
    this.requested = scenario;
    this.run({ scenario, samples: this.samples, seed: this.seed, options });
  }
}
