/**
 * The tornado (README, Method: Uncertainty): for each ranged input, NPV with that input at its low
 * value and at its high value, the others at their mode, as two floating bars leaving the base NPV
 * — one colour for low, one for high, so the direction of each effect shows. Bars keep the engine's
 * order (largest swing first); the base NPV is a dashed line through them.
 */
import type { ChartConfiguration } from 'chart.js';
import type { SensitivityBar } from '../../../engine/index.ts';
import { formatYen } from '../../../kits/format/yen.ts';
import type { Lang } from '../../../kits/i18n/lang.ts';
import { baseOptions, categoryScale, legend, yenScale } from '../../../kits/charts/options.ts';
import { INK, SERIES } from '../../../kits/charts/palette.ts';
import { textColumns, type TableBody } from '../../../kits/tables/dataTable.ts';
import type { Words } from '../../../kits/i18n/catalogue.ts';
import type { EstimateChartKey } from '../charts/messages.ts';

/** Human words for an input path such as `audit.fixedFeeYen`; the path itself by default. */
export type LabelFor = (path: string) => string;
const byPath: LabelFor = (path) => path;

type TornadoData = ([number, number] | number)[];

export function tornadoConfig(
  bars: readonly SensitivityBar[],
  baseNpv: number,
  lang: Lang,
  t: Words<EstimateChartKey>,
  labelFor: LabelFor = byPath,
): ChartConfiguration<'bar' | 'line', TornadoData, string> {
  const yen = (value: number) => formatYen(value, lang);
  const side = (key: 'npvLow' | 'npvHigh', color: string, label: string) => ({
    type: 'bar' as const,
    label,
    data: bars.map((bar): [number, number] => [baseNpv, bar[key]]),
    backgroundColor: color,
    borderSkipped: false,
    grouped: false,
    barPercentage: 0.8,
    pointStyle: 'rect' as const,
    order: 2,
  });
  return {
    type: 'bar',
    data: {
      labels: bars.map((bar) => labelFor(bar.input)),
      datasets: [
        side('npvLow', SERIES.low, t('atLow')),
        side('npvHigh', SERIES.high, t('atHigh')),
        {
          type: 'line',
          label: t('baseNpv', { value: yen(baseNpv) }),
          data: bars.map(() => baseNpv),
          borderColor: INK,
          backgroundColor: INK,
          borderWidth: 2,
          borderDash: [6, 4],
          pointRadius: 0,
          pointStyle: 'line',
          order: 1,
        },
      ],
    },
    options: {
      ...baseOptions(),
      indexAxis: 'y',
      // Anywhere on an input's row shows both its ends.
      interaction: { mode: 'index', axis: 'y', intersect: false },
      plugins: {
        legend: legend(),
        tooltip: {
          filter: (item) => item.datasetIndex < 2,
          callbacks: {
            label: (item) => {
              const bar = bars[item.dataIndex];
              if (!bar) return '';
              const value = item.datasetIndex === 0 ? bar.npvLow : bar.npvHigh;
              return `${item.dataset.label ?? ''}: ${yen(value)}`;
            },
          },
        },
      },
      // Bars float around the base NPV: the axis fits them rather than reaching for zero.
      scales: {
        x: { ...yenScale(lang, t('npv')), beginAtZero: false, grace: '5%' },
        y: categoryScale(),
      },
    },
  };
}

export function tornadoTable(
  bars: readonly SensitivityBar[],
  lang: Lang,
  t: Words<EstimateChartKey>,
  labelFor: LabelFor = byPath,
): TableBody {
  const yen = (value: number) => formatYen(value, lang);
  return {
    columns: textColumns([t('input'), t('atLow'), t('atHigh'), t('swing')]),
    rows: bars.map((bar) => ({
      header: labelFor(bar.input),
      values: [yen(bar.npvLow), yen(bar.npvHigh), yen(bar.swing)],
    })),
    notes: [],
  };
}

export function tornadoSummary(
  bars: readonly SensitivityBar[],
  lang: Lang,
  t: Words<EstimateChartKey>,
  labelFor: LabelFor = byPath,
): string {
  const top = bars[0];
  if (!top) return t('tornadoEmpty');
  return t('tornadoSummary', {
    input: labelFor(top.input),
    low: formatYen(Math.min(top.npvLow, top.npvHigh), lang),
    high: formatYen(Math.max(top.npvLow, top.npvHigh), lang),
  });
}
