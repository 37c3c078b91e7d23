import { defineScreen, ScreenState } from '../../kits/workspace/screen.svelte.ts';
import { defaultEstimate } from './state.ts';

export const estimateScreen = defineScreen({
  id: 'estimate',
  title: { ja: '試算', en: 'Estimate' },
  editsScenario: true,
  state: new ScreenState(defaultEstimate, () =>
    import('./stateSchema.ts').then((m) => m.EstimateState),
  ),
  load: () => import('./EstimateScreen.svelte'),
});
