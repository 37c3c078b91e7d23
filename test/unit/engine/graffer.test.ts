/**
 * The Graffer case against the minutes (wg4-2024-12-09, 石井 of Graffer): planned ¥30–40M a
 * year all-in with audit ¥10–20M and 1 person; as it happened audit ¥30–40M, about 3 full-time
 * staff, about ¥100M a year, about 1 deal credited, withdrawn after a year listed.
 * Year 2 is the steady year: the first year after the first audit (later years cost the same).
 */
import { describe, expect, it } from 'vitest';
import { shippedScenario } from '../../../src/data/catalog.ts';
import { evaluatePoint } from '../../../src/engine/evaluate.ts';
import { DEFAULT_SEED } from '../../../src/engine/montecarlo.ts';
import { estimate } from '../../../src/engine/report.ts';
import { resolveMode } from '../../../src/engine/resolve.ts';

const M = 1_000_000;

describe('Graffer as it happened', () => {
  const scenario = shippedScenario('graffer-actual');
  const evaluation = evaluatePoint(resolveMode(scenario));
  const steady = evaluation.years[1]!;

  it('costs about ¥100M in a steady year, ¥30–40M of it audit', () => {
    expect(steady.totalCost).toBeGreaterThanOrEqual(90 * M);
    expect(steady.totalCost).toBeLessThanOrEqual(110 * M);
    expect(steady.audit).toBeGreaterThanOrEqual(30 * M);
    expect(steady.audit).toBeLessThanOrEqual(40 * M);
  });

  it('credits about one deal a year to the listing', () => {
    expect(evaluation.attributableWinsPerYear).toBeGreaterThan(0.5);
    expect(evaluation.attributableWinsPerYear).toBeLessThan(1.5);
  });

  it('does not pay back: NPV negative, and almost surely so', () => {
    expect(evaluation.totals.npv).toBeLessThan(0);
    expect(evaluation.totals.paybackYear).toBeNull();
    const report = estimate(scenario, { samples: 2_000, seed: DEFAULT_SEED });
    expect(report.monteCarlo.probNpvPositive).toBeLessThan(0.05);
  });

  it('would need contracts far above municipal deal sizes to break even', () => {
    // Municipal deals are ¥ hundreds of thousands to a few million a year.
    expect(evaluation.breakEven.annualContractValue!).toBeGreaterThan(5 * M);
  });
});

describe('Graffer as planned', () => {
  const evaluation = evaluatePoint(resolveMode(shippedScenario('graffer-plan')));
  const steady = evaluation.years[1]!;

  it('costs ¥30–40M a year all-in with an audit of ¥10–20M', () => {
    expect(steady.totalCost).toBeGreaterThanOrEqual(30 * M);
    expect(steady.totalCost).toBeLessThanOrEqual(40 * M);
    expect(steady.audit).toBeGreaterThanOrEqual(10 * M);
    expect(steady.audit).toBeLessThanOrEqual(20 * M);
  });

  it('plans for a third or less of what it turned out to cost', () => {
    const actual = evaluatePoint(resolveMode(shippedScenario('graffer-actual'))).years[1]!;
    expect(steady.totalCost / actual.totalCost).toBeLessThan(0.45);
  });
});
