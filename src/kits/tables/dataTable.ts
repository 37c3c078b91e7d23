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
 * yen: yen; share: 0..1; count: a whole number; wins: deals a year; text: as written (a value
 * a builder has already put into words, e.g. "4年目").
 * The *Change kinds are differences, shown with a sign (shares in percentage points).
 */
export type CellKind =
  'text' | 'yen' | 'yenChange' | 'share' | 'shareChange' | 'count' | 'countChange' | 'wins';

/** A number of the column's kind, or text standing in for one (e.g. "out of reach"). */
export type CellValue = number | string;

export interface Column {
  label: string;
  kind: CellKind;
}

export interface Row {
  /** The row header (the table's first column). */
  header: string;
  /** One value per column after the first. */
  values: CellValue[];
  /** Kinds for this row's values where they differ from the columns' (a count in a % table). */
  kinds?: CellKind[];
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

const signed = (value: number, text: string) => (value > 0 ? `+${text}` : text);

/** The only word a cell needs: "{value} percentage points". Any catalogue that has it will do. */
type CellWords = Words<'points'>;

/** A value as the page shows it. Text is shown as it is, whatever the column's kind. */
export function formatCell(kind: CellKind, value: CellValue, lang: Lang, t: CellWords): string {
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'yen':
      return formatYen(value, lang);
    case 'yenChange':
      return formatYenChange(value, lang);
    case 'share':
      // One decimal, as the change beside it ("+19.1 pt"), so the two agree on the page.
      return formatShare(value, lang, 1);
    case 'shareChange':
      return signed(value, t('points', { value: formatNumber(value * 100, lang, 1) }));
    case 'count':
      return formatNumber(value, lang, 0);
    case 'countChange':
      return signed(value, formatNumber(value, lang, 0));
    case 'wins':
      return formatNumber(value, lang, 1);
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

/** The table as CSV: the column labels, then one line a row, values as numbers. */
export function tableToCsv(table: TableBody): string {
  return toCsv(
    table.columns.map((c) => c.label),
    table.rows.map((row) => [
      row.header,
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
