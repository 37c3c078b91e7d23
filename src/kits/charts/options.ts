/**
 * Options every chart shares: no animation (results must follow the inputs within a frame),
 * size from the container, readable text, yen ticks the way each language reads them.
 */
import type { Scale, ScriptableScaleContext } from 'chart.js';
import { formatNumber, formatShare, formatYen } from '../format/yen.ts';
import type { Lang } from '../i18n/lang.ts';
import { GRID, INK, MINOR_GRID, MUTED_INK, ZERO_LINE } from './palette.ts';

/** The page's fonts (app.css), for the text a canvas draws (README, Method: Speed). */
export const FONT_FAMILY =
  "system-ui, 'Hiragino Sans', 'Noto Sans JP', 'Noto Sans CJK JP', 'Yu Gothic UI', sans-serif";

export function baseOptions() {
  return {
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    color: INK,
    font: { family: FONT_FAMILY },
  };
}

/**
 * The legend below the chart. With `usePointStyle` each entry shows its dataset's `pointStyle`
 * ('rect' for bars, 'line' for lines), which reads better than Chart.js's filled boxes; without
 * it an entry is a box outlined in the dataset's dash, for curves told apart by dash.
 */
interface YenTooltipItem {
  dataset: { label?: string };
  parsed: { y: number | null };
  dataIndex: number;
}

/**
 * Every series at the hovered year in one tooltip, a line each in yen (a series with no value
 * there is left out); `footer` adds a last line for the year at that index.
 */
export function yenByYear(lang: Lang, footer?: (index: number) => string) {
  return {
    interaction: { mode: 'index', intersect: false } as const,
    tooltip: {
      filter: (item: YenTooltipItem) => item.parsed.y !== null,
      callbacks: {
        label: (item: YenTooltipItem) =>
          `${item.dataset.label ?? ''}: ${formatYen(item.parsed.y ?? 0, lang)}`,
        ...(footer && { footer: (items: YenTooltipItem[]) => footer(items[0]?.dataIndex ?? -1) }),
      },
    },
  };
}

export function legend(display = true, usePointStyle = true) {
  return {
    display,
    position: 'bottom' as const,
    labels: { color: INK, usePointStyle, boxWidth: 12, boxHeight: 10 },
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

/** A linear axis of shares 0..1, ticked in per cent. */
export function shareScale(lang: Lang, text: string) {
  return {
    type: 'linear' as const,
    min: 0,
    max: 1,
    title: title(text),
    grid: grid(),
    ticks: {
      color: MUTED_INK,
      callback: (value: number | string) => formatShare(asNumber(value), lang),
    },
  };
}

/** Display width in ems, roughly: Latin characters are about half as wide as kana and kanji. */
const emWidth = (text: string) => [...text].reduce((w, c) => w + (c <= '\u007f' ? 0.55 : 1), 0);

/** Greedy line filling: Latin words, single Japanese characters and spaces as tokens. */
function fillLines(text: string, maxEm: number): string[] {
  const tokens = text.match(/[\u0021-\u007e]+|\s+|\P{ASCII}/gu) ?? [];
  const lines: string[] = [''];
  const put = (token: string) => {
    const line = lines[lines.length - 1]!;
    if (line.trim() === '' || emWidth(line + token) <= maxEm)
      lines[lines.length - 1] = line + token;
    else lines.push(token.trimStart());
  };
  for (const token of tokens) {
    if (emWidth(token) <= maxEm) put(token);
    else for (const c of token) put(c); // a word too long for any line: split it anywhere
  }
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

/**
 * Splits a long category label into lines of at most `maxEm` (about 11 ems, a phone's share of
 * the width), so the bars keep their room. Breaks at spaces and between Japanese characters,
 * never inside a Latin word unless that word alone is too long; lines are balanced, so no word
 * is left alone on the last one.
 */
export function wrapLabel(text: string, maxEm = 11): string[] {
  const lines = fillLines(text, maxEm);
  if (lines.length < 2) return lines;
  // The narrowest width that needs no more lines than the widest, and splits no word that fits.
  const longestWord = Math.max(
    ...(text.match(/[\u0021-\u007e]+/g) ?? []).map(emWidth).filter((w) => w <= maxEm),
    0,
  );
  for (
    let width = Math.max(emWidth(text) / lines.length, longestWord);
    width < maxEm;
    width += 0.25
  ) {
    const balanced = fillLines(text, width);
    if (balanced.length === lines.length) return balanced;
  }
  return lines;
}

/**
 * A category axis (years, steps, inputs): no grid, long labels wrapped for display only — the
 * data keeps the whole label, which the tooltip and the table twin show.
 */
export function categoryScale(text = '') {
  return {
    type: 'category' as const,
    title: title(text),
    grid: { display: false },
    ticks: {
      color: INK,
      autoSkip: false,
      callback(this: Scale, value: number | string) {
        return wrapLabel(this.getLabelForValue(asNumber(value)));
      },
    },
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
    // Decades as the grid, the 2…9 between them barely there.
    grid: {
      color: (ctx: ScriptableScaleContext) =>
        isPowerOfTen(ctx.tick?.value ?? 0) ? GRID : MINOR_GRID,
    },
    ticks: {
      color: MUTED_INK,
      autoSkip: false,
      // Only the decades carry text, far enough apart to stay level even on a phone.
      maxRotation: 0,
      callback: (value: number | string) => {
        const v = asNumber(value);
        return isPowerOfTen(v) ? format(v) : '';
      },
    },
  };
}
