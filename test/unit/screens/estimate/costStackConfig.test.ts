/** Yearly costs of the hand scenario (test/unit/engine/model.test.ts): 17.5M, 8.25M, 8.25M, 0. */
import { describe, expect, it } from 'vitest';
import {
  COST_LINES,
  costStackConfig,
  costStackSummary,
  costStackTable,
} from '../../../../src/screens/estimate/build/costStackConfig.ts';
import { pointReport } from '../../../../src/engine/index.ts';
import { formatYen } from '../../../../src/kits/format/yen.ts';
import { handScenario } from '../../engine/hand-scenario.ts';
import { en, ja, M } from './fixtures.ts';

const report = () => pointReport(handScenario());

describe('yearly cost stack', () => {
  it('stacks audit, staff, operations and one-off to each year’s total cost', () => {
    const { years } = report();
    const config = costStackConfig(years, 'en', en);
    const stacks = years.map((_, i) =>
      config.data.datasets.reduce((sum, dataset) => sum + dataset.data[i]!, 0),
    );
    expect(stacks).toEqual(years.map((y) => y.totalCost));
    // year 1: audit 3.5M + staff 10M + operations 1M + one-off 3M; years 2–3: 2.25M + 5M + 1M;
    // year 4: withdrawn
    expect(stacks).toEqual([17.5 * M, 8.25 * M, 8.25 * M, 0]);
  });

  it('draws one dataset per cost line, in one stack, on stacked axes', () => {
    const config = costStackConfig(report().years, 'ja', ja);
    expect(config.data.datasets.map((d) => d.label)).toEqual([
      '監査費用',
      '人件費',
      '運用費',
      '初期費用',
    ]);
    expect(new Set(config.data.datasets.map((d) => d.stack))).toEqual(new Set(['parts']));
    expect(new Set(config.data.datasets.map((d) => d.backgroundColor)).size).toBe(
      COST_LINES.length,
    );
    expect(config.options?.scales?.['x']?.stacked).toBe(true);
    expect(config.options?.scales?.['y']?.stacked).toBe(true);
    expect(config.data.labels).toEqual(['1年目', '2年目', '3年目', '4年目']);
  });

  it('labels the yen axis the way each language reads yen', () => {
    for (const lang of ['ja', 'en'] as const) {
      const callback = costStackConfig(report().years, lang, en).options!.scales!['y']!.ticks!
        .callback!;
      expect(callback.call(null as never, 120_000_000, 0, [])).toBe(formatYen(120_000_000, lang));
    }
    const ja120 = costStackConfig(report().years, 'ja', ja).options!.scales!['y']!.ticks!.callback!;
    expect(ja120.call(null as never, 120_000_000, 0, [])).toBe('1億2,000万円');
  });

  it('gives the year’s total in the tooltip footer', () => {
    const footer = costStackConfig(report().years, 'en', en).options!.plugins!.tooltip!.callbacks!
      .footer!;
    const items = [{ dataIndex: 0 }] as Parameters<typeof footer>[0];
    expect(footer.call(null as never, items)).toBe(`Total: ${formatYen(17.5 * M, 'en')}`);
  });
});

describe('yearly cost table', () => {
  it('lists every line of every year, then the totals', () => {
    const { years, totals } = report();
    const table = costStackTable(years, 'en', en);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Year',
      'Audit',
      'Staff',
      'Operations',
      'One-off',
      'Total',
    ]);
    expect(table.rows).toHaveLength(years.length + 1);
    years.forEach((y, i) => {
      expect(table.rows[i]).toEqual({
        header: `Year ${y.year}`,
        values: [y.audit, y.staff, y.operations, y.oneOff, y.totalCost].map((v) =>
          formatYen(v, 'en'),
        ),
      });
    });
    const last = table.rows.at(-1)!;
    expect(last.header).toBe('Total');
    expect(last.values.at(-1)).toBe(formatYen(totals.cost, 'en'));
    expect(last.values[0]).toBe(formatYen(3.5 * M + 2.25 * M * 2, 'en')); // audits 3.5 + 2.25 + 2.25
  });

  it('writes yen in 万 and 億 in Japanese', () => {
    const row = costStackTable(report().years, 'ja', ja).rows[0]!;
    expect(row.header).toBe('1年目');
    expect(row.values).toEqual(['350万円', '1,000万円', '100万円', '300万円', '1,750万円']);
  });

  it('sums up the cost in one sentence', () => {
    expect(costStackSummary(report().years, 'ja', ja)).toBe(
      '4年間の費用は合計3,400万円（1年目1,750万円）。',
    );
  });
});
