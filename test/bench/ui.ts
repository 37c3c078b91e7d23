/**
 * UI figures, printed, not asserted (timings vary with load): the built JavaScript's gzip size by
 * chunk, what a phone's first load fetches and runs before the first figure, what every screen
 * loads and what a visit to one screen loads, the time from an input event to updated KPIs in
 * Debian's Chromium, the market screen's update time, and Lighthouse (mobile, the median of
 * three runs) when it is at hand: installed in the project (`npm i --no-save lighthouse@12.8.2`)
 * or anywhere, named by LIGHTHOUSE=/path/to/lighthouse.
 * Targets (README, Method: Speed): JS before the first figure ≤ 80 KB gzip, all the screens'
 * JS ≤ 150 KB (the workbook writer apart), no long task over 50 ms on a first load at 4× CPU
 * slowdown, input → KPIs p95 ≤ 16 ms, Lighthouse performance ≥ 0.95 and accessibility 1.0.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM, launch } from '../e2e/browser.ts';

// Its own folder and port, so a bench can run beside the end-to-end tests.
const outDir = join(import.meta.dirname, '../artifacts/bench-dist');
const built = await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const assets = join(outDir, 'assets');
const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
const gzipKb = new Map(
  scripts.map((name) => [name, gzipSync(readFileSync(join(assets, name))).length / 1024]),
);
/** The chunk that writes workbooks loads only when one is asked for: counted apart. */
const isWorkbookWriter = (name: string) => /^scenarioWorkbook-/.test(name);
console.log('JS by chunk, KB gzip:');
for (const [name, kb] of [...gzipKb].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${kb.toFixed(1).padStart(6)}  ${name}`);
}
const kbOf = (names: Iterable<string>) =>
  [...new Set(names)].reduce((sum, name) => sum + (gzipKb.get(name) ?? 0), 0);
const shipped = scripts.filter((name) => !isWorkbookWriter(name));
console.log(
  `JS in all: ${kbOf(shipped).toFixed(1)} KB gzip (the workbook writer apart: ` +
    `${kbOf(scripts.filter(isWorkbookWriter)).toFixed(1)} KB)`,
);

// What each dependency costs: a chunk's gzip size shared out among its modules by their rendered
// sizes (so approximate), summed by package. Workers are bundled apart, without module details:
// they are counted whole.
{
  const chunks = (Array.isArray(built) ? built : [built])
    .flatMap((result) => ('output' in result ? result.output : []))
    .flatMap((file) => (file.type === 'chunk' ? [file] : []));
  function ownerOf(id: string): string {
    const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1];
    if (dependency) return dependency;
    if (/\/data\/[^/]+/.test(id) && !/\/src\//.test(id)) return 'data/ (numbers and notes)';
    if (/(messages|Messages|Words)\.ts$/.test(id)) return "the app's words (both languages)";
    return "the app's code";
  }
  const byOwner = new Map<string, number>();
  for (const chunk of chunks) {
    const name = chunk.fileName.replace(/^assets\//, '');
    const modules = Object.entries(chunk.modules);
    const rendered = modules.reduce((sum, [, module]) => sum + module.renderedLength, 0);
    for (const [id, module] of modules) {
      const owner = isWorkbookWriter(name) ? `${ownerOf(id)} (workbook writer)` : ownerOf(id);
      const kb = ((gzipKb.get(name) ?? 0) * module.renderedLength) / Math.max(1, rendered);
      byOwner.set(owner, (byOwner.get(owner) ?? 0) + kb);
    }
  }
  const inChunks = new Set(chunks.map((chunk) => chunk.fileName.replace(/^assets\//, '')));
  byOwner.set('workers (the engine, bundled again)', kbOf(scripts.filter((n) => !inChunks.has(n))));
  console.log('All the JS built, by dependency, KB gzip (≈):');
  for (const [owner, kb] of [...byOwner]
    .sort((a, b) => b[1] - a[1])
    .filter(([, kb]) => kb >= 0.1)) {
    console.log(`  ${kb.toFixed(1).padStart(6)}  ${owner}`);
  }
}

const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { port: 4179 } });
const url = server.resolvedUrls!.local[0]!;
const browser = await launch();

/** The script files a page has fetched (workers' too), by resource timing, up to `before` ms. */
async function scriptsFetched(page: Page, before = Infinity): Promise<string[]> {
  const names = await page.evaluate(
    (limit) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < limit && entry.name.endsWith('.js'))
        .map((entry) => entry.name.split('/').pop()!),
    before,
  );
  return names;
}

// A phone's first load: a phone-sized window, the CPU slowed 4× (as Lighthouse's mobile run
// assumes), a fresh profile. Long tasks and the moment the first figure shows are recorded by
// the page itself. Five loads, their medians printed: one load's tasks vary by tens of ms here.
async function firstLoad() {
  // Service workers blocked: the precache's download would compete with what is measured.
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const seen = window as unknown as { longTasks: number[][]; firstFigure: number };
    seen.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-kpi] .value')?.textContent) {
        seen.firstFigure = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(url);
  await page.locator('[data-kpi] .value').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(3_000);
  const { longTasks, firstFigure } = await page.evaluate(() => {
    const seen = window as unknown as { longTasks: number[][]; firstFigure: number };
    return { longTasks: seen.longTasks, firstFigure: seen.firstFigure };
  });
  return { context, page, longTasks, firstFigure };
}

const SCREENS = ['Compare', 'Policy lab', 'Market', 'Estimate'];
/** Goes to each screen in turn, by its tab, and scrolls to its end once its code has loaded. */
async function visit(page: Page, screens: readonly string[]) {
  for (const name of screens) {
    await page
      .getByRole('button', { name: new RegExp(`^(${name}|比較|政策ラボ|市場の推移|試算)$`) })
      .first()
      .click();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(1_000);
  }
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor((values.length - 1) / 2)]!;
{
  const loads = [];
  for (let i = 0; i < 5; i++) {
    const load = await firstLoad();
    loads.push(load);
    const long = load.longTasks.map(
      ([start, ms]) => `${ms!.toFixed(0)} ms at ${start!.toFixed(0)}`,
    );
    console.log(
      `  load ${i + 1}: first figure at ${load.firstFigure.toFixed(0)} ms; long tasks over 50 ms: ` +
        `${long.length}${long.length ? ` (${long.join('; ')})` : ''}`,
    );
    if (i < 4) await load.context.close();
  }
  const { context, page, firstFigure } = loads.at(-1)!;
  const before = await scriptsFetched(page, firstFigure);
  console.log(
    `first load (4× CPU slowdown, 412 px, median of ${loads.length}): first figure at ` +
      `${median(loads.map((l) => l.firstFigure)).toFixed(0)} ms; long tasks over 50 ms: ` +
      `${median(loads.map((l) => l.longTasks.length))}, the longest ` +
      `${median(loads.map((l) => Math.max(0, ...l.longTasks.map(([, ms]) => ms!)))).toFixed(0)} ms; ` +
      `JS before the first figure: ${kbOf(before).toFixed(1)} KB gzip (${before.join(', ')})`,
  );

  // Every screen, scrolled to its end so that every chart is drawn: the JS they load in all.
  await visit(page, SCREENS);
  const all = (await scriptsFetched(page)).filter((name) => !isWorkbookWriter(name));
  console.log(`every screen loads ${kbOf(all).toFixed(1)} KB gzip of JS`);
  await context.close();
}

// A visit to one screen: the page opens on the estimate, goes to the screen and scrolls to its
// end. What a reader of that screen alone downloads.
{
  const each: string[] = [];
  for (const screen of SCREENS) {
    const page = await browser.newPage({
      viewport: { width: 412, height: 823 },
      serviceWorkers: 'block',
    });
    await page.goto(url);
    await page.locator('[data-kpi] .value').first().waitFor();
    await page.waitForLoadState('networkidle');
    await visit(page, [screen]);
    const names = (await scriptsFetched(page)).filter((name) => !isWorkbookWriter(name));
    each.push(`${screen} ${kbOf(names).toFixed(1)}`);
    await page.close();
  }
  console.log(`one screen's visit, KB gzip of JS: ${each.join(', ')}`);
}

const page = await browser.newPage({ serviceWorkers: 'block' });
await page.goto(url);
await page.locator('[data-kpi="steady-year-cost"] .value').waitFor();
await page.locator('#field-audit-fixedFeeYen-mode').waitFor();
// The rest of the form, the decision, the charts and the sources are built in the tasks after
// the first figures, the sources once scrolled to: typing is timed once all are there.
await page.locator('footer').scrollIntoViewIfNeeded();
await page.locator('#sources-title').waitFor();
await page.mouse.wheel(0, -1e5);
await page.waitForTimeout(1_000);

// Each round types a new audit fee and waits for the steady-year KPI to change.
const timings = await page.evaluate(async () => {
  const input = document.querySelector<HTMLInputElement>('#field-audit-fixedFeeYen-mode')!;
  const kpi = document.querySelector('[data-kpi="steady-year-cost"] .value')!;
  const out: number[] = [];
  for (let round = 0; round < 40; round++) {
    const before = kpi.textContent;
    const changed = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (kpi.textContent !== before) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(kpi, { childList: true, subtree: true, characterData: true });
    });
    const start = performance.now();
    input.value = String(12_000_000 + (round % 2) * 3_000_000 + round * 10_000);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await changed;
    out.push(performance.now() - start);
  }
  return out;
});
timings.sort((a, b) => a - b);
const at = (q: number) => timings[Math.floor(q * (timings.length - 1))]!.toFixed(2);
console.log(`input → KPIs: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);

// The market screen (target: updated within 300 ms of a change, the model in its worker): each
// round types a new mandate share for policy B and waits until the results are no longer busy
// with the new answer drawn. The first answer, which draws the vendors' samples, is apart.
await page.getByRole('button', { name: /^(市場の推移|Market)$/ }).click();
const firstStart = Date.now();
await page.locator('#results[aria-busy="false"] [data-series="listedTotal"]').waitFor({
  timeout: 30_000,
});
const firstMs = Date.now() - firstStart;
await page.locator('[data-side="1"] input[type="checkbox"]').check();
await page.locator('#results[aria-busy="false"]').waitFor();
const market = await page.evaluate(async () => {
  const input = document.querySelector<HTMLInputElement>('#market-side-1-share')!;
  const results = document.querySelector('#results')!;
  const out: { total: number; worker: number }[] = [];
  for (let round = 0; round < 12; round++) {
    const settled = new Promise<void>((resolve) => {
      let busy = false;
      const observer = new MutationObserver(() => {
        const now = results.getAttribute('aria-busy') === 'true';
        if (busy && !now) {
          observer.disconnect();
          // The charts draw in the next tasks (chartQueue.ts): count them in.
          setTimeout(resolve, 0);
        }
        busy = now;
      });
      observer.observe(results, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    const start = performance.now();
    input.value = String(30 + round * 3);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settled;
    const worker = Number(document.querySelector('.market')!.getAttribute('data-compute-ms'));
    out.push({ total: performance.now() - start, worker });
  }
  return out;
});
console.log(
  `market screen: first answer ${firstMs} ms; change → updated: median ` +
    `${median(market.map((m) => m.total)).toFixed(0)} ms, max ` +
    `${Math.max(...market.map((m) => m.total)).toFixed(0)} ms (worker ` +
    `${median(market.map((m) => m.worker)).toFixed(0)} ms of it)`,
);
await browser.close();

try {
  const run = promisify(execFile);
  const flags =
    '--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync';
  const command = process.env['LIGHTHOUSE'] ?? 'npx';
  const runs: { performance: number; accessibility: number; tbt: number; lcp: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const lighthouse = () =>
      run(
        command,
        [
          ...(process.env['LIGHTHOUSE'] ? [] : ['--no-install', 'lighthouse']),
          url,
          '--only-categories=performance,accessibility',
          '--output=json',
          '--quiet',
          `--chrome-flags=${flags}`,
        ],
        { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
      );
    // Once more after a failed run: its Chromium sometimes fails to start here.
    const { stdout } = await lighthouse().catch(lighthouse);
    const report = JSON.parse(stdout) as {
      categories: Record<string, { score: number }>;
      audits: Record<string, { numericValue: number }>;
    };
    runs.push({
      performance: report.categories['performance']!.score,
      accessibility: report.categories['accessibility']!.score,
      tbt: report.audits['total-blocking-time']!.numericValue,
      lcp: report.audits['largest-contentful-paint']!.numericValue,
    });
  }
  runs.sort((a, b) => a.performance - b.performance);
  const mid = runs[1]!;
  console.log(
    `Lighthouse (mobile, median of 3): performance ${mid.performance} ` +
      `(runs ${runs.map((r) => r.performance).join(', ')}), total blocking time ` +
      `${mid.tbt.toFixed(0)} ms, LCP ${mid.lcp.toFixed(0)} ms, accessibility ${mid.accessibility}`,
  );
} catch (error) {
  const reason = (error as Error).message.split('\n')[0];
  console.log(
    `Lighthouse: not measured (${reason}); install it: npm i --no-save lighthouse@12.8.2`,
  );
}
await server.close();
