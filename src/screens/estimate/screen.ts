import { defineScreen, ScreenState } from '../../kits/workspace/screen.svelte.ts';
import { defaultEstimate, EstimateState } from './state.ts';

export const estimateScreen = defineScreen({
  id: 'estimate',
  title: { ja: '試算', en: 'Estimate' },
  editsScenario: true,
  state: new ScreenState(EstimateState, defaultEstimate),
  load: () => import('./EstimateScreen.svelte'),
});
