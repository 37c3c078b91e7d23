/**
 * The screens, in tab order. Adding a screen: a folder under src/screens/ with its `screen.ts`,
 * and one line here.
 */
import type { Screen } from '../kits/workspace/screen.svelte.ts';
import { compareScreen } from '../screens/compare/screen.ts';
import { estimateScreen } from '../screens/estimate/screen.ts';
import { labScreen } from '../screens/lab/screen.ts';
import { marketScreen } from '../screens/market/screen.ts';

export const SCREENS = [estimateScreen, compareScreen, labScreen, marketScreen] as const;
/** The same list, each seen as a plain screen, for code that treats them all alike. */
export const ALL_SCREENS: readonly Screen[] = SCREENS;

export type ScreenId = (typeof SCREENS)[number]['id'];

export function screenOf(id: ScreenId): Screen {
  return ALL_SCREENS.find((s) => s.id === id)!;
}

/** Every screen's kept settings, under its id, as plain data. */
export function snapshotScreens(): Record<string, unknown> {
  return Object.fromEntries(
    ALL_SCREENS.flatMap((s) => (s.state ? [[s.id, s.state.snapshot()]] : [])),
  );
}

/** Restores the settings a share link carries; a screen the link leaves out keeps its own. */
export function restoreScreens(shared: Readonly<Record<string, unknown>>): void {
  for (const screen of ALL_SCREENS) {
    const kept = shared[screen.id];
    if (screen.state && kept !== undefined) screen.state.restore(kept);
  }
}
