/**
 * The key figures of a point report, defined once: where each is read from, what its absence
 * means, how it reads on screen and how many decimals a CSV keeps. The estimate's cards, the
 * compare table and the tests all take them from here, so a figure cannot read one way on one
 * screen and another way on the next.
 */
import type { PointReport } from '../../engine/index.ts';
import { formatNumber, formatYen } from '../format/yen.ts';
import type { Words } from '../i18n/catalogue.ts';
import type { CommonKey } from '../i18n/common.ts';
import type { Lang } from '../i18n/lang.ts';
import type { FigureWordKey } from './messages.ts';

export const KEY_FIGURE_IDS = [
  'first-year-cost',
  'steady-year-cost',
  'npv',
  'payback',
  'break-even-wins',
  'break-even-value',
  'attributable-wins',
  'controls-in-scope',
] as const;
export type KeyFigureId = (typeof KEY_FIGURE_IDS)[number];

/** The words a figure needs: a catalogue made with FIGURE_WORDS and `withCommon` has them. */
export type FigureWords = Words<FigureWordKey | CommonKey>;

/** What a missing value means: no such year, no payback, or a break-even out of reach. */
export type Absent = 'missing' | 'never' | 'unreachable';

export interface KeyFigure {
  unit: FigureWordKey | CommonKey;
  read: (report: PointReport) => number | null;
  absent: Absent;
  /** The value as shown. */
  format: (value: number, lang: Lang, t: FigureWords) => string;
  /** A difference's magnitude as shown (the sign goes in front); none: years earlier/later. */
  difference?: (magnitude: number, lang: Lang, t: FigureWords) => string;
  /** Decimals kept in a CSV. */
  csvDigits: number;
}

const yen = (value: number, lang: Lang) => formatYen(value, lang);

/** Wins with `digits` decimals: '年0.5件' as a value, '0.5件' as a difference. */
const winsPerYear = (digits: number) => (value: number, lang: Lang, t: FigureWords) =>
  t('winsPerYear', { n: formatNumber(value, lang, digits) });
const wins = (digits: number) => (value: number, lang: Lang, t: FigureWords) =>
  t('wins', { n: formatNumber(value, lang, digits) });
const controls = (value: number, lang: Lang, t: FigureWords) =>
  t('controls', { n: formatNumber(value, lang, 0) });

const yenFigure = (read: KeyFigure['read'], absent: Absent): KeyFigure => ({
  unit: 'unit.yen',
  read,
  absent,
  format: yen,
  difference: yen,
  csvDigits: 0,
});

export const KEY_FIGURES: Readonly<Record<KeyFigureId, KeyFigure>> = {
  'first-year-cost': yenFigure((r) => r.years[0]?.totalCost ?? null, 'missing'),
  'steady-year-cost': yenFigure((r) => r.years[1]?.totalCost ?? null, 'missing'),
  npv: yenFigure((r) => r.totals.npv, 'missing'),
  payback: {
    unit: 'unit.year',
    read: (r) => r.totals.paybackYear,
    absent: 'never',
    format: (value, _lang, t) => t('paybackYear', { n: value }),
    csvDigits: 0,
  },
  // One decimal: a break-even is an estimate, not a count.
  'break-even-wins': {
    unit: 'unit.winsPerYear',
    read: (r) => r.breakEven.winsPerYear,
    absent: 'unreachable',
    format: winsPerYear(1),
    difference: wins(1),
    csvDigits: 4,
  },
  'break-even-value': yenFigure((r) => r.breakEven.annualContractValue, 'unreachable'),
  // Two decimals: a fraction of a deal a year is typical.
  'attributable-wins': {
    unit: 'unit.winsPerYear',
    read: (r) => r.attributableWinsPerYear,
    absent: 'missing',
    format: winsPerYear(2),
    difference: wins(2),
    csvDigits: 4,
  },
  // Whole on screen, as the control waterfall shows them; the CSV keeps two decimals.
  'controls-in-scope': {
    unit: 'unit.controls',
    read: (r) => r.controls.inScope,
    absent: 'missing',
    format: controls,
    difference: controls,
    csvDigits: 2,
  },
};

const ABSENT_TEXT: Record<Absent, FigureWordKey | CommonKey> = {
  missing: 'missing',
  never: 'never',
  unreachable: 'unreachable',
};

/** A figure's value as shown, or the word for its absence ('—', "out of reach", …). */
export function figureText(
  id: KeyFigureId,
  value: number | null,
  lang: Lang,
  t: FigureWords,
): string {
  const figure = KEY_FIGURES[id];
  return value === null ? t(ABSENT_TEXT[figure.absent]) : figure.format(value, lang, t);
}

/** A report's figure as shown. */
export function showFigure(
  id: KeyFigureId,
  report: PointReport,
  lang: Lang,
  t: FigureWords,
): string {
  return figureText(id, KEY_FIGURES[id].read(report), lang, t);
}
