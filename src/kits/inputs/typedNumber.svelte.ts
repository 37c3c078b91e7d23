/**
 * The text of a number box, one rule for every number field: what people type is kept while it
 * does not read as a number (so "3," or "1.2" on the way to "1.2億" is not lost), a number is
 * stored only when the text reads as one, and the box shows the stored value again as soon as
 * that value changes from outside (another scenario loaded, a package picked).
 */
export interface TypedSource {
  /** The stored value, read anew each time: its owner may replace it. */
  value: () => number | null;
  /** The value typed text stores as (through parseNumber), or null when it may not be stored. */
  read: (text: string) => number | null;
  /** The stored value as the box shows it. */
  show: (value: number) => string;
  commit: (value: number) => void;
}

export class TypedNumber {
  #source: TypedSource;
  /** The last text typed, and the stored value it leaves: kept only while that still holds. */
  #typed = $state<{ text: string; leaves: number | null } | null>(null);

  constructor(source: TypedSource) {
    this.#source = source;
    // Forget the text once the value moves from outside, so a later return to the old value
    // does not bring stale text back.
    $effect.pre(() => {
      if (this.#typed !== null && this.#typed.leaves !== source.value()) this.#typed = null;
    });
  }

  get #current(): string | null {
    const typed = this.#typed;
    return typed !== null && typed.leaves === this.#source.value() ? typed.text : null;
  }

  /** What the box shows: the text being typed, else the stored value. */
  get text(): string {
    const typed = this.#current;
    if (typed !== null) return typed;
    const value = this.#source.value();
    return value === null ? '' : this.#source.show(value);
  }

  /** The box holds text that was not stored: the field says so. */
  get invalid(): boolean {
    const typed = this.#current;
    return typed !== null && this.#source.read(typed) === null;
  }

  input(text: string): void {
    const value = this.#source.read(text);
    this.#typed = { text, leaves: value ?? this.#source.value() };
    if (value !== null) this.#source.commit(value);
  }

  /** Drop the typed text, e.g. when the field changes shape (point ↔ range, none). */
  reset(): void {
    this.#typed = null;
  }
}
