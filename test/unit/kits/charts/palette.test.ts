/**
 * Contrast on white per WCAG 2.x: text needs 4.5:1 (AA), graphical objects 3:1 (1.4.11).
 * Reference ratios: black on white is 21:1 by definition; #767676 is the lightest grey with
 * 4.5:1 (a well-known accessibility reference value).
 */
import { describe, expect, it } from 'vitest';
import {
  BACKGROUND,
  contrastRatio,
  CURVES,
  GRID,
  INK,
  MUTED_INK,
  SERIES,
  ZERO_LINE,
} from '../../../../src/kits/charts/palette.ts';

describe('contrast ratio', () => {
  it('is 21 for black on white and 1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 9);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 9);
    expect(contrastRatio('#0072B2', '#0072b2')).toBe(1);
  });

  it('puts #767676 just above 4.5:1', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('says what it expected when a colour is not #rrggbb', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/#rrggbb, got "red"/);
  });
});

describe('the palette on white', () => {
  it('gives text AA contrast', () => {
    for (const text of [INK, MUTED_INK]) {
      expect(contrastRatio(text, BACKGROUND), text).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives every series, curve and the zero line 3:1 as graphical objects', () => {
    const graphics = [...Object.values(SERIES), ...CURVES.map((c) => c.color), ZERO_LINE];
    for (const colour of graphics) {
      expect(contrastRatio(colour, BACKGROUND), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps grid lines fainter than the zero line', () => {
    expect(contrastRatio(GRID, BACKGROUND)).toBeLessThan(contrastRatio(ZERO_LINE, BACKGROUND));
  });

  it('tells curves apart by dash as well as colour', () => {
    const dashes = CURVES.map((c) => c.dash.join(','));
    expect(new Set(dashes).size).toBe(CURVES.length);
    expect(new Set(CURVES.map((c) => c.color)).size).toBe(CURVES.length);
  });
});
