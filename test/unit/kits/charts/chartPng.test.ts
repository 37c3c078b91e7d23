/**
 * A chart's picture is named by its title; drawing it needs a real canvas (jsdom has none), so
 * the picture itself is checked end to end (test/e2e/briefing.e2e.ts: a PNG, white at its corner).
 */
import { describe, expect, it } from 'vitest';
import { pngFileName } from '../../../../src/kits/charts/chartPng.ts';

describe('pngFileName', () => {
  it.each([
    { title: 'NPV sensitivity (tornado)', name: 'NPV sensitivity (tornado).png' },
    { title: 'NPV の感度（トルネード図）', name: 'NPV の感度（トルネード図）.png' },
    // Characters a file system refuses become a dash, a run of them one dash.
    { title: 'Audit / staff: "year 1"?', name: 'Audit - staff- -year 1-.png' },
  ])('$title → $name', ({ title, name }) => {
    expect(pngFileName(title)).toBe(name);
  });
});
