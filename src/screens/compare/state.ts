/** What the compare view holds when it opens; its schema (stateSchema.ts) loads with a link. */
import type { CompareColumn, CompareState } from './stateSchema.ts';

export type { CompareColumn, CompareState };

export function defaultCompare(): CompareState {
  // The question a founder asks first: apply for ISMAP, or stay with ISO 27017?
  return {
    columns: [
      { scenarioId: null, track: null, reformId: null },
      { scenarioId: null, track: 'iso27017-only', reformId: null },
    ],
  };
}
