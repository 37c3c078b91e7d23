/**
 * What the pure chart builders need from the UI's dictionary: a function from key to text.
 * The app passes `t` from messages.ts; tests pass a plain dictionary lookup.
 */
import type { ChartMessageKey } from './messages.ts';

export type Translate = (key: ChartMessageKey) => string;

/** Fills `{name}` placeholders: fill('{n}年目', { n: 4 }) → '4年目'. Unknown names stay as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** 'Year 4' / '4年目'. */
export function yearLabel(year: number, t: Translate): string {
  return fill(t('yearN'), { n: year });
}
