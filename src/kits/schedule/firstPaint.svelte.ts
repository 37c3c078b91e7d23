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
  // A frame callback runs just before that frame is painted; the timeout after it, once
  // painted. A tab opened in the background paints no frame until shown: the second timeout
  // covers it.
  requestAnimationFrame(() => setTimeout(markDone, 0));
  setTimeout(markDone, 1_000);
}
