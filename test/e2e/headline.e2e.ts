/** The page shows the Graffer scenario's headline numbers, as the engine computes them. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { shippedScenario } from '../../src/data/catalog.ts';
import { pointReport } from '../../src/engine/index.ts';
import { formatYen } from '../../src/format/yen.ts';
import { foreignRequests, launch, recordRequests } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the headline page', () => {
  it('shows the Graffer KPIs from the engine and asks nothing of any other origin', async () => {
    const baseUrl = inject('baseUrl');
    const page = await browser.newPage();
    const requests = recordRequests(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(baseUrl);
    const report = pointReport(shippedScenario('graffer-actual'));
    const kpi = (id: string) => page.locator(`[data-kpi="${id}"] .value`);
    await expect
      .poll(() => kpi('steady-year-cost').textContent())
      .toBe(formatYen(report.years[1]!.totalCost, 'ja'));
    expect(await kpi('npv').textContent()).toBe(formatYen(report.totals.npv, 'ja'));
    await expect
      .poll(() => page.locator('[data-kpi="probability"] .value').textContent())
      .toMatch(/%$/);
    expect(errors).toEqual([]); // a Content-Security-Policy violation is reported here too
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await page.close();
  });
});
