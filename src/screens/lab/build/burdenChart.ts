/**
 * The population's yearly burden before and after the chosen package, as stacked bars: the
 * certifying vendors' audit and assessment fees below, their own effort above, then the revenue
 * the vendors who do not certify lose; the stack is the total.
 */
import type { ChartConfiguration } from 'chart.js';
import { stackedYenBars } from '../../../kits/charts/stackedYenBars.ts';
import { SERIES } from '../../../kits/charts/palette.ts';
import type { TableBody } from '../../../kits/tables/dataTable.ts';
import type { BurdenSplit } from '../../../engine/index.ts';
import { formatYen } from '../../../kits/format/yen.ts';
import { afterPackage } from './computeLab.ts';
import type { LabView } from './labView.ts';
import type { LabMessageKey } from '../messages.ts';

/** The burden's parts in stacking order, with their words and colours; `total` adds them up. */
export const BURDEN_PARTS = [
  { key: 'audit', label: 'auditFees', color: SERIES.audit },
  { key: 'ownEffort', label: 'ownEffort', color: SERIES.staff },
  { key: 'lostRevenue', label: 'lostRevenue', color: SERIES.lostRevenue },
] as const satisfies readonly { key: keyof BurdenSplit; label: LabMessageKey; color: string }[];

export interface BurdenBar {
  label: string;
  split: BurdenSplit;
}

/** First year before, after; steady year before, after. */
export function burdenBars(view: Pick<LabView, 'point' | 'selected' | 't'>): BurdenBar[] {
  const { t, point, selected } = view;
  const after = afterPackage(point, selected);
  const bar = (year: string, when: string, split: BurdenSplit) => ({
    label: t('barLabel', { year, when }),
    split,
  });
  return [
    bar(t('firstYear'), t('before'), point.before.firstYearBurden),
    bar(t('firstYear'), t('after'), after.firstYearBurden),
    bar(t('steadyYearShort'), t('before'), point.before.steadyYearBurden),
    bar(t('steadyYearShort'), t('after'), after.steadyYearBurden),
  ];
}

export function burdenChartConfig(
  bars: readonly BurdenBar[],
  view: Pick<LabView, 'lang' | 't'>,
): ChartConfiguration<'bar', number[], string> {
  const { lang, t } = view;
  return stackedYenBars({
    labels: bars.map((b) => b.label),
    series: BURDEN_PARTS.map((part) => ({
      label: t(part.label),
      color: part.color,
      data: bars.map((b) => b.split[part.key]),
    })),
    axisTitle: t('burdenAxis'),
    lang,
    footer: (index) => {
      const bar = bars[index];
      return bar ? `${t('total')}: ${formatYen(bar.split.total, lang)}` : '';
    },
  });
}

/** The chart's table twin: one row a bar, yen kept as numbers for its CSV. */
export function burdenChartTable(bars: readonly BurdenBar[], view: Pick<LabView, 't'>): TableBody {
  const { t } = view;
  const parts = [...BURDEN_PARTS, { key: 'total', label: 'total' } as const];
  return {
    columns: [
      { label: t('measure'), kind: 'text' },
      ...parts.map((part) => ({ label: t(part.label), kind: 'yen' as const })),
    ],
    rows: bars.map((b) => ({ header: b.label, values: parts.map((part) => b.split[part.key]) })),
    notes: [],
  };
}

export function burdenChartSummary(
  bars: readonly BurdenBar[],
  view: Pick<LabView, 'lang' | 't'>,
): string {
  return view.t('burdenChartSummary', {
    before: formatYen(bars[2]?.split.total ?? 0, view.lang),
    after: formatYen(bars[3]?.split.total ?? 0, view.lang),
  });
}
