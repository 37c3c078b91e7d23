/**
 * Becomes true in the task after the first screen's figures are painted: what can wait for it
 * (the form's fields, the charts' code, the decision panel, the list of sources) does not hold
 * up the first figures (README, Method: Speed).
 */
export const firstPaint = $state({ done: false });

let scheduled = false;

function markDone(): void {
  firstPaint.done = true;
}

/** The app calls this once the first screen is in the page. */
export function screenShown(): void {
  if (scheduled) return;
  scheduled = true;
  const shownAt = performance.now();
  // Done once the browser reports the screen's largest paint: it is on screen then, and what
  // loads next (the notes on sources, the offline worker) does not compete with it. Where
  // paints are not reported, two frames on: a frame callback runs just before its frame is
  // painted. A tab opened in the background paints nothing until shown: the timeout covers it.
  if (PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntries().some((entry) => entry.startTime >= shownAt)) return;
      observer.disconnect();
      setTimeout(markDone, 0);
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  } else {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(markDone, 0)));
  }
  setTimeout(markDone, 1_000);
}
