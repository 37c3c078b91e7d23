/**
 * What the app writes for the user: the scenario document (envelope.ts reads it back), the
 * yearly table as CSV, and the download that hands any of them (or a chart's picture) to the
 * browser. Zod-free: writing needs no schema, and the toolbar is on the first screen (README,
 * Method: Speed).
 */
import type { Scenario, YearRow } from '../../engine/compute.ts';
import type { Envelope } from './envelope.ts';

export const ENVELOPE_FORMAT = 'ismap-estimator';
/**
 * The envelope's own version (its fields), separate from the scenario's `schemaVersion`. When
 * the envelope changes, bump this and convert older envelopes in `readDocument`.
 */
export const ENVELOPE_VERSION = 1;

export function toEnvelope(scenario: Scenario, savedAt: Date = new Date()): Envelope {
  return {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    savedAt: savedAt.toISOString(),
    scenario,
  };
}

/** The scenario as a pretty-printed envelope, ready to save as a `.json` file. */
export function scenarioToJson(scenario: Scenario, savedAt: Date = new Date()): string {
  return `${JSON.stringify(toEnvelope(scenario, savedAt), null, 2)}\n`;
}

/** How long the object URL outlives the click: revoking it in the same task can cancel the
 * download in some browsers (Safari, older Firefox). */
export const REVOKE_AFTER_MS = 1_000;

/** Offers `text` as a download named `filename`, as `downloadBlob` does. */
export function downloadText(
  filename: string,
  text: string,
  mime: string,
  doc: Document = document,
): boolean {
  return downloadBlob(filename, new Blob([text], { type: mime }), doc);
}

/**
 * Offers `blob` as a download named `filename` (a temporary object URL and a temporary
 * `<a download>`; the URL is revoked shortly after). False when the browser could not start it.
 */
export function downloadBlob(filename: string, blob: Blob, doc: Document = document): boolean {
  let url: string | undefined;
  try {
    url = URL.createObjectURL(blob);
    const link = doc.createElement('a');
    link.href = url;
    link.download = filename;
    link.rel = 'noopener';
    link.hidden = true;
    doc.body.append(link);
    link.click();
    link.remove();
    return true;
  } catch {
    return false;
  } finally {
    if (url !== undefined) {
      const made = url;
      setTimeout(() => URL.revokeObjectURL(made), REVOKE_AFTER_MS);
    }
  }
}

/**
 * Characters that make a spreadsheet read a text cell as a formula (OWASP's list), plus their
 * full-width forms, which Japanese input methods type.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** A text cell, neutralised (a leading `'`) when it could start a formula, quoted as RFC 4180. */
function textCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A number cell: plain digits with a `.` decimal point and a leading `-` when negative (no
 * thousands separators, never quoted, never neutralised: -5 stays -5). Not a finite number:
 * an empty cell.
 */
function numberCell(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

/**
 * CSV as RFC 4180 (comma-separated, CRLF line ends, fields with `"` `,` CR or LF quoted),
 * prefixed with a UTF-8 byte-order mark so that Excel reads Japanese headers correctly.
 * Strings are text cells (neutralised against formula injection), numbers are number cells.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const line = (cells: readonly (string | number)[]) =>
    cells.map((cell) => (typeof cell === 'number' ? numberCell(cell) : textCell(cell))).join(',');
  return `\uFEFF${[header, ...rows].map((cells) => `${line(cells)}\r\n`).join('')}`;
}

/** The yearly table's columns, in CSV order; a Record so that a new YearRow field must be added. */
const YEAR_COLUMN_SET: Record<keyof YearRow, true> = {
  year: true,
  fiscalYear: true,
  audit: true,
  staff: true,
  operations: true,
  oneOff: true,
  totalCost: true,
  grossProfit: true,
  lostRevenue: true,
  net: true,
  cumulativeNet: true,
  discountedNet: true,
};

export const YEAR_COLUMNS = Object.keys(YEAR_COLUMN_SET) as readonly (keyof YearRow)[];

/**
 * The yearly table as CSV, one row a year, headed by `headers` (the UI's labels, in its
 * language). Yen are rounded to whole yen — yen have no smaller unit — so a row's parts may
 * differ from its total by a yen or two; `year` is written as is.
 */
export function yearsToCsv(
  years: readonly YearRow[],
  headers: Readonly<Record<keyof YearRow, string>>,
): string {
  const columns = YEAR_COLUMNS;
  const rows = years.map((row) =>
    columns.map((column) => (column === 'year' ? row.year : Math.round(row[column]))),
  );
  return toCsv(
    columns.map((column) => headers[column]),
    rows,
  );
}
