/**
 * Version-1 documents from the frozen corpus (test/fixtures/v1), for tests of reading older
 * versions: the document as version 1 wrote it, and the scenario it must read as today.
 */
import { readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from '../../../../src/engine/index.ts';

export function v1Document(file: string): Record<string, unknown> {
  const url = new URL(`../../../fixtures/v1/scenarios/${file}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

/** The version-1 document as it reads today (migrated), or a thrown error if it cannot. */
export function v1AsRead(file: string): Scenario {
  const parsed = parseScenario(v1Document(file));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}
