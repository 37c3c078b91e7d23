/**
 * Keeps the lab's Monte Carlo up to date in a Web Worker, so that typing a vendor count never
 * waits for the draws. Only the answer to the latest request is shown; while one is out,
 * `updating` is true and the previous answer stays on screen.
 */
import { computeLab, type LabRequest, type LabResult } from './computeLab.ts';

export interface LabWorkerRequest {
  id: number;
  request: LabRequest;
}
export interface LabWorkerResponse {
  id: number;
  result: LabResult;
  /** Time the worker spent computing, ms. */
  ms: number;
}

/** Wait this long after the last change before drawing again. */
const SETTLE_MS = 150;

export class LabRunner {
  result = $state<LabResult | null>(null);
  /** True from the start: the page asks for its first answer as soon as it mounts. */
  updating = $state(true);
  /** How long the last answer took to compute, ms (the worker's own clock). */
  computeMs = $state<number | null>(null);
  #worker: Worker | null = null;
  #latest = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    if (typeof Worker === 'undefined') return; // tests without workers compute in place
    // Vite bundles the worker from this exact `new URL(…, import.meta.url)` form.
    this.#worker = new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' });
    this.#worker.onmessage = (event: MessageEvent<LabWorkerResponse>) => this.#receive(event.data);
  }

  /** `request` must be plain data (a `$state.snapshot`), as postMessage clones it. */
  run(request: LabRequest): void {
    const id = ++this.#latest;
    this.updating = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.#worker) {
        this.#worker.postMessage({ id, request } satisfies LabWorkerRequest);
        return;
      }
      const start = performance.now();
      const result = computeLab(request);
      this.#receive({ id, result, ms: performance.now() - start });
    }, SETTLE_MS);
  }

  #receive({ id, result, ms }: LabWorkerResponse): void {
    if (id !== this.#latest) return; // an answer to a lab that has since changed
    this.result = result;
    this.computeMs = ms;
    this.updating = false;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#worker?.terminate();
  }
}
