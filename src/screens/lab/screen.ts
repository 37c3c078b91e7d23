import { defineScreen, ScreenState } from '../../kits/workspace/screen.svelte.ts';
import { defaultLab } from './state.ts';

export const labScreen = defineScreen({
  id: 'lab',
  title: { ja: '政策ラボ', en: 'Policy lab' },
  editsScenario: false,
  state: new ScreenState(defaultLab, () => import('./stateSchema.ts').then((m) => m.LabState)),
  load: () => import('./PolicyLab.svelte'),
});
