/**
 * The break-even frontier (README, Method: Break-even, solved exactly): attributable wins a year
 * needed for NPV = 0 against the annual contract value, both axes logarithmic — wins needed fall as
 * 1 ÷ value, a straight line on log–log axes. One curve per scenario, track or reform; the
 * scenario's own point on top: above a curve pays back, below it does not.
 */
import type { ChartConfiguration } from 'chart.js';
import type { FrontierMark, FrontierPoint } from '../../engine/index.ts';
import { formatNumber, formatYen } from '../format/yen.ts';
import type { Lang } from '../i18n/lang.ts';
import { baseOptions, legend, logScale } from './options.ts';
import { CURVES, INK } from './palette.ts';
import { textColumns, type TableBody } from '../tables/dataTable.ts';
import type { Words } from '../i18n/catalogue.ts';
import type { ChartMessageKey } from './messages.ts';

export interface FrontierCurve {
  label: string;
  frontier: readonly FrontierPoint[];
}

interface XY {
  x: number;
  y: number;
}

/** The points a log–log chart can draw: reachable, and both coordinates positive. */
export function drawablePoints(frontier: readonly FrontierPoint[]): XY[] {
  return frontier.flatMap((p) =>
    p.winsPerYear !== null && p.winsPerYear > 0 && p.annualContractValue > 0
      ? [{ x: p.annualContractValue, y: p.winsPerYear }]
      : [],
  );
}

/** Wins a year with sensible precision: 5.03, 47.5, 1,503. */
export function formatWins(value: number, lang: Lang): string {
  return formatNumber(value, lang, value < 10 ? 2 : value < 100 ? 1 : 0);
}

export function frontierConfig(
  curves: readonly FrontierCurve[],
  mark: FrontierMark | null,
  lang: Lang,
  t: Words<ChartMessageKey>,
): ChartConfiguration<'line', XY[], unknown> {
  const drawMark = mark !== null && mark.winsPerYear > 0 && mark.annualContractValue > 0;
  return {
    type: 'line',
    data: {
      datasets: [
        ...(drawMark
          ? [
              {
                label: t('thisScenario'),
                data: [{ x: mark.annualContractValue, y: mark.winsPerYear }],
                showLine: false,
                pointStyle: 'rectRot' as const,
                pointRadius: 9,
                pointHoverRadius: 10,
                pointBackgroundColor: INK,
                pointBorderColor: '#ffffff',
                pointBorderWidth: 2,
                backgroundColor: INK,
                borderColor: INK,
              },
            ]
          : []),
        ...curves.map((curve, i) => {
          const style = CURVES[i % CURVES.length]!;
          return {
            label: curve.label,
            data: drawablePoints(curve.frontier),
            borderColor: style.color,
            // White inside: the legend's box then shows the curve's colour and dash.
            backgroundColor: '#ffffff',
            pointBackgroundColor: style.color,
            borderDash: [...style.dash],
            borderWidth: 2,
            pointRadius: 2,
          };
        }),
      ],
    },
    options: {
      ...baseOptions(),
      // The nearest point answers, without having to land on a 2-pixel dot.
      interaction: { mode: 'nearest', intersect: false },
      plugins: {
        legend: legend(true, false),
        tooltip: {
          callbacks: {
            title: (items) => formatYen(items[0]?.parsed.x ?? 0, lang),
            label: (item) =>
              `${item.dataset.label ?? ''}: ${t('winsPerYear', { n: formatWins(item.parsed.y ?? 0, lang) })}`,
          },
        },
      },
      scales: {
        x: logScale(t('contractValue'), (value) => formatYen(value, lang)),
        y: logScale(t('winsNeeded'), (value) => formatNumber(value, lang, 2)),
      },
    },
  };
}

export function frontierTable(
  curves: readonly FrontierCurve[],
  mark: FrontierMark | null,
  lang: Lang,
  t: Words<ChartMessageKey>,
): TableBody {
  const values = [
    ...new Set(curves.flatMap((curve) => curve.frontier.map((p) => p.annualContractValue))),
  ].sort((a, b) => a - b);
  const cell = (curve: FrontierCurve, value: number) => {
    const point = curve.frontier.find((p) => p.annualContractValue === value);
    if (!point) return '—';
    return point.winsPerYear === null ? t('outOfReach') : formatWins(point.winsPerYear, lang);
  };
  return {
    columns: textColumns([t('contractValue'), ...curves.map((curve) => curve.label)]),
    rows: values.map((value) => ({
      header: formatYen(value, lang),
      values: curves.map((curve) => cell(curve, value)),
    })),
    notes: mark
      ? [
          t('scenarioNote', {
            value: formatYen(mark.annualContractValue, lang),
            wins: formatWins(mark.winsPerYear, lang),
            needed: formatWins(mark.winsNeeded, lang),
          }),
        ]
      : [],
  };
}

export function frontierSummary(
  curves: readonly FrontierCurve[],
  lang: Lang,
  t: Words<ChartMessageKey>,
): string {
  const points = drawablePoints(curves[0]?.frontier ?? []).sort((a, b) => a.x - b.x);
  const low = points[0];
  const high = points.at(-1);
  if (!low || !high) return t('frontierEmpty');
  return t('frontierSummary', {
    lowValue: formatYen(low.x, lang),
    lowWins: formatWins(low.y, lang),
    highValue: formatYen(high.x, lang),
    highWins: formatWins(high.y, lang),
  });
}
