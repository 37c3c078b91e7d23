/**
 * Hostile and faulty input (issue 5): tampered share links and files are refused and the page
 * keeps working, markup in names stays text, the Content-Security-Policy stops injected inline
 * script, and a browser that will not store anything still runs the app with autosave off.
 * Unreadable saved scenarios are said and can be deleted; deleting them all asks first.
 */
import { createRequire } from 'node:module';
import LZString from 'lz-string';
import { describe, expect, inject, it } from 'vitest';
import { shippedScenario } from '../../src/data/catalog.ts';
import { useHarness } from './browser.ts';
import { enter, expectedKpis, expectKpis, jsonFile, readKpis, settled } from './estimator.ts';

const graffer = shippedScenario('graffer-actual');
const link = (payload: string) => `${inject('baseUrl')}#s=${payload}`;
const packed = (value: unknown) => LZString.compressToEncodedURIComponent(JSON.stringify(value));
const importInput = (page: import('playwright-core').Page) => page.locator('input[type="file"]');

const h = useHarness();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe's serious and critical violations on the page as it is now. */
async function severeViolations(page: import('playwright-core').Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('hostile share links', () => {
  it.each([
    ['prototype keys', packed(JSON.parse('{"__proto__": {"polluted": 1}, "lang": "ja"}'))],
    ['a truncated link', packed({ scenario: graffer, lang: 'ja' }).slice(0, 200)],
    ['garbage', 'not-a-link-at-all%%%'],
    ['an invalid scenario', packed({ scenario: { ...graffer, track: 'fedramp' }, lang: 'ja' })],
  ])('refuses %s, keeps the page working, pollutes nothing', async (_name, payload) => {
    const page = await h.openKept(link(payload));
    await page.locator('.notice[role="alert"]').waitFor();
    await expectKpis(page, expectedKpis(graffer, 'ja'));
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
    expect(
      await page.evaluate(() => (Object.prototype as Record<string, unknown>)['polluted']),
    ).toBe(undefined);
    // Still works: an edit changes the KPIs.
    await enter(page, 'audit.firms', undefined, '10');
    await expect.poll(() => readKpis(page)).not.toEqual(expectedKpis(graffer, 'ja'));
  });
});

describe('hostile files and names', () => {
  it('refuses a file with prototype keys and changes nothing', async () => {
    const page = await h.openKept();
    await settled(page);
    const before = await readKpis(page);
    const text = JSON.stringify(graffer).replace('{', '{"__proto__":{"polluted":1},');
    await importInput(page).setInputFiles(jsonFile('proto.json', text));
    await page.locator('.notice[role="alert"]').filter({ hasText: '__proto__' }).waitFor();
    expect(await readKpis(page)).toEqual(before);
    expect(
      await page.evaluate(() => (Object.prototype as Record<string, unknown>)['polluted']),
    ).toBe(undefined);
  });

  it('shows markup in titles and segment names as text', async () => {
    const page = await h.openKept();
    const markup = '<img src="x" onerror="window.pwned = 1"><script>window.pwned = 2</script>';
    const hostile = structuredClone(graffer);
    hostile.title = { ja: markup, en: markup };
    hostile.revenue.segments[0]!.name = { ja: markup, en: markup };
    await importInput(page).setInputFiles(jsonFile('markup.json', hostile));
    await page
      .locator('.notice[role="status"]')
      .filter({ hasText: /読み込みました/ })
      .waitFor();
    expect(await page.locator('#scenario-select').inputValue()).toBe(graffer.id);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBe(
      undefined,
    );
    const segmentName = page.locator('#segment-0-name');
    await segmentName.scrollIntoViewIfNeeded();
    expect(await segmentName.inputValue()).toBe(markup);
  });
});

describe('the Content-Security-Policy', () => {
  it('is in force: inline script added through the DOM does not run', async () => {
    // A context the harness does not watch: the blocked script is reported as a console error,
    // which the harness would count against the app.
    const context = await h.browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(m.text());
    });
    const response = await page.goto(inject('baseUrl'));
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
    });
    expect(ran).toBe(false);
    expect(violations.some((v) => /Content Security Policy/i.test(v))).toBe(true);
    await context.close();
  });
});

describe('tampered storage', () => {
  it.each([
    ['not JSON', '{"format":"ismap-est'],
    ['prototype keys', '{"__proto__":{"polluted":1}}'],
    [
      'an invalid scenario',
      JSON.stringify({ format: 'ismap-estimator', version: 1, scenario: { id: 1 } }),
    ],
  ])('refuses stored work that is %s and opens the shipped scenario', async (_name, stored) => {
    const context = await h.context();
    await context.addInitScript((value) => {
      // Only on the app's page (not about:blank), before its first load.
      if (location.protocol.startsWith('http') && !sessionStorage.getItem('seeded')) {
        localStorage.setItem('ismap-estimator.work', value);
        sessionStorage.setItem('seeded', '1');
      }
    }, stored);
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.locator('.notice[role="alert"]').waitFor();
    await expectKpis(page, expectedKpis(graffer, 'ja'));
    expect(
      await page.evaluate(() => (Object.prototype as Record<string, unknown>)['polluted']),
    ).toBe(undefined);
  });
});

describe('unreadable saved scenarios', () => {
  it('are said in a notice whose button deletes them, and nothing else', async () => {
    const context = await h.context({ bypassCSP: true }); // for axe, injected as a script
    await context.addInitScript(() => {
      if (location.protocol.startsWith('http') && !sessionStorage.getItem('seeded')) {
        localStorage.setItem('ismap-estimator.saved', '{"format":"ismap-estimator.saved","ver');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    const notice = page
      .locator('.notice[role="alert"]')
      .filter({ hasText: '保存したシナリオの一覧を読み込めませんでした' });
    await notice.locator('li').first().waitFor();
    expect(await severeViolations(page)).toEqual([]);
    // Work of the user's, which the button must leave: autosaved once it changes (the scenario
    // the page opened on is not written again).
    await page.locator('#scenario-select').selectOption('graffer-plan');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('ismap-estimator.work')))
      .toContain('"graffer-plan"');
    const work = await page.evaluate(() => localStorage.getItem('ismap-estimator.work'));
    await notice.getByRole('button', { name: '読み込めない一覧を削除' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => localStorage.getItem('ismap-estimator.saved'))).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('ismap-estimator.work'))).toBe(work);
  });

  it('clearing them all asks first, then empties the picker', async () => {
    const page = await h.openKept(undefined, undefined, { bypassCSP: true }); // for axe
    const save = page.getByRole('button', { name: 'マイシナリオに保存' });
    await save.click();
    await save.click();
    const mine = page.locator('#scenario-select optgroup[label="保存したシナリオ"] option');
    await expect.poll(() => mine.count()).toBe(2);

    const clear = page.getByRole('button', { name: '保存したシナリオをすべて削除' });
    await clear.click();
    const question = page.getByRole('group', { name: /保存したシナリオ 2 件をすべて削除/ });
    await question.waitFor();
    expect(await severeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter'); // focus is on "cancel", the safe answer
    await question.waitFor({ state: 'detached' });
    expect(await mine.count()).toBe(2);

    await clear.click();
    await page.getByRole('button', { name: 'すべて削除する' }).click();
    await expect.poll(() => mine.count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('ismap-estimator.saved'))).toBeNull();
    await page.getByText('保存したシナリオをすべて削除しました。').waitFor();
  });
});

describe('storage faults', () => {
  it('runs with autosave off when the browser refuses storage', async () => {
    const context = await h.context();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('storage is disabled', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await expectKpis(page, expectedKpis(graffer, 'ja'));
    await page.getByText(/自動保存: オフ/).waitFor();
    await enter(page, 'audit.firms', undefined, '10');
    await expect.poll(() => readKpis(page)).not.toEqual(expectedKpis(graffer, 'ja'));
  });

  it('says so when storage is full, and keeps working', async () => {
    const context = await h.context();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await enter(page, 'audit.firms', undefined, '10');
    await page
      .locator('.notice[role="alert"]')
      .filter({ hasText: /いっぱい/ })
      .waitFor();
    await page.getByText(/自動保存: オフ/).waitFor();
    await expect.poll(() => readKpis(page)).not.toEqual(expectedKpis(graffer, 'ja'));
  });

  it('two tabs: the later save wins and neither is corrupted', async () => {
    const context = await h.context();
    const first = await context.newPage();
    await first.goto(inject('baseUrl'));
    const second = await context.newPage();
    await second.goto(inject('baseUrl'));
    await enter(first, 'audit.firms', undefined, '7');
    await expect
      .poll(() => first.evaluate(() => localStorage.getItem('ismap-estimator.work')))
      .toContain('"firms":7');
    await enter(second, 'audit.firms', undefined, '9');
    await expect
      .poll(() => second.evaluate(() => localStorage.getItem('ismap-estimator.work')))
      .toContain('"firms":9');
    await first.reload();
    await first.locator('[data-kpi="npv"] .value').waitFor();
    expect(await first.locator('#field-audit-firms').inputValue()).toBe('9');
  });
});
