/**
 * A small fuzz run in every test run (the long one is `npm run fuzz`): valid scenarios and
 * hostile mutations either evaluate to finite numbers or are rejected with a path.
 */
import { describe, expect, it } from 'vitest';
import { fuzzEngine } from '../../fuzz/fuzzEngine.ts';
import { fuzzMarket } from '../../fuzz/fuzzMarket.ts';

describe('engine fuzzing', () => {
  it('evaluates or rejects every input, never throws, never returns NaN or Infinity', () => {
    const seed = Date.now() % 2 ** 31;
    const counts = fuzzEngine(1_500, seed);
    expect(counts.failures, `seed ${seed}: rerun with npm run fuzz -- 1500 ${seed}`).toEqual([]);
    expect(counts.evaluated + counts.rejected).toBe(counts.inputs);
    // The generator really produces both kinds.
    expect(counts.evaluated).toBeGreaterThan(100);
    expect(counts.rejected).toBeGreaterThan(100);
  });
});

describe('market model fuzzing', () => {
  it('runs or rejects every parameter file, never throws, keeps numbers finite and shares in [0, 1]', () => {
    const seed = Date.now() % 2 ** 31;
    const counts = fuzzMarket(120, seed);
    expect(counts.failures, `seed ${seed}: rerun with npm run fuzz -- 1200 ${seed}`).toEqual([]);
    expect(counts.evaluated + counts.rejected).toBe(counts.inputs);
    expect(counts.evaluated).toBeGreaterThan(30);
    expect(counts.rejected).toBeGreaterThan(10);
  });
});
