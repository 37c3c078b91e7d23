import { printing } from './printing.svelte.ts';

/**
 * Whether a place on the page has come near the screen: within `margin` of it (a screen's
 * height by default). On a phone, what lies under the first figures (the charts, the form, the
 * list of sources) is built as the reader scrolls towards it, a screen ahead, rather than all
 * on the first load; a chart is drawn as it comes near (README, Method: Speed). Once near,
 * always near; and near where the browser cannot tell (no IntersectionObserver).
 */
export class NearScreen {
  #seen = $state(typeof IntersectionObserver === 'undefined');

  constructor(readonly margin = '100% 0px') {}

  get near(): boolean {
    return this.#seen;
  }

  /**
   * Whether what belongs in the place must be built: near, or the page printed (paper shows it
   * all), or from the first Tab (a keyboard's focus runs through the page in its order, not the
   * screen's, and must find every part there).
   */
  get wanted(): boolean {
    return this.#seen || printing.asked || keyboard.used;
  }

  /** An attachment (`{@attach part.watch}`) for the element whose place decides. */
  watch = (element: Element): (() => void) | undefined => {
    if (this.#seen) return;
    listenForTab();
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#seen = true;
        observer.disconnect();
      },
      { rootMargin: this.margin },
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
