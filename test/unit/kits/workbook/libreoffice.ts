/**
 * LibreOffice as the reference spreadsheet engine for the workbook tests: recalculates .xlsx
 * files on load and writes each sheet as CSV at full precision. test/ensure-libreoffice.sh
 * installs it where it is missing (pretest starts that in the background).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { csvFields } from '../../screens/lab/csv.ts';

const ROOT = join(import.meta.dirname, '../../../..');
const run = promisify(execFile);

/**
 * Waits for (or runs) the install; rejects with the script's message when it cannot. Not
 * synchronous: a worker blocked for the minute an install takes misses Vitest's own calls.
 */
export async function ensureLibreOffice(): Promise<void> {
  try {
    await run('bash', [join(ROOT, 'test/ensure-libreoffice.sh')]);
  } catch (error) {
    throw new Error((error as { stderr?: string }).stderr || String(error), { cause: error });
  }
}

/**
 * exceljs writes formulas without cached results; this profile makes LibreOffice recalculate
 * every formula of an OOXML file on load (0 = always) instead of showing the missing results.
 */
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Comma-separated, UTF-8, every sheet (-1), values at full precision rather than as shown. */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false,false,false,-1';

/**
 * Recalculates the files in one start of LibreOffice (it takes seconds to start) and returns a
 * reader of their sheets: `sheet('book.xlsx', 'Summary')` → rows of cells as text.
 */
export async function recalculate(
  workdir: string,
  files: readonly string[],
): Promise<(file: string, sheet: string) => string[][]> {
  const profile = join(workdir, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user/registrymodifications.xcu'), RECALCULATE_ON_LOAD);
  const out = join(workdir, 'csv');
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      CSV_FILTER,
      '--outdir',
      out,
      ...files,
    ],
    { cwd: workdir, timeout: 300_000 },
  );
  // The sheets read here hold no line breaks in a cell: one line, one row.
  return (file, sheet) =>
    readFileSync(join(out, `${file.replace(/\.xlsx$/, '')}-${sheet}.csv`), 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map(csvFields);
}
