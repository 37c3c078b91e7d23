/**
 * Output for a briefing, in Debian's Chromium, one page load per language: the estimate's, the
 * compare view's, the policy lab's and the market's reports print on one A4 page each and name what they show; a chart saves
 * as a PNG with its title on white; a CSV's headers carry the units of its numbers.
 */
import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shippedReforms, shippedScenario } from '../../src/data/catalog.ts';
import { shippedPopulation } from '../../src/data/marketCatalog.ts';
import { CHART_MESSAGES } from '../../src/kits/charts/messages.ts';
import { formatNumber } from '../../src/kits/format/yen.ts';
import { wordsOf } from '../../src/kits/i18n/catalogue.ts';
import type { Lang } from '../../src/kits/i18n/lang.ts';
import { localized } from '../../src/kits/i18n/localized.ts';
import { INPUT_MESSAGES } from '../../src/kits/inputs/messages.ts';
import { TABLE_MESSAGES } from '../../src/kits/tables/messages.ts';
import { ESTIMATE_CHART_MESSAGES } from '../../src/screens/estimate/charts/messages.ts';
import { DECISION_MESSAGES } from '../../src/screens/estimate/decisionMessages.ts';
import { COMPARE_MESSAGES } from '../../src/screens/compare/messages.ts';
import { LAB_MESSAGES } from '../../src/screens/lab/messages.ts';
import { marketScreen } from '../../src/screens/market/screen.ts';
import { parseCsv } from '../unit/screens/lab/csv.ts';
import { useHarness } from './browser.ts';
import { settled } from './estimator.ts';

const h = useHarness();

/** A PDF's pages: its page objects ("/Type /Page"; the page tree's nodes are "/Pages"). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

/** A PNG's size and its top-left pixel (RGB), read from its header and first scanline. */
function pngCorner(png: Buffer) {
  expect(png.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
  const ihdr = { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25] };
  expect(png[24]).toBe(8); // 8 bits a channel
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT')
      idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  // Whatever the first scanline's filter, its first pixel has no neighbour to be predicted from:
  // its bytes follow the filter byte as they are.
  const pixels = inflateSync(Buffer.concat(idat));
  return { ...ihdr, corner: [...pixels.subarray(1, 4)] };
}

/** The text a download holds. */
async function downloaded(download: Download): Promise<Buffer> {
  return readFile((await download.path())!);
}

/** Prints the page as Chromium does for "Save as PDF" on A4, and counts its pages. */
async function printedPages(page: Page): Promise<number> {
  return pdfPages(await page.pdf({ format: 'A4' }));
}

/** What print media shows of `selector`'s text (it is hidden on screen). */
async function printedText(page: Page, selector: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const text = await page.locator(selector).innerText();
  await page.emulateMedia({ media: null });
  return text;
}

describe('briefing-ready output', () => {
  for (const lang of ['ja', 'en'] as const satisfies Lang[]) {
    it(`prints each report on one A4 page, saves a chart as PNG, heads a CSV with units (${lang})`, async () => {
      const charts = wordsOf(ESTIMATE_CHART_MESSAGES, lang);
      const decision = wordsOf(DECISION_MESSAGES, lang);
      const lab = wordsOf(LAB_MESSAGES, lang);
      const compare = wordsOf(COMPARE_MESSAGES, lang);
      // A first visit follows the browser's language.
      const page = await h.open(undefined, { locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
      await settled(page);

      // The estimate's report: the scenario it shows by name, on one page.
      const scenario = shippedScenario('graffer-actual');
      expect(await printedText(page, 'h2.print-only')).toBe(localized(scenario.title, lang));
      expect(await printedPages(page)).toBe(1);
      // Its inputs, which only paper shows, are built for the first print (printing.svelte.ts).
      const inputs = await printedText(page, 'section.summary');
      expect(inputs).toContain(wordsOf(INPUT_MESSAGES, lang)('summaryTitle'));
      expect(inputs.split('\n').length).toBeGreaterThan(20);
      // Printed again, still one page: a chart that keeps its height (the waterfall, the tornado)
      // used to stretch the rows it spans a little more on each print.
      const chartRows = async () => {
        await page.emulateMedia({ media: 'print' });
        const height = await page.locator('.chart-grid').evaluate((grid) => grid.clientHeight);
        await page.emulateMedia({ media: null });
        return height;
      };
      const rowsOnce = await chartRows();
      expect(await chartRows()).toBe(rowsOnce);
      expect(await printedPages(page)).toBe(1);

      // A chart as a picture: titled, on white, at least the chart's size.
      const title = charts('tornadoTitle');
      const canvas = page.locator('figure', { hasText: title }).locator('canvas');
      const chartWidth = await canvas.evaluate((c) => (c as HTMLCanvasElement).width);
      const [png] = await Promise.all([
        page.waitForEvent('download', { timeout: 15_000 }),
        page
          .getByRole('button', { name: wordsOf(CHART_MESSAGES, lang)('savePngOf', { title }) })
          .click(),
      ]);
      expect(png.suggestedFilename()).toBe(`${title}.png`);
      const image = pngCorner(await downloaded(png));
      expect(image.width).toBeGreaterThan(chartWidth);
      expect(image.corner).toEqual([255, 255, 255]);

      // A CSV: raw numbers under headers that say their units.
      const options = page.locator('[data-table="decision-options"]');
      const [csv] = await Promise.all([
        page.waitForEvent('download', { timeout: 15_000 }),
        options.getByRole('button', { name: /CSV/ }).click(),
      ]);
      const units = wordsOf(TABLE_MESSAGES, lang);
      const [header, first] = parseCsv((await downloaded(csv)).toString('utf8'));
      expect(header!.slice(2)).toEqual([
        units('withUnit', { label: decision('decision.npv'), unit: units('csvUnit.yen') }),
        units('withUnit', {
          label: decision('decision.probability'),
          unit: units('csvUnit.share'),
        }),
      ]);
      expect(first![2]).toMatch(/^-?\d+$/);

      // Compare's report: two columns, what changed between them, on one page.
      await page.getByRole('button', { name: compare('title'), exact: true }).click();
      await page.locator('section.changes figure').first().waitFor();
      expect(await printedPages(page)).toBe(1);

      // The lab's report: the package and the vendors by name and count, on one page.
      await page.getByRole('button', { name: lab('title'), exact: true }).click();
      await page.locator('section.results[aria-busy="false"]').waitFor({ timeout: 15_000 });
      const subject = await printedText(page, '.subject');
      const plan = shippedReforms.find((r) => r.id === 'fy2025-plan')!;
      const vendors = shippedPopulation.archetypes.reduce((sum, a) => sum + a.count, 0);
      expect(subject).toContain(localized(plan.title, lang));
      expect(subject).toContain(formatNumber(vendors, lang, 0));
      expect(await printedPages(page)).toBe(1);

      // The market's report: both policies by name, the square, the fit and the ten paths.
      await page.getByRole('button', { name: marketScreen.title[lang], exact: true }).click();
      await page.locator('#results[aria-busy="false"] [data-series]').first().waitFor({
        timeout: 20_000,
      });
      const policies = await printedText(page, '#market-results-title');
      expect(policies).toContain(localized(shippedReforms[0]!.title, lang));
      expect(policies).toContain(localized(plan.title, lang));
      expect(await printedPages(page)).toBe(1);
    });
  }
});
