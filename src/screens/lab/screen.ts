import { defineScreen, ScreenState } from '../../kits/workspace/screen.svelte.ts';
import { defaultLab, LabState } from './state.ts';

export const labScreen = defineScreen({
  id: 'lab',
  title: { ja: '政策ラボ', en: 'Policy lab' },
  editsScenario: false,
  state: new ScreenState(LabState, defaultLab),
  load: () => import('./PolicyLab.svelte'),
});
