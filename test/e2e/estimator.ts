/**
 * What the end-to-end tests know about the estimator's page, and what they expect it to show:
 * every expected number comes from the engine and the app's own formatters, never a copy.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  describeIssues,
  monteCarlo,
  parseScenario,
  pointReport,
  type MonteCarloResult,
  type Scenario,
} from '../../src/engine/index.ts';
import { showFigure } from '../../src/kits/figures/keyFigures.ts';
import { CARD_FIGURES } from '../../src/screens/estimate/build/cardFigures.ts';
import { formatShare, formatYen } from '../../src/kits/format/yen.ts';
import type { Lang } from '../../src/kits/i18n/lang.ts';
import { wordsOf } from '../../src/kits/i18n/catalogue.ts';
import { ESTIMATE_CHART_MESSAGES } from '../../src/screens/estimate/charts/messages.ts';
import { ESTIMATE_MESSAGES } from '../../src/screens/estimate/messages.ts';
import { scrollThrough } from './browser.ts';

/** The estimate's cards: its key figures, then the Monte Carlo's probability. */
export const KPI_IDS = [...CARD_FIGURES, 'probability'] as const;
export type KpiId = (typeof KPI_IDS)[number];
export type Kpis = Record<KpiId, string>;

/** Polls wait this long at most: Monte Carlo runs 10,000 draws in a worker after 150 ms. */
export const SETTLE = { timeout: 10_000, interval: 50 };

const monteCarloCache = new Map<string, MonteCarloResult>();

/** The worker's Monte Carlo (same samples, same seed), computed here by the engine. */
export function expectedMonteCarlo(scenario: Scenario): MonteCarloResult {
  const key = JSON.stringify(scenario);
  let result = monteCarloCache.get(key);
  if (!result) {
    result = monteCarlo(scenario, { samples: DEFAULT_SAMPLES, seed: DEFAULT_SEED });
    monteCarloCache.set(key, result);
  }
  return result;
}

type PointKpis = Omit<Kpis, 'probability'>;

/** The point figures' cards (all but the Monte Carlo's) as the page should show them. */
export function expectedPointKpis(scenario: Scenario, lang: Lang): PointKpis {
  const report = pointReport(scenario);
  const words = wordsOf(ESTIMATE_MESSAGES, lang);
  return Object.fromEntries(
    CARD_FIGURES.map((id) => [id, showFigure(id, report, lang, words)]),
  ) as PointKpis;
}

/** Every KPI card's value as the page should show it for `scenario` in `lang`. */
export function expectedKpis(scenario: Scenario, lang: Lang): Kpis {
  const mc = expectedMonteCarlo(scenario);
  return {
    ...expectedPointKpis(scenario, lang),
    probability: formatShare(mc.probNpvPositive, lang),
  };
}

/** The KPI cards' values as shown, read in one round trip. */
export function readKpis(page: Page): Promise<Kpis> {
  return page.locator('[data-kpi]').evaluateAll((cards) => {
    const out: Record<string, string> = {};
    for (const card of cards) {
      out[card.getAttribute('data-kpi') ?? '?'] =
        card.querySelector('.value')?.textContent?.trim() ?? '';
    }
    return out as Kpis;
  });
}

/** Waits until the page shows exactly `expected` (the Monte Carlo card included). */
export async function expectKpis(page: Page, expected: Kpis): Promise<void> {
  await expect.poll(() => readKpis(page), SETTLE).toEqual(expected);
}

/** Waits until no result is being recomputed (the Monte Carlo's answer is on screen). */
export async function settled(page: Page): Promise<void> {
  await page.locator('[data-kpi="probability"] .value').filter({ hasText: /%$/ }).waitFor();
  await page.locator('dl[aria-busy="false"]').waitFor();
  // The charts come once the figures are painted (EstimateScreen.svelte), and on a phone once
  // the reader scrolls towards them, as the form and the list of sources (nearScreen.svelte.ts).
  const charts = page.locator('.chart-grid');
  if (!(await charts.count())) await scrollThrough(page);
  await charts.waitFor({ state: 'attached' });
}

/** A copy of `scenario` changed by `change`, validated as the app would: it must stay valid. */
export function edited(scenario: Scenario, change: (draft: Scenario) => void): Scenario {
  const draft = structuredClone(scenario);
  change(draft);
  const parsed = parseScenario(draft);
  if (!parsed.ok) throw new Error(`edited scenario invalid: ${describeIssues(parsed.issues)}`);
  return parsed.value;
}

/** A number input of the form, by its path (`audit.fixedFeeYen`) and, for a range, its corner. */
export function field(page: Page, path: string, corner?: 'low' | 'mode' | 'high'): Locator {
  const id = `field-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  return page.locator(`#${id}${corner ? `-${corner}` : ''}`);
}

/**
 * Opens the section of the form that holds the field at `path` (`audit.fixedFeeYen`), as a user
 * would: a closed section has no fields until it is opened (InputPanel.svelte).
 */
export async function reveal(page: Page, path: string): Promise<void> {
  // A section is named by the first step of its fields' paths (`revenue.segments.0…`, `track`).
  const section = page.locator(`details[data-section="${path.split('.')[0]}"]`);
  if (!(await section.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await section.locator('> summary').click();
  }
}

/** Types `text` into a number field (opening its group first), replacing what was there. */
export async function enter(
  page: Page,
  path: string,
  corner: 'low' | 'mode' | 'high' | undefined,
  text: string,
): Promise<Locator> {
  await reveal(page, path);
  const input = field(page, path, corner);
  await input.fill(text);
  return input;
}

/** The error shown at a field (`#<field id>-error`). */
export function fieldError(page: Page, path: string): Locator {
  return page.locator(`#field-${path.replace(/[^a-zA-Z0-9]+/g, '-')}-error`);
}

/** A chart's figure, found by its caption (the chart's title in the app's dictionary). */
export function chart(page: Page, lang: Lang, title: 'costTitle' | 'cashTitle'): Locator {
  return page.locator('figure').filter({
    has: page.locator('figcaption', { hasText: wordsOf(ESTIMATE_CHART_MESSAGES, lang)(title) }),
  });
}

export { tableRows } from './browser.ts';

/** The yearly cost table twin as the page should show it: audit … one-off, total per year. */
export function expectedCostCells(scenario: Scenario, lang: Lang): string[][] {
  return pointReport(scenario).years.map((y) =>
    [y.audit, y.staff, y.operations, y.oneOff, y.totalCost].map((v) => formatYen(v, lang)),
  );
}

/** A file for the import input. */
export function jsonFile(name: string, value: unknown) {
  return {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2)),
  };
}
