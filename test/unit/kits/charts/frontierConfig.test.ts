/**
 * Frontier of the hand scenario: one segment at ¥3M a year, 5 attributable wins a year
 * (20 × 0.25), NPV ≈ −¥0.198M, break-even ≈ 5.03 wins a year (test/unit/engine/model.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  drawablePoints,
  formatWins,
  frontierConfig,
  frontierSummary,
  frontierTable,
  type FrontierCurve,
} from '../../../../src/kits/charts/frontierConfig.ts';
import { CURVES } from '../../../../src/kits/charts/palette.ts';
import { pointReport } from '../../../../src/engine/index.ts';
import { formatYen } from '../../../../src/kits/format/yen.ts';
import { handScenario } from '../../engine/hand-scenario.ts';
import { en, ja, M } from './fixtures.ts';
import { yen } from '../../units.ts';

const report = () => pointReport(handScenario());
const curve = (label = 'Hand', r = report()): FrontierCurve => ({ label, frontier: r.frontier });
/** The hand scenario with the ISO 27001 credit fully granted: fewer controls, lower costs. */
const cheaper = () => {
  const s = handScenario();
  s.controls.iso27001CreditShare = 1;
  s.controls.cap = null;
  return pointReport(s);
};

describe('break-even frontier', () => {
  it('puts contract value on a logarithmic x axis, wins needed on a logarithmic y axis', () => {
    const scales = frontierConfig([curve()], null, 'en', en).options!.scales!;
    expect(scales['x']!.type).toBe('logarithmic');
    expect(scales['y']!.type).toBe('logarithmic');
  });

  it('draws the report’s frontier as x = contract value, y = wins needed', () => {
    const r = report();
    const [line] = frontierConfig([curve('Hand', r)], null, 'en', en).data.datasets;
    expect(line!.label).toBe('Hand');
    expect(line!.data).toEqual(
      r.frontier.map((p) => ({ x: p.annualContractValue, y: p.winsPerYear })),
    );
  });

  it('draws one curve per column, each with its own colour and dash', () => {
    const datasets = frontierConfig(
      [curve('Status quo'), curve('ISO credit', cheaper())],
      null,
      'en',
      en,
    ).data.datasets;
    expect(datasets.map((d) => d.label)).toEqual(['Status quo', 'ISO credit']);
    expect(datasets.map((d) => d.borderColor)).toEqual([CURVES[0].color, CURVES[1].color]);
    expect(datasets[1]!.borderDash).toEqual(CURVES[1].dash);
    // Lower costs need fewer wins at every contract value.
    datasets[1]!.data.forEach((p, i) => expect(p.y).toBeLessThan(datasets[0]!.data[i]!.y));
  });

  it('leaves out values no number of wins can break even at', () => {
    const s = handScenario();
    s.timeline.monthsToListing = 48; // listed when the horizon ends: nothing is ever earned
    const r = pointReport(s);
    expect(r.frontier.every((p) => p.winsPerYear === null)).toBe(true);
    expect(frontierConfig([curve('Late', r)], null, 'en', en).data.datasets[0]!.data).toEqual([]);
    expect(frontierTable([curve('Late', r)], null, 'en', en).rows[0]!.values).toEqual([
      'Out of reach',
    ]);
    expect(frontierSummary([curve('Late', r)], 'en', en)).toBe(en('frontierEmpty'));
    expect(r.frontierMark).toBeNull();
  });

  it('labels only powers of ten on the log axes', () => {
    const scales = frontierConfig([curve()], null, 'ja', ja).options!.scales!;
    const x = scales['x']!.ticks!.callback!;
    const y = scales['y']!.ticks!.callback!;
    expect(x.call(null as never, 1e6, 0, [])).toBe('100万円');
    expect(x.call(null as never, 1e8, 0, [])).toBe('1億円');
    expect(x.call(null as never, 2e6, 0, [])).toBe('');
    expect(y.call(null as never, 0.1, 0, [])).toBe('0.1');
    expect(y.call(null as never, 1000, 0, [])).toBe('1,000');
    expect(y.call(null as never, 30, 0, [])).toBe('');
  });
});

describe('the scenario’s own point', () => {
  it('is drawn as one large point on top of the curves', () => {
    const mark = { annualContractValue: yen(3 * M), winsPerYear: 5, winsNeeded: 5.2 };
    const [point, line] = frontierConfig([curve()], mark, 'ja', ja).data.datasets;
    expect(point!.label).toBe('このシナリオ');
    expect(point!.data).toEqual([{ x: 3 * M, y: 5 }]);
    expect(point).toMatchObject({ showLine: false, pointStyle: 'rectRot' });
    expect(line!.label).toBe('Hand');
  });

  it('is left off the chart when it has no wins, which a log axis cannot show', () => {
    const mark = { annualContractValue: yen(3 * M), winsPerYear: 0, winsNeeded: 5.2 };
    expect(frontierConfig([curve()], mark, 'en', en).data.datasets).toHaveLength(1);
  });
});

describe('break-even frontier table', () => {
  it('has a row per contract value and a column per curve', () => {
    const r = report();
    const other = cheaper();
    const table = frontierTable([curve('A', r), curve('B', other)], null, 'en', en);
    expect(table.columns.map((c) => c.label)).toEqual(['Annual contract value', 'A', 'B']);
    expect(table.rows.map((row) => row.header)).toEqual(
      r.frontier.map((p) => formatYen(p.annualContractValue, 'en')),
    );
    table.rows.forEach((row, i) => {
      expect(row.values).toEqual([
        formatWins(r.frontier[i]!.winsPerYear!, 'en'),
        formatWins(other.frontier[i]!.winsPerYear!, 'en'),
      ]);
    });
    expect(table.notes).toEqual([]);
  });

  it('lists the union of contract values, with a dash where a curve has none', () => {
    const a = { label: 'A', frontier: [{ annualContractValue: yen(1e6), winsPerYear: 10 }] };
    const b = { label: 'B', frontier: [{ annualContractValue: yen(1e7), winsPerYear: 2 }] };
    const table = frontierTable([b, a], null, 'en', en);
    expect(table.rows).toEqual([
      { header: formatYen(1e6, 'en'), values: ['—', '10'] },
      { header: formatYen(1e7, 'en'), values: ['2', '—'] },
    ]);
  });

  it('states the scenario’s point and the wins it needs in a note', () => {
    const r = report();
    const mark = r.frontierMark!;
    const [note] = frontierTable([curve('Hand', r)], mark, 'ja', ja).notes;
    expect(note).toBe(
      `このシナリオ：年間契約額300万円、受注は年5件（損益分岐には年${formatWins(r.breakEven.winsPerYear!, 'ja')}件が必要）。`,
    );
  });

  it('sums up the first curve from its cheapest to its dearest contract value', () => {
    const r = report();
    const first = r.frontier[0]!;
    const last = r.frontier.at(-1)!;
    expect(frontierSummary([curve('Hand', r), curve('B', cheaper())], 'ja', ja)).toBe(
      `損益分岐に必要な受注は、年間契約額${formatYen(first.annualContractValue, 'ja')}で年${formatWins(first.winsPerYear!, 'ja')}件、${formatYen(last.annualContractValue, 'ja')}で年${formatWins(last.winsPerYear!, 'ja')}件。`,
    );
  });

  it('keeps the points a log chart can draw', () => {
    expect(
      drawablePoints([
        { annualContractValue: yen(1e6), winsPerYear: 3 },
        { annualContractValue: yen(1e7), winsPerYear: null },
        { annualContractValue: yen(1e8), winsPerYear: 0 },
      ]),
    ).toEqual([{ x: 1e6, y: 3 }]);
  });
});
