/**
 * The lab's Monte Carlo (every archetype × every package), kept up to date off the main thread
 * so that typing a vendor count never waits for the draws.
 */
import { LatestRunner } from '../../kits/workers/latestRunner.svelte.ts';
import { computeLab, type LabRequest, type LabResult } from './build/computeLab.ts';

export class LabRunner extends LatestRunner<LabRequest, LabResult> {
  constructor() {
    super(
      // The screen computes its point with the same code (PolicyLab.svelte): no import to wait for.
      () => Promise.resolve(computeLab),
      () => new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' }),
    );
  }
}
