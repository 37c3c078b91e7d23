import { describe, expect, it } from 'vitest';
import {
  tornadoConfig,
  tornadoSummary,
  tornadoTable,
} from '../../../../src/screens/estimate/build/tornadoConfig.ts';
import { pointReport } from '../../../../src/engine/index.ts';
import { formatYen } from '../../../../src/kits/format/yen.ts';
import { en, ja, rangedHandScenario } from './fixtures.ts';

const report = () => pointReport(rangedHandScenario());
const words: Record<string, string> = {
  'audit.fixedFeeYen': 'Audit fee per engagement',
  'staff.costPerFteYenPerYear': 'Cost per FTE',
  'revenue.segments[0].contractValueYenPerYear': 'Contract value (municipal)',
};
const labelFor = (path: string) => words[path] ?? `?${path}`;

describe('tornado', () => {
  it('keeps the engine’s order, largest swing first', () => {
    const r = report();
    const config = tornadoConfig(r.sensitivity, r.totals.npv, 'en', en, labelFor);
    expect(config.data.labels).toEqual(r.sensitivity.map((bar) => labelFor(bar.input)));
    expect(config.data.labels).toHaveLength(3); // the three ranged inputs
    // The swing each pair of bars draws, from their far ends, never grows down the chart.
    const [low, high] = config.data.datasets;
    const drawnSwing = r.sensitivity.map((_, i) =>
      Math.abs((high!.data[i] as number[])[1]! - (low!.data[i] as number[])[1]!),
    );
    drawnSwing.slice(1).forEach((swing, i) => expect(swing).toBeLessThanOrEqual(drawnSwing[i]!));
  });

  it('draws the bars in the order given, without re-sorting', () => {
    const r = report();
    const reversed = [...r.sensitivity].reverse();
    const config = tornadoConfig(reversed, r.totals.npv, 'en', en, labelFor);
    expect(config.data.labels).toEqual(reversed.map((bar) => labelFor(bar.input)));
  });

  it('floats a low and a high bar from the base NPV to the NPV at each end', () => {
    const r = report();
    const [low, high, base] = tornadoConfig(r.sensitivity, r.totals.npv, 'en', en).data.datasets;
    expect(low!.data).toEqual(r.sensitivity.map((bar) => [r.totals.npv, bar.npvLow]));
    expect(high!.data).toEqual(r.sensitivity.map((bar) => [r.totals.npv, bar.npvHigh]));
    // Overlaid in one row, not side by side.
    expect(low).toMatchObject({ type: 'bar', grouped: false });
    expect(high).toMatchObject({ type: 'bar', grouped: false });
    expect(base!.type).toBe('line');
    expect(base!.data).toEqual(r.sensitivity.map(() => r.totals.npv));
    expect(base!.label).toBe(`Base NPV (${formatYen(r.totals.npv, 'en')})`);
  });

  it('lies horizontal with a yen axis', () => {
    const r = report();
    const options = tornadoConfig(r.sensitivity, r.totals.npv, 'ja', ja).options!;
    expect(options.indexAxis).toBe('y');
    const tick = options.scales!['x']!.ticks!.callback!;
    expect(tick.call(null as never, -35_000_000, 0, [])).toBe('−3,500万円');
  });

  it('labels inputs by their path when given no words for them', () => {
    const r = report();
    const config = tornadoConfig(r.sensitivity, r.totals.npv, 'en', en);
    expect(config.data.labels).toEqual(r.sensitivity.map((bar) => bar.input));
    expect(config.data.labels).toContain('revenue.segments[0].contractValueYenPerYear');
  });

  it('shows the NPV at the bar’s own end in the tooltip', () => {
    const r = report();
    const label = tornadoConfig(r.sensitivity, r.totals.npv, 'en', en).options!.plugins!.tooltip!
      .callbacks!.label!;
    const item = { dataIndex: 0, datasetIndex: 1, dataset: { label: 'NPV at the high value' } };
    expect(label.call(null as never, item as Parameters<typeof label>[0])).toBe(
      `NPV at the high value: ${formatYen(r.sensitivity[0]!.npvHigh, 'en')}`,
    );
  });
});

describe('tornado table', () => {
  it('has one row per input, in the chart’s order, with both ends and the swing', () => {
    const r = report();
    const table = tornadoTable(r.sensitivity, 'en', en, labelFor);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Input',
      'NPV at the low value',
      'NPV at the high value',
      'Swing',
    ]);
    expect(table.rows.map((row) => row.header)).toEqual(
      tornadoConfig(r.sensitivity, r.totals.npv, 'en', en, labelFor).data.labels,
    );
    r.sensitivity.forEach((bar, i) => {
      expect(table.rows[i]!.values).toEqual(
        [bar.npvLow, bar.npvHigh, Math.abs(bar.npvHigh - bar.npvLow)].map((v) =>
          formatYen(v, 'en'),
        ),
      );
    });
  });

  it('names the strongest input, or says there is none', () => {
    const r = report();
    expect(tornadoSummary(r.sensitivity, 'en', en, labelFor)).toContain(
      labelFor(r.sensitivity[0]!.input),
    );
    expect(tornadoSummary([], 'ja', ja)).toBe(ja('tornadoEmpty'));
  });
});
