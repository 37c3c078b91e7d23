/**
 * "Export to Excel" through the real toolbar, under the preview's Content-Security-Policy: the
 * writer is fetched only on the click, and the downloaded workbook opens, in the UI language,
 * with the layout the engine's scenario gives (formulas on the yearly sheet, the inputs as
 * typed, the Monte Carlo percentiles of the screen's draws).
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shippedScenario, sourceRegistry } from '../../src/data/catalog.ts';
import {
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  monteCarlo,
  pointReport,
  type Estimate,
  type Scenario,
} from '../../src/engine/index.ts';
import type { Lang } from '../../src/kits/i18n/lang.ts';
import { buildWorkbookLayout, YEARLY_RESULTS } from '../../src/kits/workbook/layout.ts';
import { useHarness } from './browser.ts';
import { edited, enter, expectKpis, expectedKpis, settled } from './estimator.ts';

const graffer = shippedScenario('graffer-actual');
const fee = graffer.audit.fixedFeeYen as Estimate;
const EDITED_FEE = fee.mode + 3_000_000;
const grafferEdited = edited(graffer, (s) => {
  s.audit.fixedFeeYen = { ...fee, mode: EDITED_FEE };
});

const h = useHarness();

const WRITER_CHUNK = /\/assets\/scenarioWorkbook-[\w-]+\.js$/;

/** Clicks the export button and opens the workbook it downloads. */
async function exportWorkbook(page: Page, name: string): Promise<ExcelJS.Workbook> {
  const button = page.getByRole('button', { name });
  const [download] = await Promise.all([
    // The writer is fetched and run on the click: more than the page's usual 5 s on a busy machine.
    page.waitForEvent('download', { timeout: 20_000 }),
    button.click(),
  ]);
  expect(await download.failure()).toBeNull();
  expect(download.suggestedFilename()).toBe(`${graffer.id}.xlsx`);
  await expect.poll(() => button.isEnabled()).toBe(true);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  return book;
}

/** The downloaded book holds, cell for cell, the layout built here for `scenario`. */
function expectLayoutOf(book: ExcelJS.Workbook, scenario: Scenario, lang: Lang) {
  const layout = buildWorkbookLayout({
    scenario,
    lang,
    sources: sourceRegistry.sources,
    report: pointReport(scenario),
    monteCarlo: monteCarlo(scenario, { samples: DEFAULT_SAMPLES, seed: DEFAULT_SEED }),
  });
  expect(book.worksheets.map((s) => s.name)).toEqual(layout.sheets.map((s) => s.name));
  for (const expected of layout.sheets) {
    const sheet = book.getWorksheet(expected.name)!;
    expected.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const actual = sheet.getCell(r + 1, c + 1);
        const where = `${expected.name}!${actual.address}`;
        if (cell === null) expect(actual.value, where).toBeNull();
        else if ('formula' in cell) expect(actual.formula, where).toBe(cell.formula);
        else expect(actual.value, where).toBe(cell.value);
      }),
    );
  }
  return layout;
}

describe('export to Excel', () => {
  // One page for both languages: opening and settling a page is most of the time here.
  it('loads the writer only when asked and downloads the edited scenario as a workbook of formulas, in the UI language', async () => {
    const page = await h.openKept();
    await settled(page);
    await enter(page, 'audit.fixedFeeYen', 'mode', String(EDITED_FEE));
    await expectKpis(page, expectedKpis(grafferEdited, 'ja'));
    expect(h.requests.filter((url) => WRITER_CHUNK.test(url))).toEqual([]);

    const book = await exportWorkbook(page, 'Excel で書き出す');
    expect(h.requests.filter((url) => WRITER_CHUNK.test(url))).toHaveLength(1);
    const layout = expectLayoutOf(book, grafferEdited, 'ja');
    expect(book.worksheets.map((s) => s.name)).toEqual(['入力', '年次計算', '要約', '出典']);

    // The input as typed, and every yearly result a formula.
    const inputs = book.getWorksheet('入力')!;
    const feeRow = inputs.getRow(layout.anchors.inputs.get('audit.fixedFeeYen')!);
    expect([2, 3, 4, 5].map((c) => feeRow.getCell(c).value)).toEqual([
      '監査の固定報酬（年1回）',
      fee.low,
      EDITED_FEE,
      fee.high,
    ]);
    const yearly = book.getWorksheet('年次計算')!;
    const { firstYearColumn, years, rows } = layout.anchors.yearly;
    for (const key of YEARLY_RESULTS) {
      for (let year = 0; year < years; year++) {
        expect(yearly.getCell(rows[key], firstYearColumn + year).formula, key).toMatch(/\S/);
      }
    }

    // The summary: NPV a formula, the percentiles the screen's draws.
    const summary = book.getWorksheet('要約')!;
    const at = (key: keyof typeof layout.anchors.summary) => {
      const { row, column } = layout.anchors.summary[key];
      return summary.getCell(row, column);
    };
    expect(at('npv').formula).toMatch(/^NPV\(/);
    const mc = monteCarlo(grafferEdited, { samples: DEFAULT_SAMPLES, seed: DEFAULT_SEED });
    expect([at('p10').value, at('p50').value, at('p90').value]).toEqual([mc.p10, mc.p50, mc.p90]);

    await page.getByRole('button', { name: 'English' }).click();
    const english = await exportWorkbook(page, 'Export to Excel');
    expectLayoutOf(english, grafferEdited, 'en');
    expect(english.worksheets.map((s) => s.name)).toEqual([
      'Inputs',
      'Yearly',
      'Summary',
      'Sources',
    ]);
  });
});
