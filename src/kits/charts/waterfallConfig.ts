/**
 * The control waterfall (README, Method: Controls in scope): the baseline as a full bar, each
 * step's removed controls as a floating bar from what is left after it to what was left before it,
 * and the controls in scope as a full bar. Horizontal, so the steps' names stay readable on a
 * phone.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ControlStep, ControlStepId } from '../../engine/index.ts';
import { formatNumber } from '../format/yen.ts';
import type { Lang } from '../i18n/lang.ts';
import type { ChartMessageKey } from './messages.ts';
import { baseOptions, categoryScale, countScale, legend } from './options.ts';
import { SERIES } from './palette.ts';
import { textColumns, type TableBody } from '../tables/dataTable.ts';
import type { Words } from '../i18n/catalogue.ts';

export const STEP_LABEL_KEYS: Record<ControlStepId, ChartMessageKey> = {
  baseline: 'stepBaseline',
  'not-applicable': 'stepNotApplicable',
  inherited: 'stepInherited',
  'already-audited': 'stepAlreadyAudited',
  'iso27001-credit': 'stepIso27001Credit',
  'reform-cap': 'stepReformCap',
};

export interface WaterfallBar {
  id: ControlStepId | 'in-scope';
  label: string;
  /** 'total' bars stand on zero; 'removed' bars float. */
  kind: 'total' | 'removed';
  /** Controls: the bar spans [from, to], from ≤ to. */
  from: number;
  to: number;
  /** Controls this step removed; null for the totals. */
  removed: number | null;
  /** Controls left after this bar. */
  remaining: number;
}

/** The bars, first step and the controls in scope as totals, every step between as a removal. */
export function waterfallBars(
  steps: readonly ControlStep[],
  t: Words<ChartMessageKey>,
): WaterfallBar[] {
  const bars = steps.map((step, i): WaterfallBar => {
    const label = t(STEP_LABEL_KEYS[step.id]);
    const before = i === 0 ? undefined : steps[i - 1]!.remaining;
    if (before === undefined) {
      return {
        id: step.id,
        label,
        kind: 'total',
        from: 0,
        to: step.remaining,
        removed: null,
        remaining: step.remaining,
      };
    }
    return {
      id: step.id,
      label,
      kind: 'removed',
      from: Math.min(step.remaining, before),
      to: Math.max(step.remaining, before),
      removed: before - step.remaining,
      remaining: step.remaining,
    };
  });
  const last = steps.at(-1);
  if (last) {
    bars.push({
      id: 'in-scope',
      label: t('inScope'),
      kind: 'total',
      from: 0,
      to: last.remaining,
      removed: null,
      remaining: last.remaining,
    });
  }
  return bars;
}

/** Controls are counted whole on screen; the shares behind them make fractions in the model. */
const count = (value: number, lang: Lang) => formatNumber(value, lang, 0);
/** A removal, '−200'; a step that removed nothing is '0', not '−0'. */
const minus = (value: number, lang: Lang) =>
  value === 0 ? count(0, lang) : `−${count(value, lang)}`;

export function waterfallConfig(
  steps: readonly ControlStep[],
  lang: Lang,
  t: Words<ChartMessageKey>,
): ChartConfiguration<'bar', [number, number][], string> {
  const bars = waterfallBars(steps, t);
  return {
    type: 'bar',
    data: {
      labels: bars.map((bar) => bar.label),
      datasets: [
        {
          label: t('controls'),
          data: bars.map((bar) => [bar.from, bar.to]),
          backgroundColor: bars.map((bar) =>
            bar.kind === 'total' ? SERIES.total : SERIES.removed,
          ),
          borderSkipped: false,
          barPercentage: 0.8,
        },
      ],
    },
    options: {
      ...baseOptions(),
      indexAxis: 'y',
      plugins: {
        legend: legend(false),
        tooltip: {
          callbacks: {
            label: (item) => {
              const bar = bars[item.dataIndex];
              if (!bar) return '';
              return bar.removed === null
                ? `${t('controls')}: ${count(bar.remaining, lang)}`
                : t('removedTooltip', {
                    removed: minus(bar.removed, lang),
                    remaining: count(bar.remaining, lang),
                  });
            },
          },
        },
      },
      scales: { x: countScale(lang, t('controls')), y: categoryScale() },
    },
  };
}

export function waterfallTable(
  steps: readonly ControlStep[],
  lang: Lang,
  t: Words<ChartMessageKey>,
): TableBody {
  return {
    columns: textColumns([t('step'), t('removed'), t('remaining')]),
    rows: waterfallBars(steps, t).map((bar) => ({
      header: bar.label,
      values: [bar.removed === null ? '—' : minus(bar.removed, lang), count(bar.remaining, lang)],
    })),
    notes: [],
  };
}

/** One sentence for the canvas's aria-label. */
export function waterfallSummary(
  steps: readonly ControlStep[],
  lang: Lang,
  t: Words<ChartMessageKey>,
): string {
  return t('waterfallSummary', {
    baseline: count(steps[0]?.remaining ?? 0, lang),
    inScope: count(steps.at(-1)?.remaining ?? 0, lang),
  });
}
