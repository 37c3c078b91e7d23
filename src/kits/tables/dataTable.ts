/**
 * The one table model: columns that know what kind of value they hold, and rows of values. The
 * page shows each value formatted for the reader (1億2,000万円, 24%); the CSV writes the same
 * rows and columns with the values as numbers a spreadsheet can use (whole yen, shares 0..1).
 * Both come from one table, so a download is always the table shown. A chart's table twin is one
 * too: its builder makes the chart and the table from one list of values.
 */
import { formatNumber, formatShare, formatYen, formatYenChange } from '../format/yen.ts';
import type { Words } from '../i18n/catalogue.ts';
import type { Lang } from '../i18n/lang.ts';
import { toCsv } from '../persistence/files.ts';

/**
 * yen: yen; share: 0..1; count: a whole number; decimal: a number to one decimal, its unit given
 * by the column (deals a year, months, vendors on average); text: as written (a value
 * a builder has already put into words, e.g. "4年目").
 * The *Change kinds are differences, shown with a sign (shares in percentage points).
 */
export type CellKind =
  | 'text'
  | 'yen'
  | 'yenChange'
  | 'share'
  | 'shareChange'
  | 'count'
  | 'countChange'
  | 'decimal'
  | 'decimalChange';

/** A number of the column's kind, or text standing in for one (e.g. "out of reach"). */
export type CellValue = number | string;

/** What a number counts or measures; yen and shares say their unit by their kind. */
export type CountUnit =
  'vendors' | 'winsPerYear' | 'services' | 'auditFirms' | 'months' | 'tendersPerYear';

type CountKind = 'count' | 'countChange' | 'decimal' | 'decimalChange';

/**
 * A column and, for a count, what it counts: its unit is defined here once, so the page's table
 * and the CSV's header (label and unit, `csvHeader`) cannot disagree.
 */
export type Column =
  | { label: string; kind: Exclude<CellKind, CountKind> }
  | { label: string; kind: CountKind; unit: CountUnit };

export interface Row {
  /** The row header (the table's first column). */
  header: string;
  /** One value per column after the first. */
  values: CellValue[];
  /** Kinds for this row's values where they differ from the columns' (a count in a % table). */
  kinds?: CellKind[];
  /** What this row's own count kinds count. */
  unit?: CountUnit;
}

/** What a builder makes: the columns (the row-header column first), the rows and any notes. */
export interface TableBody {
  columns: Column[];
  rows: Row[];
  /** Sentences that belong with the table but not in a cell (e.g. the scenario's own point). */
  notes: string[];
}

export interface Table extends TableBody {
  /** Stable id: the page's `data-table` and the CSV's file name. */
  id: string;
  title: string;
}

/** Columns of text, for tables whose builder words every value itself. */
export function textColumns(labels: readonly string[]): Column[] {
  return labels.map((label) => ({ label, kind: 'text' }));
}

/** The words a CSV header needs: a label with its unit, and the units. */
export type UnitWords = Words<'withUnit' | `csvUnit.${'yen' | 'share' | CountUnit}`>;

/** A number's unit in the CSV's words (whole yen, a share 0..1, a count's noun); text has none. */
function unitOf(kind: CellKind, unit: CountUnit | undefined, t: UnitWords): string | null {
  switch (kind) {
    case 'yen':
    case 'yenChange':
      return t('csvUnit.yen');
    case 'share':
    case 'shareChange':
      return t('csvUnit.share');
    case 'text':
      return null;
    default:
      return unit ? t(`csvUnit.${unit}`) : null;
  }
}

const withUnit = (label: string, unit: string | null, t: UnitWords) =>
  unit === null ? label : t('withUnit', { label, unit });

const signed = (value: number, text: string) => (value > 0 ? `+${text}` : text);

/** The only word a cell needs: "{value} percentage points". Any catalogue that has it will do. */
type CellWords = Words<'points'>;

/** A value as the page shows it. Text is shown as it is, whatever the column's kind. */
/**
 * A share as tables, and the cards that sum them up, show it: one decimal, as the change in
 * points beside it ("+19.1 pt"), so the two agree on the page.
 */
export function formatShownShare(share: number, lang: Lang): string {
  return formatShare(share, lang, 1);
}

export function formatCell(kind: CellKind, value: CellValue, lang: Lang, t: CellWords): string {
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'yen':
      return formatYen(value, lang);
    case 'yenChange':
      return formatYenChange(value, lang);
    case 'share':
      return formatShownShare(value, lang);
    case 'shareChange':
      return signed(value, t('points', { value: formatNumber(value * 100, lang, 1) }));
    case 'count':
      return formatNumber(value, lang, 0);
    case 'countChange':
      return signed(value, formatNumber(value, lang, 0));
    case 'decimal':
      return formatNumber(value, lang, 1);
    case 'decimalChange':
      return signed(value, formatNumber(value, lang, 1));
    case 'text':
      return String(value);
  }
}

/** The kind of a row's `index`-th value: the row's own, else its column's. */
export function cellKind(table: TableBody, row: Row, index: number): CellKind {
  return row.kinds?.[index] ?? table.columns[index + 1]?.kind ?? 'text';
}

/** A value as the CSV holds it: yen to the whole yen (yen have no smaller unit), text as is. */
export function csvValue(kind: CellKind, value: CellValue): CellValue {
  if (typeof value === 'string') return value;
  return kind === 'yen' || kind === 'yenChange' ? Math.round(value) : value;
}

/**
 * The table as CSV: the column labels, then one line a row, values as numbers, each number's
 * unit said once in a header ("NPV before (yen)"). A table with a row of its own kinds (a count
 * among shares) says the units in the row headers instead, where each row's unit is one.
 */
export function tableToCsv(table: TableBody, t: UnitWords): string {
  const byRow = table.rows.some((row) => row.kinds);
  const columnUnit = (c: Column) => unitOf(c.kind, 'unit' in c ? c.unit : undefined, t);
  const rowUnit = (row: Row) => {
    const kind = cellKind(table, row, 0);
    const column = table.columns[1];
    return unitOf(kind, row.unit ?? (column && 'unit' in column ? column.unit : undefined), t);
  };
  return toCsv(
    table.columns.map((c) => (byRow ? c.label : withUnit(c.label, columnUnit(c), t))),
    table.rows.map((row) => [
      byRow ? withUnit(row.header, rowUnit(row), t) : row.header,
      ...row.values.map((value, i) => csvValue(cellKind(table, row, i), value)),
    ]),
  );
}

/** What a table shows: each value as the reader sees it, beside its kind. */
export interface ShownTable {
  columns: string[];
  rows: { header: string; cells: string[]; kinds: CellKind[] }[];
  notes: string[];
}

/** The table as the page shows it, in `lang`. */
export function formatTable(table: TableBody, lang: Lang, t: CellWords): ShownTable {
  return {
    columns: table.columns.map((c) => c.label),
    rows: table.rows.map((row) => {
      const kinds = row.values.map((_, i) => cellKind(table, row, i));
      return {
        header: row.header,
        cells: row.values.map((value, i) => formatCell(kinds[i]!, value, lang, t)),
        kinds,
      };
    }),
    notes: table.notes,
  };
}
