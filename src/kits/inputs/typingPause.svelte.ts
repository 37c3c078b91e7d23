/**
 * A value on its way ("1" towards "15", a low above the likely value for a moment) is not a
 * mistake yet. One person types in one place at a time, so the pause is shared by the whole
 * form: while it lasts, a complaint that was not already on screen waits, at the field typed and
 * at any field a rule ties to it (the win rates' order). It ends when typing stops for a moment
 * or the focus leaves the field.
 */
const PAUSE_MS = 1200;

class TypingPause {
  active = $state(false);
  #timer: ReturnType<typeof setTimeout> | undefined;

  typed(): void {
    this.active = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.settle(), PAUSE_MS);
  }

  settle(): void {
    clearTimeout(this.#timer);
    this.active = false;
  }
}

export const typingPause = new TypingPause();
