/**
 * What a screen is to the app frame: its tab, whether it edits the scenario (then the scenario
 * form stands beside it and the toolbar offers the scenario's tools), the settings it keeps (they
 * travel in share links, validated by their schema), and its component, loaded when first opened.
 * A screen is one folder under src/screens/ with a `screen.ts` made by `defineScreen`, and one
 * line in src/app/screens.ts.
 */
import type { Component } from 'svelte';
import type { z } from 'zod/mini';
import type { Lang } from '../i18n/lang.ts';

/**
 * A screen's settings: reactive, restorable from a share link, and snapshotted into one. Their
 * schema is loaded with the reading or making of a link, not with the page (README, Method:
 * Speed): `loadSchema()` first, then `schema`.
 */
export class ScreenState<S> {
  value: S;
  #schema: z.ZodMiniType<S> | undefined;

  constructor(
    initial: () => S,
    private readonly schemaLoader: () => Promise<z.ZodMiniType<S>>,
  ) {
    this.value = $state(initial());
  }

  async loadSchema(): Promise<z.ZodMiniType<S>> {
    this.#schema ??= await this.schemaLoader();
    return this.#schema;
  }

  get schema(): z.ZodMiniType<S> {
    if (!this.#schema) throw new Error("a screen state's schema: loadSchema() has not finished");
    return this.#schema;
  }

  /** Plain data, for a share link or a worker. */
  snapshot(): S {
    return $state.snapshot(this.value) as S;
  }

  restore(value: S): void {
    this.value = value;
  }
}

export interface Screen<
  Id extends string = string,
  State extends ScreenState<unknown> | null = ScreenState<unknown> | null,
> {
  readonly id: Id;
  readonly title: Readonly<Record<Lang, string>>;
  readonly editsScenario: boolean;
  readonly state: State;
  /** A screen takes no props: the scenario being edited comes from `getWorkspace()`. */
  readonly load: () => Promise<{ default: Component }>;
}

/** Keeps the screen's own id and state type, for the registry and the screen's components. */
export function defineScreen<const Id extends string, State extends ScreenState<unknown> | null>(
  screen: Screen<Id, State>,
): Screen<Id, State> {
  return screen;
}
