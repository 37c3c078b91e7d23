/**
 * The lab's Monte Carlo (every archetype × every package), kept up to date off the main thread
 * so that typing a vendor count never waits for the draws.
 */
import { LatestRunner } from '../../kits/workers/latestRunner.svelte.ts';
import type { LabRequest, LabResult } from './build/computeLab.ts';

export class LabRunner extends LatestRunner<LabRequest, LabResult> {
  constructor() {
    super(
      () => import('./build/computeLab.ts').then((module) => module.computeLab),
      () => new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' }),
    );
  }
}
