/**
 * Cash flow per year (README, Method: Results): the net of each year as bars, the cumulative net as
 * a line, and the payback year — the first whose cumulative net is ≥ 0 — as a large marker on that
 * line.
 */
import type { ChartConfiguration } from 'chart.js';
import type { YearRow } from '../../../engine/index.ts';
import { formatYen } from '../../../kits/format/yen.ts';
import type { Lang } from '../../../kits/i18n/lang.ts';
import {
  baseOptions,
  categoryScale,
  legend,
  yenByYear,
  yenScale,
} from '../../../kits/charts/options.ts';
import { SERIES } from '../../../kits/charts/palette.ts';
import { textColumns, type TableBody } from '../../../kits/tables/dataTable.ts';
import type { Words } from '../../../kits/i18n/catalogue.ts';
import type { EstimateChartKey } from '../charts/messages.ts';

type CashFlowData = (number | null)[];

/** The payback marker's values: the cumulative net in the payback year, null in the others. */
export function paybackMarker(years: readonly YearRow[], paybackYear: number | null): CashFlowData {
  return years.map((y) => (y.year === paybackYear ? y.cumulativeNet : null));
}

export function cashFlowConfig(
  years: readonly YearRow[],
  paybackYear: number | null,
  lang: Lang,
  t: Words<EstimateChartKey>,
): ChartConfiguration<'bar' | 'line', CashFlowData, string> {
  const marker =
    paybackYear === null
      ? []
      : [
          {
            type: 'line' as const,
            label: t('paybackAt', { n: paybackYear }),
            data: paybackMarker(years, paybackYear),
            showLine: false,
            pointStyle: 'rectRot' as const,
            pointRadius: 10,
            pointHoverRadius: 11,
            pointBackgroundColor: SERIES.marker,
            pointBorderColor: '#ffffff',
            pointBorderWidth: 2,
            backgroundColor: SERIES.marker,
            borderColor: SERIES.marker,
            order: 0,
          },
        ];
  const { interaction, tooltip } = yenByYear(lang);
  return {
    type: 'bar',
    data: {
      labels: years.map((y) => t('yearN', { n: y.year })),
      datasets: [
        ...marker,
        {
          type: 'line',
          label: t('cumulativeNet'),
          data: years.map((y) => y.cumulativeNet),
          borderColor: SERIES.cumulative,
          backgroundColor: SERIES.cumulative,
          borderWidth: 2,
          pointRadius: 3,
          pointStyle: 'circle',
          order: 1,
        },
        {
          type: 'bar',
          label: t('net'),
          data: years.map((y) => y.net),
          backgroundColor: SERIES.net,
          pointStyle: 'rect',
          order: 2,
        },
      ],
    },
    options: {
      ...baseOptions(),
      interaction,
      plugins: { legend: legend(), tooltip },
      scales: { x: categoryScale(), y: yenScale(lang, t('yen')) },
    },
  };
}

export function cashFlowTable(
  years: readonly YearRow[],
  paybackYear: number | null,
  lang: Lang,
  t: Words<EstimateChartKey>,
): TableBody {
  const yen = (value: number) => formatYen(value, lang);
  return {
    columns: textColumns([t('year'), t('cost'), t('grossProfit'), t('net'), t('cumulativeNet')]),
    rows: years.map((y) => ({
      header:
        y.year === paybackYear
          ? t('paybackRow', { year: t('yearN', { n: y.year }) })
          : t('yearN', { n: y.year }),
      values: [yen(y.totalCost), yen(y.grossProfit), yen(y.net), yen(y.cumulativeNet)],
    })),
    notes: [],
  };
}

export function cashFlowSummary(
  years: readonly YearRow[],
  paybackYear: number | null,
  lang: Lang,
  t: Words<EstimateChartKey>,
): string {
  const last = years.at(-1);
  return t(paybackYear === null ? 'cashSummaryNone' : 'cashSummaryPayback', {
    n: paybackYear ?? '',
    last: last?.year ?? 0,
    value: formatYen(last?.cumulativeNet ?? 0, lang),
  });
}
