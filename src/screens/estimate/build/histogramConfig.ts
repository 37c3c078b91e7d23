/**
 * The Monte Carlo's NPV histogram (README, Method: Uncertainty) with P10, P50 and P90 as vertical
 * lines, each with its own dash so they read without colour. The x axis is linear in yen: each bar
 * spans its bin.
 */
import type { ChartConfiguration } from 'chart.js';
import type { MonteCarloResult } from '../../../engine/index.ts';
import { formatNumber, formatShare, formatYen } from '../../../kits/format/yen.ts';
import type { Lang } from '../../../kits/i18n/lang.ts';
import { baseOptions, countScale, legend, yenScale } from '../../../kits/charts/options.ts';
import { INK, SERIES } from '../../../kits/charts/palette.ts';
import { textColumns, type TableBody } from '../../../kits/tables/dataTable.ts';
import type { Words } from '../../../kits/i18n/catalogue.ts';
import type { EstimateChartKey } from '../charts/messages.ts';

interface XY {
  x: number;
  y: number;
}

export const PERCENTILES = [
  { key: 'p10', name: 'P10', dash: [6, 4] },
  { key: 'p50', name: 'P50', dash: [] },
  { key: 'p90', name: 'P90', dash: [2, 3] },
] as const;

/** Index of the bin holding `value`: the first whose upper bound reaches it; −1 when none. */
export function binOf(mc: MonteCarloResult, value: number): number {
  return mc.histogram.findIndex((bin) => bin.from <= value && value <= bin.to);
}

/** The x range: the bins' outer bounds, widened when every draw gave the same NPV. */
function xRange(mc: MonteCarloResult): { min: number; max: number } {
  const min = mc.histogram[0]?.from ?? 0;
  const max = mc.histogram.at(-1)?.to ?? 0;
  if (max > min) return { min, max };
  const pad = Math.max(Math.abs(min) * 0.05, 1);
  return { min: min - pad, max: max + pad };
}

/** Yen along the bins; no ticks at the bins' odd outer bounds, only at round values. */
function histogramAxis(mc: MonteCarloResult, lang: Lang, title: string) {
  const axis = yenScale(lang, title);
  return { ...axis, ...xRange(mc), ticks: { ...axis.ticks, includeBounds: false } };
}

export function histogramConfig(
  mc: MonteCarloResult,
  lang: Lang,
  t: Words<EstimateChartKey>,
): ChartConfiguration<'bar' | 'line', XY[], unknown> {
  const bins = mc.histogram;
  const top = Math.max(0, ...bins.map((bin) => bin.count));
  const range = (i: number) => {
    const bin = bins[i];
    return bin
      ? t('rangeOf', { from: formatYen(bin.from, lang), to: formatYen(bin.to, lang) })
      : '';
  };
  return {
    type: 'bar',
    data: {
      datasets: [
        {
          type: 'bar',
          label: t('draws'),
          data: bins.map((bin) => ({ x: (bin.from + bin.to) / 2, y: bin.count })),
          backgroundColor: SERIES.draws,
          borderColor: '#ffffff',
          borderWidth: 1,
          barPercentage: 1,
          categoryPercentage: 1,
          grouped: false,
          pointStyle: 'rect' as const,
          order: 2,
        },
        ...PERCENTILES.map((p) => ({
          type: 'line' as const,
          label: `${p.name} ${formatYen(mc[p.key], lang)}`,
          data: [
            { x: mc[p.key], y: 0 },
            { x: mc[p.key], y: top },
          ],
          borderColor: INK,
          backgroundColor: INK,
          borderWidth: 2,
          borderDash: [...p.dash],
          pointRadius: 0,
          pointHitRadius: 6,
          pointStyle: 'line' as const,
          order: 1,
        })),
      ],
    },
    options: {
      ...baseOptions(),
      plugins: {
        legend: legend(),
        tooltip: {
          callbacks: {
            title: (items) => {
              const item = items[0];
              return item && item.datasetIndex === 0 ? range(item.dataIndex) : '';
            },
            label: (item) =>
              item.datasetIndex === 0
                ? `${t('draws')}: ${formatNumber(item.parsed.y ?? 0, lang, 0)}`
                : (item.dataset.label ?? ''),
          },
        },
      },
      scales: {
        x: histogramAxis(mc, lang, t('npv')),
        y: countScale(lang, t('draws')),
      },
    },
  };
}

export function histogramTable(
  mc: MonteCarloResult,
  lang: Lang,
  t: Words<EstimateChartKey>,
): TableBody {
  const marks = PERCENTILES.map((p) => ({ name: p.name, bin: binOf(mc, mc[p.key]) }));
  return {
    columns: textColumns([t('npvRange'), t('draws'), t('share'), t('marker')]),
    rows: mc.histogram.map((bin, i) => ({
      header: t('rangeOf', { from: formatYen(bin.from, lang), to: formatYen(bin.to, lang) }),
      values: [
        formatNumber(bin.count, lang, 0),
        formatShare(mc.samples > 0 ? bin.count / mc.samples : 0, lang, 1),
        marks
          .filter((mark) => mark.bin === i)
          .map((mark) => mark.name)
          .join(' · '),
      ],
    })),
    notes: [histogramSummary(mc, lang, t)],
  };
}

export function histogramSummary(
  mc: MonteCarloResult,
  lang: Lang,
  t: Words<EstimateChartKey>,
): string {
  return t('histogramSummary', {
    samples: formatNumber(mc.samples, lang, 0),
    p10: formatYen(mc.p10, lang),
    p50: formatYen(mc.p50, lang),
    p90: formatYen(mc.p90, lang),
    prob: formatShare(mc.probNpvPositive, lang, 1),
  });
}
