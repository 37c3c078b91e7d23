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

/** A screen's settings: reactive, restorable from a share link, and snapshotted into one. */
export class ScreenState<S> {
  value: S;

  constructor(
    readonly schema: z.ZodMiniType<S>,
    initial: () => S,
  ) {
    this.value = $state(initial());
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
