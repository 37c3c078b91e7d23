/**
 * Keeps one computation up to date in a Web Worker, so that typing never waits for it. Only
 * the answer to the latest request is shown; while one is out, `updating` is true and the
 * previous answer stays on screen. Used by the estimate's Monte Carlo and the policy lab.
 */

/** What goes to the worker, and what comes back (answerRequests.ts answers it). */
export interface Job<Request> {
  id: number;
  request: Request;
}
export interface Answer<Result> {
  id: number;
  result: Result;
  /** Time the computation took, ms (the worker's own clock). */
  ms: number;
}

/** By default, wait this long after the last change before computing again. */
const SETTLE_MS = 150;

export class LatestRunner<Request, Result> {
  result = $state<Result | null>(null);
  updating = $state(false);
  /** How long the last answer took to compute, ms. */
  computeMs = $state<number | null>(null);
  #worker: Worker | null = null;
  #startWorker: (() => Worker) | null;
  #latest = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `startWorker` must hold the literal `new Worker(new URL('../../workers/x.worker.ts', import.meta.url),
   * { type: 'module' })` in the caller's module: Vite bundles the worker from that form.
   * Without workers (jsdom) the computation runs in place: `loadCompute` brings it then, a
   * dynamic import, so that the browser's screens do not carry a copy of the worker's code
   * (README, Method: Speed).
   */
  constructor(
    private readonly loadCompute: () => Promise<(request: Request) => Result>,
    startWorker: () => Worker,
    private readonly settleMs = SETTLE_MS,
  ) {
    this.#startWorker = typeof Worker === 'undefined' ? null : startWorker;
  }

  /**
   * Started with the first job, not with the screen: its script is then fetched and compiled
   * after the first figures are on screen, not before them.
   */
  #ensureWorker(): Worker | null {
    if (!this.#worker && this.#startWorker) {
      this.#worker = this.#startWorker();
      this.#worker.onmessage = (event: MessageEvent<Answer<Result>>) => this.#receive(event.data);
    }
    return this.#worker;
  }

  /** `request` must be plain data (a `$state.snapshot`), as postMessage clones it. */
  run(request: Request): void {
    const id = ++this.#latest;
    this.updating = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(async () => {
      const worker = this.#ensureWorker();
      if (worker) {
        worker.postMessage({ id, request } satisfies Job<Request>);
        return;
      }
      const compute = await this.loadCompute();
      const start = performance.now();
      this.#receive({ id, result: compute(request), ms: performance.now() - start });
    }, this.settleMs);
  }

  #receive({ id, result, ms }: Answer<Result>): void {
    if (id !== this.#latest) return; // an answer to a request that has since changed
    this.result = result;
    this.computeMs = ms;
    this.updating = false;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#startWorker = null;
    this.#worker?.terminate();
  }
}
