import { defineScreen, ScreenState } from '../../kits/workspace/screen.svelte.ts';
import { CompareState, defaultCompare } from './state.ts';

export const compareScreen = defineScreen({
  id: 'compare',
  title: { ja: '比較', en: 'Compare' },
  editsScenario: true,
  state: new ScreenState(CompareState, defaultCompare),
  load: () => import('./CompareView.svelte'),
});
