/**
 * The user's files, through the real toolbar: a refused import names the bad field and changes
 * nothing, a valid one replaces the scenario, JSON export and import round-trip, and the CSV
 * download holds the yearly table.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shippedScenario } from '../../src/data/catalog.ts';
import { parseScenario, pointReport, type Estimate, type YearRow } from '../../src/engine/index.ts';
import { formatYen } from '../../src/kits/format/yen.ts';
import { toFieldText } from '../../src/kits/inputs/display.ts';
import { foreignRequests, useHarness } from './browser.ts';
import {
  chart,
  edited,
  enter,
  expectedKpis,
  expectKpis,
  field,
  jsonFile,
  readKpis,
  settled,
  tableRows,
} from './estimator.ts';

const graffer = shippedScenario('graffer-actual');
const regional = shippedScenario('regional-municipal-vendor');
const fee = graffer.audit.fixedFeeYen as Estimate;
const EDITED_FEE = fee.mode + 3_000_000;
const grafferEdited = edited(graffer, (s) => {
  s.audit.fixedFeeYen = { ...fee, mode: EDITED_FEE };
});

const h = useHarness();

const importInput = (page: Page) => page.getByLabel('JSON を読み込む');
const alert = (page: Page) => page.locator('.notice[role="alert"]');

async function openEdited(): Promise<Page> {
  const page = await h.openKept();
  await settled(page);
  await enter(page, 'audit.fixedFeeYen', 'mode', String(EDITED_FEE));
  await expectKpis(page, expectedKpis(grafferEdited, 'ja'));
  return page;
}

/** Clicks `button` and returns the file it downloads, as text. */
async function download(page: Page, button: Locator): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(await file.failure()).toBeNull();
  return { file, text: await readFile((await file.path())!, 'utf8') };
}

describe('files', () => {
  it('4. an invalid import names the bad field and changes nothing; a valid one replaces the scenario', async () => {
    const page = await openEdited();
    const before = await readKpis(page);
    const feeInput = field(page, 'audit.fixedFeeYen', 'mode');
    const typed = await feeInput.inputValue();
    expect(typed).toBe(String(EDITED_FEE));
    const unchanged = async () => {
      expect(await readKpis(page)).toEqual(before);
      expect(await feeInput.inputValue()).toBe(typed);
      expect(await field(page, 'audit.firms').inputValue()).toBe(String(graffer.audit.firms));
      expect(await page.locator('#scenario-select').inputValue()).toBe('graffer-actual');
    };

    // A bare scenario with a schema-invalid field.
    const noFirms = { ...structuredClone(graffer), audit: { ...graffer.audit, firms: 0 } };
    await importInput(page).setInputFiles(jsonFile('no-firms.json', noFirms));
    await alert(page).filter({ hasText: 'audit.firms' }).waitFor();
    await unchanged();

    // The app's own export, tampered with: the path names the field inside the envelope.
    const { text } = await download(page, page.getByRole('button', { name: 'JSON を書き出す' }));
    const envelope = JSON.parse(text) as { scenario: { controls: Record<string, unknown> } };
    envelope.scenario.controls['baseline'] = 'many';
    await importInput(page).setInputFiles(jsonFile('tampered.json', envelope));
    await alert(page).filter({ hasText: 'scenario.controls.baseline' }).waitFor();
    await unchanged();

    // Not JSON at all.
    await importInput(page).setInputFiles(jsonFile('broken.json', '{ "format": "ismap-est'));
    await alert(page).filter({ hasText: 'JSON として読めません' }).waitFor();
    await unchanged();
    await settled(page);
    expect(await readKpis(page)).toEqual(before);

    // A valid file: another shipped scenario replaces the work.
    await importInput(page).setInputFiles(jsonFile('regional.json', regional));
    await expectKpis(page, expectedKpis(regional, 'ja'));
    expect(await page.locator('#scenario-select').inputValue()).toBe(regional.id);
    expect(await page.locator('.notice[role="status"]').last().textContent()).toContain(
      'ファイルを読み込みました',
    );
  });

  it('4b. a successful import clears the earlier refusal', async () => {
    const page = await h.openKept();
    await settled(page);
    const noFirms = { ...structuredClone(graffer), audit: { ...graffer.audit, firms: 0 } };
    await importInput(page).setInputFiles(jsonFile('no-firms.json', noFirms));
    await alert(page).filter({ hasText: 'audit.firms' }).waitFor();
    await importInput(page).setInputFiles(jsonFile('regional.json', regional));
    await expectKpis(page, expectedKpis(regional, 'ja'));
    // "The file could not be read" next to "File imported" contradicts itself.
    expect(await page.locator('.notice').allTextContents()).toEqual([
      expect.stringContaining('ファイルを読み込みました'),
    ]);
  });

  it('JSON export then import round-trips the edited scenario', async () => {
    const page = await openEdited();
    const { file, text } = await download(
      page,
      page.getByRole('button', { name: 'JSON を書き出す' }),
    );
    expect(file.suggestedFilename()).toBe('graffer-actual.json');
    const doc = JSON.parse(text) as { scenario: unknown };
    expect(parseScenario(doc.scenario)).toEqual({ ok: true, value: grafferEdited });

    // Start over from another scenario, then bring the file back.
    await page.locator('#scenario-select').selectOption(regional.id);
    await expectKpis(page, expectedKpis(regional, 'ja'));
    await importInput(page).setInputFiles((await file.path())!);
    await expectKpis(page, expectedKpis(grafferEdited, 'ja'));
    expect(await field(page, 'audit.fixedFeeYen', 'mode').inputValue()).toBe(
      toFieldText(EDITED_FEE, 'yenPerYear'),
    );
    expect(await page.locator('#scenario-select').inputValue()).toBe('graffer-actual');
  });

  it('the CSV download holds the yearly table, the engine’s numbers in whole yen', async () => {
    const page = await openEdited();
    const { file, text } = await download(
      page,
      page.getByRole('button', { name: '年次表を CSV で書き出す' }),
    );
    expect(file.suggestedFilename()).toBe('graffer-actual-years.csv');
    expect(text.startsWith('\uFEFF')).toBe(true); // Excel reads the Japanese headers as UTF-8
    const lines = text.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    const [header, ...rows] = lines.slice(0, -1).map((line) => line.split(','));
    const years = pointReport(grafferEdited).years;
    // The file's columns, in the order files.ts documents: the year and fiscal year, then yen.
    const columns: (keyof YearRow)[] = [
      'year',
      'fiscalYear',
      'audit',
      'staff',
      'operations',
      'oneOff',
      'totalCost',
      'grossProfit',
      'lostRevenue',
      'net',
      'cumulativeNet',
      'discountedNet',
    ];
    expect(header).toHaveLength(columns.length);
    expect(header![0]).toBe('年');
    expect(rows.map((row) => row.map(Number))).toEqual(
      years.map((y) => columns.map((c) => (c === 'year' ? y.year : Math.round(y[c])))),
    );
    // …and they are the numbers of the cost table on the page.
    const table = (await tableRows(chart(page, 'ja', 'costTitle'))).slice(0, years.length);
    expect(table.map((row) => row.slice(1))).toEqual(
      rows.map((row) =>
        ['audit', 'staff', 'operations', 'oneOff', 'totalCost']
          .map((c) => Number(row[columns.indexOf(c as keyof YearRow)]))
          .map((value) => formatYen(value, 'ja')),
      ),
    );
  });

  it('8. asked nothing of any other origin in any test of this file', async () => {
    expect(h.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(h.requests, h.baseUrl)).toEqual([]);
    expect(h.problems).toEqual([]);
  });
});

describe('my scenarios', () => {
  it('saves the work under its own name, offers it in the picker, and removes it', async () => {
    const page = await h.openKept();
    await settled(page);
    await page.getByRole('button', { name: 'マイシナリオに保存' }).click();
    const saved = page.locator('#scenario-select optgroup[label="保存したシナリオ"] option');
    await saved.first().waitFor({ state: 'attached' });
    expect(await saved.count()).toBe(1);
    expect(await saved.first().textContent()).toContain(graffer.title.ja);
    await page.locator('#scenario-select').selectOption(await saved.first().getAttribute('value'));
    await page.getByRole('button', { name: '保存したシナリオから削除' }).click();
    expect(await saved.count()).toBe(0);
  });
});
