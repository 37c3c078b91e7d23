/**
 * The compare view's key figures: one row per figure, one cell per column, and each column's
 * difference to the first (this column − column 1, signed). Every cell keeps its number (null
 * when there is none: no payback, an unreachable break-even) next to its display text, so the
 * table and its CSV come from the same values.
 */
import type { PointReport } from '../../../engine/index.ts';
import {
  figureText,
  KEY_FIGURE_IDS,
  KEY_FIGURES,
  type Absent,
  type KeyFigureId as KpiId,
} from '../../../kits/figures/keyFigures.ts';
import type { Lang } from '../../../kits/i18n/lang.ts';
import type { Words } from '../../../kits/i18n/catalogue.ts';
import type { CompareMessageKey } from '../messages.ts';

/** A number and how it is shown; `value` null when there is none. */
export interface KpiCell {
  value: number | null;
  text: string;
}

export interface KpiRow {
  id: KpiId;
  label: string;
  unit: string;
  /** One per column. */
  cells: KpiCell[];
  /** One per column after the first: this column − column 1. */
  diffs: KpiCell[];
}

/** Words for a difference with a side missing: [this column's, column 1's, both]. */
const ABSENT_DIFF: Record<Absent, [CompareMessageKey, CompareMessageKey, CompareMessageKey]> = {
  missing: ['missing', 'missing', 'missing'],
  never: ['thisNever', 'onlyThisPays', 'bothNever'],
  unreachable: ['thisUnreachable', 'firstUnreachable', 'bothUnreachable'],
};

/**
 * A difference as shown: '+1,200万円', '−0.5件'; one that rounds to zero on screen is "no
 * difference". Payback differences read as earlier or later.
 */
function diffText(id: KpiId, diff: number, lang: Lang, t: Words<CompareMessageKey>): string {
  const difference = KEY_FIGURES[id].difference;
  if (!difference) {
    if (diff === 0) return t('noDifference');
    return t(diff < 0 ? 'earlier' : 'later', { n: Math.abs(diff) });
  }
  const magnitude = difference(Math.abs(diff), lang, t);
  if (magnitude === difference(0, lang, t)) return t('noDifference');
  return `${diff < 0 ? t('minus') : t('plus')}${magnitude}`;
}

function cell(id: KpiId, value: number | null, lang: Lang, t: Words<CompareMessageKey>): KpiCell {
  return { value, text: figureText(id, value, lang, t) };
}

function diffCell(
  id: KpiId,
  value: number | null,
  first: number | null,
  lang: Lang,
  t: Words<CompareMessageKey>,
): KpiCell {
  if (value !== null && first !== null) {
    const diff = value - first;
    return { value: diff, text: diffText(id, diff, lang, t) };
  }
  const [thisMissing, firstMissing, both] = ABSENT_DIFF[KEY_FIGURES[id].absent];
  const key = value === null ? (first === null ? both : thisMissing) : firstMissing;
  return { value: null, text: t(key) };
}

/** The table's rows for the columns' reports, in `lang`. */
export function kpiRows(
  reports: readonly PointReport[],
  lang: Lang,
  t: Words<CompareMessageKey>,
): KpiRow[] {
  return KEY_FIGURE_IDS.map((id) => {
    const values = reports.map((report) => KEY_FIGURES[id].read(report));
    const first = values[0] ?? null;
    return {
      id,
      label: t(`figure.${id}`),
      unit: t(KEY_FIGURES[id].unit),
      cells: values.map((value) => cell(id, value, lang, t)),
      diffs: values.slice(1).map((value) => diffCell(id, value, first, lang, t)),
    };
  });
}

/** Rounds to `digits` decimals for a CSV cell; −0 becomes 0. */
function rounded(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor + 0;
}

/**
 * The table as CSV rows, in the order it reads on screen: figure, unit, column 1, then for each
 * further column its value and its difference to column 1 (headed by the column's number).
 * Numbers stay numbers (yen to the yen, wins to 4 decimals, controls to 2); a cell without a
 * number carries the text shown.
 */
export function kpiCsvTable(
  rows: readonly KpiRow[],
  columns: readonly { name: string; short: string }[],
  t: Words<CompareMessageKey>,
): { header: string[]; rows: (string | number)[][] } {
  const header = [t('kpi'), t('unit')];
  columns.forEach((column, i) => {
    header.push(column.name);
    if (i > 0) header.push(t('diffHeader', { column: column.short }));
  });
  const csvCell = (id: KpiId, c: KpiCell) =>
    c.value === null ? c.text : rounded(c.value, KEY_FIGURES[id].csvDigits);
  return {
    header,
    rows: rows.map((row) => [
      row.label,
      row.unit,
      ...row.cells.flatMap((c, i) => {
        const diff = i > 0 ? row.diffs[i - 1] : undefined;
        return diff ? [csvCell(row.id, c), csvCell(row.id, diff)] : [csvCell(row.id, c)];
      }),
    ]),
  };
}
