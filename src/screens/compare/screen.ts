import { defineScreen, ScreenState } from '../../kits/workspace/screen.svelte.ts';
import { defaultCompare } from './state.ts';

export const compareScreen = defineScreen({
  id: 'compare',
  title: { ja: '比較', en: 'Compare' },
  editsScenario: true,
  state: new ScreenState(defaultCompare, () =>
    import('./stateSchema.ts').then((m) => m.CompareState),
  ),
  load: () => import('./CompareView.svelte'),
});
