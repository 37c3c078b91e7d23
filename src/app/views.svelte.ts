/** Which screen is open, and every screen's kept settings in and out of a share link. */
import { restoreScreens, screenOf, snapshotScreens, type ScreenId } from './screens.ts';
import type { AppShareState } from './shareState.ts';

export class Views {
  view = $state<ScreenId>('estimate');
  readonly current = $derived(screenOf(this.view));

  snapshot(): { view: ScreenId } & Record<string, unknown> {
    return { view: this.view, ...snapshotScreens() };
  }

  restore(shared: AppShareState): void {
    if (shared.view) this.view = shared.view;
    restoreScreens(shared);
  }
}
