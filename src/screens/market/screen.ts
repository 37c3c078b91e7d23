import { defineScreen, ScreenState } from '../../kits/workspace/screen.svelte.ts';
import { defaultMarket } from './state.ts';

export const marketScreen = defineScreen({
  id: 'market',
  // The tab's name; short in English, so four tabs fit a phone's width.
  title: { ja: '市場の推移', en: 'Market' },
  editsScenario: false,
  state: new ScreenState(defaultMarket, () =>
    import('./stateSchema.ts').then((m) => m.MarketState),
  ),
  load: () => import('./MarketScreen.svelte'),
});
