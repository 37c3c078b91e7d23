/**
 * The vendor population the lab evaluates: the shipped archetypes, each with the count and the
 * shipped scenario the lab state gives it. A state from an old or edited share link may name an
 * archetype or scenario that no longer ships: unknown names fall back to the shipped defaults,
 * so the lab always shows the whole population.
 */
import { shippedScenarios } from '../../../data/catalog.ts';
import { shippedPopulation } from '../../../data/marketCatalog.ts';
import type { Population, Scenario } from '../../../engine/index.ts';
import { fits, schemaLimits } from '../../../kits/inputs/numberSpec.ts';
import { LabState } from '../stateSchema.ts';

/** The shipped archetypes and scenarios, or others in tests. */
export interface LabCatalog {
  population: Population;
  scenarios: readonly Scenario[];
}

export const SHIPPED_CATALOG: LabCatalog = {
  population: shippedPopulation,
  scenarios: shippedScenarios,
};

/** The state's count for an archetype, else the shipped one. */
export function archetypeCount(
  state: Pick<LabState, 'counts'>,
  archetypeId: string,
  catalog: LabCatalog = SHIPPED_CATALOG,
): number {
  const count = state.counts[archetypeId];
  if (count !== undefined) return count;
  return catalog.population.archetypes.find((a) => a.id === archetypeId)?.count ?? 0;
}

/** The scenario the state gives an archetype, else the shipped one. */
export function archetypeScenario(
  state: Pick<LabState, 'scenarioIds'>,
  archetypeId: string,
  catalog: LabCatalog = SHIPPED_CATALOG,
): Scenario {
  const id = state.scenarioIds[archetypeId];
  const chosen = catalog.scenarios.find((s) => s.id === id);
  if (chosen) return chosen;
  const shipped = catalog.population.archetypes.find((a) => a.id === archetypeId);
  if (!shipped) throw new Error(`no archetype "${archetypeId}" in the catalog`);
  return shipped.scenario;
}

/**
 * The engine's population for the lab state: every catalog archetype in its order, with the
 * state's count and scenario. Example: counts { 'regional-vendor': 100 } and nothing else
 * → the shipped population with 100 regional vendors instead of the shipped count.
 */
export function labPopulation(
  state: Pick<LabState, 'counts' | 'scenarioIds'>,
  catalog: LabCatalog = SHIPPED_CATALOG,
): Population {
  return {
    archetypes: catalog.population.archetypes.map((a) => ({
      id: a.id,
      title: a.title,
      count: archetypeCount(state, a.id, catalog),
      scenario: archetypeScenario(state, a.id, catalog),
    })),
  };
}

export { countProvenance } from '../../../data/marketCatalog.ts';

/** Vendor counts are whole numbers within the lab state schema's limits. */
const COUNT_LIMITS = schemaLimits(LabState.shape.counts.def.valueType);
export const MAX_COUNT = COUNT_LIMITS.max;

/** A typed count as the state stores it, or null when it is not a whole number in range. */
export function readCount(value: number | null): number | null {
  return value !== null && fits(COUNT_LIMITS, value) ? value : null;
}
