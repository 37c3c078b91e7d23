/** Runs the lab's Monte Carlo (every archetype × every package) off the main thread. */
import { computeLab } from './computeLab.ts';
import type { LabWorkerRequest, LabWorkerResponse } from './labRunner.svelte.ts';

self.onmessage = (event: MessageEvent<LabWorkerRequest>) => {
  const { id, request } = event.data;
  const start = performance.now();
  const result = computeLab(request);
  const response: LabWorkerResponse = { id, result, ms: performance.now() - start };
  self.postMessage(response);
};
