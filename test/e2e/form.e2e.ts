/**
 * The scenario form's buyer group in Debian's Chromium: the regional vendor's segment shows the
 * group it names and how far the vendor reaches into it; choosing none or a group changes the
 * results. Every expected number is the engine's, shown by the app's own formatters.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shippedScenario } from '../../src/data/catalog.ts';
import { toFieldText } from '../../src/kits/inputs/display.ts';
import { groupLabel } from '../../src/kits/inputs/segments.ts';
import { useHarness } from './browser.ts';
import {
  edited,
  enter,
  expectedKpis,
  expectKpis,
  field,
  fieldError,
  readKpis,
  settled,
  SETTLE,
} from './estimator.ts';

const regional = shippedScenario('regional-municipal-vendor');
const market = regional.revenue.segments[0]!.market!;

const h = useHarness();

/** Opens the app and starts from the regional vendor, as a user would with the picker. */
async function openRegional(): Promise<Page> {
  const page = await h.open();
  await settled(page);
  await page.locator('#scenario-select').selectOption(regional.id);
  await page.getByRole('button', { name: 'このシナリオから始める' }).click();
  await expectKpis(page, expectedKpis(regional, 'ja'));
  return page;
}

describe('the buyer group of a segment', () => {
  it('1. shows the group the regional vendor names, and its reach and cycle', async () => {
    const page = await openRegional();
    const select = page.locator('#segment-0-market');
    expect(await select.inputValue()).toBe('municipalities-under-50k');
    expect(await select.locator('option:checked').textContent()).toBe(
      groupLabel(market.group, market.buyers, 'ja'),
    );
    const reach = market.reachShare as { low: number; mode: number; high: number };
    for (const corner of ['low', 'mode', 'high'] as const) {
      expect(await field(page, 'revenue.segments[0].market.reachShare', corner).inputValue()).toBe(
        toFieldText(reach[corner], 'share'),
      );
    }
    expect(
      await field(page, 'revenue.segments[0].market.reTenderCycleYears', 'mode').inputValue(),
    ).toBe('5');
  });

  it('2. choosing none lifts the cap; choosing the group again caps at the default reach', async () => {
    const page = await openRegional();
    const select = page.locator('#segment-0-market');
    await select.selectOption('');
    const uncapped = edited(regional, (s) => {
      s.revenue.segments[0]!.market = null;
    });
    await expectKpis(page, expectedKpis(uncapped, 'ja'));
    await expect
      .poll(() => page.locator('[id^="field-revenue-segments-0-market-"]').count(), SETTLE)
      .toBe(0);

    await select.selectOption(market.group);
    const recapped = edited(regional, (s) => {
      s.revenue.segments[0]!.market = { ...market, reachShare: 0.1 };
    });
    await expectKpis(page, expectedKpis(recapped, 'ja'));
    expect(await field(page, 'revenue.segments[0].market.reachShare').inputValue()).toBe('10');
  });

  it('3. a reach above 100 % is refused at its field and the results stay', async () => {
    const page = await openRegional();
    const input = await enter(page, 'revenue.segments[0].market.reachShare', 'mode', '150');
    const error = fieldError(page, 'revenue.segments[0].market.reachShare');
    await error.waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await error.textContent()).toContain('100');
    expect(await readKpis(page)).toEqual(expectedKpis(regional, 'ja'));
  });
});
