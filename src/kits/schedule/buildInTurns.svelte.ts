import { flushSync } from 'svelte';

/**
 * Counts from 0 up to `total`, a few at a time: each turn is one task that builds items until
 * `budgetMs` is spent, so that a long list (the form's fields) never blocks the page for long.
 * The browser paints and takes input between turns (README, Method: Speed).
 */
export class BuildInTurns {
  count = $state(0);
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly total: number,
    readonly budgetMs = 8,
  ) {}

  start(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#turn(), 0);
  }

  stop(): void {
    clearTimeout(this.#timer);
  }

  #turn(): void {
    const end = performance.now() + this.budgetMs;
    while (this.count < this.total && performance.now() < end) {
      this.count++;
      // Builds the new item now, inside this turn's budget.
      flushSync();
    }
    if (this.count < this.total) this.#timer = setTimeout(() => this.#turn(), 0);
  }
}
