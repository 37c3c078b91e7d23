/**
 * The reform packages the lab evaluates: the shipped ones, plus the custom one when it is
 * chosen, and the levers of the chosen package.
 */
import { shippedReforms } from '../../../data/catalog.ts';
import { SCENARIO_SCHEMA_VERSION, type Levers, type ReformPackage } from '../../../engine/index.ts';
import { CUSTOM_REFORM, type LabState } from '../state.ts';
import { LAB_MESSAGES } from '../messages.ts';

/** The package a state with an unknown id gets: nothing changes. */
export const STATUS_QUO = 'status-quo';

/** The chosen package's id: the state's when it is shipped or custom, else the status quo. */
export function selectedReformId(
  state: Pick<LabState, 'reformId'>,
  reforms: readonly ReformPackage[] = shippedReforms,
): string {
  if (state.reformId === CUSTOM_REFORM) return CUSTOM_REFORM;
  return reforms.some((r) => r.id === state.reformId) ? state.reformId : STATUS_QUO;
}

/** The custom levers as a package the engine can take. */
export function customPackage(levers: Levers): ReformPackage {
  return {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    id: CUSTOM_REFORM,
    title: { ja: LAB_MESSAGES.ja.customTitle, en: LAB_MESSAGES.en.customTitle },
    levers,
  };
}

/** Every shipped package, then the custom one when it is the chosen one. */
export function labPackages(
  state: Pick<LabState, 'reformId' | 'customLevers'>,
  reforms: readonly ReformPackage[] = shippedReforms,
): ReformPackage[] {
  return selectedReformId(state, reforms) === CUSTOM_REFORM
    ? [...reforms, customPackage(state.customLevers)]
    : [...reforms];
}

/** The levers of the chosen package: a shipped package's, or the custom ones as they are. */
export function labLevers(
  state: Pick<LabState, 'reformId' | 'customLevers'>,
  reforms: readonly ReformPackage[] = shippedReforms,
): Levers {
  const id = selectedReformId(state, reforms);
  if (id === CUSTOM_REFORM) return state.customLevers;
  return reforms.find((r) => r.id === id)?.levers ?? {};
}

/**
 * The state with another package chosen. Switching to custom with no custom levers yet starts
 * from the levers of the package that was chosen, so a policymaker edits a known package
 * rather than building one from nothing. The input is not modified.
 */
export function chooseReform(
  state: LabState,
  reformId: string,
  reforms: readonly ReformPackage[] = shippedReforms,
): LabState {
  const next = structuredClone(state);
  if (reformId === CUSTOM_REFORM && Object.keys(state.customLevers).length === 0) {
    next.customLevers = structuredClone(labLevers(state, reforms));
  }
  next.reformId = reformId;
  return next;
}
