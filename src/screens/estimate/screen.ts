import { defineScreen } from '../../kits/workspace/screen.svelte.ts';

export const estimateScreen = defineScreen({
  id: 'estimate',
  title: { ja: '試算', en: 'Estimate' },
  editsScenario: true,
  state: null,
  load: () => import('./EstimateScreen.svelte'),
});
