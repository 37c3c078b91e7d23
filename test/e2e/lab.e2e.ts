/**
 * The policy lab in Debian's Chromium, under the site's real security headers: choosing a
 * package and editing a count change the share of viable vendors and the burden to exactly the
 * engine's numbers (comparePackages with the worker's draws and seed, formatted by the app's
 * formatters); CSV downloads are the tables shown; the share link carries the lab; the page
 * fits a phone. Photographs the lab at 1280 and 390 px into test/artifacts/.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedReforms } from '../../src/data/catalog.ts';
import { shippedPopulation } from '../../src/data/marketCatalog.ts';
import {
  comparePackages,
  DEFAULT_SEED,
  SCENARIO_SCHEMA_VERSION,
  type Levers,
  type Population,
  type PopulationResult,
  type ReformPackage,
} from '../../src/engine/index.ts';
import { formatShare, formatYen } from '../../src/kits/format/yen.ts';
import type { Lang } from '../../src/kits/i18n/lang.ts';
import { LAB_SAMPLES } from '../../src/screens/lab/build/computeLab.ts';
import type { CellKind } from '../../src/kits/tables/dataTable.ts';
import { wordsOf } from '../../src/kits/i18n/catalogue.ts';
import { TABLE_MESSAGES } from '../../src/kits/tables/messages.ts';
import { LAB_MESSAGES, type LabMessageKey } from '../../src/screens/lab/messages.ts';
import { parseCsv, shownFromCsv } from '../unit/screens/lab/csv.ts';
import { DEFAULT_VIEWPORT, once, resized, useHarness } from './browser.ts';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** The worker waits 150 ms after the last edit, then draws 2,000 samples per archetype. */
const SETTLE = { timeout: 15_000, interval: 50 };

const reform = (id: string) => shippedReforms.find((r) => r.id === id)!;
const w = (key: LabMessageKey, lang: Lang = 'ja') => wordsOf(LAB_MESSAGES, lang)(key);

const h = useHarness();
beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
});

/** The shipped population with some counts replaced, built here without the lab's code. */
function withCounts(counts: Record<string, number>): Population {
  const population = structuredClone(shippedPopulation);
  for (const a of population.archetypes) a.count = counts[a.id] ?? a.count;
  return population;
}

const expectedCache = new Map<string, { before: PopulationResult; after: PopulationResult }>();

/**
 * What the worker computes for `pkg`: the engine's before and after, same draws and seed.
 * Computed once for each population and package (2,000 draws a vendor: about 0.4 s).
 */
function expected(population: Population, pkg: ReformPackage) {
  const key = JSON.stringify([population, pkg]);
  let result = expectedCache.get(key);
  if (!result) {
    const { before, after } = comparePackages(population, [pkg], {
      samples: LAB_SAMPLES,
      seed: DEFAULT_SEED,
    });
    result = { before, after: after[0]!.result };
    expectedCache.set(key, result);
  }
  return result;
}

/** The viable-share and burden tables as the page should show them (first two columns). */
function expectedSummary(e: { before: PopulationResult; after: PopulationResult }, lang: Lang) {
  const share = (r: PopulationResult) => [
    formatShare(r.viableShare, lang, 1),
    formatShare(r.viableShareProbabilityWeighted!, lang, 1),
  ];
  const burden = (r: PopulationResult) =>
    [r.firstYearBurden, r.steadyYearBurden].flatMap((b) =>
      [b.audit, b.ownEffort, b.lostRevenue, b.total].map((v) => formatYen(v, lang)),
    );
  const zip = (a: string[], b: string[]) => a.map((x, i) => [x, b[i]!]);
  return {
    viable: zip(share(e.before), share(e.after)),
    burden: zip(burden(e.before), burden(e.after)),
  };
}

const labTable = (page: Page, id: string): Locator => page.locator(`[data-table="${id}"]`);

/** A lab table's body as text: row header, then each cell. */
function rowsOf(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent!.trim())),
    );
}

/** The viable-share rows (point, probability-weighted) and the burden rows, before and after. */
async function readSummary(page: Page) {
  const viable = (await rowsOf(labTable(page, 'viable-share'))).slice(0, 2);
  const burden = await rowsOf(labTable(page, 'burden'));
  return {
    viable: viable.map((row) => row.slice(1, 3)),
    burden: burden.map((row) => row.slice(1, 3)),
  };
}

/** Takes a page just opened to the lab, and waits for the worker's first answer. */
async function toLab(page: Page): Promise<Page> {
  await page.getByRole('button', { name: w('title'), exact: true }).click();
  await page.locator('section.results[aria-busy="false"]').waitFor({ timeout: SETTLE.timeout });
  return page;
}

/** The lab, in the context kept for the file (emptied after each test). */
const openLab = async () => toLab(await h.openKept());

/**
 * The lab as it opens, in a fresh context kept for the file: tests 1 and 8 only look at it, and
 * test 7, last, turns it to English. Each test sizes it as its own page was.
 */
const asOpened = once(async () => h.keep(await toLab(await h.open())));

/**
 * Test 9's page, under bypassCSP for axe: a custom package with an error on screen, and axe
 * injected. Each width resizes it.
 */
const withError = once(async () => {
  const page = h.keep(await toLab(await h.open(undefined, { bypassCSP: true })));
  await page.getByLabel(w('packageLabel')).selectOption('custom');
  await page.locator('#lever-controlCap').fill('abc'); // an error message on screen too
  await page.locator('#lever-controlCap-error').waitFor();
  await page.locator('section.results[aria-busy="false"]').waitFor();
  await page.addScriptTag({ path: AXE });
  return page;
});

/** How long the worker took for its last answer, ms (the page's data-compute-ms). */
async function computeMs(page: Page): Promise<number> {
  return Number(await page.locator('.lab').getAttribute('data-compute-ms'));
}

const timings: number[] = [];

describe('the policy lab', () => {
  it('1. opens on the FY2025 plan with the engine’s figures', async () => {
    const page = await asOpened();
    await resized(page, DEFAULT_VIEWPORT);
    expect(await page.locator('#lab-reform').inputValue()).toBe('fy2025-plan');
    await expect
      .poll(() => readSummary(page), SETTLE)
      .toEqual(expectedSummary(expected(shippedPopulation, reform('fy2025-plan')), 'ja'));
    for (const a of shippedPopulation.archetypes) {
      expect(await page.locator(`#lab-count-${a.id}`).inputValue()).toBe(String(a.count));
    }
    // The burden's card says whom it counts, with the engine's counts.
    const { before, after } = expected(shippedPopulation, reform('fy2025-plan'));
    expect(await page.locator('[data-lab-kpi="steady-burden"] .note').textContent()).toBe(
      wordsOf(LAB_MESSAGES, 'ja')('burdenScope', {
        before: before.certifyingVendors,
        after: after.certifyingVendors,
        vendors: 785,
        othersBefore: 785 - before.certifyingVendors,
        othersAfter: 785 - after.certifyingVendors,
      }),
    );
    timings.push(await computeMs(page));
  });

  it('2. choosing a package changes the viable share and the burden to the engine’s', async () => {
    const page = await openLab();
    const plan = expectedSummary(expected(shippedPopulation, reform('fy2025-plan')), 'ja');
    await expect.poll(() => readSummary(page), SETTLE).toEqual(plan);

    await page.getByLabel(w('packageLabel')).selectOption('all-reforms');
    const all = expectedSummary(expected(shippedPopulation, reform('all-reforms')), 'ja');
    expect(all.viable[1]![1]).not.toBe(plan.viable[1]![1]); // the package matters
    expect(all.burden[7]![1]).not.toBe(plan.burden[7]![1]); // the steady year's total
    await expect.poll(() => readSummary(page), SETTLE).toEqual(all);
    // The headline says the same, and the package's description is shown.
    const card = page.locator('[data-lab-kpi="viable-share"]');
    expect(await card.textContent()).toContain(all.viable[0]![1]);
    expect(await page.locator('#lab-reform-description').textContent()).toBe(
      reform('all-reforms').description!.ja,
    );
    timings.push(await computeMs(page));
  });

  it('3. editing a count changes the results, without blocking the typing', async () => {
    const page = await openLab();
    const title = shippedPopulation.archetypes.find((a) => a.id === 'large-saas')!.title.ja;
    const count = page.getByRole('textbox', { name: `${title}の事業者数`, exact: true });
    const before = await readSummary(page);
    // Typed key by key: every keystroke lands while the worker recomputes.
    await count.fill('');
    await count.pressSequentially('1,200', { delay: 20 });
    expect(await count.inputValue()).toBe('1,200');
    const edited = expectedSummary(
      expected(withCounts({ 'large-saas': 1200 }), reform('fy2025-plan')),
      'ja',
    );
    expect(edited).not.toEqual(before);
    await expect.poll(() => readSummary(page), SETTLE).toEqual(edited);
    timings.push(await computeMs(page));

    // Not a count: said at the field, and the results keep the last valid count (1,200).
    await count.fill('abc');
    await page.locator('#lab-count-large-saas-error').waitFor();
    expect(await count.getAttribute('aria-invalid')).toBe('true');
    await page.locator('section.results[aria-busy="false"]').waitFor();
    expect(await readSummary(page)).toEqual(edited);
  });

  it('4. a custom package: the levers chosen are the levers computed', async () => {
    const page = await openLab();
    await page.getByLabel(w('packageLabel')).selectOption('custom');
    // Custom starts from the package that was chosen: the FY2025 plan's levers are on.
    expect(await page.locator('#lever-controlCap-on').isChecked()).toBe(true);
    expect(await page.locator('#lever-controlCap').inputValue()).toBe(
      String(reform('fy2025-plan').levers.controlCap),
    );
    await page.locator('#lever-auditFirms-on').check();
    await page.locator('#lever-iso27001CreditShare-on').check();
    await page.locator('#lever-iso27001CreditShare').fill('60');
    const levers: Levers = {
      ...reform('fy2025-plan').levers,
      auditFirms: reform('more-audit-firms').levers.auditFirms!,
      iso27001CreditShare: 0.6,
    };
    const custom: ReformPackage = {
      schemaVersion: SCENARIO_SCHEMA_VERSION,
      id: 'custom',
      title: { ja: 'custom' },
      levers,
    };
    await expect
      .poll(() => readSummary(page), SETTLE)
      .toEqual(expectedSummary(expected(shippedPopulation, custom), 'ja'));
    // The price response to more firms is explained as the scenarios' assumption.
    expect(await page.locator('#lever-auditFirms-hint').textContent()).toContain('価格弾力性');
  });

  it('5. each table’s CSV download is the table shown, with units in its headers', async () => {
    const page = await openLab();
    await page.getByLabel(w('packageLabel')).selectOption('all-reforms');
    await expect
      .poll(() => readSummary(page), SETTLE)
      .toEqual(expectedSummary(expected(shippedPopulation, reform('all-reforms')), 'ja'));
    for (const id of ['viable-share', 'burden', 'archetypes', 'lever-ranking', 'packages']) {
      const table = labTable(page, id);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        table.getByRole('button', { name: /CSV/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`ismap-policy-lab-${id}.csv`);
      const [header, ...rows] = parseCsv(await readFile((await download.path())!, 'utf8'));
      const columns = await table
        .locator('thead th')
        .evaluateAll((ths) => ths.map((th) => th.textContent!.trim()));
      const shown = await rowsOf(table);
      const kinds = await table
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.dataset['kind'] ?? '')),
        );
      // Numbers keep their units in the headers: a column's (「NPV（円）」), or each row's where
      // the rows differ (the count among the shares).
      const byRow = id === 'viable-share';
      const unit = /（(円|0〜1|社|件\/年)）$/;
      header!.forEach((text, c) => {
        expect(text.startsWith(columns[c]!)).toBe(true);
        const numbers = !byRow && c > 0 && kinds[0]![c - 1] !== 'text';
        expect(unit.test(text), `${id}: ${text}`).toBe(numbers);
      });
      expect(rows.length).toBe(shown.length);
      rows.forEach((row, r) => {
        expect(row[0]!.startsWith(shown[r]![0]!)).toBe(true);
        expect(unit.test(row[0]!), `${id}: ${row[0]}`).toBe(byRow);
        const cells = row
          .slice(1)
          .map((cell, c) => shownFromCsv(kinds[r]![c] as CellKind, cell, 'ja'));
        expect(cells, `${id} row ${r}`).toEqual(shown[r]!.slice(1));
      });
    }
    // The burden chart's twin: whole yen under headers that say so, lost revenue among them.
    const chart = page.locator('figure', { hasText: w('burdenChartTitle') });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: /CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ismap-policy-lab-burden-chart.csv');
    const [header, ...rows] = parseCsv(await readFile((await download.path())!, 'utf8'));
    const units = wordsOf(TABLE_MESSAGES, 'ja');
    const yen = (key: LabMessageKey) =>
      units('withUnit', { label: w(key), unit: units('csvUnit.yen') });
    expect(header).toEqual([
      w('measure'),
      ...(['auditFees', 'ownEffort', 'lostRevenue', 'total'] as const).map(yen),
    ]);
    expect(rows.length).toBe(4);
    for (const row of rows) for (const cell of row.slice(1)) expect(cell).toMatch(/^\d+$/);
  });

  it('6. the share link carries the lab: counts and package', async () => {
    const page = await openLab();
    await page.getByLabel(w('packageLabel')).selectOption('saas-category');
    await page.locator('#lab-count-regional-vendor').fill('50');
    const summary = expectedSummary(
      expected(withCounts({ 'regional-vendor': 50 }), reform('saas-category')),
      'ja',
    );
    await expect.poll(() => readSummary(page), SETTLE).toEqual(summary);
    await page.getByRole('button', { name: '共有リンクを作る' }).click();
    const link = await page.locator('#share-url').inputValue();

    const fresh = await h.open(link); // a new context: nothing stored
    await fresh.locator('#lab-reform').waitFor();
    expect(await fresh.locator('#lab-reform').inputValue()).toBe('saas-category');
    expect(await fresh.locator('#lab-count-regional-vendor').inputValue()).toBe('50');
    await expect.poll(() => readSummary(fresh), SETTLE).toEqual(summary);
  });

  it.each([
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ])(
    '8. fits $width px, tables scroll in their own boxes (photographed to test/artifacts/)',
    async (viewport) => {
      const page = await asOpened();
      await resized(page, viewport);
      await expect
        .poll(() => readSummary(page), SETTLE)
        .toEqual(expectedSummary(expected(shippedPopulation, reform('fy2025-plan')), 'ja'));
      await page.screenshot({ path: `${ARTIFACTS}lab-${viewport.width}.png`, fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      // A wide table scrolls inside its labelled region, which the keyboard can reach.
      const region = labTable(page, 'archetypes').getByRole('region');
      expect(await region.getAttribute('tabindex')).toBe('0');
      await region.focus();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
        'region',
      );
      if (viewport.width < 500) {
        const scrolls = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
        expect(scrolls).toBe(true);
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      }
    },
  );

  it('7. speaks English on request', async () => {
    // After test 8, on the page it looked at: as the lab opened, at the size it opened.
    const page = await asOpened();
    await resized(page, DEFAULT_VIEWPORT);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: w('title', 'en') }).waitFor();
    await expect
      .poll(() => readSummary(page), SETTLE)
      .toEqual(expectedSummary(expected(shippedPopulation, reform('fy2025-plan')), 'en'));
    expect(await page.locator('#lab-reform option:checked').textContent()).toBe(
      reform('fy2025-plan').title.en,
    );
  });

  it.each([
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ])('9. axe-core finds no serious or critical violation at $width px', async (viewport) => {
    // axe is injected as a script, which the site's policy rightly blocks: this page alone
    // runs with bypassCSP, as in a11y.e2e.ts.
    const page = await withError();
    await resized(page, viewport);
    const results: AxeResults = await page.evaluate(() =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        resultTypes: ['violations'],
      }),
    );
    const lines = (list: AxeResults['violations']) =>
      list.map(
        (v) => `${v.id} [${v.impact}]: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    const severe = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    const minor = results.violations.filter((v) => !severe.includes(v));
    if (minor.length) console.info(`lab ${viewport.width}, minor:\n${lines(minor).join('\n')}`);
    expect(lines(severe)).toEqual([]);
  });

  it('10. reports how long the worker took (a figure, not a limit)', () => {
    expect(timings.length).toBeGreaterThan(0);
    console.log(`lab worker answers, ms: ${timings.map((t) => t.toFixed(1)).join(', ')}`);
  });
});
