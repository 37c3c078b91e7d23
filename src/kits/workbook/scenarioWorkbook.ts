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
 * The app's workbook, with the Monte Carlo the estimate's worker drew for this scenario; or,
 * when none is at hand (another screen, a change not yet drawn), drawn here at the estimate's
 * own draws and seed, so the summary shows the screen's figures either way.
 */
export function appWorkbook(
  input: Omit<WorkbookInput, 'monteCarlo'>,
  drawn: WorkbookInput['monteCarlo'] | null,
): Promise<Uint8Array<ArrayBuffer>> {
  const draws =
    drawn ?? monteCarlo(input.scenario, { samples: DEFAULT_SAMPLES, seed: DEFAULT_SEED });
  return scenarioWorkbook({ ...input, monteCarlo: draws });
}
