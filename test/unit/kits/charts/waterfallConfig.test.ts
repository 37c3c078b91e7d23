/** Pipeline of the hand scenario, worked out in test/unit/engine/model.test.ts. */
import { describe, expect, it } from 'vitest';
import { SERIES } from '../../../../src/kits/charts/palette.ts';
import {
  STEP_LABEL_KEYS,
  waterfallBars,
  waterfallConfig,
  waterfallSummary,
  waterfallTable,
} from '../../../../src/kits/charts/waterfallConfig.ts';
import { pointReport, type ControlStepId } from '../../../../src/engine/index.ts';
import { controlPipeline } from '../../../../src/engine/controls.ts';
import { resolveMode } from '../../../../src/engine/resolve.ts';
import { formatNumber } from '../../../../src/kits/format/yen.ts';
import { handScenario } from '../../engine/hand-scenario.ts';
import { en, ja } from './fixtures.ts';

const steps = () => pointReport(handScenario()).controls.steps;

// baseline 1,000 → 800 (20 % n/a) → 600 (25 % inherited) → 540 (10 % audited) → 297 (ISO
// 90 % × 50 %) → 250 (cap) → in scope 250
const handBars: [number, number][] = [
  [0, 1000],
  [1000 * (1 - 0.2), 1000],
  [800 * (1 - 0.25), 800],
  [600 * (1 - 0.1), 600],
  [540 * (1 - 0.9 * 0.5), 540],
  [250, 540 * (1 - 0.9 * 0.5)],
  [0, 250],
];

describe('control waterfall', () => {
  it('floats each removal from the count after it to the count before it', () => {
    const data = waterfallConfig(steps(), 'en', en).data.datasets[0]!.data;
    expect(data).toHaveLength(handBars.length);
    data.forEach(([from, to], i) => {
      expect(from).toBeCloseTo(handBars[i]![0], 9);
      expect(to).toBeCloseTo(handBars[i]![1], 9);
    });
  });

  it('stands the baseline and the controls in scope on zero, in their own colour', () => {
    const bars = waterfallBars(steps(), en);
    const colours = waterfallConfig(steps(), 'en', en).data.datasets[0]!.backgroundColor;
    expect(bars.map((b) => b.kind)).toEqual([
      'total',
      'removed',
      'removed',
      'removed',
      'removed',
      'removed',
      'total',
    ]);
    expect(colours).toEqual(bars.map((b) => (b.kind === 'total' ? SERIES.total : SERIES.removed)));
    expect(bars.at(-1)).toMatchObject({ id: 'in-scope', from: 0, to: 250, remaining: 250 });
  });

  it('reports each step’s removal and what is left', () => {
    const bars = waterfallBars(steps(), en);
    const removed = bars.map((b) => b.removed);
    expect(removed[0]).toBeNull();
    expect(removed[1]).toBeCloseTo(1000 * 0.2, 9);
    expect(removed[2]).toBeCloseTo(800 * 0.25, 9);
    expect(removed[3]).toBeCloseTo(600 * 0.1, 9);
    expect(removed[4]).toBeCloseTo(540 * 0.45, 9);
    expect(removed[5]).toBeCloseTo(297 - 250, 9);
    expect(removed[6]).toBeNull();
  });

  it('draws a step that removes nothing as a bar of zero length', () => {
    const p = resolveMode(handScenario());
    p.vendor.hostedOnListedPlatform = false; // nothing inherited
    const data = waterfallConfig(controlPipeline(p).steps, 'en', en).data.datasets[0]!.data;
    expect(data[2]).toEqual([800, 800]);
  });

  it('labels every step in both languages, distinctly', () => {
    const ids = Object.keys(STEP_LABEL_KEYS) as ControlStepId[];
    for (const t of [ja, en]) {
      const labels = waterfallConfig(steps(), 'ja', t).data.labels!;
      expect(labels.slice(0, ids.length)).toEqual(ids.map((id) => t(STEP_LABEL_KEYS[id])));
      expect(labels.at(-1)).toBe(t('inScope'));
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('lies horizontal, without animation, counts from zero', () => {
    const options = waterfallConfig(steps(), 'en', en).options!;
    expect(options.indexAxis).toBe('y');
    expect(options.animation).toBe(false);
    expect(options.scales?.['x']).toMatchObject({ type: 'linear', beginAtZero: true });
  });

  it('says the removal and the count left in the tooltip', () => {
    const label = waterfallConfig(steps(), 'en', en).options!.plugins!.tooltip!.callbacks!.label!;
    const item = { dataIndex: 1 } as Parameters<typeof label>[0];
    expect(label.call(null as never, item)).toBe('Removed −200 (800 left)');
  });
});

describe('control waterfall table', () => {
  it('has one row per bar with the chart’s labels and counts', () => {
    const config = waterfallConfig(steps(), 'en', en);
    const table = waterfallTable(steps(), 'en', en);
    expect(table.columns.map((c) => c.label)).toEqual(['Step', 'Removed', 'Remaining']);
    expect(table.rows.map((r) => r.header)).toEqual(config.data.labels);
    table.rows.forEach((row, i) => {
      const [from, to] = config.data.datasets[0]!.data[i]!;
      const removed =
        i === 0 || i === table.rows.length - 1 ? '—' : `−${formatNumber(to - from, 'en')}`;
      expect(row.values[0]).toBe(removed);
    });
    expect(table.rows.map((r) => r.values[1])).toEqual([
      '1,000',
      '800',
      '600',
      '540',
      '297',
      '250',
      '250',
    ]);
  });

  it('writes a step that removed nothing as 0, not −0', () => {
    const p = resolveMode(handScenario());
    p.vendor.hostedOnListedPlatform = false; // nothing inherited
    const row = waterfallTable(controlPipeline(p).steps, 'en', en).rows[2]!;
    expect(row).toEqual({ header: en('stepInherited'), values: ['0', '800'] });
  });

  it('groups digits the Japanese way in Japanese', () => {
    expect(waterfallTable(steps(), 'ja', ja).rows[0]).toEqual({
      header: '基準となる管理策',
      values: ['—', '1,000'],
    });
  });

  it('sums up the pipeline in one sentence', () => {
    expect(waterfallSummary(steps(), 'en', en)).toBe(
      '250 of 1,000 baseline controls remain in scope for the audit.',
    );
    expect(waterfallSummary(steps(), 'ja', ja)).toBe(
      '基準の管理策1,000件のうち、監査対象は250件。',
    );
  });
});
