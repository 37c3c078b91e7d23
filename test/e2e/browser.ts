/**
 * Debian's Chromium driven by playwright-core: never a browser downloaded by a test tool.
 * A missing Chromium fails the run with the command that installs it, rather than skipping.
 */
import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface Viewport {
  width: number;
  height: number;
}

/** Playwright's own size for a page whose context names none. */
export const DEFAULT_VIEWPORT: Viewport = { width: 1280, height: 720 };

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. Install Debian's: apt-get update && apt-get install -y chromium`,
    );
  }
  // chromium.launch() makes a fresh profile of its own for every browser.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Scrolls the page to its end a window at a time, as a reader would, and back to the top: a
 * chart is drawn when it comes near the screen (ChartCanvas.svelte), so this draws every one.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await frame();
    }
    scrollTo(0, 0);
  });
}

/** For each canvas the locator finds, whether it has drawn anything (blank is all transparent). */
export function drawnCanvases(canvases: Locator): Promise<boolean[]> {
  return canvases.evaluateAll((all) =>
    all.map((canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      return c.width > 0 && data.some((v, i) => i % 4 === 3 && v > 0);
    }),
  );
}

/**
 * A table's body rows, row header and cells as text. A chart's folded twin is opened first, as a
 * reader would: it is built once opened (DataTable.svelte).
 */
export async function tableRows(holder: Locator): Promise<string[][]> {
  const fold = holder.locator('details:has(> summary)').first();
  if ((await fold.count()) && !(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await fold.locator('> summary').click();
    await holder.locator('table').first().waitFor();
  }
  return holder
    .locator('table tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent!.trim())),
    );
}

/** Every request the page makes, to check that none leaves the page's origin. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

export function foreignRequests(urls: readonly string[], baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin;
  // data: URLs never leave the page; a blob: URL's origin is the page that made it.
  return urls.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
}

/**
 * Marks `first-figure` (a `performance` mark) in every page of `context` when its first key
 * figure shows, to compare with when a script was fetched.
 */
export async function markFirstFigure(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-kpi] .value')?.textContent) return;
      performance.mark('first-figure');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

/**
 * One browser for a test file, and every context and page made through it watched: each
 * request (pages and their workers) is recorded for the whole file, and every uncaught error or
 * console error (a Content-Security-Policy violation is one) is kept as a problem.
 */
export interface Harness {
  readonly browser: Browser;
  readonly baseUrl: string;
  /** Every URL any page of this file asked for, in order. */
  readonly requests: readonly string[];
  /** Uncaught page errors and console errors, each prefixed with the page's URL. */
  readonly problems: readonly string[];
  /** A fresh context (own storage, own cookies), watched. Closed by `endTest`. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a fresh context, already at `url` (the app by default). */
  open(url?: string, options?: BrowserContextOptions): Promise<Page>;
  /**
   * A page at `url` in a context kept for the whole file (one per `options`), sized to
   * `viewport` (Playwright's default if none): quicker than a fresh context, for tests that
   * need none. `endTest` leaves the app and empties the origin's localStorage (and the tab's
   * sessionStorage), and the next kept page of that context is the same tab: each test still
   * starts from nothing stored, in a document of its own.
   */
  openKept(url?: string, viewport?: Viewport, options?: BrowserContextOptions): Promise<Page>;
  /**
   * Leaves `page`'s context (a fresh one, from `open` or `context`) open after `endTest`, until
   * the file ends: for tests that look at one state in turn, on one page loaded once. Its
   * requests and problems are still counted against the test running. Returns the page.
   */
  keep(page: Page): Page;
  /**
   * Closes this test's contexts and returns what went wrong since the last call: requests to
   * another origin and page problems. Call it from afterEach.
   */
  endTest(): Promise<{ foreign: string[]; problems: string[] }>;
  close(): Promise<void>;
}

/** Problems the page may report that are not the app's fault (none known so far). */
const BENIGN: readonly RegExp[] = [];

export async function startHarness(baseUrl: string): Promise<Harness> {
  const browser = await launch();
  const requests: string[] = [];
  const problems: string[] = [];
  let contexts: BrowserContext[] = [];
  const kept = new Map<string, BrowserContext>();
  let keptPages: Page[] = [];
  /** Kept pages that a test has finished with, blank, by context: the next test's tabs. */
  const idle = new Map<BrowserContext, Page[]>();
  let requestMark = 0;
  let problemMark = 0;

  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => problems.push(`${page.url()}: uncaught ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (!BENIGN.some((pattern) => pattern.test(text))) problems.push(`${page.url()}: ${text}`);
    });
  };

  const newContext = async (options: BrowserContextOptions) => {
    // The people these tests play read Japanese: a first visit follows the browser's language.
    // No service worker unless a test asks for one (offline.e2e.ts): it would download the whole
    // app in the background of every test and answer their requests from its cache.
    const context = await browser.newContext({
      acceptDownloads: true,
      locale: 'ja-JP',
      serviceWorkers: 'block',
      ...options,
    });
    // Fail fast: nothing on this page takes seconds, so a missing element is a failure.
    context.setDefaultTimeout(5_000);
    context.on('request', (request) => requests.push(request.url()));
    context.on('page', watchPage);
    return context;
  };

  const harness: Harness = {
    browser,
    baseUrl,
    requests,
    problems,
    async context(options = {}) {
      const context = await newContext(options);
      contexts.push(context);
      return context;
    },
    async open(url = baseUrl, options = {}) {
      const context = await harness.context(options);
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openKept(url = baseUrl, viewport = DEFAULT_VIEWPORT, options = {}) {
      const key = JSON.stringify(options);
      let context = kept.get(key);
      if (!context) {
        context = await newContext(options);
        kept.set(key, context);
      }
      const page = idle.get(context)?.pop() ?? (await context.newPage());
      keptPages.push(page);
      await page.setViewportSize(viewport);
      await page.goto(url);
      return page;
    },
    keep(page) {
      const context = page.context();
      if (!contexts.includes(context)) {
        throw new Error('keep: the page is not in a fresh context of this test');
      }
      contexts = contexts.filter((c) => c !== context);
      return page;
    },
    async endTest() {
      const closing = contexts;
      const pages = keptPages;
      contexts = [];
      keptPages = [];
      await Promise.all([
        ...closing.map((context) => context.close()),
        ...pages.map(async (page) => {
          // What leaving does first, done here: the app writes a pending change on pagehide.
          // With nothing pending any more, the origin's storage and the tab's are emptied from
          // inside, in order (a clear from outside could land before that write).
          await page
            .evaluate(() => {
              dispatchEvent(new PageTransitionEvent('pagehide'));
              localStorage.clear();
              sessionStorage.clear();
            })
            .catch(() => undefined);
          await page.goto('about:blank');
          // And from outside, for a page that was not on the app.
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Storage.clearDataForOrigin', {
            origin: new URL(baseUrl).origin,
            storageTypes: 'local_storage',
          });
          await cdp.detach();
          // Blank, emptied and with the mouse where a new page's starts, the tab serves the next
          // test of its context: opening a new one costs a few hundred ms.
          await page.mouse.move(0, 0);
          const tabs = idle.get(page.context()) ?? [];
          tabs.push(page);
          idle.set(page.context(), tabs);
        }),
      ]);
      const foreign = foreignRequests(requests.slice(requestMark), baseUrl);
      const found = problems.slice(problemMark);
      requestMark = requests.length;
      problemMark = problems.length;
      return { foreign, problems: found };
    },
    async close() {
      await browser.close();
    },
  };
  return harness;
}

/**
 * What `make` makes, made by the first test that asks for it and handed to every later one (a
 * page several tests look at). Made again if making it failed.
 */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () =>
    (made ??= make().catch((error: unknown) => {
      made = undefined;
      throw error;
    }));
}

/**
 * Resizes `page` as a window is, and waits until every chart has followed its box: instead of
 * opening another page at that size. Chart.js redraws on its ResizeObserver, a frame after its
 * box is laid out, and the page lays a chart out only near the screen (render-when-near in
 * app.css): so, as a reader would, this scrolls through the page.
 */
export async function resized(page: Page, viewport: Viewport): Promise<void> {
  await page.setViewportSize(viewport);
  await scrollThrough(page);
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll('canvas')].every(
            (canvas) =>
              Math.abs(
                canvas.getBoundingClientRect().width -
                  canvas.parentElement!.getBoundingClientRect().width,
              ) < 1,
          ),
        ),
      { timeout: 10_000, interval: 50 },
    )
    .toBe(true);
}

/**
 * The harness for one test file: a browser opened before its first test and closed after its
 * last, and after each test the check that nothing reached another origin or went wrong.
 * `baseUrl`: the site under test, read once the file's earlier `beforeAll`s have run (the shared
 * build's server by default; offline.e2e.ts serves a copy it can change).
 */
export function useHarness(baseUrl: () => string = () => inject('baseUrl')): Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(baseUrl());
  });
  afterEach(async () => {
    await endTestCleanly(harness);
  });
  afterAll(async () => {
    await harness?.close();
  });
  // The harness exists only once beforeAll has run; tests reach it through this stand-in.
  return new Proxy({} as Harness, {
    get(_target, key: keyof Harness) {
      if (!harness) throw new Error('the harness is used before its beforeAll ran');
      const value = harness[key];
      return typeof value === 'function' ? value.bind(harness) : value;
    },
  });
}

/** For afterEach: fails the test that just ran when it reached another origin or hit an error. */
export async function endTestCleanly(harness: Harness | undefined): Promise<void> {
  if (!harness) return;
  const { foreign, problems } = await harness.endTest();
  const lines = [
    ...foreign.map((url) => `request to another origin: ${url}`),
    ...problems.map((text) => `page problem: ${text}`),
  ];
  if (lines.length) throw new Error(lines.join('\n'));
}
