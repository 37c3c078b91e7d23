/** Which screen is open, and the compare and policy-lab settings (kept in share links). */
import { shippedPopulation } from '../data/catalog.ts';
import { CUSTOM_REFORM, type CompareState, type LabState, type View } from './viewState.ts';

export function defaultCompare(): CompareState {
  // The question a founder asks first: apply for ISMAP, or stay with ISO 27017?
  return {
    columns: [
      { scenarioId: null, track: null, reformId: null },
      { scenarioId: null, track: 'iso27017-only', reformId: null },
    ],
  };
}

export function defaultLab(): LabState {
  return {
    counts: Object.fromEntries(shippedPopulation.archetypes.map((a) => [a.id, a.count])),
    scenarioIds: Object.fromEntries(shippedPopulation.archetypes.map((a) => [a.id, a.scenario.id])),
    reformId: 'fy2025-plan',
    customLevers: {},
  };
}

export class Views {
  view = $state<View>('estimate');
  compare = $state<CompareState>(defaultCompare());
  lab = $state<LabState>(defaultLab());

  restore(state: { view?: View; compare?: CompareState; lab?: LabState }): void {
    if (state.view) this.view = state.view;
    if (state.compare) this.compare = state.compare;
    if (state.lab) this.lab = state.lab;
  }
}

export { CUSTOM_REFORM };
