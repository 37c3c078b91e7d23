/**
 * Options every chart shares: no animation (results must follow the inputs within a frame),
 * size from the container, readable text, yen ticks the way each language reads them.
 */
import type { ScriptableScaleContext } from 'chart.js';
import { formatNumber, formatYen, type Lang } from '../format/yen.ts';
import { GRID, INK, MUTED_INK, ZERO_LINE } from './palette.ts';

export const FONT_FAMILY = "system-ui, 'Hiragino Sans', 'Noto Sans JP', 'Yu Gothic UI', sans-serif";

export function baseOptions() {
  return {
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    color: INK,
    font: { family: FONT_FAMILY },
  };
}

export function legend(display = true) {
  return {
    display,
    position: 'bottom' as const,
    labels: { color: INK, boxWidth: 14, boxHeight: 14 },
  };
}

/** Grid lines faint, the zero line stronger: it is where a loss turns into a gain. */
function grid() {
  return {
    color: (ctx: ScriptableScaleContext) => (ctx.tick?.value === 0 ? ZERO_LINE : GRID),
    lineWidth: (ctx: ScriptableScaleContext) => (ctx.tick?.value === 0 ? 2 : 1),
  };
}

function title(text: string) {
  return { display: text !== '', text, color: INK };
}

/** Tick text: a Chart.js tick value is a number for numeric scales, a string never here. */
const asNumber = (value: number | string) => (typeof value === 'number' ? value : Number(value));

/** A linear axis of yen: 1億2,000万円 in Japanese, ¥120M in English. */
export function yenScale(lang: Lang, text: string) {
  return {
    type: 'linear' as const,
    title: title(text),
    grid: grid(),
    ticks: {
      color: MUTED_INK,
      callback: (value: number | string) => formatYen(asNumber(value), lang),
    },
  };
}

/** A linear axis of counts (controls, draws). */
export function countScale(lang: Lang, text: string) {
  return {
    type: 'linear' as const,
    beginAtZero: true,
    title: title(text),
    grid: grid(),
    ticks: {
      color: MUTED_INK,
      precision: 0,
      callback: (value: number | string) => formatNumber(asNumber(value), lang, 0),
    },
  };
}

/** A category axis (years, steps, inputs): labels only, no grid. */
export function categoryScale(text = '') {
  return {
    type: 'category' as const,
    title: title(text),
    grid: { display: false },
    ticks: { color: INK, autoSkip: false },
  };
}

/**
 * Whether a log-axis tick is a power of ten: the only ticks labelled, so a phone-width axis
 * stays legible (Chart.js generates 1…9 × 10ⁿ).
 */
export function isPowerOfTen(value: number): boolean {
  if (!(value > 0)) return false;
  const exponent = Math.round(Math.log10(value));
  return Math.abs(value / 10 ** exponent - 1) < 1e-9;
}

/** A logarithmic axis labelled at powers of ten only, with the given formatter. */
export function logScale(text: string, format: (value: number) => string) {
  return {
    type: 'logarithmic' as const,
    title: title(text),
    grid: { color: GRID },
    ticks: {
      color: MUTED_INK,
      autoSkip: false,
      callback: (value: number | string) => {
        const v = asNumber(value);
        return isPowerOfTen(v) ? format(v) : '';
      },
    },
  };
}
