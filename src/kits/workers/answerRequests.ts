/** The worker's side of LatestRunner: answers each job with its result and the time it took. */
import type { Answer, Job } from './latestRunner.svelte.ts';

export function answerRequests<Request, Result>(compute: (request: Request) => Result): void {
  self.onmessage = (event: MessageEvent<Job<Request>>) => {
    const { id, request } = event.data;
    const start = performance.now();
    const result = compute(request);
    self.postMessage({ id, result, ms: performance.now() - start } satisfies Answer<Result>);
  };
}
