/**
 * What changed the NPV from one compare column to another (README, Method: What changed): the
 * engine's Shapley split of the point-NPV difference among input groups, as a waterfall — the
 * first column's NPV as a bar from zero, each group's part floating from the NPV before it to
 * the NPV after it (one colour when it raises NPV, another when it lowers it), the other
 * column's NPV as a bar from zero — with its table twin and one sentence naming the group that
 * moved NPV most. Horizontal, like the control waterfall, so the groups' names stay readable on
 * a phone.
 *
 * The split starts from the scenarios the columns' reports evaluate (on their track, under their
 * reform), so its ends are the NPVs the key-figure table shows, exactly.
 */
import type { ChartConfiguration } from 'chart.js';
import { attributeNpv, type AttributionGroup } from '../../../engine/index.ts';
import { baseOptions, categoryScale, legend, yenScale } from '../../../kits/charts/options.ts';
import { SERIES } from '../../../kits/charts/palette.ts';
import { formatYen, formatYenChange } from '../../../kits/format/yen.ts';
import type { Words } from '../../../kits/i18n/catalogue.ts';
import type { Lang } from '../../../kits/i18n/lang.ts';
import type { TableBody } from '../../../kits/tables/dataTable.ts';
import type { CompareMessageKey } from '../messages.ts';
import type { LabelledColumn } from './columns.ts';

export interface NpvPart {
  group: AttributionGroup;
  npvDelta: number;
}

/** The NPV difference from one column to another, split by input group. */
export interface NpvChange {
  /** The columns as the charts name them: '列1', '列2'. */
  from: string;
  to: string;
  fromNpv: number;
  toNpv: number;
  /** In the engine's group order; they add up to toNpv − fromNpv. */
  parts: NpvPart[];
}

/** What a column needs to be one end of a change. */
export type ChangeEnd = Pick<LabelledColumn, 'short' | 'evaluated' | 'report'>;

export function npvChange(from: ChangeEnd, to: ChangeEnd): NpvChange {
  return {
    from: from.short,
    to: to.short,
    fromNpv: from.report.totals.npv,
    toNpv: to.report.totals.npv,
    parts: attributeNpv(from.evaluated, to.evaluated).parts,
  };
}

/** From the first column to each other one, as every difference on the compare view is. */
export function npvChanges(columns: readonly ChangeEnd[]): NpvChange[] {
  const [first, ...others] = columns;
  return first ? others.map((column) => npvChange(first, column)) : [];
}

export interface ChangeBar {
  id: 'from' | AttributionGroup | 'to';
  label: string;
  /** 'total' bars stand on zero; 'gain' and 'loss' bars float. */
  kind: 'total' | 'gain' | 'loss';
  /** The bar spans [start, end]: for a part, the NPV before it and after it. */
  start: number;
  end: number;
  /** The part; null for the two columns' NPVs. */
  change: number | null;
}

/** The first column's NPV, each group's part from where the one before left NPV, the other's NPV. */
export function changeBars(change: NpvChange, t: Words<CompareMessageKey>): ChangeBar[] {
  let npv = change.fromNpv;
  const parts = change.parts.map((part): ChangeBar => {
    const start = npv;
    npv += part.npvDelta;
    return {
      id: part.group,
      label: t(`group.${part.group}`),
      kind: part.npvDelta < 0 ? 'loss' : 'gain',
      start,
      end: npv,
      change: part.npvDelta,
    };
  });
  const total = (id: 'from' | 'to', column: string, value: number): ChangeBar => ({
    id,
    label: t('columnNpv', { column }),
    kind: 'total',
    start: 0,
    end: value,
    change: null,
  });
  return [
    total('from', change.from, change.fromNpv),
    ...parts,
    total('to', change.to, change.toNpv),
  ];
}

/** A bar's span, or null where another dataset draws that row. */
type ChangeData = ([number, number] | null)[];

export function changeConfig(
  change: NpvChange,
  lang: Lang,
  t: Words<CompareMessageKey>,
): ChartConfiguration<'bar', ChangeData, string> {
  const bars = changeBars(change, t);
  // One dataset per kind, so the legend says what each colour means.
  const dataset = (kind: ChangeBar['kind'], label: string, color: string) => ({
    label,
    data: bars.map((bar): [number, number] | null =>
      bar.kind === kind ? [bar.start, bar.end] : null,
    ),
    backgroundColor: color,
    borderSkipped: false,
    grouped: false,
    barPercentage: 0.8,
    pointStyle: 'rect' as const,
  });
  return {
    type: 'bar',
    data: {
      labels: bars.map((bar) => bar.label),
      datasets: [
        dataset('total', t('changeTotals'), SERIES.total),
        dataset('gain', t('changeGain'), SERIES.gain),
        dataset('loss', t('changeLoss'), SERIES.loss),
      ],
    },
    options: {
      ...baseOptions(),
      indexAxis: 'y',
      plugins: {
        legend: legend(),
        tooltip: {
          callbacks: {
            label: (item) => {
              const bar = bars[item.dataIndex];
              if (!bar) return '';
              return bar.change === null
                ? formatYen(bar.end, lang)
                : t('changeTooltip', {
                    change: formatYenChange(bar.change, lang),
                    npv: formatYen(bar.end, lang),
                  });
            },
          },
        },
      },
      scales: { x: yenScale(lang, t('npv')), y: categoryScale() },
    },
  };
}

/** The same bars as a table: each one's change and the NPV after it, yen kept as numbers. */
export function changeTable(change: NpvChange, t: Words<CompareMessageKey>): TableBody {
  return {
    columns: [
      { label: t('changeGroup'), kind: 'text' },
      { label: t('changeAmount'), kind: 'yenChange' },
      { label: t('changeRunning'), kind: 'yen' },
    ],
    rows: changeBars(change, t).map((bar) => ({
      header: bar.label,
      values: [bar.change ?? t('missing'), bar.end],
    })),
    notes: [],
  };
}

/** The part furthest from zero (the first of equals); undefined when there is none. */
function largestPart(parts: readonly NpvPart[]): NpvPart | undefined {
  return parts.reduce<NpvPart | undefined>(
    (best, part) => (!best || Math.abs(part.npvDelta) > Math.abs(best.npvDelta) ? part : best),
    undefined,
  );
}

/**
 * One sentence for everyone: the group that moved NPV most, and how much of the difference it
 * explains. When the other groups together pull the other way (the part is larger than the
 * difference, or of the other sign), "explains ¥88M of a ¥41M difference" would puzzle, so the
 * sentence says so instead.
 */
export function changeLead(change: NpvChange, lang: Lang, t: Words<CompareMessageKey>): string {
  const largest = largestPart(change.parts);
  if (!largest || largest.npvDelta === 0) {
    return t('changeLeadSame', {
      from: change.from,
      to: change.to,
      npv: formatYen(change.fromNpv, lang),
    });
  }
  const delta = change.toNpv - change.fromNpv;
  const rest = delta - largest.npvDelta;
  return t(rest * largest.npvDelta < 0 ? 'changeLeadOffset' : 'changeLead', {
    group: t(`group.${largest.group}`),
    part: formatYenChange(largest.npvDelta, lang),
    delta: formatYenChange(delta, lang),
    rest: formatYenChange(rest, lang),
    from: change.from,
    to: change.to,
  });
}

/** The canvas's label: both NPVs and every part, for screen readers. */
export function changeSummary(change: NpvChange, lang: Lang, t: Words<CompareMessageKey>): string {
  const parts = change.parts.map((part) =>
    t('changeSummaryPart', {
      group: t(`group.${part.group}`),
      change: formatYenChange(part.npvDelta, lang),
    }),
  );
  return (
    t('changeSummary', {
      from: change.from,
      to: change.to,
      fromNpv: formatYen(change.fromNpv, lang),
      toNpv: formatYen(change.toNpv, lang),
      parts: parts.join(t('listJoin')),
    }) + t('sentenceEnd')
  );
}
