/** A field's value as a person reads it, with its unit: for the report and the tables. */
import type { Estimate } from '../../engine/index.ts';
import { formatFiscalYear, formatNumber, formatShare, formatYen } from '../format/yen.ts';
import type { Lang } from '../i18n/lang.ts';
import { isPercent, isYen, type Unit } from './fields.ts';

/**
 * A number with its unit's word: Japanese writes them together (3年, 1,159項目), English apart,
 * and one without the plural's s (1 year: every English unit word with a plural ends in it).
 */
function withUnitWord(value: number, unitText: string, lang: Lang): string {
  const number = formatNumber(value, lang, 2);
  if (!unitText) return number;
  if (lang === 'ja') return `${number}${unitText}`;
  return `${number} ${value === 1 ? unitText.replace(/s$/, '') : unitText}`;
}

export function formatFieldValue(
  value: number | Estimate | null,
  unit: Unit,
  unitText: string,
  lang: Lang,
): string {
  if (value === null) return '—';
  if (unit === 'fiscalYear' && typeof value === 'number') return formatFiscalYear(value, lang);
  const one = (x: number) =>
    isYen(unit)
      ? formatYen(x, lang)
      : isPercent(unit)
        ? formatShare(x, lang, 1)
        : withUnitWord(x, unitText, lang);
  if (typeof value === 'number') return one(value);
  return `${one(value.mode)} (${one(value.low)} – ${one(value.high)})`;
}
