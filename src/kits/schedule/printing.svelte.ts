import { flushSync } from 'svelte';

/**
 * Parts that only paper shows (the estimate's printed inputs) are built the first time the page
 * is printed, not on every load (README, Method: Speed). `beforeprint` comes before the printed
 * layout, Chromium's "Save as PDF" included; the print media query also covers print media
 * turned on by developer tools. The parts are built at once (flushSync), in time for that layout.
 */
export const printing = $state({ asked: false });

let watching = false;

/** The app calls this once, at mount. */
export function watchPrinting(): void {
  if (watching) return;
  watching = true;
  const ask = () => {
    if (printing.asked) return;
    printing.asked = true;
    flushSync();
  };
  addEventListener('beforeprint', ask);
  matchMedia('print').addEventListener('change', (event) => {
    if (event.matches) ask();
  });
}
