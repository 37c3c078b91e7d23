/**
 * The screens, in tab order. Adding a screen: a folder under src/screens/ with its `screen.ts`,
 * and one line here.
 */
import { z } from 'zod/mini';
import { ShareState } from '../kits/persistence/shareLink.ts';
import type { Screen } from '../kits/workspace/screen.svelte.ts';
import { compareScreen } from '../screens/compare/screen.ts';
import { estimateScreen } from '../screens/estimate/screen.ts';
import { labScreen } from '../screens/lab/screen.ts';
import { marketScreen } from '../screens/market/screen.ts';

export const SCREENS = [estimateScreen, compareScreen, labScreen, marketScreen] as const;
/** The same list, each seen as a plain screen, for code that treats them all alike. */
const ALL: readonly Screen[] = SCREENS;

export type ScreenId = (typeof SCREENS)[number]['id'];
const ScreenId = z.enum(SCREENS.map((s) => s.id) as [ScreenId, ...ScreenId[]]);

/** Each screen's kept settings, under its id, beside the scenario in a share link. */
const screenStates = Object.fromEntries(
  ALL.flatMap((s) => (s.state ? [[s.id, z.optional(s.state.schema)]] : [])),
) as Record<string, z.ZodMiniOptional<z.ZodMiniType>>;

/** What the app's share link carries: the scenario, the screen it opens on, its settings. */
export const AppShareState = z.extend(ShareState, { view: z.optional(ScreenId), ...screenStates });
export type AppShareState = z.infer<typeof AppShareState>;

export function screenOf(id: ScreenId): Screen {
  return ALL.find((s) => s.id === id)!;
}

/** Every screen's kept settings, under its id, as plain data. */
export function snapshotScreens(): Record<string, unknown> {
  return Object.fromEntries(ALL.flatMap((s) => (s.state ? [[s.id, s.state.snapshot()]] : [])));
}

/** Restores the settings a share link carries; a screen the link leaves out keeps its own. */
export function restoreScreens(shared: Readonly<Record<string, unknown>>): void {
  for (const screen of ALL) {
    const kept = shared[screen.id];
    if (screen.state && kept !== undefined) screen.state.restore(kept);
  }
}
