/**
 * The burden chart: audit fees, own effort and the revenue lost by vendors who do not certify,
 * stacked to each bar's total, and its table twin.
 */
import { describe, expect, it } from 'vitest';
import { formatYen } from '../../../../src/kits/format/yen.ts';
import { tableToCsv } from '../../../../src/kits/tables/dataTable.ts';
import {
  burdenBars,
  burdenChartConfig,
  burdenChartSummary,
  burdenChartTable,
} from '../../../../src/screens/lab/build/burdenChart.ts';
import { afterPackage } from '../../../../src/screens/lab/build/computeLab.ts';
import { expectClose } from '../../approx.ts';
import { cellWords, ja, labState, viewOf } from './fixtures.ts';

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

  it('stacks audit fees, own effort and lost revenue to the total, each in its own colour', () => {
    const config = burdenChartConfig(bars, view);
    expect(config.type).toBe('bar');
    const [audit, own, lost] = config.data.datasets;
    bars.forEach((bar, i) =>
      expectClose(audit!.data[i]! + own!.data[i]! + lost!.data[i]!, bar.split.total),
    );
    expect(lost!.label).toBe(ja('lostRevenue'));
    const colours = config.data.datasets.map((d) => d.backgroundColor);
    expect(new Set(colours).size).toBe(3);
    // Only what registerChart.ts registers: bar, category and linear.
    expect([config.options?.scales?.['x']?.type, config.options?.scales?.['y']?.type]).toEqual([
      'category',
      'linear',
    ]);
  });

  it('has a table twin and a summary with the same yen', () => {
    const table = burdenChartTable(bars, view);
    expect(table.rows.map((r) => r.header)).toEqual(bars.map((b) => b.label));
    expect(table.rows[3]!.values).toEqual([
      bars[3]!.split.audit,
      bars[3]!.split.ownEffort,
      bars[3]!.split.lostRevenue,
      bars[3]!.split.total,
    ]);
    expect(burdenChartSummary(bars, view)).toContain(formatYen(bars[2]!.split.total, 'ja'));
    expect(table.columns.map((c) => c.label)).toEqual(
      (['measure', 'auditFees', 'ownEffort', 'lostRevenue', 'total'] as const).map((k) => ja(k)),
    );
    // Yen columns, so its CSV keeps whole yen and says so in each header.
    expect(tableToCsv(table, cellWords.ja).split('\r\n')[0]).toContain(
      `${ja('lostRevenue')}（円）`,
    );
  });
});
