/**
 * The estimator in Debian's Chromium, under the site's real security headers: it opens on a
 * shipped scenario, follows edits, refuses bad input without losing anything, keeps the work
 * (share link, autosave), speaks English on request, works by keyboard, and asks nothing of any
 * other origin. Every expected number is the engine's.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shippedScenario, sourceRegistry } from '../../src/data/catalog.ts';
import { pointReport, type Estimate, type Scenario } from '../../src/engine/index.ts';
import { formatYen } from '../../src/kits/format/yen.ts';
import { localized } from '../../src/kits/i18n/localized.ts';
import { toFieldText } from '../../src/kits/inputs/display.ts';
import { WORK_KEY } from '../../src/kits/persistence/storage.ts';
import { drawnCanvases, foreignRequests, markFirstFigure, once, useHarness } from './browser.ts';
import {
  chart,
  edited,
  enter,
  expectedCostCells,
  expectedKpis,
  expectedMonteCarlo,
  expectKpis,
  field,
  fieldError,
  readKpis,
  settled,
  SETTLE,
  tableRows,
} from './estimator.ts';

const graffer = shippedScenario('graffer-actual');
const fee = graffer.audit.fixedFeeYen as Estimate;
/** The edit most tests make: the audit's fixed fee, most likely value, up by ¥3M (in range). */
const EDITED_FEE = fee.mode + 3_000_000;
const grafferEdited = edited(graffer, (s) => {
  s.audit.fixedFeeYen = { ...fee, mode: EDITED_FEE };
});
const feeText = (value: number) => toFieldText(value, 'yenPerYear');
const alreadyAudited = graffer.controls.alreadyAuditedShare as number;
const shareText = (value: number) => toFieldText(value, 'share');

const h = useHarness();

/**
 * The app as it opens, in a fresh context kept for the file: test 1 only looks at it, and test
 * 2, next, edits it.
 */
const asOpened = once(async () => h.keep(await h.open()));

/** Opens the app and types the edited fixed fee; resolves once the page shows its results. */
async function openEdited(): Promise<Page> {
  const page = await h.openKept();
  await settled(page);
  await enter(page, 'audit.fixedFeeYen', 'mode', String(EDITED_FEE));
  await expectKpis(page, expectedKpis(grafferEdited, 'ja'));
  return page;
}

const describedBy = (page: Page, selector: string) =>
  page.locator(selector).getAttribute('aria-describedby');

describe('the estimator page', () => {
  it('1. opens on the shipped Graffer scenario and shows the engine’s KPIs', async () => {
    const page = await asOpened();
    await expectKpis(page, expectedKpis(graffer, 'ja'));
    expect(await page.locator('#scenario-select').inputValue()).toBe('graffer-actual');
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await page.getByRole('button', { name: '日本語' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // The probability card's note: P10 and P90 of the same Monte Carlo.
    const mc = expectedMonteCarlo(graffer);
    const note = await page.locator('[data-kpi="probability"] .note').first().textContent();
    expect(note).toContain(formatYen(mc.p10, 'ja'));
    expect(note).toContain(formatYen(mc.p90, 'ja'));
    // The inputs show the scenario’s values.
    for (const corner of ['low', 'mode', 'high'] as const) {
      expect(await field(page, 'audit.fixedFeeYen', corner).inputValue()).toBe(
        feeText(fee[corner]),
      );
    }
    expect(await field(page, 'audit.firms').inputValue()).toBe(String(graffer.audit.firms));
    // The notes on sources come after the first figures (README, Method: Speed): a field's
    // source says what the shipped file does, and the picker names the sources cited.
    const firms = graffer.provenance!['audit.firms']!;
    const source = page.locator('.field', { has: field(page, 'audit.firms') }).locator('.source');
    await source.locator('summary').click();
    await expect.poll(() => source.textContent()).toContain(localized(firms.note!, 'ja'));
    const minutes = sourceRegistry.sources.find((s) => s.id === 'wg4-2024-12-09')!;
    const cited = page.locator('.picker .sources');
    await cited.locator('summary').click();
    expect(await cited.innerText()).toContain(minutes.publisher);
  });

  it('2. an edited input changes the KPIs, the cost chart and its table twin', async () => {
    const page = await asOpened(); // as test 1 found it
    await settled(page);
    const cost = chart(page, 'ja', 'costTitle');
    const canvas = cost.locator('canvas');
    const yearRows = async () =>
      (await tableRows(cost)).slice(0, grafferEdited.timeline.horizonYears);
    const cells = async () => (await yearRows()).map((row) => row.slice(1));
    expect(await cells()).toEqual(expectedCostCells(graffer, 'ja'));
    // Drawn once it comes near the screen.
    await canvas.scrollIntoViewIfNeeded();
    await expect.poll(() => drawnCanvases(canvas), SETTLE).toEqual([true]);
    const pixels = () => canvas.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    const pixelsBefore = await pixels();

    await enter(page, 'audit.fixedFeeYen', 'mode', String(EDITED_FEE));

    const after = expectedKpis(grafferEdited, 'ja');
    expect(after).not.toEqual(expectedKpis(graffer, 'ja')); // the edit matters
    await expectKpis(page, after);
    await expect.poll(cells, SETTLE).toEqual(expectedCostCells(grafferEdited, 'ja'));
    expect(expectedCostCells(grafferEdited, 'ja')).not.toEqual(expectedCostCells(graffer, 'ja'));
    // The canvas was redrawn, and its text alternative follows the new first-year total.
    await expect.poll(pixels, SETTLE).not.toBe(pixelsBefore);
    expect(await canvas.getAttribute('aria-label')).toContain(
      formatYen(pointReport(grafferEdited).years[0]!.totalCost, 'ja'),
    );
    // The field shows what was typed, and no error.
    expect(await field(page, 'audit.fixedFeeYen', 'mode').getAttribute('aria-invalid')).toBe(
      'false',
    );
  });

  it('3. an invalid value is flagged at its field and the KPIs keep their last valid values', async () => {
    const page = await openEdited();
    const valid = expectedKpis(grafferEdited, 'ja');

    /** Types `text` into a field, checks the message at the field and the unchanged KPIs. */
    const refuse = async (path: string, corner: 'mode' | undefined, text: string) => {
      const input = await enter(page, path, corner, text);
      // Leaving the field ends the typing pause at once (form.e2e.ts test 3 waits it out).
      await input.blur();
      const error = fieldError(page, path);
      await error.waitFor();
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect(await input.inputValue()).toBe(text); // what was typed stays, to be corrected
      const message = (await error.textContent())!.trim();
      expect(message).not.toBe('');
      // The message is next to its field: just under the input, not somewhere else on the page.
      const [box, errorBox] = await Promise.all([input.boundingBox(), error.boundingBox()]);
      expect(errorBox!.y).toBeGreaterThanOrEqual(box!.y + box!.height - 1);
      expect(errorBox!.y - (box!.y + box!.height)).toBeLessThan(120);
      // Results: still the last valid scenario's, Monte Carlo included.
      expect(await readKpis(page)).toEqual(valid);
      await settled(page);
      expect(await readKpis(page)).toEqual(valid);
      return message;
    };
    const restore = async (path: string, corner: 'mode' | undefined, text: string) => {
      const input = await enter(page, path, corner, text);
      await fieldError(page, path).waitFor({ state: 'detached' });
      expect(await input.getAttribute('aria-invalid')).toBe('false');
      await expectKpis(page, valid);
    };

    // Text that does not read as a number (a range corner: its fieldset names the error).
    const unreadable = await refuse('audit.fixedFeeYen', 'mode', 'abc');
    expect(await describedBy(page, 'fieldset:has(#field-audit-fixedFeeYen-mode)')).toBe(
      'field-audit-fixedFeeYen-error',
    );
    await restore('audit.fixedFeeYen', 'mode', String(EDITED_FEE));

    // A number the schema refuses: negative controls (a point field names its error itself).
    const negative = await refuse('controls.baseline', undefined, '-5');
    expect(negative).not.toBe(unreadable);
    expect(await describedBy(page, '#field-controls-baseline')).toBe(
      'field-controls-baseline-error',
    );
    await restore('controls.baseline', undefined, String(graffer.controls.baseline));

    // A share over 100 %.
    await refuse('controls.alreadyAuditedShare', undefined, '150');
    await restore('controls.alreadyAuditedShare', undefined, shareText(alreadyAudited));

    // A range whose most likely value is above its high end.
    await refuse('audit.fixedFeeYen', 'mode', String(fee.high + 1));
    await restore('audit.fixedFeeYen', 'mode', String(EDITED_FEE));
  });

  it('3b. a field’s message speaks the UI’s language and the field’s unit', async () => {
    const page = await h.openKept();
    await settled(page);
    const messageFor = async (path: string, corner: 'mode' | undefined, text: string) => {
      // Leaving the field ends the typing pause at once (form.e2e.ts test 3 waits it out).
      await (await enter(page, path, corner, text)).blur();
      return (await fieldError(page, path).textContent())!.trim();
    };
    const latin = /\b(number|must|mode|high|low)\b/;
    // 150 % typed into a per-cent field: the limit must be told in per cent (100), not as 1.
    const share = await messageFor('controls.alreadyAuditedShare', undefined, '150');
    expect.soft(share, `message for 150 %: "${share}"`).toMatch(/100/);
    expect.soft(share, `message for 150 %: "${share}"`).not.toMatch(latin);
    await enter(page, 'controls.alreadyAuditedShare', undefined, shareText(alreadyAudited));
    // A negative count, in Japanese.
    const negative = await messageFor('controls.baseline', undefined, '-5');
    expect.soft(negative, `message for -5 controls: "${negative}"`).not.toMatch(latin);
    await enter(page, 'controls.baseline', undefined, String(graffer.controls.baseline));
    // A range out of order, in Japanese.
    const order = await messageFor('audit.fixedFeeYen', 'mode', String(fee.high + 1));
    expect.soft(order, `message for mode > high: "${order}"`).not.toMatch(latin);
    expect(order).not.toBe('');
  });

  it('5. a share link opened in a fresh browser context shows the same KPIs', async () => {
    const page = await openEdited();
    await page.getByRole('button', { name: '共有リンクを作る' }).click();
    const link = await page.locator('#share-url').inputValue();
    expect(link).toBe(page.url());
    expect(new URL(link).origin).toBe(new URL(h.baseUrl).origin);
    expect(new URL(link).hash).toMatch(/^#s=./);
    expect(await page.locator('.notice').last().textContent()).toContain('共有リンク');

    const fresh = await h.open(link); // a new context: no autosave, no language stored
    await expectKpis(fresh, expectedKpis(grafferEdited, 'ja'));
    expect(await field(fresh, 'audit.fixedFeeYen', 'mode').inputValue()).toBe(feeText(EDITED_FEE));
    expect(await readKpis(fresh)).toEqual(await readKpis(page));

    // A link made in English opens in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Make a share link' }).click();
    const englishLink = await page.locator('#share-url').inputValue();
    expect(englishLink).not.toBe(link);
    const reader = await h.open(englishLink);
    await expectKpis(reader, expectedKpis(grafferEdited, 'en'));
    expect(await reader.locator('html').getAttribute('lang')).toBe('en');
  });

  it('6. a reload keeps the work (autosave)', async () => {
    const page = await openEdited();
    // Autosave settles 300 ms after the last change: wait for it to be written, then reload.
    await expect
      .poll(
        () =>
          page.evaluate((key) => {
            const stored = localStorage.getItem(key);
            return stored ? (JSON.parse(stored) as { scenario: Scenario }).scenario : null;
          }, WORK_KEY),
        SETTLE,
      )
      .toMatchObject({ audit: { fixedFeeYen: { mode: EDITED_FEE } } });
    await page.reload();
    await expectKpis(page, expectedKpis(grafferEdited, 'ja'));
    expect(await field(page, 'audit.fixedFeeYen', 'mode').inputValue()).toBe(feeText(EDITED_FEE));
    // A new visitor (another context) still starts from the shipped scenario.
    const other = await h.open();
    await expectKpis(other, expectedKpis(graffer, 'ja'));
  });

  it('6b. a first visit runs no zod before its figures, compiles its code as it downloads, and fetches its own scenario’s notes only', async () => {
    // A name zod's core keeps in its built code: it marks the chunks that hold zod.
    const ZOD = '$ZodType';
    const context = await h.context();
    await markFirstFigure(context);
    const page = await context.newPage();
    await page.goto(h.baseUrl);
    await expectKpis(page, expectedKpis(graffer, 'ja'));
    await field(page, 'audit.fixedFeeYen', 'mode').waitFor(); // the form, a turn after them
    const scripts = await page.evaluate(() => {
      const figure = performance.getEntriesByName('first-figure')[0]!.startTime;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => /\.js$/.test(entry.name))
        .map((entry) => ({ url: entry.name, beforeFigure: entry.startTime < figure }));
    });
    const texts = new Map(
      await Promise.all(
        scripts.map(async ({ url }) => [url, await (await page.request.get(url)).text()] as const),
      ),
    );
    const before = scripts.filter((s) => s.beforeFigure);
    const after = scripts.filter((s) => !s.beforeFigure);
    expect(before.length).toBeGreaterThan(0);
    expect(before.filter((s) => texts.get(s.url)!.includes(ZOD))).toEqual([]);
    expect(after.some((s) => texts.get(s.url)!.includes(ZOD))).toBe(true);
    // The app's chunks ask V8 to compile them while they download (vite.config.ts).
    const chunks = scripts.filter((s) => /\/assets\//.test(s.url) && !/worker/.test(s.url));
    const unhinted = chunks.filter(
      (s) => !texts.get(s.url)!.startsWith('//# allFunctionsCalledOnLoad\n'),
    );
    expect(chunks.length).toBeGreaterThan(before.length / 2);
    expect(unhinted.map((s) => s.url)).toEqual([]);
    // Of the notes on sources, one chunk a data file: the opened scenario's and the list of
    // sources come after the figures, and no other scenario's nor the buyer groups'.
    const notesFetched = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => /([\w-]+)\.json-[\w-]+\.js$/.exec(entry.name)?.[1])
          .filter((name) => name !== undefined)
          .sort(),
      );
    await expect.poll(notesFetched).toEqual([graffer.id, 'sources']);
    // Nothing was changed: nothing is stored, and the next visit is a first visit again.
    expect(await page.evaluate((key) => localStorage.getItem(key), WORK_KEY)).toBeNull();
  });

  it('6c. on a phone, the charts, the form and the sources are built as the reader scrolls to them, by a Tab or for a print', async () => {
    const PHONE = { width: 390, height: 844 };
    const built = (page: Page) =>
      page.evaluate(() => ({
        charts: document.querySelectorAll('.chart-grid').length,
        form: document.querySelectorAll('.panel-slot input').length,
        sources: document.querySelectorAll('footer li').length,
      }));
    const opened = async () => {
      const page = await h.open(undefined, { viewport: PHONE });
      await expectKpis(page, expectedKpis(graffer, 'ja'));
      await page.locator('section.decision').waitFor(); // near the figures: built in its turn
      // The charts' code has come (their turn is over), for a print.
      await page.waitForFunction(() =>
        performance.getEntriesByType('resource').some((e) => /ChartsPanel-/.test(e.name)),
      );
      return page;
    };
    const none = { charts: 0, form: 0, sources: 0 };

    const page = await opened();
    expect(await built(page)).toEqual(none);
    // A screen on, the charts.
    await page.mouse.wheel(0, PHONE.height);
    await page.locator('.chart-grid').waitFor({ state: 'attached' });
    expect((await built(page)).form).toBe(0);
    // At the bottom, the form and the sources.
    await page.keyboard.press('End');
    await field(page, 'audit.fixedFeeYen', 'mode').waitFor({ state: 'attached' });
    await page.locator('footer li').first().waitFor({ state: 'attached' });

    // A keyboard's focus runs through all of it: the first Tab builds everything.
    const keyboard = await opened();
    expect(await built(keyboard)).toEqual(none);
    await keyboard.keyboard.press('Tab');
    await field(keyboard, 'audit.fixedFeeYen', 'mode').waitFor({ state: 'attached' });
    await keyboard.locator('.chart-grid').waitFor({ state: 'attached' });

    // Paper shows the charts, unscrolled.
    const printed = await opened();
    expect(await built(printed)).toEqual(none);
    await printed.emulateMedia({ media: 'print' });
    await printed.locator('.chart-grid').waitFor({ state: 'attached' });
  });

  it('7. the language switch turns words and numbers to English and back, and is remembered', async () => {
    const page = await h.openKept();
    await expectKpis(page, expectedKpis(graffer, 'ja'));
    const english = page.getByRole('button', { name: 'English' });
    const japanese = page.getByRole('button', { name: '日本語' });

    await english.click();
    const en = expectedKpis(graffer, 'en');
    await expectKpis(page, en);
    expect(en.npv).toMatch(/^−?¥\d+(\.\d+)?[KMBT]$/); // ¥…M: English short scale
    expect(await english.getAttribute('aria-pressed')).toBe('true');
    expect(await japanese.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('ISMAP cost & ROI estimator');
    expect(await page.title()).toBe('ISMAP cost & ROI estimator');
    expect(await page.locator('[data-kpi="npv"] dt').textContent()).toBe('Net present value (NPV)');
    expect(await page.getByLabel('Scenario to start from').count()).toBe(1);
    const cost = chart(page, 'en', 'costTitle');
    expect(await cost.count()).toBe(1);
    expect(
      (await tableRows(cost)).slice(0, graffer.timeline.horizonYears).map((r) => r.slice(1)),
    ).toEqual(expectedCostCells(graffer, 'en'));
    // No Japanese words left in the KPI cards.
    expect(await page.locator('[data-kpi]').allTextContents()).not.toContainEqual(
      expect.stringMatching(/[\u3040-\u30ff\u4e00-\u9fff]/),
    );

    await page.reload();
    await expectKpis(page, en);
    expect(await english.getAttribute('aria-pressed')).toBe('true');

    await japanese.click();
    await expectKpis(page, expectedKpis(graffer, 'ja'));
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await page.reload();
    expect(await japanese.getAttribute('aria-pressed')).toBe('true');
    await expectKpis(page, expectedKpis(graffer, 'ja'));
  });

  it('7b. a first visit follows the browser’s language; a choice made in the app wins after', async () => {
    const page = await h.open(undefined, { locale: 'en-US' });
    await expectKpis(page, expectedKpis(graffer, 'en'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('ISMAP cost & ROI estimator');

    await page.getByRole('button', { name: '日本語' }).click();
    await page.reload();
    await expectKpis(page, expectedKpis(graffer, 'ja'));
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');

    const japanese = await h.open(undefined, { locale: 'ja-JP' });
    await expectKpis(japanese, expectedKpis(graffer, 'ja'));
  });

  it('works by keyboard: language switch by Enter and Space, every main control, skip link', async () => {
    const page = await h.openKept();
    await settled(page);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          tag: el?.tagName.toLowerCase() ?? '',
          id: el?.id ?? '',
          type: el?.getAttribute('type') ?? '',
          text: (el?.textContent ?? '').trim(),
        };
      });
    const tab = async (shift = false) => {
      await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
      return focused();
    };
    type Focus = Awaited<ReturnType<typeof focused>>;
    /** Tabs forward until `done` holds (at most `limit` stops); returns every stop. */
    const tabUntil = async (done: (f: Focus) => boolean, limit: number) => {
      const stops: Focus[] = [];
      for (let i = 0; i < limit; i++) {
        const next = await tab();
        stops.push(next);
        if (done(next)) break;
      }
      return stops;
    };

    // The first stop is the skip link, then the language switch.
    expect(await tab()).toMatchObject({ tag: 'a', text: '結果へ移動' });
    expect(await tab()).toMatchObject({ tag: 'button', text: '日本語' });
    expect(await tab()).toMatchObject({ tag: 'button', text: 'English' });
    await page.keyboard.press('Enter');
    await expectKpis(page, expectedKpis(graffer, 'en'));
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await tab(true)).toMatchObject({ tag: 'button', text: '日本語' });
    await page.keyboard.press('Space');
    await expectKpis(page, expectedKpis(graffer, 'ja'));
    expect(await page.getByRole('button', { name: '日本語' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    // Forward from the switch, every main control is a stop: the toolbar (the JSON import is a
    // file input), the scenario picker, the input groups' headings (a closed group's fields
    // are hidden until it is opened) and the open groups' inputs (the track, the revenue),
    // down to the audit fee.
    const stops = await tabUntil((f) => f.id === 'field-audit-fixedFeeYen-mode', 200);
    const names = stops.map((f) => (f.type === 'file' ? 'file input' : f.id || f.text));
    const toolbar = [
      '共有リンクを作る',
      'JSON を書き出す',
      'file input',
      '年次表を CSV で書き出す',
      'マイシナリオに保存',
      '印刷（1ページの報告）',
    ];
    for (const name of [...toolbar, 'scenario-select', '事業者', 'field-audit-fixedFeeYen-low']) {
      expect(names, `Tab never reached ${name}`).toContain(name);
    }
    // The form follows the question: what the buyers pay comes before what the audit costs.
    const firstRevenueField = names.findIndex((name) => /^(segment-0-|field-revenue-)/.test(name));
    expect(firstRevenueField).toBeGreaterThan(names.indexOf('scenario-select'));
    expect(firstRevenueField).toBeLessThan(names.indexOf('field-audit-fixedFeeYen-low'));
    expect(names.filter((name) => toolbar.includes(name))).toEqual(toolbar); // in reading order
    expect(names.at(-1)).toBe('field-audit-fixedFeeYen-mode');
    // Typing into the focused field works as with a mouse.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(String(EDITED_FEE));
    await expectKpis(page, expectedKpis(grafferEdited, 'ja'));

    // The skip link jumps over the inputs to the results; there, a chart's table twin opens
    // with Enter.
    await page.locator('a.skip').focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toMatchObject({ id: 'results' });
    const summary = (await tabUntil((f) => f.tag === 'summary', 20)).at(-1);
    expect(summary).toMatchObject({ tag: 'summary', text: '表で見る' });
    await page.keyboard.press('Enter');
    expect(await page.locator('details:has(> summary:focus)').getAttribute('open')).toBe('');
  });

  it('8. asked nothing of any other origin in any test of this file', async () => {
    expect(h.requests.length).toBeGreaterThan(0);
    expect(h.requests.some((url) => /\.js$/.test(url))).toBe(true); // the record is not empty
    expect(h.requests.some((url) => /worker/.test(url))).toBe(true); // workers' requests too
    expect(foreignRequests(h.requests, h.baseUrl)).toEqual([]);
    expect(h.problems).toEqual([]);
  });
});
