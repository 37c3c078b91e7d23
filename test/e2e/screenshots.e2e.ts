/**
 * Full-page screenshots of every screen at 1280 and 390 px, under the real security headers,
 * written to test/artifacts/ (git-ignored) to be looked at. Each also checks what a picture
 * would show: the page fits its width (no sideways scrolling at 390 px) and the charts drew.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawnCanvases, foreignRequests, scrollThrough, useHarness } from './browser.ts';
import { SCREENS, screenPages } from './screens.ts';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

const h = useHarness();
const pages = screenPages(async (viewport) => h.keep(await h.open(undefined, { viewport })));
beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('screenshots', () => {
  for (const screen of SCREENS.filter((s) => s.skip !== 'screenshot')) {
    it(`10. ${screen.name}.png`, async ({ onTestFailed }) => {
      onTestFailed(() => pages.forget());
      const page = await pages.show(screen);
      const path = `${ARTIFACTS}${screen.name}.png`;
      // Every chart drawn, as a reader scrolling down finds it.
      await scrollThrough(page);
      await page.screenshot({ path, fullPage: true });
      // Nothing sticks out sideways: the page scrolls only down. The innermost elements that
      // stick out are named (a table twin scrolls inside its own box, which is fine).
      const overflow = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth + 1;
        const out = [...document.querySelectorAll('body *')].filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.right > limit && !el.closest('.scroll, .visually-hidden');
        });
        const innermost = out.filter((el) => !out.some((o) => o !== el && el.contains(o)));
        return {
          page: document.documentElement.scrollWidth,
          wide: innermost.slice(0, 8).map((el) => {
            const name = [el.tagName.toLowerCase(), el.id && `#${el.id}`, ...el.classList];
            return `${name.filter(Boolean).join('.')} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`;
          }),
        };
      });
      // Side by side, the inputs column stays out of the results column.
      const spill = await page.evaluate(() => {
        const inputs = document.querySelector('aside');
        const results = document.querySelector('#results');
        if (!results) return ['no results'];
        if (!inputs) return []; // a screen without an inputs column (the policy lab)
        const left = results.getBoundingClientRect().left;
        // On a phone the column dissolves (display: contents) and its parts stack with the
        // results: measure where its first part starts.
        const column = inputs.firstElementChild ?? inputs;
        if (left <= column.getBoundingClientRect().left) return []; // stacked, not side by side
        const out = [...inputs.querySelectorAll('*')].filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.right > left + 1;
        });
        return out
          .filter((el) => !out.some((o) => o !== el && el.contains(o)))
          .slice(0, 8)
          .map((el) => {
            const name = [el.tagName.toLowerCase(), el.id && `#${el.id}`, ...el.classList];
            const right = Math.round(el.getBoundingClientRect().right);
            return `${name.filter(Boolean).join('.')} (right edge ${right} px, results start at ${Math.round(left)} px)`;
          });
      });
      expect(overflow.wide, `${screen.name}: wider than the page`).toEqual([]);
      expect(spill, `${screen.name}: inputs run under the results`).toEqual([]);
      expect(overflow.page).toBeLessThanOrEqual(screen.width);
      const size = pngSize(await readFile(path));
      expect(size.width).toBe(screen.width);
      expect(size.height).toBeGreaterThan(screen.height);
      // Every chart drew something, once scrolled to (a blank canvas is all transparent).
      const drawn = await drawnCanvases(page.locator('canvas'));
      expect(drawn.length).toBeGreaterThanOrEqual(screen.charts ?? 6);
      expect(drawn.every(Boolean)).toBe(true);
    });
  }

  it('8. asked nothing of any other origin in any test of this file', async () => {
    expect(h.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(h.requests, h.baseUrl)).toEqual([]);
    expect(h.problems).toEqual([]);
  });
});
