/**
 * UI figures for the app issue, printed, not asserted: the built JavaScript's gzip size, the
 * time from an input event to updated KPIs in Debian's Chromium, and Lighthouse performance and
 * accessibility when Lighthouse is at hand: installed in the project (`npm i --no-save
 * lighthouse@12.8.2`) or anywhere, named by LIGHTHOUSE=/path/to/bin/lighthouse.
 * Targets: JS ≤ 120 KB gzip, input → KPIs ≤ 16 ms, Lighthouse 1.0 and 1.0.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { CHROMIUM, launch } from '../e2e/browser.ts';

// Its own folder and port, so a bench can run beside the end-to-end tests.
const outDir = join(import.meta.dirname, '../artifacts/bench-dist');
await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const assets = join(outDir, 'assets');
const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
const gzip = (name: string) => gzipSync(readFileSync(join(assets, name))).length / 1024;
for (const name of scripts) console.log(`  ${name}: ${gzip(name).toFixed(1)} KB gzip`);
const total = scripts.reduce((sum, name) => sum + gzip(name), 0);
// What the page loads before it shows the KPIs: the scripts index.html names; charts, compare
// and the lab load when they are needed.
const html = readFileSync(join(outDir, 'index.html'), 'utf8');
const first = [...html.matchAll(/assets\/([^"]+\.js)/g)].map((m) => m[1]!);
const initial = first.reduce((sum, name) => sum + gzip(name), 0);
console.log(
  `JS: ${initial.toFixed(1)} KB gzip before the first results (${first.join(', ')}); ` +
    `${total.toFixed(1)} KB gzip in all, charts, compare, lab and workers included`,
);

const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { port: 4179 } });
const url = server.resolvedUrls!.local[0]!;
const browser = await launch();
const page = await browser.newPage();
await page.goto(url);
await page.locator('[data-kpi="steady-year-cost"] .value').waitFor();

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
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor((values.length - 1) / 2)]!;
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
  const { stdout } = await run(
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
  const categories = JSON.parse(stdout).categories as Record<string, { score: number }>;
  console.log(
    `Lighthouse: performance ${categories['performance']?.score}, accessibility ${categories['accessibility']?.score}`,
  );
} catch (error) {
  const reason = (error as Error).message.split('\n')[0];
  console.log(
    `Lighthouse: not measured (${reason}); install it: npm i --no-save lighthouse@12.8.2`,
  );
}
await server.close();
