/**
 * The market screen's pure parts: the policy a side names, the worker's computation against the
 * engine's, and every table the screen shows worked out from a small hand-made answer.
 */
import { describe, expect, it } from 'vitest';
import { shippedReforms } from '../../../../src/data/catalog.ts';
import { shippedMarketModel, shippedPopulation } from '../../../../src/data/marketCatalog.ts';
import { marketContext, runMarket } from '../../../../src/engine/index.ts';
import { expectClose } from '../../approx.ts';
import { calibrationTable, decimalYear } from '../../../../src/screens/market/build/calibration.ts';
import {
  computeMarket,
  fiscalYearOf,
  sidePolicy,
} from '../../../../src/screens/market/build/computeMarket.ts';
import { readPercent } from '../../../../src/screens/market/build/percent.ts';
import { SHIPPED_MARKET_DATA } from '../../../../src/screens/market/build/marketData.ts';
import {
  equilibriaTable,
  squareConfig,
  squareTable,
} from '../../../../src/screens/market/build/square.ts';
import { endSummaryTable, sideDescription } from '../../../../src/screens/market/build/summary.ts';
import {
  trajectoryConfig,
  trajectoryGroups,
  trajectoryLead,
  trajectoryTable,
} from '../../../../src/screens/market/build/trajectories.ts';
import { defaultMarket, type PolicySide } from '../../../../src/screens/market/state.ts';
import { MarketState } from '../../../../src/screens/market/stateSchema.ts';

import { MUNICIPAL, view } from './fixtures.ts';
const reform = (id: string) => shippedReforms.find((r) => r.id === id)!;

describe('a side as the engine takes it', () => {
  it('names its shipped package, and its mandate for all categories or one', () => {
    const all: PolicySide = {
      reformId: 'all-reforms',
      mandate: { share: 0.5, fromFiscalYear: 2027, appliesTo: 'all' },
    };
    expect(sidePolicy(all, 2030, shippedReforms)).toEqual({
      reform: reform('all-reforms'),
      mandate: { share: 0.5, fromFiscalYear: 2027 },
      untilFiscalYear: 2030,
    });
    const one = { ...all, mandate: { ...all.mandate!, appliesTo: MUNICIPAL } };
    expect(sidePolicy(one, 2035, shippedReforms).mandate).toEqual({
      share: 0.5,
      fromFiscalYear: 2027,
      categories: [MUNICIPAL],
    });
  });

  it('takes a 0 % mandate as none and an unknown package as no reform', () => {
    const side: PolicySide = {
      reformId: 'no-such-package',
      mandate: { share: 0, fromFiscalYear: 2027, appliesTo: 'all' },
    };
    expect(sidePolicy(side, 2035, shippedReforms)).toEqual({ untilFiscalYear: 2035 });
  });

  it('reads a fiscal year from 1 April', () => {
    expect(fiscalYearOf('2024-03-31')).toBe(2023);
    expect(fiscalYearOf('2024-04-01')).toBe(2024);
  });

  it('reads a share typed in per cent from 0 to 100', () => {
    expect([50, 0, 100, 12.5].map(readPercent)).toEqual([0.5, 0, 1, 0.125]);
    expect([101, -1, null].map(readPercent)).toEqual([null, null, null]);
  });
});

describe('the worker’s computation', () => {
  const sides: PolicySide[] = [
    { reformId: 'status-quo', mandate: null },
    { reformId: 'fy2025-plan', mandate: { share: 0.4, fromFiscalYear: 2026, appliesTo: 'all' } },
  ];
  const request = { data: SHIPPED_MARKET_DATA, sides, untilFiscalYear: 2028, draws: 20, seed: 7 };
  const result = computeMarket(request);

  it('is the engine’s run for each side, as the command line computes it', () => {
    const fresh = marketContext(shippedMarketModel, shippedPopulation);
    const engine = runMarket(
      fresh,
      {
        reform: reform('fy2025-plan'),
        mandate: { share: 0.4, fromFiscalYear: 2026 },
        untilFiscalYear: 2028,
      },
      { draws: 20, seed: 7 },
    );
    expect(result.sides[1]!.years).toEqual(engine.years);
    expect(result.sides[1]!.bands).toEqual(engine.bands);
    expect(result.sides[1]!.equilibria).toEqual(engine.equilibria);
    expect(result.policies).toEqual(sides);
    expect(result.untilFiscalYear).toBe(2028);
  });

  it('reads the history to the last observed fiscal year, and keeps a side it has run', () => {
    expect(result.history.at(-1)!.fiscalYear).toBe(2024); // the last observation: 2024-10-31
    expect(result.calibration.points).toHaveLength(
      shippedMarketModel.calibration.observations.length,
    );
    const again = computeMarket({
      ...request,
      sides: [sides[0]!, { ...sides[1]!, mandate: null }],
    });
    expect(again.sides[0]).toBe(result.sides[0]); // side A unchanged: not run again
    expect(again.sides[1]).not.toEqual(result.sides[1]);
  });
});

const listed = trajectoryGroups(view)[0]!.trajectories[0]!;

describe('the paths', () => {
  it('show each side’s path, P10 and P90 a year, in the table twin as in the chart', () => {
    expect(listed.id).toBe('listedTotal');
    const table = trajectoryTable(listed, view);
    expect(table.rows.map((r) => [r.header, ...r.values])).toEqual([
      ['FY2020', 10, 5, 20, 20, 10, 40],
      ['FY2021', 15, 7.5, 30, 25, 12.5, 50],
    ]);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Year',
      'Policy A',
      'Policy A P10',
      'Policy A P90',
      'Policy B',
      'Policy B P10',
      'Policy B P90',
    ]);
    const config = trajectoryConfig(listed, view);
    // Per side: the band's floor, its ceiling (filled down to the floor), the path.
    expect(config.data.datasets.map((d) => d.data)).toEqual([
      [5, 7.5],
      [20, 30],
      [10, 15],
      [10, 12.5],
      [40, 50],
      [20, 25],
    ]);
    expect(config.data.datasets[1]!.fill).toBe('-1');
  });

  it('say the last year in a sentence, band included', () => {
    expect(trajectoryLead(listed, view)).toBe('FY2021: A 15 (P10–P90 7.5–30), B 25 (12.5–50)');
  });

  it('cover every quantity the issue names, the category’s from the category shown', () => {
    const ids = trajectoryGroups(view).flatMap((g) => g.trajectories.map((t) => t.id));
    expect(ids).toEqual([
      'listedTotal',
      'listedInCategory',
      'requiredShare',
      'auditFirms',
      'monthsToListing',
      'vendorsExited',
      'tendersShort',
      'burdenVendors',
      'burdenLost',
      'burdenGovernment',
    ]);
    const required = trajectoryGroups(view)[0]!.trajectories[2]!;
    const values = trajectoryTable(required, view).rows[1]!.values as number[];
    [0.15, 0.075, 0.3, 0.25, 0.125, 0.5].forEach((v, i) => expectClose(values[i]!, v));
  });

  it('sum up the last year: A, B and B − A', () => {
    const table = endSummaryTable(view);
    expect(table.rows[0]!.values).toEqual([15, 25, 10]);
    expect(table.rows[0]!.kinds).toEqual(['decimal', 'decimal', 'decimalChange']);
    const lost = table.rows.find((r) => r.header.startsWith('Revenue'))!;
    expect(lost.values).toEqual([30e6, 50e6, 20e6]);
    expect(lost.kinds).toEqual(['yen', 'yen', 'yenChange']);
  });
});

describe('the square and the equilibria', () => {
  it('draws both curves on the same axes: ℓ across, r up', () => {
    const config = squareConfig(view);
    const [buyers, vendors] = config.data.datasets;
    expect(buyers!.data).toEqual([
      { x: 0, y: 0 },
      { x: 0.5, y: 0.25 },
      { x: 1, y: 0.5 },
    ]);
    // ℓ*(r) = r × 10 % for side A: the point (ℓ*(r), r).
    expect(vendors!.data).toEqual([
      { x: 0, y: 0 },
      { x: 0.05, y: 0.5 },
      { x: 0.1, y: 1 },
    ]);
  });

  it('tables each curve at the same shares, and every equilibrium', () => {
    const table = squareTable(view);
    expect(table.rows.map((r) => r.values)).toEqual([
      [0, 0, 0, 0],
      [0.25, 0.05, 0.25, 0.1],
      [0.5, 0.1, 0.5, 0.2],
    ]);
    expect(table.notes[0]).toBe(
      'Equilibria in Small-municipal SaaS: Policy A ℓ 10%, r 0% (stable); Policy B ℓ 20%, r 0% (stable).',
    );
    expect(equilibriaTable(view).rows.map((r) => [r.header, ...r.values])).toEqual([
      ['Policy A', 'Small-municipal SaaS', 0.1, 0, 'stable'],
      ['Policy B', 'Small-municipal SaaS', 0.2, 0, 'stable'],
    ]);
  });
});

describe('the fit to the history', () => {
  it('gives each observation, the model at its date and the relative error', () => {
    const table = calibrationTable(view);
    const [count, share] = table.rows.map((r) => r.values);
    // (12 − 10) ÷ 10 = 0.2; (0.4 − 0.5) ÷ 0.5 = −0.2.
    expect(count).toEqual(['Listed services', 10, 12, 0.2]);
    expect(share!.slice(0, 3)).toEqual(['Listed share of use (National SaaS)', 0.5, 0.4]);
    expectClose(share![3] as number, -0.2);
    expect(table.rows.map((r) => r.kinds?.[1])).toEqual(['decimal', 'share']);
    expect(decimalYear('2021-01-01')).toBe(2021);
  });
});

describe('the settings', () => {
  it('parse by default; a share above 1 is refused at its path', () => {
    expect(MarketState.safeParse(defaultMarket()).success).toBe(true);
    const bad = defaultMarket();
    bad.sides[1].mandate = { share: 1.5, fromFiscalYear: 2027, appliesTo: 'all' };
    const parsed = MarketState.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(['sides', 1, 'mandate', 'share']);
  });

  it('describe a side in words, its mandate included', () => {
    expect(
      sideDescription(
        { reformId: 'status-quo', mandate: { share: 0.5, fromFiscalYear: 2027, appliesTo: 'all' } },
        view,
      ),
    ).toBe(`${reform('status-quo').title.en}, with a mandate of 50% (FY2027 on, All categories)`);
  });
});
