/**
 * The market model kept up to date off the main thread: a run with its bands takes a tenth of a
 * second or more, which typing a mandate's share must never wait for.
 */
import { LatestRunner } from '../../kits/workers/latestRunner.svelte.ts';
import type { MarketRequest, MarketResult } from './build/computeMarket.ts';

/** The screen's changes are choices more than keystrokes: a short settle keeps it within 300 ms. */
const SETTLE_MS = 40;

export class MarketRunner extends LatestRunner<MarketRequest, MarketResult> {
  constructor() {
    super(
      () => import('./build/computeMarket.ts').then((module) => module.computeMarket),
      () => new Worker(new URL('./market.worker.ts', import.meta.url), { type: 'module' }),
      SETTLE_MS,
    );
  }
}
