import { defineScreen, ScreenState } from '../../kits/workspace/screen.svelte.ts';
import EstimateScreen from './EstimateScreen.svelte';
import { defaultEstimate, EstimateState } from './state.ts';

export const estimateScreen = defineScreen({
  id: 'estimate',
  title: { ja: '試算', en: 'Estimate' },
  editsScenario: true,
  state: new ScreenState(EstimateState, defaultEstimate),
  // Part of the first load, not fetched after it: most visits open here, and its key figures
  // are the first thing a visit waits for (README, Method: Speed).
  load: () => Promise.resolve({ default: EstimateScreen }),
});
