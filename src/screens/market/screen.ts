import { defineScreen, ScreenState } from '../../kits/workspace/screen.svelte.ts';
import { defaultMarket, MarketState } from './state.ts';

export const marketScreen = defineScreen({
  id: 'market',
  title: { ja: '市場の推移', en: 'Market over time' },
  editsScenario: false,
  state: new ScreenState(MarketState, defaultMarket),
  load: () => import('./MarketScreen.svelte'),
});
