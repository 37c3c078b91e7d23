/**
 * Cost per year, stacked by line (README, Method: Costs per year): audit, staff, operations and
 * one-off costs, whose stack is each year's total cost.
 */
import type { ChartConfiguration } from 'chart.js';
import type { YearRow } from '../../../engine/index.ts';
import { formatYen } from '../../../kits/format/yen.ts';
import type { Lang } from '../../../kits/i18n/lang.ts';
import { stackedYenBars } from '../../../kits/charts/stackedYenBars.ts';
import { SERIES } from '../../../kits/charts/palette.ts';
import { textColumns, type TableBody } from '../../../kits/tables/dataTable.ts';
import type { Words } from '../../../kits/i18n/catalogue.ts';
import type { EstimateChartKey } from '../charts/messages.ts';

/** The cost lines, bottom of the stack first; each is a YearRow field and a message key. */
export const COST_LINES = ['audit', 'staff', 'operations', 'oneOff'] as const;
export type CostLine = (typeof COST_LINES)[number];

export function costStackConfig(
  years: readonly YearRow[],
  lang: Lang,
  t: Words<EstimateChartKey>,
): ChartConfiguration<'bar', number[], string> {
  return stackedYenBars({
    labels: years.map((y) => t('yearN', { n: y.year })),
    series: COST_LINES.map((line) => ({
      label: t(line),
      color: SERIES[line],
      data: years.map((y) => y[line]),
    })),
    axisTitle: t('cost'),
    lang,
    footer: (index) => {
      const year = years[index];
      return year ? `${t('total')}: ${formatYen(year.totalCost, lang)}` : '';
    },
  });
}

export function costStackTable(
  years: readonly YearRow[],
  lang: Lang,
  t: Words<EstimateChartKey>,
): TableBody {
  const yen = (value: number) => formatYen(value, lang);
  const sum = (pick: (y: YearRow) => number) => years.reduce((total, y) => total + pick(y), 0);
  return {
    columns: textColumns([t('year'), ...COST_LINES.map((line) => t(line)), t('total')]),
    rows: [
      ...years.map((y) => ({
        header: t('yearN', { n: y.year }),
        values: [...COST_LINES.map((line) => yen(y[line])), yen(y.totalCost)],
      })),
      {
        header: t('total'),
        values: [
          ...COST_LINES.map((line) => yen(sum((y) => y[line]))),
          yen(sum((y) => y.totalCost)),
        ],
      },
    ],
    notes: [],
  };
}

export function costStackSummary(
  years: readonly YearRow[],
  lang: Lang,
  t: Words<EstimateChartKey>,
): string {
  return t('costSummary', {
    years: years.length,
    total: formatYen(
      years.reduce((total, y) => total + y.totalCost, 0),
      lang,
    ),
    first: formatYen(years[0]?.totalCost ?? 0, lang),
  });
}
