/**
 * A lab table: columns that know what kind of number they hold, and rows of values. The page
 * shows each value formatted for the reader (1億2,000万円, 24%); the CSV export writes the same
 * rows and columns with the values as numbers a spreadsheet can use (whole yen, shares 0..1).
 * Both come from one table, so the download is always the table shown.
 */
import type { TableTwin } from '../../../kits/tables/table.ts';
import { formatNumber, formatShare, formatYen } from '../../../kits/format/yen.ts';
import type { Lang } from '../../../kits/i18n/lang.ts';
import { toCsv } from '../../../kits/persistence/files.ts';
import type { Words } from '../../../kits/i18n/catalogue.ts';
import type { LabMessageKey } from '../messages.ts';

/**
 * yen: yen; share: 0..1; count: vendors; wins: deals a year; text: as written.
 * The *Change kinds are differences, shown with a sign (shares in percentage points).
 */
export type CellKind =
  'text' | 'yen' | 'yenChange' | 'share' | 'shareChange' | 'count' | 'countChange' | 'wins';

/** A number of the column's kind, or text standing in for one (e.g. "out of reach"). */
export type CellValue = number | string;

export interface LabColumn {
  label: string;
  kind: CellKind;
}

export interface LabRow {
  /** The row header (the table's first column). */
  header: string;
  /** One value per column after the first. */
  values: CellValue[];
  /** Kinds for this row's values where they differ from the columns' (a count in a % table). */
  kinds?: CellKind[];
}

export interface LabTable {
  /** Stable id: the CSV's file name and the page's `data-lab-table`. */
  id: string;
  title: string;
  /** The row-header column first. */
  columns: LabColumn[];
  rows: LabRow[];
  notes: string[];
}

const signed = (value: number, text: string) => (value > 0 ? `+${text}` : text);

/** A value as the page shows it. Text is shown as it is, whatever the column's kind. */
export function formatCell(
  kind: CellKind,
  value: CellValue,
  lang: Lang,
  t: Words<LabMessageKey>,
): string {
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'yen':
      return formatYen(value, lang);
    case 'yenChange':
      return signed(value, formatYen(value, lang));
    case 'share':
      return formatShare(value, lang);
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
export function cellKind(table: LabTable, row: LabRow, index: number): CellKind {
  return row.kinds?.[index] ?? table.columns[index + 1]?.kind ?? 'text';
}

/** The table as display strings, in the charts' table-twin shape. */
export function formatTable(table: LabTable, lang: Lang, t: Words<LabMessageKey>): TableTwin {
  return {
    columns: table.columns.map((c) => c.label),
    rows: table.rows.map((row) => ({
      header: row.header,
      cells: row.values.map((value, i) => formatCell(cellKind(table, row, i), value, lang, t)),
    })),
    notes: table.notes,
  };
}

/** A value as the CSV holds it: yen to the whole yen (yen have no smaller unit), text as is. */
export function csvValue(kind: CellKind, value: CellValue): CellValue {
  if (typeof value === 'string') return value;
  return kind === 'yen' || kind === 'yenChange' ? Math.round(value) : value;
}

/** The table as CSV: the column labels, then one line a row, values as numbers. */
export function tableToCsv(table: LabTable): string {
  return toCsv(
    table.columns.map((c) => c.label),
    table.rows.map((row) => [
      row.header,
      ...row.values.map((value, i) => csvValue(cellKind(table, row, i), value)),
    ]),
  );
}

export const csvFileName = (table: LabTable) => `ismap-policy-lab-${table.id}.csv`;
