/**
 * axe-core on every screen: no serious or critical violation. axe is injected as a script, which
 * the site's Content-Security-Policy (script-src 'self') rightly blocks, so these pages alone run
 * with `bypassCSP`; every other test runs under the real policy.
 */
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { describe, expect, it } from 'vitest';
import { foreignRequests, useHarness } from './browser.ts';
import { SCREENS, screenPages } from './screens.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const h = useHarness();
const pages = screenPages(async (viewport) =>
  h.keep(await h.open(undefined, { viewport, bypassCSP: true })),
);

/** One line per violation: rule, impact, what it means, and every element it was found on. */
function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .map(
      (v) =>
        `${v.id} [${v.impact}] ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
          .join('\n'),
    )
    .join('\n');
}

describe('accessibility (axe-core)', () => {
  for (const screen of SCREENS.filter((s) => s.skip !== 'axe')) {
    it(`9. ${screen.name}: no serious or critical violation`, async ({ onTestFailed }) => {
      onTestFailed(() => pages.forget());
      const page = await pages.show(screen);
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
      const results = await page.evaluate(() =>
        (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
          resultTypes: ['violations'],
        }),
      );
      const severe = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      const minor = results.violations.filter((v) => !severe.includes(v));
      if (minor.length) console.info(`${screen.name}, minor:\n${describeViolations(minor)}`);
      // The diff lists rule ids and elements; the message adds what each failure means.
      expect(
        severe.map(
          (v) => `${v.id} [${v.impact}]: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
        describeViolations(severe),
      ).toEqual([]);
    });
  }

  it('8. asked nothing of any other origin in any test of this file', async () => {
    expect(h.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(h.requests, h.baseUrl)).toEqual([]);
    expect(h.problems).toEqual([]);
  });
});
