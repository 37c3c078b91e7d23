/**
 * Cost per year, stacked by line (README, Method: Costs per year): audit, staff, operations and
 * one-off costs, whose stack is each year's total cost.
 */
import type { ChartConfiguration } from 'chart.js';
import type { YearRow } from '../../../engine/index.ts';
import { formatYen, type Lang } from '../../../kits/format/yen.ts';
import { stackedYenBars } from '../../../kits/charts/stackedYenBars.ts';
import { SERIES } from '../../../kits/charts/palette.ts';
import type { TableTwin } from '../../../kits/tables/table.ts';
import { fill, yearLabel, type Translate } from '../../../kits/charts/translate.ts';

/** The cost lines, bottom of the stack first; each is a YearRow field and a message key. */
export const COST_LINES = ['audit', 'staff', 'operations', 'oneOff'] as const;
export type CostLine = (typeof COST_LINES)[number];

export function costStackConfig(
  years: readonly YearRow[],
  lang: Lang,
  t: Translate,
): ChartConfiguration<'bar', number[], string> {
  return stackedYenBars({
    labels: years.map((y) => yearLabel(y.year, t)),
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

export function costStackTable(years: readonly YearRow[], lang: Lang, t: Translate): TableTwin {
  const yen = (value: number) => formatYen(value, lang);
  const sum = (pick: (y: YearRow) => number) => years.reduce((total, y) => total + pick(y), 0);
  return {
    columns: [t('year'), ...COST_LINES.map((line) => t(line)), t('total')],
    rows: [
      ...years.map((y) => ({
        header: yearLabel(y.year, t),
        cells: [...COST_LINES.map((line) => yen(y[line])), yen(y.totalCost)],
      })),
      {
        header: t('total'),
        cells: [
          ...COST_LINES.map((line) => yen(sum((y) => y[line]))),
          yen(sum((y) => y.totalCost)),
        ],
      },
    ],
    notes: [],
  };
}

export function costStackSummary(years: readonly YearRow[], lang: Lang, t: Translate): string {
  return fill(t('costSummary'), {
    years: years.length,
    total: formatYen(
      years.reduce((total, y) => total + y.totalCost, 0),
      lang,
    ),
    first: formatYen(years[0]?.totalCost ?? 0, lang),
  });
}
