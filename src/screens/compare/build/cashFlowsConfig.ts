/**
 * Cumulative cash flows of the compare columns overlaid (README, Method: Results; Tracks and
 * comparison): one line per column, in the palette's curve colours and dashes, with a point style
 * of its own too, so that a sixth column (the palette has five curves) still differs from the
 * first. Each column's payback year is a large point on its line. Columns with a shorter horizon
 * end early.
 */
import type { ChartConfiguration, PointStyle } from 'chart.js';
import type { YearRow } from '../../../engine/index.ts';
import {
  baseOptions,
  categoryScale,
  legend,
  yenByYear,
  yenScale,
} from '../../../kits/charts/options.ts';
import { CURVES } from '../../../kits/charts/palette.ts';
import { textColumns, type TableBody } from '../../../kits/tables/dataTable.ts';
import { formatYen } from '../../../kits/format/yen.ts';
import type { Lang } from '../../../kits/i18n/lang.ts';
import type { Words } from '../../../kits/i18n/catalogue.ts';
import type { CompareMessageKey } from '../messages.ts';

export interface CashFlowSeries {
  /** The column as the legend, the table and the summary name it: '列2'. */
  label: string;
  years: readonly YearRow[];
  paybackYear: number | null;
}

type Values = (number | null)[];

const POINT_STYLES: readonly PointStyle[] = [
  'circle',
  'rect',
  'triangle',
  'rectRot',
  'crossRot',
  'star',
];

/** The line style of the `i`-th column: colour and dash from the palette, a point style. */
export function seriesStyle(i: number): { color: string; dash: number[]; point: PointStyle } {
  const curve = CURVES[i % CURVES.length]!;
  return {
    color: curve.color,
    dash: [...curve.dash],
    point: POINT_STYLES[i % POINT_STYLES.length]!,
  };
}

/** Years 1 … the longest horizon among the series. */
export function yearsOf(series: readonly CashFlowSeries[]): number[] {
  const horizon = Math.max(0, ...series.map((s) => s.years.length));
  return Array.from({ length: horizon }, (_, i) => i + 1);
}

/** A series' cumulative net per year of `years`; null after its horizon. */
export function cumulativeValues(s: CashFlowSeries, years: readonly number[]): Values {
  return years.map((year) => s.years.find((y) => y.year === year)?.cumulativeNet ?? null);
}

export function compareCashFlowConfig(
  series: readonly CashFlowSeries[],
  lang: Lang,
  t: Words<CompareMessageKey>,
): ChartConfiguration<'line', Values, string> {
  const years = yearsOf(series);
  const { interaction, tooltip } = yenByYear(lang);
  return {
    type: 'line',
    data: {
      labels: years.map((n) => t('yearN', { n })),
      datasets: series.map((s, i) => {
        const style = seriesStyle(i);
        const atPayback = (small: number, large: number) =>
          years.map((year) => (year === s.paybackYear ? large : small));
        return {
          label: s.label,
          data: cumulativeValues(s, years),
          borderColor: style.color,
          // White inside: the legend's box then shows the line's colour and dash.
          backgroundColor: '#ffffff',
          pointBackgroundColor: style.color,
          pointBorderColor: style.color,
          borderDash: style.dash,
          borderWidth: 2,
          pointStyle: style.point,
          pointRadius: atPayback(3, 8),
          pointHoverRadius: atPayback(5, 9),
        };
      }),
    },
    options: {
      ...baseOptions(),
      interaction,
      plugins: { legend: legend(true, false), tooltip },
      scales: { x: categoryScale(), y: yenScale(lang, t('yen')) },
    },
  };
}

/** The same numbers as a table: a row a year, a column per series, payback years marked. */
export function compareCashFlowTable(
  series: readonly CashFlowSeries[],
  lang: Lang,
  t: Words<CompareMessageKey>,
): TableBody {
  const years = yearsOf(series);
  const values = series.map((s) => cumulativeValues(s, years));
  return {
    columns: textColumns([t('year'), ...series.map((s) => s.label)]),
    rows: years.map((year, y) => ({
      header: t('yearN', { n: year }),
      values: series.map((s, i) => {
        const value = values[i]![y];
        if (value === null || value === undefined) return t('missing');
        const shown = formatYen(value, lang);
        return year === s.paybackYear ? t('paybackCell', { value: shown }) : shown;
      }),
    })),
    notes: [],
  };
}

/** One sentence for screen readers: each column's payback and final cumulative cash flow. */
export function compareCashFlowSummary(
  series: readonly CashFlowSeries[],
  lang: Lang,
  t: Words<CompareMessageKey>,
): string {
  const parts = series.map((s) => {
    const last = s.years.at(-1);
    return t(s.paybackYear === null ? 'cashSummaryNever' : 'cashSummaryPays', {
      column: s.label,
      n: s.paybackYear ?? '',
      last: last?.year ?? 0,
      value: formatYen(last?.cumulativeNet ?? 0, lang),
    });
  });
  return parts.join(t('listJoin')) + t('sentenceEnd');
}
