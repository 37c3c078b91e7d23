/**
 * Offline (the service worker, vite.config.ts `offline`): after one visit the app opens with no
 * network, every screen with its lazy chunks and workers, autosave and share links included;
 * and a new version is announced, its button reloading into it without losing the work.
 *
 * The file serves a copy of the shared build on a server of its own, since the last test
 * publishes a new version into it. The tests run in order on one page, in the one context that
 * allows service workers (every other file blocks them), so the worker is installed once.
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedScenario } from '../../src/data/catalog.ts';
import type { Estimate, Scenario } from '../../src/engine/index.ts';
import { labScreen } from '../../src/screens/lab/screen.ts';
import { marketScreen } from '../../src/screens/market/screen.ts';
import { compareScreen } from '../../src/screens/compare/screen.ts';
import { estimateScreen } from '../../src/screens/estimate/screen.ts';
import { foreignRequests, markFirstFigure, once, useHarness } from './browser.ts';
import {
  edited,
  enter,
  expectedKpis,
  expectedPointKpis,
  expectKpis,
  readKpis,
  SETTLE,
  settled,
} from './estimator.ts';

const DIST = join(import.meta.dirname, '../../dist');

let site: { dir: string; server: PreviewServer; url: string } | undefined;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ismap-offline-'));
  await cp(DIST, dir, { recursive: true });
  // Port 0: any free port, beside the shared server and whatever else runs.
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: dir },
    preview: { port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  site = { dir, server, url };
});
afterAll(async () => {
  await site?.server.close();
  if (site) await rm(site.dir, { recursive: true, force: true });
});

const h = useHarness(() => site!.url);

const graffer = shippedScenario('graffer-actual');
const fee = graffer.audit.fixedFeeYen as Estimate;
const withFee = (mode: number) =>
  edited(graffer, (s) => {
    s.audit.fixedFeeYen = { ...fee, mode };
  });
const FEE_1 = fee.mode + 3_000_000;
const FEE_2 = fee.mode + 5_000_000;

/**
 * The app after its first visit, in a context that allows service workers, kept for the file:
 * the tests follow one user through it. Marks when the first figure appears, to compare with when
 * the service worker's code is fetched.
 */
const visited = once(async () => {
  const context = await h.context({ serviceWorkers: 'allow' });
  await markFirstFigure(context);
  const page = h.keep(await context.newPage());
  await page.goto(h.baseUrl);
  await controlled(page);
  return page;
});

/** The page served by the service worker, everything precached (it activates once it has all). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => navigator.serviceWorker.controller?.state === 'activated',
    null,
    { timeout: SETTLE.timeout },
  );
}

/**
 * Waits until the cards show `scenario`'s point figures. The Monte Carlo's card is left out: its
 * 10,000 draws, repeated here for each edit, would cost seconds; the first test checks it.
 */
async function expectFigures(page: Page, scenario: Scenario): Promise<void> {
  const expected = expectedPointKpis(scenario, 'ja');
  await expect
    .poll(async () => {
      const shown = Object.entries(await readKpis(page));
      return Object.fromEntries(shown.filter(([id]) => id !== 'probability'));
    }, SETTLE)
    .toEqual(expected);
}

async function openTab(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: title, exact: true }).click();
}

describe('offline', () => {
  it('after one visit the app opens with no network and shows its figures', async () => {
    const page = await visited();
    // The service worker's code came after the first figure: it does not slow the first load.
    const [figure, registration] = await page.evaluate(() => [
      performance.getEntriesByName('first-figure')[0]?.startTime,
      performance
        .getEntriesByType('resource')
        .find((entry) => /\/assets\/offline-[^/]+\.js$/.test(entry.name))?.startTime,
    ]);
    expect(figure).toBeGreaterThan(0);
    expect(registration).toBeGreaterThan(figure!);
    // The first visit says once that the app is kept for offline use.
    await page
      .locator('.notice[role="status"]', {
        hasText: 'ネットワークがなくても使えるようになりました',
      })
      .waitFor();

    await page.context().setOffline(true);
    const reloaded = await page.reload();
    // From the service worker: Chromium 150 no longer says so in `navigator.onLine`, which reads
    // true in a page reloaded under an emulated offline network.
    expect(reloaded?.fromServiceWorker()).toBe(true);
    // Every card, the Monte Carlo's (a worker) included.
    await expectKpis(page, expectedKpis(graffer, 'ja'));
  });

  it('offline, every screen loads its chunks and its worker answers', async () => {
    const page = await visited();
    await page.context().setOffline(true);
    // What the screens fetch, by who answered: the service worker, or not (the network).
    const answered = { worker: 0, notWorker: [] as string[] };
    const note = (response: Response) => {
      if (response.fromServiceWorker()) answered.worker++;
      else answered.notWorker.push(response.url());
    };
    page.on('response', note);
    await openTab(page, compareScreen.title.ja);
    await page.locator('.kpis table tbody tr').first().waitFor();
    await openTab(page, labScreen.title.ja);
    await page.locator('section.results[aria-busy="false"] table tbody tr').first().waitFor();
    await openTab(page, marketScreen.title.ja);
    await page
      .locator('#results[aria-busy="false"] table tbody tr')
      .first()
      .waitFor({ timeout: SETTLE.timeout });
    await openTab(page, estimateScreen.title.ja);
    await settled(page);
    // All of it from the service worker, with the network off.
    page.off('response', note);
    expect(answered.notWorker).toEqual([]);
    expect(answered.worker).toBeGreaterThan(3);
  });

  it('offline, an edit survives a reload and a share link opens in a new page', async () => {
    const page = await visited();
    await page.context().setOffline(true);
    await enter(page, 'audit.fixedFeeYen', 'mode', String(FEE_1));
    await expectFigures(page, withFee(FEE_1));
    await page.getByRole('button', { name: '共有リンクを作る' }).click();
    const link = await page.locator('#share-url').inputValue();
    expect(link).toMatch(/#s=/);

    // Reloaded at once, before autosave's pause is over: the change is kept as the page goes.
    await enter(page, 'audit.fixedFeeYen', 'mode', String(FEE_2));
    await page.goto(h.baseUrl);
    await expectFigures(page, withFee(FEE_2));

    // The link holds the first edit: it wins over the work stored in this browser. It picked up
    // a parameter on its way (a mail gateway's, say), so no precached URL matches it: the service
    // worker answers with the app's page all the same.
    const shared = await page.context().newPage();
    await shared.goto(link.replace('#', '?via=mail#'));
    await expectFigures(shared, withFee(FEE_1));
    await shared.close();
  });

  it('a new version is announced; its button reloads into it and keeps the work', async () => {
    const page = await visited();
    await page.context().setOffline(false);
    await publishNewVersion(site!.dir);
    // The first visit after the deploy is still served the version it has; the browser finds the
    // new worker meanwhile, which installs and waits.
    await page.goto(h.baseUrl);
    const notice = page.locator('.notice[role="status"]', {
      hasText: '新しいバージョンがあります',
    });
    await notice.waitFor({ timeout: SETTLE.timeout });
    expect(await builtAs(page)).toBeNull();

    await enter(page, 'audit.fixedFeeYen', 'mode', String(FEE_1));
    await Promise.all([
      page.waitForEvent('load', { timeout: SETTLE.timeout }),
      notice.getByRole('button', { name: '再読み込み' }).click(),
    ]);
    await controlled(page);
    expect(await builtAs(page)).toBe('B');
    await expectFigures(page, withFee(FEE_1));
    expect(await notice.count()).toBe(0);
  });

  it('asked nothing of any other origin, the service worker included', async () => {
    // The service worker's own fetches are in the record: its script and what it precached.
    expect(h.requests).toContain(new URL('sw.js', h.baseUrl).href);
    expect(h.requests.some((url) => /\/assets\/market\.worker-[^/]+\.js$/.test(url))).toBe(true);
    expect(foreignRequests(h.requests, h.baseUrl)).toEqual([]);
    expect(h.problems).toEqual([]);
  });
});

/** The mark `publishNewVersion` puts in index.html: null on the version first served. */
function builtAs(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector('meta[name="built-as"]')?.getAttribute('content') ?? null,
  );
}

/**
 * A deploy of a build whose precache differs, as the browser sees one: index.html changed, and
 * sw.js listing its new revision (the file's MD5, as Workbox writes it). A second `vite build`
 * would do the same in several seconds; hashed assets that change only add URLs to the list.
 */
async function publishNewVersion(dir: string): Promise<void> {
  const htmlPath = join(dir, 'index.html');
  const html = (await readFile(htmlPath, 'utf8')).replace(
    '<title>',
    '<meta name="built-as" content="B" />\n    <title>',
  );
  await writeFile(htmlPath, html);
  const swPath = join(dir, 'sw.js');
  const sw = await readFile(swPath, 'utf8');
  const revision = createHash('md5').update(html).digest('hex');
  const next = sw.replace(
    /(url"?:\s*"index\.html",\s*"?revision"?:\s*")[0-9a-f]+"/,
    `$1${revision}"`,
  );
  expect(next).not.toBe(sw);
  await writeFile(swPath, next);
}
