/**
 * Yen the way each language reads it. Japanese counts in 万 (10⁴), 億 (10⁸) and 兆 (10¹²):
 * ¥120,000,000 is 1億2,000万円 and ¥35,000,000 is 3,500万円. English uses short scale:
 * ¥120M, ¥35M. Digits come from Intl so grouping follows the locale.
 */
import type { Lang } from '../i18n/lang.ts';
import { madeOnFirstUse } from './madeOnFirstUse.ts';

const JA_UNITS = [
  { size: 1e12, name: '兆' },
  { size: 1e8, name: '億' },
  { size: 1e4, name: '万' },
] as const;

/** Japanese: rounded to the nearest 万 from 1万 up, to the yen below. */
export function formatYenJa(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const sign = value < 0 ? '−' : '';
  let rest =
    Math.abs(value) >= 1e4 ? Math.round(Math.abs(value) / 1e4) * 1e4 : Math.round(Math.abs(value));
  if (rest === 0) return '0円';
  const groups = numberFormat('ja', 0, 'decimal');
  let text = '';
  for (const unit of JA_UNITS) {
    const count = Math.floor(rest / unit.size);
    if (count > 0) text += `${groups.format(count)}${unit.name}`;
    rest -= count * unit.size;
  }
  if (rest > 0) text += groups.format(rest);
  return `${sign}${text}円`;
}

// Made on first use, like numberFormat's formats.
const enCompact = madeOnFirstUse(
  () =>
    new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'JPY',
      notation: 'compact',
      maximumSignificantDigits: 3,
    }),
);

/**
 * One minus sign in both languages: Intl writes the hyphen-minus, Japanese yen the true minus
 * sign (U+2212), so English takes the true one too.
 */
const trueMinus = (text: string) => text.replace(/^-/, '−');

export function formatYen(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '—';
  return lang === 'ja' ? formatYenJa(value) : trueMinus(enCompact().format(value));
}

/** A change in yen, signed both ways: +3,500万円, −1億円; ¥35M, -¥100M. */
export function formatYenChange(value: number, lang: Lang): string {
  const text = formatYen(value, lang);
  return value > 0 ? `+${text}` : text;
}

/** A share 0..1 as a percentage for the screen. */
export function formatShare(share: number, lang: Lang, digits = 0): string {
  return trueMinus(numberFormat(lang, digits, 'percent').format(share));
}

export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return trueMinus(numberFormat(lang, digits, 'decimal').format(value));
}

/**
 * A number format, made the first time it is asked for and kept. Making an Intl.NumberFormat
 * costs far more than formatting with one (a table of a market's paths formats over a thousand
 * numbers), and the page's first one loads the browser's number data: made on first use, not as
 * the module loads, it finds them loaded by index.html's warm-up worker (README, Method: Speed).
 */
const formats = new Map<string, Intl.NumberFormat>();
export function numberFormat(
  lang: Lang,
  digits: number,
  style: 'percent' | 'decimal',
): Intl.NumberFormat {
  const key = `${lang} ${digits} ${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
      style,
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  return format;
}

/** A fiscal year as each language writes it: 2026年度, FY2026. */
export function formatFiscalYear(year: number, lang: Lang): string {
  return lang === 'ja' ? `${year}年度` : `FY${year}`;
}
