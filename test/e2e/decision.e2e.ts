/**
 * The decision panel in Debian's Chromium: for every shipped scenario, in Japanese and English, it
 * names the option the engine finds best and lists every option; and share links made by version
 * 1 still open on the same key figures (README, Method: The decision; Versions).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedReforms, shippedScenarios, trackPresets } from '../../src/data/catalog.ts';
import {
  bestOption,
  decisionCases,
  optionValues,
  pointReport,
  type Scenario,
} from '../../src/engine/index.ts';
import { loadAppShareState } from '../../src/app/shareState.ts';
import { formatYen } from '../../src/kits/format/yen.ts';
import type { Lang } from '../../src/kits/i18n/lang.ts';
import { decodeShareHash, encodeShareHash } from '../../src/kits/persistence/shareCodec.ts';
import { useHarness } from './browser.ts';
import { expectedKpis, expectKpis, SETTLE } from './estimator.ts';

// The app's link, with each screen's settings checked by the screen's own schema.
const AppShareState = await loadAppShareState();

const h = useHarness();
const expected = shippedReforms.find((r) => r.id === 'fy2025-plan');

/** The option the engine finds best for `scenario` under the reform the panel expects. */
function bestFor(scenario: Scenario) {
  const options = optionValues(decisionCases(scenario, trackPresets, expected));
  return { best: bestOption(options)!.id, options };
}

async function openOn(scenario: Scenario, lang: Lang) {
  const page = await h.openKept(`${h.baseUrl}${encodeShareHash({ scenario, lang })}`);
  const panel = page.locator('section.decision');
  await panel.waitFor();
  return { page, panel };
}

describe('the decision panel', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`names the engine’s best option for every shipped scenario (${lang})`, async () => {
      // One page, the scenarios picked in turn from the list, as a user compares them.
      const [first, ...others] = shippedScenarios;
      const { page, panel } = await openOn(first!, lang);
      for (const scenario of [first!, ...others]) {
        if (scenario !== first) await page.locator('#scenario-select').selectOption(scenario.id);
        const { best, options } = bestFor(scenario);
        const sentence = panel.locator('.sentence');
        await expect.poll(() => sentence.getAttribute('data-best'), SETTLE).toBe(best);
        expect((await sentence.textContent())!.length).toBeGreaterThan(20);
        // One row per option, each with its NPV; the chances arrive from the worker.
        const rows = panel.locator('tbody tr');
        await expect.poll(() => rows.count(), SETTLE).toBe(options.length);
        const npv = formatYen(options[0]!.npv, lang);
        await expect.poll(() => rows.first().locator('td').nth(1).textContent(), SETTLE).toBe(npv);
        await expect
          .poll(() => panel.locator('tbody td').allTextContents(), SETTLE)
          .not.toContain(lang === 'ja' ? '計算中…' : 'computing…');
      }
    });
  }

  it('follows the reform expected, and keeps the choice in a share link', async () => {
    const scenario = shippedScenarios.find((s) => s.id === 'large-saas')!;
    const { page, panel } = await openOn(scenario, 'en');
    await panel.getByLabel('Reforms expected').selectOption('');
    const none = optionValues(decisionCases(scenario, trackPresets));
    const wait = none.find((o) => o.id === 'wait-1')!;
    const row = panel.locator('tbody tr', { hasText: 'after a 1-year wait' });
    await expect
      .poll(() => row.locator('td').nth(1).textContent(), SETTLE)
      .toBe(formatYen(wait.npv, 'en'));
    await page.getByRole('button', { name: 'Make a share link' }).click();
    const link = await page.locator('#share-url').inputValue();
    const decoded = decodeShareHash(new URL(link).hash, AppShareState);
    const state = decoded?.ok ? (decoded.value.state as Record<string, unknown>) : {};
    expect(state['estimate']).toEqual({ expectedReformId: null });
  });
});

describe('share links made by version 1', () => {
  const { links } = JSON.parse(
    readFileSync(new URL('../fixtures/v1/share-links.json', import.meta.url), 'utf8'),
  ) as { links: { name: string; hash: string; expected: { view?: string; npv: number } }[] };

  it.each(links.filter((l) => l.expected.view === 'estimate').map((l) => [l.name, l] as const))(
    'open on the same key figures: %s',
    async (_name, link) => {
      const decoded = decodeShareHash(link.hash, AppShareState);
      expect(decoded?.ok).toBe(true);
      if (!decoded?.ok) return;
      const { scenario, lang } = decoded.value.state;
      const page = await h.openKept(`${h.baseUrl}${link.hash}`);
      await expectKpis(page, expectedKpis(scenario, lang));
      // …which are version 1's: the NPV it computed for this link.
      expect(pointReport(scenario).totals.npv).toBeCloseTo(link.expected.npv, 3);
    },
  );
});
