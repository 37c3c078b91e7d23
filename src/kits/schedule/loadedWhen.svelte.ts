/**
 * A module's default export (a component), loaded the first time `when()` is true: the parts of
 * a screen whose code comes in a later turn than the screen's (README, Method: Speed). Call it
 * while a component initialises; `when` is read in an effect, so it follows state.
 */
export class LoadedWhen<T> {
  value: T | undefined = $state.raw();
  #asked = false;

  constructor(when: () => boolean, load: () => Promise<{ default: T }>) {
    $effect(() => {
      if (this.#asked || !when()) return;
      this.#asked = true;
      void load().then((module) => (this.value = module.default));
    });
  }
}
