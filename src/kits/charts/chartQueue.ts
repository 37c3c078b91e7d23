/**
 * Chart drawing, one chart per task: six charts drawn in one task would block the page for the
 * time of all six (a long task on a slow phone); queued, the browser can paint and take input
 * between them. A chart queued again before its turn draws once, with its latest config.
 */
const jobs = new Map<object, () => void>();
let scheduled = false;

function runNext(): void {
  const next = jobs.entries().next();
  if (next.done) {
    scheduled = false;
    return;
  }
  const [owner, job] = next.value;
  jobs.delete(owner);
  job();
  setTimeout(runNext, 0);
}

/** Queues `job` for `owner`, replacing the owner's job still waiting. */
export function queueChartWork(owner: object, job: () => void): void {
  jobs.delete(owner);
  jobs.set(owner, job);
  if (!scheduled) {
    scheduled = true;
    // After the frame that shows the new numbers.
    requestAnimationFrame(() => setTimeout(runNext, 0));
  }
}

/** Drops the owner's waiting job (the chart is going away). */
export function cancelChartWork(owner: object): void {
  jobs.delete(owner);
}
