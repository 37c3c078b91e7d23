/** Between stored values (yen, shares 0..1) and what a field shows and reads (¥ digits, %). */
import { parseNumber } from '../format/parseNumber.ts';
import { numberFormat } from '../format/yen.ts';
import { isPercent, isYen, type Unit } from './fields.ts';

export function toFieldText(value: number, unit: Unit): string {
  if (isPercent(unit)) return String(+(value * 100).toFixed(6));
  if (isYen(unit)) return numberFormat('en', 2, 'decimal').format(value);
  return String(+value.toFixed(6));
}

/** The stored value for typed text, or null when the text is not a number. */
export function fromFieldText(text: string, unit: Unit): number | null {
  const value = parseNumber(text);
  if (value === null) return null;
  return isPercent(unit) ? value / 100 : value;
}
