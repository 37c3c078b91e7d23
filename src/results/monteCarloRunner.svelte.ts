/**
 * Keeps the Monte Carlo of the current scenario up to date in a Web Worker. Only the answer to
 * the latest request is shown; while one is out, `updating` is true and the previous result
 * stays on screen.
 */
import {
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  monteCarlo,
  type MonteCarloResult,
  type Scenario,
} from '../engine/index.ts';

export interface MonteCarloRequest {
  id: number;
  scenario: Scenario;
  samples: number;
  seed: number;
}
export interface MonteCarloResponse {
  id: number;
  result: MonteCarloResult;
}

/** Wait this long after the last change before drawing 10,000 samples again. */
const SETTLE_MS = 150;

export class MonteCarloRunner {
  result = $state<MonteCarloResult | null>(null);
  updating = $state(false);
  #worker: Worker | null = null;
  #latest = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly samples = DEFAULT_SAMPLES,
    readonly seed = DEFAULT_SEED,
  ) {
    if (typeof Worker === 'undefined') return; // tests without workers compute in place
    // Vite bundles the worker from this exact `new URL(…, import.meta.url)` form.
    this.#worker = new Worker(new URL('./montecarlo.worker.ts', import.meta.url), {
      type: 'module',
    });
    this.#worker.onmessage = (event: MessageEvent<MonteCarloResponse>) => this.#receive(event.data);
  }

  run(scenario: Scenario): void {
    const id = ++this.#latest;
    this.updating = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const request: MonteCarloRequest = { id, scenario, samples: this.samples, seed: this.seed };
      if (this.#worker) this.#worker.postMessage(request);
      else this.#receive({ id, result: monteCarlo(scenario, request) });
    }, SETTLE_MS);
  }

  #receive({ id, result }: MonteCarloResponse): void {
    if (id !== this.#latest) return; // an answer to a scenario that has since changed
    this.result = result;
    this.updating = false;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#worker?.terminate();
  }
}
