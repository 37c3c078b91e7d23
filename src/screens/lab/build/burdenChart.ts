/**
 * The population's yearly burden before and after the chosen package, as stacked bars: audit
 * and assessment fees below, the vendors' own effort above; the stack is the total.
 */
import type { ChartConfiguration } from 'chart.js';
import { stackedYenBars } from '../../../kits/charts/stackedYenBars.ts';
import { SERIES } from '../../../kits/charts/palette.ts';
import { textColumns, type TableBody } from '../../../kits/tables/dataTable.ts';
import type { CostSplit } from '../../../engine/index.ts';
import { formatYen } from '../../../kits/format/yen.ts';
import { afterPackage } from './computeLab.ts';
import type { LabView } from './labView.ts';

export interface BurdenBar {
  label: string;
  split: CostSplit;
}

/** First year before, after; steady year before, after. */
export function burdenBars(view: Pick<LabView, 'point' | 'selected' | 't'>): BurdenBar[] {
  const { t, point, selected } = view;
  const after = afterPackage(point, selected);
  const bar = (year: string, when: string, split: CostSplit) => ({
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
  const lines = [
    { key: 'audit', label: t('auditFees'), color: SERIES.audit },
    { key: 'ownEffort', label: t('ownEffort'), color: SERIES.staff },
  ] as const;
  return stackedYenBars({
    labels: bars.map((b) => b.label),
    series: lines.map((line) => ({
      label: line.label,
      color: line.color,
      data: bars.map((b) => b.split[line.key]),
    })),
    axisTitle: t('burdenAxis'),
    lang,
    footer: (index) => {
      const bar = bars[index];
      return bar ? `${t('total')}: ${formatYen(bar.split.total, lang)}` : '';
    },
  });
}

/** The chart's table twin: one row a bar. */
export function burdenChartTable(
  bars: readonly BurdenBar[],
  view: Pick<LabView, 'lang' | 't'>,
): TableBody {
  const { lang, t } = view;
  return {
    columns: textColumns([t('measure'), t('auditFees'), t('ownEffort'), t('total')]),
    rows: bars.map((b) => ({
      header: b.label,
      values: [b.split.audit, b.split.ownEffort, b.split.total].map((v) => formatYen(v, lang)),
    })),
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
