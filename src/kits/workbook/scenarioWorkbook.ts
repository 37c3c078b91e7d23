/**
 * The scenario's workbook as .xlsx bytes: the layout, written. One entry for the app (which
 * imports it on demand) and the command line, so both write the same file.
 */
import { DEFAULT_SAMPLES, DEFAULT_SEED, monteCarlo } from '../../engine/compute.ts';
import { buildWorkbookLayout, type WorkbookInput } from './layout.ts';
import { writeWorkbook } from './writer.ts';

export const WORKBOOK_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function scenarioWorkbook(input: WorkbookInput): Promise<Uint8Array<ArrayBuffer>> {
  return writeWorkbook(buildWorkbookLayout(input).sheets);
}

/**
 * The app's workbook: its Monte Carlo drawn here, at the estimate's own draws and seed, so the
 * summary shows the screen's figures, and that code loads with the writer, not with the app.
 */
export function appWorkbook(
  input: Omit<WorkbookInput, 'monteCarlo'>,
): Promise<Uint8Array<ArrayBuffer>> {
  const draws = monteCarlo(input.scenario, { samples: DEFAULT_SAMPLES, seed: DEFAULT_SEED });
  return scenarioWorkbook({ ...input, monteCarlo: draws });
}
