/**
 * A workbook as plain data: sheets of cells holding a value or a formula and a style name, so
 * that the layout can be built and checked without the writer library.
 */

/** How a cell reads; the writer maps each to a font, fill and number format. */
export type CellStyle =
  | 'title'
  | 'note'
  | 'header'
  | 'section'
  | 'label'
  | 'text'
  | 'yen'
  | 'share'
  | 'number'
  | 'factor'
  | 'integer';

export type Scalar = string | number | boolean;

/** A value, or a formula (without the leading `=`) in Excel's A1 notation. */
export type Cell = { value: Scalar; style?: CellStyle } | { formula: string; style?: CellStyle };

export interface SheetLayout {
  name: string;
  /** Row by row from row 1; null is an empty cell. */
  rows: (Cell | null)[][];
  /** Column widths in characters, from column A. */
  widths: number[];
  /** Rows and columns kept in view when scrolling. */
  frozen: { rows: number; columns: number };
}

/** A cell's place: row and column both counted from 1. */
export interface CellAddress {
  row: number;
  column: number;
}

/** 1 → A, 27 → AA. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** `C5`, or `$C$5` when absolute. */
export function a1({ row, column }: CellAddress, absolute = false): string {
  const $ = absolute ? '$' : '';
  return `${$}${columnName(column)}${$}${row}`;
}

/** A reference from another sheet: `'Inputs'!$D$5` (always quoted: names may be Japanese). */
export function onSheet(sheet: string, address: CellAddress): string {
  return `'${sheet.replaceAll("'", "''")}'!${a1(address, true)}`;
}

/** A text as a formula's string literal. */
export function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** Appends rows to a sheet and says where each landed. */
export class SheetBuilder {
  readonly rows: (Cell | null)[][] = [];

  constructor(readonly name: string) {}

  /** Appends a row; returns its number (from 1). */
  add(cells: (Cell | null)[] = []): number {
    this.rows.push(cells);
    return this.rows.length;
  }

  /** The number the next row will get. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  layout(widths: number[], frozen: SheetLayout['frozen']): SheetLayout {
    return { name: this.name, rows: this.rows, widths, frozen };
  }
}
