/** The workbook's layout, checked as data: without a spreadsheet and without the writer. */
import { describe, expect, it } from 'vitest';
import { shippedScenarios, sourceRegistry } from '../../../../src/data/catalog.ts';
import { monteCarlo, pointReport, type Scenario } from '../../../../src/engine/index.ts';
import { isEstimate } from '../../../../src/engine/resolve.ts';
import { LANGS, type Lang } from '../../../../src/kits/i18n/lang.ts';
import { columnName, type Cell, type SheetLayout } from '../../../../src/kits/workbook/cells.ts';
import {
  buildWorkbookLayout,
  SUMMARY_RESULTS,
  YEARLY_RESULTS,
  type WorkbookLayout,
} from '../../../../src/kits/workbook/layout.ts';

function layoutOf(scenario: Scenario, lang: Lang): WorkbookLayout {
  return buildWorkbookLayout({
    scenario,
    lang,
    sources: sourceRegistry.sources,
    report: pointReport(scenario),
    monteCarlo: monteCarlo(scenario, { samples: 50, seed: 1 }),
  });
}

const layouts = shippedScenarios.flatMap((scenario) =>
  LANGS.map((lang) => ({ scenario, lang, layout: layoutOf(scenario, lang) })),
);
const cases = layouts.map((c) => [`${c.scenario.id} (${c.lang})`, c] as const);

/** Column number of a column name: A → 1, AA → 27. */
const columnNumber = (name: string) => [...name].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

interface Reference {
  sheet: string;
  from: { row: number; column: number };
  to: { row: number; column: number };
}

/** Every cell reference of a formula on `sheet`, with the sheet each one points into. */
function references(formula: string, sheet: string): Reference[] {
  const found: Reference[] = [];
  const cell = /\$?([A-Z]{1,3})\$?(\d+)/.source;
  const address = (text: string) => {
    const [, column, row] = new RegExp(`^${cell}$`).exec(text)!;
    return { row: Number(row), column: columnNumber(column!) };
  };
  const add = (on: string, from: string, to: string | undefined) =>
    found.push({ sheet: on, from: address(from), to: address(to ?? from) });
  // String literals hold no references; sheet-qualified references first, then the local ones.
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const qualified = new RegExp(`'((?:[^']|'')+)'!(${cell})(?::(${cell}))?`, 'g');
  const local = code.replace(qualified, (_whole, name: string, from: string, ...rest) => {
    add(name.replaceAll("''", "'"), from, rest[2] as string | undefined);
    return '';
  });
  for (const match of local.matchAll(new RegExp(`\\b(${cell})(?::(${cell}))?`, 'g'))) {
    add(sheet, match[1]!, match[4]);
  }
  return found;
}

const cellAt = (sheet: SheetLayout, row: number, column: number): Cell | null =>
  sheet.rows[row - 1]?.[column - 1] ?? null;

const formulasOf = (sheet: SheetLayout) =>
  sheet.rows.flatMap((row, r) =>
    row.flatMap((cell, c) =>
      cell !== null && 'formula' in cell
        ? [{ at: `${sheet.name}!${columnName(c + 1)}${r + 1}`, formula: cell.formula }]
        : [],
    ),
  );

describe.each(cases)('the workbook layout of %s', (_name, { scenario, lang, layout }) => {
  const [inputs, yearly, summary] = layout.sheets as [SheetLayout, SheetLayout, SheetLayout];

  it('refers only to cells that hold something, on sheets that exist', () => {
    const sheets = new Map(layout.sheets.map((s) => [s.name, s]));
    const formulas = layout.sheets.flatMap(formulasOf);
    expect(formulas.length).toBeGreaterThan(100);
    for (const { at, formula } of formulas) {
      const sheetName = at.slice(0, at.lastIndexOf('!'));
      const refs = references(formula, sheetName);
      expect(refs.length, `${at}: ${formula}`).toBeGreaterThan(0);
      for (const ref of refs) {
        const target = sheets.get(ref.sheet);
        expect(target, `${at} → sheet ${ref.sheet}`).toBeDefined();
        for (let row = ref.from.row; row <= ref.to.row; row++) {
          for (let column = ref.from.column; column <= ref.to.column; column++) {
            const where = `${at} → ${ref.sheet}!${columnName(column)}${row}`;
            // The one cell a formula may find empty: an input left blank for "none".
            const blankable = ref.sheet === inputs.name;
            if (!blankable) expect(cellAt(target!, row, column), where).not.toBeNull();
          }
        }
        // From the inputs sheet, formulas read the likely value only.
        if (ref.sheet === inputs.name) expect(ref.from.column, `${at}: ${formula}`).toBe(4);
      }
    }
  });

  it('carries every input with its range, unit and source', () => {
    const { inputs: rows } = layout.anchors;
    const leaves: [string, unknown][] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null || 'low' in value) {
        leaves.push([path, value]);
      } else if (Array.isArray(value)) {
        value.forEach((item, i) => walk(item, `${path}[${i}]`));
      } else if ('ja' in value) {
        leaves.push([path, value]); // a segment's localized name
      } else {
        for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
      }
    };
    const { schemaVersion, id, title, description, provenance, ...inputsOnly } = scenario;
    void [schemaVersion, id, title, description];
    walk(inputsOnly, '');
    expect(leaves.length).toBeGreaterThan(40);
    for (const [path, value] of leaves) {
      const row = rows.get(path);
      expect(row, path).toBeDefined();
      const cells = inputs.rows[row! - 1]!;
      const shown = (c: number) => {
        const cell = cells[c];
        return cell && 'value' in cell ? cell.value : null;
      };
      expect(shown(0)).toBe(path);
      expect(shown(1), `${path}: a label, not the path`).not.toBe(path);
      const corners = isEstimate(value)
        ? [value.low, value.mode, value.high]
        : typeof value === 'number'
          ? [value, value, value]
          : null;
      if (corners) {
        expect([shown(2), shown(3), shown(4)], path).toEqual(corners);
        expect(String(shown(5)), `${path}: unit`).not.toBe('');
      }
      const note = provenance?.[path];
      const source = String(shown(6));
      if (note?.source !== undefined) {
        const title = sourceRegistry.sources.find((s) => s.id === note.source)?.title;
        expect(source).toContain(title);
      } else if (note?.assumption !== undefined) {
        expect(source).toMatch(lang === 'ja' ? /^仮定: / : /^Assumption: /);
      } else expect(source, path).not.toBe('');
    }
  });

  it('computes every yearly result and the summary with formulas', () => {
    const { firstYearColumn, years, rows } = layout.anchors.yearly;
    expect(years).toBe(scenario.timeline.horizonYears);
    for (const key of YEARLY_RESULTS) {
      for (let year = 0; year < years; year++) {
        const cell = cellAt(yearly, rows[key], firstYearColumn + year);
        expect(cell && 'formula' in cell, `${key}, year ${year + 1}`).toBe(true);
      }
    }
    for (const key of ['npv', 'totalCost', 'roi', 'payback', 'breakEvenValue'] as const) {
      const { row, column } = layout.anchors.summary[key];
      const cell = cellAt(summary, row, column);
      expect(cell && 'formula' in cell, key).toBe(true);
    }
    for (const key of SUMMARY_RESULTS) {
      const { row, column } = layout.anchors.summary[key];
      expect(cellAt(summary, row, column), key).not.toBeNull();
    }
  });

  it('speaks the language asked for', () => {
    const cjk = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const labels = [yearly, summary].flatMap((sheet) =>
      sheet.rows.flatMap((row) =>
        row.flatMap((cell) =>
          cell && 'value' in cell && typeof cell.value === 'string' ? [cell.value] : [],
        ),
      ),
    );
    // The yearly sheet's labels all in one language, names the scenario gives aside.
    const names = [scenario.title, ...scenario.revenue.segments.map((s) => s.name)].map((n) =>
      lang === 'en' ? (n.en ?? n.ja) : n.ja,
    );
    const own = labels.filter((text) => !names.some((name) => text.includes(name)));
    if (lang === 'ja') expect(own.filter((text) => cjk.test(text)).length).toBeGreaterThan(30);
    else expect(own.filter((text) => cjk.test(text))).toEqual([]);
  });
});

describe('references', () => {
  it('finds local, other-sheet and range references, not the words inside strings', () => {
    expect(references(`IF('入力'!$D$5="A1",C3+SUM('It''s'!C2:D4),0)`, 'Here')).toEqual([
      { sheet: '入力', from: { row: 5, column: 4 }, to: { row: 5, column: 4 } },
      { sheet: "It's", from: { row: 2, column: 3 }, to: { row: 4, column: 4 } },
      { sheet: 'Here', from: { row: 3, column: 3 }, to: { row: 3, column: 3 } },
    ]);
  });
});
