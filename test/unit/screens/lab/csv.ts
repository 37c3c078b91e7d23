/** Reads the lab's CSV back, for the unit and end-to-end tests: RFC 4180, BOM first, CRLF. */
import type { Lang } from '../../../../src/kits/i18n/lang.ts';
import { formatCell, type CellKind } from '../../../../src/kits/tables/dataTable.ts';
import { wordsOf } from '../../../../src/kits/i18n/catalogue.ts';
import { TABLE_MESSAGES } from '../../../../src/kits/tables/messages.ts';

/** The fields of one CSV line (the lab's cells hold no line breaks). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}

export function parseCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('the CSV has no byte-order mark');
  return text
    .slice(1)
    .split('\r\n')
    .filter((line) => line !== '')
    .map(csvFields);
}

/** A CSV cell as the page shows it: a number in its column's format, text as it is. */
export function shownFromCsv(kind: CellKind, cell: string, lang: Lang): string {
  const value = cell !== '' && Number.isFinite(Number(cell)) ? Number(cell) : cell;
  return formatCell(kind, value, lang, wordsOf(TABLE_MESSAGES, lang));
}
