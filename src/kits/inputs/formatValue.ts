/** A field's value as a person reads it, with its unit: for the report and the tables. */
import type { Estimate } from '../../engine/index.ts';
import { formatFiscalYear, formatNumber, formatShare, formatYen } from '../format/yen.ts';
import type { Lang } from '../i18n/lang.ts';
import { isPercent, isYen, type Unit } from './fields.ts';

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
        : `${formatNumber(x, lang, 2)}${unitText ? ` ${unitText}` : ''}`;
  if (typeof value === 'number') return one(value);
  return `${one(value.mode)} (${one(value.low)} – ${one(value.high)})`;
}
