/**
 * Turns a workbook layout into an .xlsx file with exceljs. The app loads this module only when
 * the export button is clicked (the library is large); the command line imports it directly.
 */
import ExcelJS from 'exceljs';
import type { CellStyle, SheetLayout } from './cells.ts';

const BOLD = { bold: true };
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE7E6E6' },
};
const SECTION_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDDEBF7' },
};

const STYLES: Record<CellStyle, Partial<ExcelJS.Style>> = {
  title: { font: { bold: true, size: 14 } },
  note: { font: { italic: true, color: { argb: 'FF595959' } } },
  header: { font: BOLD, fill: HEADER_FILL, border: { bottom: { style: 'thin' } } },
  section: { font: BOLD, fill: SECTION_FILL },
  label: {},
  text: {},
  yen: { numFmt: '#,##0' },
  share: { numFmt: '0.0%' },
  number: {},
  factor: { numFmt: '0.0000' },
  integer: { numFmt: '0' },
};

/** The sheets as an .xlsx file. Formulas carry no cached results: the file asks to be recalculated on open. */
export async function writeWorkbook(
  sheets: readonly SheetLayout[],
): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.calcProperties.fullCalcOnLoad = true;
  for (const layout of sheets) {
    const sheet = book.addWorksheet(layout.name, {
      views: [{ state: 'frozen', xSplit: layout.frozen.columns, ySplit: layout.frozen.rows }],
    });
    sheet.columns = layout.widths.map((width) => ({ width }));
    layout.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null) return;
        const target = sheet.getCell(r + 1, c + 1);
        target.value = 'formula' in cell ? { formula: cell.formula } : cell.value;
        if (cell.style) target.style = STYLES[cell.style];
      }),
    );
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
