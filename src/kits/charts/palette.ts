/**
 * The charts' colours. Series use the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal
 * Design"), distinguishable with every common colour-vision deficiency; lines that must be told
 * apart also differ in dash pattern, so nothing relies on colour alone. Text colours meet WCAG AA
 * (4.5:1) on white; palette.test.ts computes the ratios.
 */

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Titles, legend and tooltip text: 17:1 on white. */
export const INK = '#1a1a1a';
/** Tick labels: 7:1 on white. */
export const MUTED_INK = '#595959';
/** Grid lines: decoration, deliberately faint. */
export const GRID = '#e3e3e3';
/** Minor grid lines (a log axis's 2…9 × 10ⁿ). */
export const MINOR_GRID = '#f3f3f3';
/** The zero line, where a sign changes: 3:1 or more on white, as a graphical object needs. */
export const ZERO_LINE = '#767676';
export const BACKGROUND = '#ffffff';

/**
 * What each colour means, so every chart says the same thing with the same colour. Only the
 * Okabe–Ito colours with 3:1 or more on white (WCAG 1.4.11, graphical objects): orange, sky
 * blue and yellow are too light for bars on white.
 */
export const SERIES = {
  audit: OKABE_ITO.blue,
  staff: OKABE_ITO.vermillion,
  operations: OKABE_ITO.bluishGreen,
  oneOff: OKABE_ITO.reddishPurple,
  /** Existing business lost to tenders that require a credential (the lab's burden). */
  lostRevenue: OKABE_ITO.reddishPurple,
  total: OKABE_ITO.blue,
  removed: OKABE_ITO.vermillion,
  net: OKABE_ITO.blue,
  cumulative: INK,
  marker: OKABE_ITO.vermillion,
  draws: OKABE_ITO.blue,
  low: OKABE_ITO.blue,
  high: OKABE_ITO.vermillion,
  /** A part that raises NPV, and one that lowers it (what changed between two columns). */
  gain: OKABE_ITO.bluishGreen,
  loss: OKABE_ITO.vermillion,
} as const;

/** One colour and one dash pattern per curve, cycled: the compare view draws several. */
export const CURVES = [
  { color: OKABE_ITO.blue, dash: [] },
  { color: OKABE_ITO.vermillion, dash: [8, 4] },
  { color: OKABE_ITO.bluishGreen, dash: [2, 3] },
  { color: OKABE_ITO.reddishPurple, dash: [10, 3, 2, 3] },
  { color: OKABE_ITO.black, dash: [4, 4] },
  // Six, as many as the compare view has columns: Okabe–Ito's orange, darkened to pass 3:1.
  { color: '#8a5a00', dash: [1, 3] },
] as const satisfies readonly { color: string; dash: number[] }[];

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Expected a colour as #rrggbb, got "${hex}"`);
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21: (lighter + 0.05) ÷ (darker + 0.05). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}
