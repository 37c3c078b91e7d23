/**
 * npm run bench — prints how fast the engine is on this machine. Figures, not assertions:
 * timings vary with load, so the test suite never fails on them.
 * Targets (2 cores): point ≤ 50 µs, Monte Carlo 10,000 ≤ 20 ms, tornado ≤ 5 ms,
 * population × all packages at 2,000 samples ≤ 200 ms; the decision's options: point NPVs of
 * all of them ≤ 100 µs, and their P(NPV > 0) at 2,000 draws each ≤ 100 ms (what the estimate's
 * worker adds); the market over time, FY2020–FY2035 with 1,000 draws ≤ 150 ms.
 */
import { performance } from 'node:perf_hooks';
import { shippedReforms, shippedScenarios, trackPresets } from '../../src/data/catalog.ts';
import { shippedMarketModel, shippedPopulation } from '../../src/data/marketCatalog.ts';
import {
  comparePackages,
  decisionCases,
  DEFAULT_SEED,
  marketContext,
  monteCarlo,
  optionValues,
  runMarket,
} from '../../src/engine/index.ts';
import { OPTION_SAMPLES } from '../../src/screens/estimate/build/runMonteCarlo.ts';
import { evaluatePoint } from '../../src/engine/evaluate.ts';
import { resolveMode } from '../../src/engine/resolve.ts';
import { tornado } from '../../src/engine/tornado.ts';

/** Median wall time of `runs` calls after `warmup` calls, in milliseconds. */
function time(fn: () => unknown, runs: number, warmup = Math.min(runs, 20)): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/** The reform the estimate expects by default: what the decision panel computes. */
const expected = shippedReforms.find((r) => r.id === 'fy2025-plan');

const rows = shippedScenarios.map((scenario) => {
  const point = resolveMode(scenario);
  const cases = decisionCases(scenario, trackPresets, expected);
  // One call is below the timer's resolution: time 1,000 and divide.
  const pointMs =
    time(() => {
      for (let i = 0; i < 1_000; i++) evaluatePoint(point);
    }, 30) / 1_000;
  return {
    scenario: scenario.id,
    'point (µs)': +(pointMs * 1_000).toFixed(2),
    'Monte Carlo 10k (ms)': +time(
      () => monteCarlo(scenario, { samples: 10_000, seed: DEFAULT_SEED }),
      15,
      3,
    ).toFixed(2),
    'tornado (ms)': +time(() => tornado(scenario), 50).toFixed(3),
    // Building the options (tracks, levers in force) and their point NPVs, as each keystroke does.
    'options point (µs)': +(
      time(() => optionValues(decisionCases(scenario, trackPresets, expected)), 200) * 1_000
    ).toFixed(1),
    'options P(NPV>0) (ms)': +time(
      () =>
        cases.map((c) =>
          monteCarlo(c.scenario, {
            samples: OPTION_SAMPLES,
            seed: DEFAULT_SEED,
            delayYears: c.delayYears,
            bins: 1,
          }),
        ),
      7,
      2,
    ).toFixed(1),
  };
});
console.table(rows);

const populationMs = time(
  () => comparePackages(shippedPopulation, shippedReforms, { samples: 2_000, seed: DEFAULT_SEED }),
  7,
  2,
);
console.log(
  `population (${shippedPopulation.archetypes.length} archetypes) × ${shippedReforms.length} packages, ` +
    `status quo once and each package, 2,000 samples each: ${populationMs.toFixed(1)} ms`,
);

// The market over time (README, Method: The market over time): a whole run from the parameters
// file (the vendors' samples for every set of levers in force, the point path, 1,000 draws for
// the bands, the equilibria and the calibration), and the same with the vendors' samples kept, as
// a screen that changes only the mandate or the years pays.
const marketRows = ['status-quo', 'fy2025-plan', 'all-reforms'].map((id) => {
  const reform = shippedReforms.find((r) => r.id === id);
  const policy = id === 'status-quo' || !reform ? {} : { reform };
  const options = { draws: 1_000, seed: DEFAULT_SEED };
  const kept = marketContext(shippedMarketModel, shippedPopulation);
  return {
    package: id,
    'full run, 1,000 draws (ms)': +time(
      () => runMarket(marketContext(shippedMarketModel, shippedPopulation), policy, options),
      7,
      2,
    ).toFixed(1),
    'vendors kept (ms)': +time(() => runMarket(kept, policy, options), 7, 2).toFixed(1),
  };
});
console.table(marketRows);
