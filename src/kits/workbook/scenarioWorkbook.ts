/**
 * The scenario's workbook as .xlsx bytes: the layout, written. One entry for the app (which
 * imports it on demand) and the command line, so both write the same file.
 */
import { buildWorkbookLayout, type WorkbookInput } from './layout.ts';
import { writeWorkbook } from './writer.ts';

export const WORKBOOK_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function scenarioWorkbook(input: WorkbookInput): Promise<Uint8Array<ArrayBuffer>> {
  return writeWorkbook(buildWorkbookLayout(input).sheets);
}
