/**
 * Reads a number the way people type one: full-width digits, thousands separators, a currency
 * sign, and Japanese or English magnitudes (3,500万, 1億2000万, 35M, 120k). Returns null when the
 * text is not a number, so the field can say so and keep the last valid value.
 */
const MAGNITUDE: Record<string, number> = {
  兆: 1e12,
  億: 1e8,
  万: 1e4,
  千: 1e3,
  k: 1e3,
  m: 1e6,
  b: 1e9,
};

export function parseNumber(text: string): number | null {
  const plain = text
    .normalize('NFKC')
    .replace(/[,\s円¥]/g, '')
    .replace(/^[−–]/, '-')
    .toLowerCase();
  // Every part but the last needs a magnitude: 1億2000万 is one number, 1.2.3 is not.
  const match =
    /^(-?)(?:(?:\d+(?:\.\d*)?|\.\d+)[兆億万千kmb])*(?:\d+(?:\.\d*)?|\.\d+)[兆億万千kmb]?$/.exec(
      plain,
    );
  if (!match) return null;
  const sign = match[1] === '-' ? -1 : 1;
  let total = 0;
  for (const part of plain
    .slice(match[1]!.length)
    .matchAll(/(\d+(?:\.\d*)?|\.\d+)([兆億万千kmb]?)/g)) {
    total += Number(part[1]) * (part[2] ? MAGNITUDE[part[2]]! : 1);
  }
  return Number.isFinite(total) ? sign * total : null;
}
