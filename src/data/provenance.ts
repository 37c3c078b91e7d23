/**
 * Share links carry the numbers, not the notes on where the defaults came from: those notes are
 * most of a scenario's text (a link of ~10 kB instead of ~2 kB). A link to a shipped scenario
 * gets its notes back from the copy shipped with the app.
 */
import type { Scenario } from '../engine/index.ts';
import { shippedScenarios } from './catalog.ts';

export function withoutProvenance(scenario: Scenario): Scenario {
  const numbers = { ...scenario };
  delete numbers.provenance;
  return numbers;
}

export function withShippedProvenance(scenario: Scenario): Scenario {
  if (scenario.provenance) return scenario;
  const shipped = shippedScenarios.find((s) => s.id === scenario.id);
  return shipped?.provenance ? { ...scenario, provenance: shipped.provenance } : scenario;
}
