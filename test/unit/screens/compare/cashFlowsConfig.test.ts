/**
 * The overlaid cumulative cash flows: one line per column with the engine's cumulative net,
 * styles from the palette, payback years marked, and a table twin with the same numbers. The
 * hand scenario (test/unit/engine/hand-scenario.ts) pays back in year 4 of 4.
 */
import { describe, expect, it } from 'vitest';
import {
  compareCashFlowConfig,
  compareCashFlowSummary,
  compareCashFlowTable,
  cumulativeValues,
  seriesStyle,
  yearsOf,
  type CashFlowSeries,
} from '../../../../src/screens/compare/build/cashFlowsConfig.ts';
import { CURVES } from '../../../../src/kits/charts/palette.ts';
import { wordsOf } from '../../../../src/kits/i18n/catalogue.ts';
import { COMPARE_MESSAGES } from '../../../../src/screens/compare/messages.ts';
import { pointReport, type PointReport } from '../../../../src/engine/index.ts';
import { formatYen } from '../../../../src/kits/format/yen.ts';
import { handScenario } from '../../engine/hand-scenario.ts';

const words = wordsOf(COMPARE_MESSAGES, 'en');
const seriesOf = (report: PointReport, n: number): CashFlowSeries => ({
  label: `Column ${n}`,
  years: report.years,
  paybackYear: report.totals.paybackYear,
});
const hand = pointReport(handScenario());
const longer = (() => {
  const s = handScenario();
  s.timeline.horizonYears += 2;
  s.timeline.monthsToListing = 12 * s.timeline.horizonYears; // never listed: no payback
  return pointReport(s);
})();
const series = [seriesOf(hand, 1), seriesOf(longer, 2)];

describe('overlaid cumulative cash flows', () => {
  it('draws one line per column with its cumulative net, null after a shorter horizon', () => {
    const config = compareCashFlowConfig(series, 'en', words);
    const horizon = longer.years.length;
    expect(yearsOf(series)).toHaveLength(horizon);
    expect(config.data.labels).toEqual(yearsOf(series).map((n) => `Year ${n}`));
    expect(config.data.datasets.map((d) => d.label)).toEqual(series.map((s) => s.label));
    expect(config.data.datasets[0]!.data).toEqual([
      ...hand.years.map((y) => y.cumulativeNet),
      ...Array<null>(horizon - hand.years.length).fill(null),
    ]);
    expect(config.data.datasets[1]!.data).toEqual(longer.years.map((y) => y.cumulativeNet));
  });

  it('marks each column’s payback year with a larger point', () => {
    const config = compareCashFlowConfig(series, 'en', words);
    expect(hand.totals.paybackYear).toBe(4);
    expect(config.data.datasets[0]!.pointRadius).toEqual([3, 3, 3, 8, 3, 3]);
    expect(longer.totals.paybackYear).toBeNull();
    expect(config.data.datasets[1]!.pointRadius).toEqual([3, 3, 3, 3, 3, 3]);
  });

  it('tells six columns apart by colour and dash, or at least by point style', () => {
    const styles = Array.from({ length: 6 }, (_, i) => seriesStyle(i));
    expect(styles.slice(0, CURVES.length).map((s) => s.color)).toEqual(CURVES.map((c) => c.color));
    const keys = styles.map((s) => `${s.color} ${s.dash.join()} ${s.point}`);
    expect(new Set(keys).size).toBe(6);
    expect(new Set(styles.map((s) => s.point)).size).toBe(6);
  });

  it('has a table twin with the same numbers, the payback year marked', () => {
    const table = compareCashFlowTable(series, 'ja', wordsOf(COMPARE_MESSAGES, 'ja'));
    expect(table.columns.map((c) => c.label)).toEqual(['年度', ...series.map((s) => s.label)]);
    expect(table.rows.map((r) => r.header)).toEqual(yearsOf(series).map((n) => `${n}年目`));
    const firstColumn = table.rows.map((r) => r.values[0]);
    expect(firstColumn).toEqual([
      ...hand.years.map((y) =>
        y.year === 4
          ? wordsOf(COMPARE_MESSAGES, 'ja')('paybackCell', {
              value: formatYen(y.cumulativeNet, 'ja'),
            })
          : formatYen(y.cumulativeNet, 'ja'),
      ),
      '—',
      '—',
    ]);
    expect(table.rows.map((r) => r.values[1])).toEqual(
      longer.years.map((y) => formatYen(y.cumulativeNet, 'ja')),
    );
  });

  it('sums it up in one sentence per column', () => {
    const text = compareCashFlowSummary(series, 'en', words);
    expect(text).toBe(
      `Column 1 pays back in year 4 (${formatYen(hand.years[3]!.cumulativeNet, 'en')} at the end of year 4); ` +
        `Column 2 does not pay back (${formatYen(longer.years.at(-1)!.cumulativeNet, 'en')} at the end of year 6).`,
    );
  });

  it('reads values per year by year number', () => {
    expect(cumulativeValues(series[0]!, [4, 5])).toEqual([hand.years[3]!.cumulativeNet, null]);
  });
});
