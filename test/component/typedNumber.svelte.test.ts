/**
 * The one number-box rule: keep what is typed until it reads as a number, resync from outside.
 * Here rather than in test/unit: effects run only in the browser build of Svelte.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { fromFieldText, toFieldText } from '../../src/kits/inputs/display.ts';
import { fits } from '../../src/kits/inputs/numberSpec.ts';
import { TypedNumber, type TypedSource } from '../../src/kits/inputs/typedNumber.svelte.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A box over a stored value its owner updates on commit, as the forms do. */
function box(start: number | null, read: TypedSource['read'] = (t) => fromFieldText(t, 'yen')) {
  let value = $state(start);
  const commits: number[] = [];
  let field!: TypedNumber;
  cleanups.push(
    $effect.root(() => {
      field = new TypedNumber({
        value: () => value,
        read,
        show: (v) => toFieldText(v, 'yen'),
        commit: (v) => {
          commits.push(v);
          value = v;
        },
      });
    }),
  );
  const type = (text: string) => {
    field.input(text);
    flushSync();
  };
  const replace = (next: number | null) => {
    value = next;
    flushSync();
  };
  return { field, commits, type, replace };
}

describe('TypedNumber', () => {
  it.each([
    { text: '3,5', stored: 35, invalid: false },
    { text: '1.2億', stored: 120_000_000, invalid: false },
    { text: '3,500万', stored: 35_000_000, invalid: false },
    { text: '1.', stored: 1, invalid: false },
    { text: '', stored: null, invalid: true },
    { text: 'abc', stored: null, invalid: true },
    { text: '1.2.3', stored: null, invalid: true },
  ])('“$text” stays in the box; stores $stored', ({ text, stored, invalid }) => {
    const { field, commits, type } = box(500);
    type(text);
    expect(field.text).toBe(text);
    expect(field.invalid).toBe(invalid);
    expect(commits).toEqual(stored === null ? [] : [stored]);
  });

  it('shows the stored value until something is typed', () => {
    expect(box(15_000_000).field.text).toBe('15,000,000');
    expect(box(null).field.text).toBe('');
  });

  it('shows a value replaced from outside, and forgets the text for good', () => {
    const { field, type, replace } = box(500);
    type('abc');
    replace(700);
    expect([field.text, field.invalid]).toEqual(['700', false]);
    replace(500); // back to the value the text was typed against: the text stays gone
    expect([field.text, field.invalid]).toEqual(['500', false]);
  });

  it('shows the stored value when its owner keeps another one than was typed', () => {
    let field!: TypedNumber;
    cleanups.push(
      $effect.root(() => {
        field = new TypedNumber({
          value: () => 500,
          read: (t) => fromFieldText(t, 'yen'),
          show: String,
          commit: () => {},
        });
      }),
    );
    field.input('600');
    flushSync();
    expect(field.text).toBe('500');
  });

  it.each([
    { text: '7', stored: 7, invalid: false },
    { text: '0', stored: null, invalid: true },
    { text: '11', stored: null, invalid: true },
    { text: '2.5', stored: null, invalid: true },
  ])('with limits 1..10 whole: “$text” stores $stored', ({ text, stored, invalid }) => {
    const limits = { min: 1, max: 10, integer: true };
    const read = (t: string) => {
      const value = fromFieldText(t, 'firms');
      return value !== null && fits(limits, value) ? value : null;
    };
    const { field, commits, type } = box(3, read);
    type(text);
    expect([field.text, field.invalid]).toEqual([text, invalid]);
    expect(commits).toEqual(stored === null ? [] : [stored]);
  });

  it('reset drops the typed text', () => {
    const { field, type } = box(500);
    type('abc');
    field.reset();
    flushSync();
    expect([field.text, field.invalid]).toEqual(['500', false]);
  });
});
