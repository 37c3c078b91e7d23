import { describe, expect, it } from 'vitest';
import {
  binOf,
  histogramConfig,
  histogramSummary,
  histogramTable,
  PERCENTILES,
} from '../../../../src/screens/estimate/build/histogramConfig.ts';
import { monteCarlo, type MonteCarloResult } from '../../../../src/engine/index.ts';
import { formatShare, formatYen } from '../../../../src/kits/format/yen.ts';
import { handScenario } from '../../engine/hand-scenario.ts';
import { en, ja, rangedHandScenario } from './fixtures.ts';

const SAMPLES = 2_000;
const result = () => monteCarlo(rangedHandScenario(), { samples: SAMPLES, seed: 7 });

describe('NPV histogram', () => {
  it('draws one bar per bin, centred on it, as tall as its count', () => {
    const mc = result();
    const bars = histogramConfig(mc, 'en', en).data.datasets[0]!;
    expect(bars.type).toBe('bar');
    expect(bars.data).toEqual(mc.histogram.map((b) => ({ x: (b.from + b.to) / 2, y: b.count })));
    expect(bars.data.reduce((sum, p) => sum + p.y, 0)).toBe(SAMPLES);
    expect(bars).toMatchObject({ barPercentage: 1, categoryPercentage: 1, grouped: false });
  });

  it('spans the x axis from the lowest bin’s start to the highest bin’s end', () => {
    const mc = result();
    const x = histogramConfig(mc, 'en', en).options!.scales!['x']!;
    expect(x).toMatchObject({ type: 'linear', min: mc.histogram[0]!.from });
    expect(x.max).toBe(mc.histogram.at(-1)!.to);
  });

  it('marks P10, P50 and P90 with vertical lines from zero to the tallest bar', () => {
    const mc = result();
    const tallest = Math.max(...mc.histogram.map((b) => b.count));
    const lines = histogramConfig(mc, 'ja', ja).data.datasets.slice(1);
    expect(lines).toHaveLength(3);
    lines.forEach((line, i) => {
      const value = mc[PERCENTILES[i]!.key];
      expect(line.type).toBe('line');
      expect(line.data).toEqual([
        { x: value, y: 0 },
        { x: value, y: tallest },
      ]);
      expect(line.label).toBe(`${PERCENTILES[i]!.name} ${formatYen(value, 'ja')}`);
    });
    // Told apart without colour: each line has its own dash.
    expect(
      new Set(lines.map((l) => JSON.stringify((l as { borderDash?: number[] }).borderDash))).size,
    ).toBe(3);
    expect(mc.p10).toBeLessThan(mc.p50);
    expect(mc.p50).toBeLessThan(mc.p90);
  });

  it('widens the axis when every draw gave the same NPV', () => {
    const flat = monteCarlo(handScenario(), { samples: 50, seed: 1 }); // no ranged input
    expect(flat.histogram).toHaveLength(1);
    const x = histogramConfig(flat, 'en', en).options!.scales!['x']!;
    expect(x.min).toBeLessThan(flat.p50);
    expect(x.max).toBeGreaterThan(flat.p50);
  });
});

describe('NPV histogram table', () => {
  it('has one row per bin with its count and share of the draws', () => {
    const mc = result();
    const table = histogramTable(mc, 'en', en);
    expect(table.columns.map((c) => c.label)).toEqual(['NPV range', 'Draws', 'Share', 'Marker']);
    expect(table.rows).toHaveLength(mc.histogram.length);
    mc.histogram.forEach((bin, i) => {
      const row = table.rows[i]!;
      expect(row.header).toBe(`${formatYen(bin.from, 'en')} to ${formatYen(bin.to, 'en')}`);
      expect(row.values[0]).toBe(String(bin.count));
      expect(row.values[1]).toBe(formatShare(bin.count / SAMPLES, 'en', 1));
    });
  });

  it('marks the bin holding each percentile, and only that one', () => {
    const mc = result();
    const table = histogramTable(mc, 'en', en);
    for (const p of PERCENTILES) {
      const marked = table.rows.flatMap((row, i) =>
        String(row.values[2]).includes(p.name) ? [i] : [],
      );
      expect(marked).toHaveLength(1);
      const bin = mc.histogram[marked[0]!]!;
      expect(bin.from).toBeLessThanOrEqual(mc[p.key]);
      expect(mc[p.key]).toBeLessThanOrEqual(bin.to);
    }
  });

  it('finds no bin for a value outside the histogram', () => {
    const mc: MonteCarloResult = { ...result(), histogram: [{ from: 0, to: 10, count: 1 }] };
    expect(binOf(mc, 5)).toBe(0);
    expect(binOf(mc, 10)).toBe(0); // the last bin includes its upper bound
    expect(binOf(mc, 11)).toBe(-1);
  });

  it('states the percentiles and P(NPV > 0) in words', () => {
    const mc = result();
    const summary = histogramSummary(mc, 'en', en);
    expect(summary).toContain('2,000 draws');
    for (const p of PERCENTILES) expect(summary).toContain(formatYen(mc[p.key], 'en'));
    expect(summary).toContain(formatShare(mc.probNpvPositive, 'en', 1));
    expect(histogramTable(mc, 'en', en).notes).toEqual([summary]);
  });
});
