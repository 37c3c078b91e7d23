/** The burden chart: audit fees and own effort stacked to each bar's total, and its table twin. */
import { describe, expect, it } from 'vitest';
import { formatYen } from '../../../../src/kits/format/yen.ts';
import {
  burdenBars,
  burdenChartConfig,
  burdenChartSummary,
  burdenChartTable,
} from '../../../../src/screens/lab/build/burdenChart.ts';
import { afterPackage } from '../../../../src/screens/lab/build/computeLab.ts';
import { expectClose } from '../../approx.ts';
import { ja, labState, viewOf } from './fixtures.ts';

const view = viewOf(labState({ reformId: 'all-reforms' }));
const bars = burdenBars(view);

describe('burden chart', () => {
  it('draws first and steady year, before and after, from the point results', () => {
    const after = afterPackage(view.point, 'all-reforms');
    expect(bars.map((b) => b.split)).toEqual([
      view.point.before.firstYearBurden,
      after.firstYearBurden,
      view.point.before.steadyYearBurden,
      after.steadyYearBurden,
    ]);
  });

  it('stacks audit fees and own effort to the total', () => {
    const config = burdenChartConfig(bars, view);
    expect(config.type).toBe('bar');
    const [audit, own] = config.data.datasets;
    bars.forEach((bar, i) => expectClose(audit!.data[i]! + own!.data[i]!, bar.split.total));
    // Only what registerChart.ts registers: bar, category and linear.
    expect([config.options?.scales?.['x']?.type, config.options?.scales?.['y']?.type]).toEqual([
      'category',
      'linear',
    ]);
  });

  it('has a table twin and a summary with the same yen', () => {
    const table = burdenChartTable(bars, view);
    expect(table.rows.map((r) => r.header)).toEqual(bars.map((b) => b.label));
    expect(table.rows[3]!.values[2]).toBe(formatYen(bars[3]!.split.total, 'ja'));
    expect(burdenChartSummary(bars, view)).toContain(formatYen(bars[2]!.split.total, 'ja'));
    expect(table.columns[1]!.label).toBe(ja('auditFees'));
  });
});
