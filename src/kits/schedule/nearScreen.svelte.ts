import { firstPaint } from './firstPaint.svelte.ts';
import { printing } from './printing.svelte.ts';

/**
 * Whether a part of the page has come near the screen: within a screen's height below or above
 * it. On a phone, what lies under the first figures (the charts, the form, the list of sources)
 * is built as the reader scrolls towards it, a screen ahead, rather than all on the first load
 * (README, Method: Speed). Once near, always near.
 *
 * Everything counts as near where the browser cannot tell (no IntersectionObserver), once the
 * page is printed (paper shows it all), and from the first Tab: a keyboard's focus runs through
 * the page in its order, not the screen's, and must find every part there.
 */
export class NearScreen {
  #seen = $state(typeof IntersectionObserver === 'undefined');

  get near(): boolean {
    return this.#seen || printing.asked || keyboard.used;
  }

  /** An attachment (`{@attach part.watch}`) for the element whose place decides. */
  watch = (element: Element): (() => void) | undefined => {
    // Watched once the first screen is painted: until then what lies above a place may not be
    // built yet, and the place seem near.
    if (this.#seen || !firstPaint.done) return;
    listenForTab();
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#seen = true;
        observer.disconnect();
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  };
}

const keyboard = $state({ used: false });
let listening = false;

function listenForTab(): void {
  if (listening) return;
  listening = true;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    keyboard.used = true;
    removeEventListener('keydown', onKey, true);
  };
  addEventListener('keydown', onKey, true);
}
