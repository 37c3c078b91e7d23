/**
 * The screens a user meets, each set up the way a user gets there: checked by axe
 * (a11y.e2e.ts) and photographed (screenshots.e2e.ts). The lab does both in lab.e2e.ts.
 */
import type { Page } from 'playwright-core';
import { shippedScenario } from '../../src/data/catalog.ts';
import { resized, type Viewport } from './browser.ts';
import { chart, enter, fieldError, jsonFile, settled } from './estimator.ts';

export interface Screen {
  /** Also the screenshot's file name, without `.png`. */
  name: string;
  width: number;
  height: number;
  /** Brings a freshly opened page to this screen; screens with the same setup show one state. */
  setup(page: Page): Promise<void>;
  /** How many charts the screen draws at least (the estimate's six by default). */
  charts?: number;
  /** Left out of the axe run (same content as another screen) or of the screenshots. */
  skip?: 'axe' | 'screenshot';
}

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

async function english(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
  await settled(page);
}

/** Opens the cost chart's table twin by its summary, then every other <details> on the page. */
async function tables(page: Page): Promise<void> {
  await settled(page);
  const cost = chart(page, 'ja', 'costTitle');
  await cost.locator('summary').click();
  await cost.locator('table').waitFor();
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  // A folded table is built once its <details> reports the opening (DataTable.svelte).
  await page.waitForFunction(() =>
    [...document.querySelectorAll('figure details')].every((d) => d.querySelector('table')),
  );
}

/** A field that does not read, one the schema refuses, a refused import and a share link. */
async function errors(page: Page): Promise<void> {
  await enter(page, 'audit.fixedFeeYen', 'mode', 'abc');
  // Leaving the field ends the typing pause at once (form.e2e.ts test 3 waits it out).
  await (await enter(page, 'controls.baseline', undefined, '-5')).blur();
  await fieldError(page, 'controls.baseline').waitFor();
  const bad = structuredClone(shippedScenario('graffer-actual')) as unknown as {
    audit: Record<string, unknown>;
  };
  bad.audit['firms'] = 0;
  await page.getByLabel('JSON を読み込む').setInputFiles(jsonFile('bad.json', bad));
  await page.locator('.notice[role="alert"]').waitFor();
  await page.getByRole('button', { name: '共有リンクを作る' }).click();
  await page.locator('#share-url').waitFor();
  await settled(page);
}

/** Another screen, by its tab, once its content has arrived. */
function tab(name: string, ready: string) {
  return async (page: Page) => {
    await page.getByRole('button', { name }).click();
    await page.locator(ready).first().waitFor();
  };
}

const compare = tab('比較', 'table');

export const SCREENS: readonly Screen[] = [
  { name: 'app-1280', ...DESKTOP, setup: settled },
  { name: 'app-390', ...PHONE, setup: settled },
  { name: 'app-tables-1280', ...DESKTOP, setup: tables, skip: 'screenshot' },
  { name: 'app-tables-390', ...PHONE, setup: tables },
  { name: 'app-en-1280', ...DESKTOP, setup: english },
  { name: 'app-en-390', ...PHONE, setup: english, skip: 'axe' },
  { name: 'app-error-1280', ...DESKTOP, setup: errors },
  { name: 'app-error-390', ...PHONE, setup: errors },
  // Compare: what changed the NPV, overlaid cash flows, the frontier and a control waterfall
  // per ISMAP column. Its axe run is compare.e2e.ts's, on a busier state (a reform column, every
  // table open); the lab is photographed and checked by axe in lab.e2e.ts, with an error shown.
  { name: 'compare-1280', ...DESKTOP, setup: compare, charts: 4, skip: 'axe' },
  { name: 'compare-390', ...PHONE, setup: compare, charts: 4, skip: 'axe' },
];

/**
 * The screens in turn on as few page loads as they allow. A screen with the last one's setup is
 * the same page resized (its charts follow); a page that only waited for the app (`settled`,
 * nothing changed) goes on to the next screen's setup, resized first as if opened at that size.
 * Any other screen opens a page with `open`, which must outlive the test (`Harness.keep`).
 * `forget`, after a failure, makes the next screen start on a new page.
 */
export function screenPages(open: (viewport: Viewport) => Promise<Page>) {
  let current: { page: Page; setup?: Screen['setup'] } | undefined;
  return {
    async show(screen: Screen): Promise<Page> {
      const viewport = { width: screen.width, height: screen.height };
      if (current && current.setup !== screen.setup && current.setup !== settled) {
        await current.page.context().close();
        current = undefined;
      }
      if (current) await resized(current.page, viewport);
      else current = { page: await open(viewport) };
      if (current.setup !== screen.setup) {
        await screen.setup(current.page);
        current.setup = screen.setup;
      }
      return current.page;
    },
    forget() {
      current = undefined;
    },
  };
}
