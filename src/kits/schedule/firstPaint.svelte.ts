/**
 * Becomes true in the task after the page's first frame: what can wait for it (the closed
 * groups of the form, the charts' code, the list of sources) does not hold up the first
 * figures (README, Method: Speed). Started when this module is first imported, which is while
 * the app mounts.
 */
export const firstPaint = $state({ done: false });

function markDone(): void {
  firstPaint.done = true;
}

// A frame callback runs just before that frame is painted; the timeout after it, once painted.
// A tab opened in the background paints no frame until shown: the second timeout covers it.
if (typeof requestAnimationFrame === 'function') {
  requestAnimationFrame(() => setTimeout(markDone, 0));
}
setTimeout(markDone, 1_000);
