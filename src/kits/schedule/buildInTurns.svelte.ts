import { flushSync } from 'svelte';
import { firstPaint } from './firstPaint.svelte.ts';

/**
 * Counts from 0 up to `total`, a few at a time: each turn is one task that builds at least one
 * item, and more until `budgetMs` is spent, so that a long list (the form's fields) never blocks
 * the page for long; with a budget of 0, one item a turn (a screen's parts, one by one). The
 * browser paints and takes input between turns (README, Method: Speed).
 */
export class BuildInTurns {
  count = $state(0);
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly total: number,
    readonly budgetMs = 8,
  ) {}

  /** Starts once the first figures are painted; call it while a component initialises. */
  whenPainted(): this {
    $effect(() => {
      if (!firstPaint.done) return;
      this.start();
      return () => this.stop();
    });
    return this;
  }

  start(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#turn(), 0);
  }

  stop(): void {
    clearTimeout(this.#timer);
  }

  #turn(): void {
    const end = performance.now() + this.budgetMs;
    do {
      this.count++;
      // Builds the new item now, inside this turn's budget.
      flushSync();
    } while (this.count < this.total && performance.now() < end);
    if (this.count < this.total) this.#timer = setTimeout(() => this.#turn(), 0);
  }
}
