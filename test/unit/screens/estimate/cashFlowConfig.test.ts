/**
 * Cash flow of the hand scenario (test/unit/engine/model.test.ts): net −17.5M, −2.25M, +9.75M,
 * +15M; cumulative −17.5M, −19.75M, −10M, +5M; payback in year 4.
 */
import { describe, expect, it } from 'vitest';
import {
  cashFlowConfig,
  cashFlowSummary,
  cashFlowTable,
  paybackMarker,
} from '../../../../src/screens/estimate/build/cashFlowConfig.ts';
import { pointReport } from '../../../../src/engine/index.ts';
import { formatYen } from '../../../../src/kits/format/yen.ts';
import { expectClose } from '../../approx.ts';
import { handScenario } from '../../engine/hand-scenario.ts';
import { en, ja, M } from './fixtures.ts';

const report = () => pointReport(handScenario());
const noPayback = () => {
  const s = handScenario();
  s.timeline.monthsToListing = 48; // listed only when the 4-year horizon ends
  return pointReport(s);
};
const config = (r = report()) => cashFlowConfig(r.years, r.totals.paybackYear, 'en', en);
const byLabel = (c: ReturnType<typeof config>, label: string) =>
  c.data.datasets.find((d) => d.label === label);

describe('cumulative cash flow', () => {
  it('marks the payback year, 4, on the cumulative line and nowhere else', () => {
    const r = report();
    expect(r.totals.paybackYear).toBe(4);
    const marker = byLabel(config(r), 'Payback (year 4)')!;
    expect(marker.data.map((v) => v !== null)).toEqual([false, false, false, true]);
    expectClose(marker.data[3]!, (-17.5 - 2.25 + 9.75 + 15) * M); // +5M
    expect(marker.data[3]).toBe(r.years[3]!.cumulativeNet);
    expect(marker).toMatchObject({ type: 'line', showLine: false });
    // The marker is the first year whose cumulative net is ≥ 0.
    expect(r.years[2]!.cumulativeNet).toBeLessThan(0);
  });

  it('draws the cumulative net as a line over the yearly net as bars', () => {
    const r = report();
    const c = config(r);
    const line = byLabel(c, 'Cumulative cash flow')!;
    const bars = byLabel(c, 'Net for the year')!;
    expect(line.type).toBe('line');
    expect(bars.type).toBe('bar');
    [-17.5, -19.75, -10, 5].forEach((cumulative, i) => expectClose(line.data[i]!, cumulative * M));
    [-17.5, -2.25, 9.75, 15].forEach((net, i) => expectClose(bars.data[i]!, net * M));
    expect(line.order).toBeLessThan(bars.order!); // the line is drawn over the bars
    expect(c.data.labels).toEqual(['Year 1', 'Year 2', 'Year 3', 'Year 4']);
  });

  it('leaves the marker out when there is no payback', () => {
    const r = noPayback();
    expect(r.totals.paybackYear).toBeNull();
    expect(paybackMarker(r.years, null).every((v) => v === null)).toBe(true);
    expect(config(r).data.datasets.map((d) => d.label)).toEqual([
      'Cumulative cash flow',
      'Net for the year',
    ]);
  });

  it('shows only the series that have a value in the tooltip', () => {
    const filter = config().options!.plugins!.tooltip!.filter!;
    const item = (y: number | null) => ({ parsed: { y } }) as Parameters<typeof filter>[0];
    expect(filter.call(null as never, item(null), 0, [], {} as never)).toBe(false);
    expect(filter.call(null as never, item(0), 0, [], {} as never)).toBe(true);
  });
});

describe('cash flow table', () => {
  it('gives every year’s cost, profit, net and cumulative net, and names the payback year', () => {
    const r = report();
    const table = cashFlowTable(r.years, r.totals.paybackYear, 'en', en);
    expect(table.rows.map((row) => row.header)).toEqual([
      'Year 1',
      'Year 2',
      'Year 3',
      'Year 4 (payback)',
    ]);
    r.years.forEach((y, i) => {
      expect(table.rows[i]!.values).toEqual(
        [y.totalCost, y.grossProfit, y.net, y.cumulativeNet].map((v) => formatYen(v, 'en')),
      );
    });
  });

  it('marks no row without a payback', () => {
    const r = noPayback();
    const headers = cashFlowTable(r.years, null, 'ja', ja).rows.map((row) => row.header);
    expect(headers).toEqual(['1年目', '2年目', '3年目', '4年目']);
  });

  it('sums up the payback in one sentence', () => {
    const r = report();
    expect(cashFlowSummary(r.years, 4, 'ja', ja)).toBe(
      '4年目に回収。4年目末の累積キャッシュフローは500万円。',
    );
    expect(cashFlowSummary(noPayback().years, null, 'en', en)).toMatch(/^No payback/);
  });
});
