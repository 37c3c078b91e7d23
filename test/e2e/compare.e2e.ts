/**
 * The compare view in Debian's Chromium, under the site's real security headers: Graffer as
 * ISMAP vs ISO 27017 only side by side, with the engine's numbers; a changed track or reform
 * changes the table; the CSV holds the rows shown; what changed the NPV from Graffer's plan to
 * what happened, split by input group, adds up to the NPVs shown; columns are added and removed
 * by keyboard; the share link carries the columns. Every expected number comes from the engine
 * and the app's formatters. (screenshots.e2e.ts photographs it at 1280 and 390 px and checks it
 * fits.)
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { KEY_FIGURE_IDS, showFigure } from '../../src/kits/figures/keyFigures.ts';
import { wordsOf, type Words } from '../../src/kits/i18n/catalogue.ts';
import { COMPARE_MESSAGES, type CompareMessageKey } from '../../src/screens/compare/messages.ts';
import { shippedReforms, shippedScenario, trackPresets } from '../../src/data/catalog.ts';
import {
  attributeNpv,
  pointReport,
  withTrack,
  type PointReport,
  type Scenario,
  type Track,
} from '../../src/engine/index.ts';
import { parseNumber } from '../../src/kits/format/parseNumber.ts';
import { formatYen, formatYenChange } from '../../src/kits/format/yen.ts';
import type { Lang } from '../../src/kits/i18n/lang.ts';
import { TABLE_MESSAGES } from '../../src/kits/tables/messages.ts';
import { foreignRequests, once, useHarness } from './browser.ts';
import { SETTLE, tableRows } from './estimator.ts';

const graffer = shippedScenario('graffer-actual');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const h = useHarness();

/** A column as the test means it: a scenario, optionally on a track and under a reform. */
interface Expected {
  scenario: Scenario;
  track?: Track;
  reformId?: string;
}

function reportOf(c: Expected): PointReport {
  const scenario = c.track ? withTrack(c.scenario, c.track, trackPresets) : c.scenario;
  const reform = shippedReforms.find((r) => r.id === c.reformId);
  return pointReport(scenario, reform);
}

/** Each row's value as the page should show it, from the engine's report. */
function shownValues(
  r: PointReport,
  lang: Lang,
  w: Words<CompareMessageKey>,
): Record<string, string> {
  return Object.fromEntries(KEY_FIGURE_IDS.map((id) => [id, showFigure(id, r, lang, w)]));
}

const YEN_ROWS = ['first-year-cost', 'steady-year-cost', 'npv', 'break-even-value'];

/** A yen difference as the page should show it. */
function yenDiff(diff: number, lang: Lang, w: Words<CompareMessageKey>): string {
  const magnitude = formatYen(Math.abs(diff), lang);
  if (magnitude === formatYen(0, lang)) return w('noDifference');
  return (diff < 0 ? w('minus') : w('plus')) + magnitude;
}

interface ShownTable {
  headers: { number: string; label: string }[];
  rows: { id: string; header: string; values: string[]; diffs: string[] }[];
}

/** The key-figure table as shown, read in one round trip. */
function readTable(page: Page): Promise<ShownTable> {
  return page.locator('.kpis table').evaluate((table) => {
    const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
    return {
      headers: [...table.querySelectorAll('thead th[data-column]')].map((th) => ({
        number: text(th.querySelector('.number')),
        label: text(th.querySelector('.label')),
      })),
      rows: [...table.querySelectorAll('tbody tr')].map((tr) => ({
        id: tr.getAttribute('data-kpi') ?? '',
        header: text(tr.querySelector('th')),
        values: [...tr.querySelectorAll('td')].map((td) => text(td.querySelector('.value'))),
        diffs: [...tr.querySelectorAll('td')]
          .slice(1)
          .map((td) => text(td.querySelector('.diff-value'))),
      })),
    };
  });
}

/** The values every row should show for `columns`, in `lang`. */
function expectedValues(columns: Expected[], lang: Lang): Record<string, string[]> {
  const shown = columns.map((c) => shownValues(reportOf(c), lang, wordsOf(COMPARE_MESSAGES, lang)));
  return Object.fromEntries(Object.keys(shown[0]!).map((id) => [id, shown.map((s) => s[id]!)]));
}

const valuesById = (table: ShownTable) =>
  Object.fromEntries(table.rows.map((row) => [row.id, row.values]));

/** Waits until the table shows exactly the engine's values for `columns`. */
async function expectTable(page: Page, columns: Expected[], lang: Lang = 'ja'): Promise<void> {
  await expect
    .poll(async () => valuesById(await readTable(page)), SETTLE)
    .toEqual(expectedValues(columns, lang));
}

/**
 * Takes a page just opened to the compare tab (the default columns: Graffer as ISMAP vs ISO
 * 27017 only). It does not wait for the estimate's Monte Carlo, which the compare view never
 * shows (leaving the estimate ends its worker), as the lab's and the market's tests do not.
 */
async function toCompare(page: Page): Promise<Page> {
  await page.getByRole('button', { name: '比較', exact: true }).click();
  await page.locator('.kpis table').waitFor();
  return page;
}

/** The compare tab, in the context kept for the file (one per `options`). */
const openCompare = async (options = {}) =>
  toCompare(await h.openKept(undefined, undefined, options));

/**
 * The compare tab as it opens, in a fresh context kept for the file: the first test only looks
 * at it, and the English one, later, turns it to English.
 */
const asOpened = once(async () => h.keep(await toCompare(await h.open())));

/** RFC 4180 as toCsv writes it: BOM, CRLF, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const GRAFFER_DEFAULT: Expected[] = [
  { scenario: graffer },
  { scenario: graffer, track: 'iso27017-only' },
];

describe('the compare view', () => {
  it('shows Graffer as ISMAP and as ISO 27017 only, with the engine’s numbers', async () => {
    const page = await asOpened();
    const w = wordsOf(COMPARE_MESSAGES, 'ja');
    await expectTable(page, GRAFFER_DEFAULT);
    const table = await readTable(page);
    const title = graffer.title.ja;
    expect(table.headers).toEqual([
      { number: '列1', label: [title, w('track.ismap')].join(w('separator')) },
      { number: '列2', label: [title, w('track.iso27017-only')].join(w('separator')) },
    ]);
    expect(table.rows.map((r) => r.header)).toEqual(
      table.rows.map((r) => w(`figure.${r.id}` as CompareMessageKey)),
    );
    // Differences to column 1: the subtraction, formatted the same way.
    const [ismap, iso] = GRAFFER_DEFAULT.map(reportOf);
    const npv = table.rows.find((r) => r.id === 'npv')!;
    expect(npv.diffs).toEqual([yenDiff(iso!.totals.npv - ismap!.totals.npv, 'ja', w)]);
    const cost = table.rows.find((r) => r.id === 'first-year-cost')!;
    expect(cost.diffs).toEqual([
      yenDiff(iso!.years[0]!.totalCost - ismap!.years[0]!.totalCost, 'ja', w),
    ]);
    // ISO 27017 only keeps the deals that do not require ISMAP: fewer wins than with ISMAP.
    expect(iso!.attributableWinsPerYear).toBeLessThan(ismap!.attributableWinsPerYear);
    // The charts: what changed the NPV from column 1 to column 2, cumulative cash flows, the
    // frontier (one curve per column) and a waterfall for the ISMAP column (the ISO column has
    // no ISMAP controls to narrow down).
    expect(await page.locator('figure canvas').count()).toBe(4);
    expect(await page.getByRole('heading', { name: w('waterfallTitle') }).count()).toBe(1);
    // The ISO 27017 help shows only under the column on that track.
    expect(await page.getByText(w('isoOnlyHelp')).count()).toBe(1);
  });

  it('follows a change of track or reform in a column', async () => {
    const page = await openCompare();
    await expectTable(page, GRAFFER_DEFAULT);

    await page.getByLabel('制度の区分').nth(1).selectOption('ismap-liu');
    const liu: Expected[] = [{ scenario: graffer }, { scenario: graffer, track: 'ismap-liu' }];
    expect(expectedValues(liu, 'ja')).not.toEqual(expectedValues(GRAFFER_DEFAULT, 'ja'));
    await expectTable(page, liu);

    await page.locator('#compare-1-reform').selectOption('all-reforms');
    const reformed: Expected[] = [{ scenario: graffer, reformId: 'all-reforms' }, liu[1]!];
    expect(expectedValues(reformed, 'ja')).not.toEqual(expectedValues(liu, 'ja'));
    await expectTable(page, reformed);
    const headers = (await readTable(page)).headers;
    const allReforms = shippedReforms.find((r) => r.id === 'all-reforms')!;
    expect(headers[0]!.label).toContain(allReforms.title.ja);

    // Another shipped scenario in column 2.
    await page.locator('#compare-2-scenario').selectOption('large-saas');
    await expectTable(page, [
      reformed[0]!,
      { scenario: shippedScenario('large-saas'), track: 'ismap-liu' },
    ]);

    // The share link carries the columns: a fresh browser opens on the same comparison.
    await page.getByRole('button', { name: '共有リンクを作る' }).click();
    const link = await page.locator('#share-url').inputValue();
    const fresh = await h.open(link);
    await fresh.locator('.kpis table').waitFor();
    expect(await readTable(fresh)).toEqual(await readTable(page));
  });

  it('exports the table shown as CSV', async () => {
    const page = await openCompare();
    await page.locator('#compare-2-reform').selectOption('fy2025-plan');
    await page.locator('#compare-1-track').selectOption('saas-light');
    const columns: Expected[] = [
      { scenario: graffer, track: 'saas-light' },
      { scenario: graffer, track: 'iso27017-only', reformId: 'fy2025-plan' },
    ];
    await expectTable(page, columns);
    // The reform is left out of an ISO 27017-only column, and the column says so.
    await page.getByText(wordsOf(COMPARE_MESSAGES, 'ja')('reformIgnored')).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '指標の表を CSV で書き出す' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${graffer.id}-compare.csv`);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    const shown = await readTable(page);
    const w = wordsOf(COMPARE_MESSAGES, 'ja');

    const name = (i: number) => w('columnLabel', { n: i + 1, label: shown.headers[i]!.label });
    expect(header).toEqual([
      w('kpi'),
      w('unit'),
      name(0),
      name(1),
      w('diffHeader', { column: shown.headers[1]!.number }),
    ]);
    expect(rows.map((r) => r[0])).toEqual(shown.rows.map((r) => r.header));
    const reports = columns.map(reportOf);
    for (const [i, row] of shown.rows.entries()) {
      const [, , first, second, diff] = rows[i]!;
      const cells = [first!, second!];
      const numeric = (cell: string) => cell !== '' && Number.isFinite(Number(cell));
      cells.forEach((cell, c) => {
        if (!numeric(cell)) expect(cell).toBe(row.values[c]);
        else if (YEN_ROWS.includes(row.id))
          expect(formatYen(Number(cell), 'ja')).toBe(row.values[c]);
      });
      if (!numeric(diff!)) expect(diff).toBe(row.diffs[0]);
      else if (YEN_ROWS.includes(row.id)) expect(yenDiff(Number(diff), 'ja', w)).toBe(row.diffs[0]);
    }
    // The numbers are the engine's: NPV to the yen, and the wins.
    const npv = rows.find((r) => r[0] === w('figure.npv'))!;
    expect(Number(npv[2])).toBe(Math.round(reports[0]!.totals.npv));
    expect(Number(npv[3])).toBe(Math.round(reports[1]!.totals.npv));
    const wins = rows.find((r) => r[0] === w('figure.attributable-wins'))!;
    expect(Number(wins[3])).toBeCloseTo(reports[1]!.attributableWinsPerYear, 4);
  });

  it('splits the NPV difference from Graffer’s plan to what happened, adding up to the NPVs shown', async () => {
    const page = await openCompare();
    await page.locator('#compare-1-scenario').selectOption('graffer-plan');
    await page.locator('#compare-2-scenario').selectOption('graffer-actual');
    await page.locator('#compare-2-track').selectOption(''); // its own track, as shipped
    const plan = shippedScenario('graffer-plan');
    const columns: Expected[] = [{ scenario: plan }, { scenario: graffer }];
    await expectTable(page, columns);
    const w = wordsOf(COMPARE_MESSAGES, 'ja');
    const [planReport, actualReport] = columns.map(reportOf);
    // Both on their own track, no reform: the columns evaluate the shipped scenarios themselves.
    const attribution = attributeNpv(plan, graffer);
    const delta = actualReport!.totals.npv - planReport!.totals.npv;

    const figure = page.locator('[data-change="2"] figure');
    const title = w('changeTitle', { from: '列1', to: '列2' });
    expect(await figure.locator('figcaption').textContent()).toContain(title);
    expect(await figure.locator('canvas').count()).toBe(1);
    // The sentence names the group that moved NPV most, its part and the whole difference.
    const largest = attribution.parts.reduce((a, b) =>
      Math.abs(b.npvDelta) > Math.abs(a.npvDelta) ? b : a,
    );
    const lead = (await figure.locator('.lead').textContent()) ?? '';
    expect(lead).toContain(w(`group.${largest.group}`));
    expect(lead).toContain(formatYenChange(largest.npvDelta, 'ja'));
    expect(lead).toContain(formatYenChange(delta, 'ja'));

    // The table twin, as a reader opens it: from column 1's NPV through the five groups to
    // column 2's, the ends being the NPVs the key-figure table shows.
    await figure.locator('summary').click();
    await figure.locator('table').waitFor();
    const rows = await tableRows(figure);
    expect(rows.map((r) => r[0])).toEqual([
      w('columnNpv', { column: '列1' }),
      ...attribution.parts.map((p) => w(`group.${p.group}`)),
      w('columnNpv', { column: '列2' }),
    ]);
    const npvShown = (await readTable(page)).rows.find((r) => r.id === 'npv')!.values;
    expect([rows[0]![2], rows.at(-1)![2]]).toEqual(npvShown);
    const yen = (text: string) => parseNumber(text.replace(/^\+/, ''))!;
    const parts = rows.slice(1, -1).map((r) => yen(r[1]!));
    expect(parts).toEqual(attribution.parts.map((p) => yen(formatYenChange(p.npvDelta, 'ja'))));
    // Shown to the 万 each: seven roundings of at most ¥5,000 between the parts and the NPVs.
    const shownDelta = yen(npvShown[1]!) - yen(npvShown[0]!);
    expect(Math.abs(parts.reduce((a, b) => a + b, 0) - shownDelta)).toBeLessThanOrEqual(7 * 5_000);

    // Its CSV: the same rows, yen to the yen, adding up to the difference of the NPVs.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure
        .getByRole('button', { name: wordsOf(TABLE_MESSAGES, 'ja')('exportCsvOf', { title }) })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${graffer.id}-npv-change-1-2.csv`);
    const [header, ...csv] = parseCsv(await readFile((await download.path())!, 'utf8'));
    expect(header).toEqual([
      w('changeGroup'),
      `${w('changeAmount')}（円）`,
      `${w('changeRunning')}（円）`,
    ]);
    expect(csv.map((r) => r[0])).toEqual(rows.map((r) => r[0]));
    expect(Number(csv[0]![2])).toBe(Math.round(planReport!.totals.npv));
    expect(Number(csv.at(-1)![2])).toBe(Math.round(actualReport!.totals.npv));
    const csvParts = csv.slice(1, -1).map((r) => Number(r[1]));
    expect(csvParts).toEqual(attribution.parts.map((p) => Math.round(p.npvDelta)));
    // Five parts and two ends rounded to the yen: at most ¥3.5 apart.
    expect(Math.abs(csvParts.reduce((a, b) => a + b, 0) - delta)).toBeLessThanOrEqual(3.5);
  });

  it('adds and removes columns by keyboard, up to six', async () => {
    const page = await openCompare();
    const add = page.getByRole('button', { name: '列を追加' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.kpis thead th[data-column]').count()).toBe(3);
    // Focus moves to the new column's first choice. It starts from the scenario as it is (not
    // a copy of column 2's track), and its track changes by keyboard.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-3-scenario');
    await expectTable(page, [...GRAFFER_DEFAULT, { scenario: graffer }]);
    expect(await page.locator('#compare-3-track-help').count()).toBe(0);
    await page.locator('#compare-3-track').focus();
    await page.keyboard.press('End'); // as it is → ISO 27017 only, the last choice
    await expectTable(page, [...GRAFFER_DEFAULT, { scenario: graffer, track: 'iso27017-only' }]);
    expect(await page.locator('#compare-3-track-help').count()).toBe(1);

    for (let n = 4; n <= 6; n++) await add.click();
    await expect.poll(() => page.locator('.kpis thead th[data-column]').count()).toBe(6);
    expect(await add.isDisabled()).toBe(true);
    expect(await page.getByText('列は6つまでです。').count()).toBe(1);

    await page.getByRole('button', { name: '列3を削除' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.kpis thead th[data-column]').count()).toBe(5);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-add');
    // The table scrolls sideways by keyboard inside its own labelled box.
    const scroll = page.getByRole('region', { name: '主な指標の表（横にスクロールできます）' });
    expect(await scroll.getAttribute('tabindex')).toBe('0');
  });

  it('speaks English on request', async () => {
    const page = await asOpened(); // as the first test found it
    await page.getByRole('button', { name: 'English' }).click();
    await expectTable(page, GRAFFER_DEFAULT, 'en');
    const w = wordsOf(COMPARE_MESSAGES, 'en');
    expect((await readTable(page)).headers.map((hd) => hd.number)).toEqual([
      'Column 1',
      'Column 2',
    ]);
    expect(await page.locator('.compare').getByLabel(w('track'), { exact: true }).count()).toBe(2);
    expect(await page.getByRole('heading', { name: w('title'), exact: true }).count()).toBe(1);
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    // axe is injected as a script, which the site's policy rightly blocks: this page alone
    // runs with bypassCSP.
    const page = await openCompare({ bypassCSP: true });
    await page.locator('#compare-2-reform').selectOption('all-reforms');
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    await page.addScriptTag({ path: AXE });
    const results: AxeResults = await page.evaluate(() =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(
        document.querySelector('.compare')!,
        { resultTypes: ['violations'] },
      ),
    );
    const severe = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(
      severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  it('asked nothing of any other origin in any test of this file', () => {
    expect(h.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(h.requests, h.baseUrl)).toEqual([]);
    expect(h.problems).toEqual([]);
  });
});
