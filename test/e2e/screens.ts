/**
 * The screens a user meets, each set up the way a user gets there: checked by axe
 * (a11y.e2e.ts) and photographed (screenshots.e2e.ts). The lab does both in lab.e2e.ts.
 */
import type { Page } from 'playwright-core';
import { shippedScenario } from '../../src/data/catalog.ts';
import { chart, enter, fieldError, jsonFile, settled } from './estimator.ts';

export interface Screen {
  /** Also the screenshot's file name, without `.png`. */
  name: string;
  width: number;
  height: number;
  /** Brings a freshly opened page to this screen. */
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
}

/** A field that does not read, one the schema refuses, a refused import and a share link. */
async function errors(page: Page): Promise<void> {
  await enter(page, 'audit.fixedFeeYen', 'mode', 'abc');
  await enter(page, 'controls.baseline', undefined, '-5');
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
  { name: 'compare-1280', ...DESKTOP, setup: tab('比較', 'table'), charts: 4, skip: 'axe' },
  { name: 'compare-390', ...PHONE, setup: tab('比較', 'table'), charts: 4, skip: 'axe' },
];
