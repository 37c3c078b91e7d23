/**
 * Dictionaries and how words reach the code, with no Svelte: pure builders, the CLI and tests
 * use this module as it is; components read the current language through locale.svelte.ts.
 *
 * A catalogue is written once per screen or kit: `ja` with `as const`, `en` checked against
 * ja's keys, so a missing or extra English key is a type error.
 */
import type { Lang } from './lang.ts';

/** Values for a template's `{name}` placeholders. */
export type Values = Readonly<Record<string, string | number>>;

/** Both languages of a dictionary, with the same keys. */
export type Catalogue<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/** The keys of a catalogue. */
export type KeyOf<C extends Catalogue<string>> = keyof C['ja'] & string;

/**
 * Words handed to code that builds text: a key (and its placeholders' values) to the text in
 * one language. Builders take one of these, never a language's raw dictionary.
 */
export type Words<K extends string> = (key: K, values?: Values) => string;

/** Fills `{name}` placeholders: fill('{n}年目', { n: 4 }) → '4年目'. Unknown names stay as written. */
export function fill(template: string, values: Values): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A catalogue's words in one language. */
export function wordsOf<K extends string>(catalogue: Catalogue<K>, lang: Lang): Words<K> {
  const dictionary = catalogue[lang];
  return (key, values) => (values ? fill(dictionary[key], values) : dictionary[key]);
}
