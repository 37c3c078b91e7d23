/**
 * LibreOffice as the reference spreadsheet engine for the workbook tests: recalculates .xlsx
 * files on load and writes each sheet as CSV at full precision. test/ensure-libreoffice.sh
 * installs it where it is missing (pretest starts that in the background).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../../..');

/** Waits for (or runs) the install; throws with the script's message when it cannot. */
export function ensureLibreOffice(): void {
  execFileSync('bash', [join(ROOT, 'test/ensure-libreoffice.sh')], { stdio: 'inherit' });
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
export function recalculate(
  workdir: string,
  files: readonly string[],
): (file: string, sheet: string) => string[][] {
  const profile = join(workdir, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user/registrymodifications.xcu'), RECALCULATE_ON_LOAD);
  const out = join(workdir, 'csv');
  execFileSync(
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
    { cwd: workdir, stdio: 'pipe', timeout: 300_000 },
  );
  return (file, sheet) =>
    parseCsv(readFileSync(join(out, `${file.replace(/\.xlsx$/, '')}-${sheet}.csv`), 'utf8'));
}

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      rows.push([...row, field.replace(/\r$/, '')]);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
