/**
 * The scenario form's picker, buyer group and track choice in Debian's Chromium: a picked
 * scenario applies without another click and undo brings back the work it replaced; the regional vendor's
 * segment shows the group it names and how far the vendor reaches into it; choosing none or a
 * group changes the results, and a chosen group brings its notes on sources; the track choice puts the whole scenario on that track (the
 * engine's `withTrack`, as the compare view does) and one press of undo brings it all back.
 * Every expected number is the engine's, shown by the app's own formatters.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buyerGroups, shippedScenario, trackPresets } from '../../src/data/catalog.ts';
import { pointReport, withTrack, type Scenario } from '../../src/engine/index.ts';
import { CHART_MESSAGES } from '../../src/kits/charts/messages.ts';
import { waterfallSummary } from '../../src/kits/charts/waterfallConfig.ts';
import { wordsOf } from '../../src/kits/i18n/catalogue.ts';
import { localized } from '../../src/kits/i18n/localized.ts';
import { toFieldText } from '../../src/kits/inputs/display.ts';
import { INPUT_MESSAGES } from '../../src/kits/inputs/messages.ts';
import { groupLabel } from '../../src/kits/inputs/segments.ts';
import { once, useHarness } from './browser.ts';
import {
  edited,
  enter,
  expectedKpis,
  expectKpis,
  field,
  fieldError,
  readKpis,
  reveal,
  settled,
  SETTLE,
} from './estimator.ts';

const regional = shippedScenario('regional-municipal-vendor');
const market = regional.revenue.segments[0]!.market!;
const onIso = withTrack(regional, 'iso27017-only', trackPresets);
const chartWords = wordsOf(CHART_MESSAGES, 'ja');

const h = useHarness();

/** Picks the regional vendor on a page just opened, as a user would: it applies at once. */
async function toRegional(page: Page): Promise<Page> {
  await settled(page);
  await page.locator('#scenario-select').selectOption(regional.id);
  await expectKpis(page, expectedKpis(regional, 'ja'));
  return page;
}

/** The regional vendor, in the context kept for the file. */
const openRegional = async () => toRegional(await h.openKept());

/**
 * The regional vendor as picked, in a fresh context kept for the file: test 1 only looks at it,
 * and test 2, next, changes its buyer group.
 */
const asPicked = once(async () => h.keep(await toRegional(await h.open())));

/** The control waterfall's text alternative: its title and its one-sentence summary. */
const waterfallLabel = (scenario: Scenario) =>
  `${chartWords('waterfallTitle')}: ${waterfallSummary(
    pointReport(scenario).controls.steps,
    'ja',
    chartWords,
  )}`;
const waterfall = (page: Page) =>
  page
    .locator('figure')
    .filter({ has: page.locator('figcaption', { hasText: chartWords('waterfallTitle') }) })
    .locator('canvas');

describe('the scenario picker', () => {
  it('0. applies a picked scenario at once; undo brings back the edited work and its results', async () => {
    const page = await h.openKept();
    await settled(page);
    const graffer = shippedScenario('graffer-actual');
    await enter(page, 'audit.firms', undefined, '8');
    const mine = edited(graffer, (s) => {
      s.audit.firms = 8;
    });
    await expectKpis(page, expectedKpis(mine, 'ja'));

    await page.locator('#scenario-select').selectOption(regional.id);
    await expectKpis(page, expectedKpis(regional, 'ja'));
    const notice = page.locator('.picked[role="status"]');
    expect(await notice.textContent()).toContain(regional.title.ja);

    await notice.getByRole('button', { name: '元に戻す' }).click();
    await expectKpis(page, expectedKpis(mine, 'ja'));
    expect(await field(page, 'audit.firms').inputValue()).toBe('8');
    expect(await page.locator('#scenario-select').inputValue()).toBe(graffer.id);
    expect(await notice.getByRole('button').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('scenario-select');
  });
});

describe('the key figures while editing on a phone', () => {
  it('0b. the NPV stays in view, and follows, while the last revenue field has focus', async () => {
    const page = await h.openKept(undefined, { width: 390, height: 844 });
    await settled(page);
    await page.locator('#scenario-select').selectOption(regional.id);
    await expectKpis(page, expectedKpis(regional, 'ja'));
    const revenue = page.locator('details').filter({ has: page.locator('#segment-0-name') });
    // The last likely value of the revenue group (the buyers' re-tender cycle, 5 → 3 years).
    const last = revenue.locator('input[id$="-mode"]').last();
    await last.focus();
    await last.fill('3');
    const npv = page.locator('.kpi-bar .value').first();
    const box = await npv.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await last.getAttribute('id'),
    );
    // The bar shows the card's figure, and the edit moved it.
    await expect
      .poll(async () => (await npv.textContent())?.trim(), SETTLE)
      .toBe((await readKpis(page)).npv);
    expect((await readKpis(page)).npv).not.toBe(expectedKpis(regional, 'ja').npv);
  });
});

describe('the buyer group of a segment', () => {
  it('1. shows the group the regional vendor names, and its reach and cycle', async () => {
    const page = await asPicked();
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
    const page = await asPicked(); // as test 1 found it
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

  it('2b. a chosen group brings its own notes on sources, and the scenario keeps its others', async () => {
    const page = await openRegional();
    const prefectures = buyerGroups.find((g) => g.id === 'prefectures')!;
    await page.locator('#segment-0-market').selectOption(prefectures.id);
    /** A field's source, opened as a reader opens it. */
    const sourceOf = async (path: string) => {
      const source = page.locator('.field', { has: field(page, path, 'mode') }).locator('.source');
      if ((await source.getAttribute('open')) === null) await source.locator('summary').click();
      return source;
    };
    const cycle = prefectures.provenance['reTenderCycleYears']!;
    await expect
      .poll(
        async () => (await sourceOf('revenue.segments[0].market.reTenderCycleYears')).textContent(),
        SETTLE,
      )
      .toContain(localized(cycle.assumption!, 'ja'));
    const fee = regional.provenance!['audit.fixedFeeYen']!;
    await reveal(page, 'audit.fixedFeeYen');
    // Polled: a note is written out once its <details> reports the opening, a task after the click.
    await expect
      .poll(async () => (await sourceOf('audit.fixedFeeYen')).textContent(), SETTLE)
      .toContain(localized(fee.note ?? fee.assumption!, 'ja'));
  });

  it('3. a reach above 100 % is refused at its field once typed, and the results stay', async () => {
    const page = await openRegional();
    await reveal(page, 'revenue.segments[0].market.reachShare');
    const input = field(page, 'revenue.segments[0].market.reachShare', 'mode');
    await input.fill('');
    // Typed key by key: the first key ("1", on its way to 150) is not called a mistake.
    await input.pressSequentially('150');
    const error = fieldError(page, 'revenue.segments[0].market.reachShare');
    expect(await error.count()).toBe(0);
    // It shows once typing pauses (or the focus leaves the field).
    await error.waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await error.textContent()).toContain('100');
    expect(await readKpis(page)).toEqual(expectedKpis(regional, 'ja'));
  });
});

describe('the track choice', () => {
  it('4. "ISO 27017 only" changes the NPV and leaves no control in scope; undo restores it', async () => {
    const page = await openRegional();
    const before = await readKpis(page);
    await reveal(page, 'track');
    const track = page.locator('#field-track');
    await track.selectOption('iso27017-only');

    const after = expectedKpis(onIso, 'ja');
    expect(after.npv).not.toBe(before.npv); // the switch matters
    await expectKpis(page, after);
    expect(pointReport(onIso).controls.inScope).toBe(0);
    await expect
      .poll(() => waterfall(page).getAttribute('aria-label'), SETTLE)
      .toBe(waterfallLabel(onIso));
    const notice = page.locator('.track-switch[role="status"]');
    expect(await notice.textContent()).toContain(
      '区分を「ISMAP なし（ISO 27017 のみ）」に切り替えました',
    );

    await notice.getByRole('button', { name: '元に戻す' }).click();
    await expectKpis(page, expectedKpis(regional, 'ja'));
    expect(await track.inputValue()).toBe('ismap');
    await expect
      .poll(() => waterfall(page).getAttribute('aria-label'), SETTLE)
      .toBe(waterfallLabel(regional));
    expect(await notice.getByRole('button').count()).toBe(0);
    // The choice the notice spoke of keeps the focus.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-track');
  });

  it('4b. in English on a phone: the picked scenario and the track both act, each with its undo', async () => {
    const en = wordsOf(INPUT_MESSAGES, 'en');
    const page = await h.openKept(undefined, { width: 390, height: 844 }, { locale: 'en-US' });
    await settled(page);
    await page.locator('#scenario-select').selectOption(regional.id);
    await expectKpis(page, expectedKpis(regional, 'en'));
    expect(await page.locator('.picked[role="status"]').textContent()).toContain(regional.title.en);

    await reveal(page, 'track');
    const track = page.locator('#field-track');
    await track.selectOption('ismap-liu');
    const onLiu = withTrack(regional, 'ismap-liu', trackPresets);
    await expectKpis(page, expectedKpis(onLiu, 'en'));
    const notice = page.locator('.track-switch[role="status"]');
    expect(await notice.textContent()).toContain(en('track.ismap-liu'));
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expectKpis(page, expectedKpis(regional, 'en'));
  });

  it('5. an edit after the switch withdraws the undo, and keeps both changes', async () => {
    const page = await openRegional();
    await reveal(page, 'track');
    const track = page.locator('#field-track');
    await track.selectOption('ismap-liu');
    const onLiu = withTrack(regional, 'ismap-liu', trackPresets);
    await expectKpis(page, expectedKpis(onLiu, 'ja'));
    await enter(page, 'audit.firms', undefined, '8');
    await expectKpis(
      page,
      expectedKpis(
        edited(onLiu, (s) => {
          s.audit.firms = 8;
        }),
        'ja',
      ),
    );
    expect(await page.getByRole('button', { name: '元に戻す' }).count()).toBe(0);
  });
});
