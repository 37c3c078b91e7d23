/**
 * The saved and shared document: a scenario in an envelope that says what it is,
 *
 *   { "format": "ismap-estimator", "version": 1, "savedAt"?: ISO date, "scenario": { … } }
 *
 * Reading also accepts a bare scenario (the file `npm run estimate` reads). Every scenario read
 * from outside — envelope, bare, share link, localStorage — goes through the engine's
 * `upgradeScenario`: an older `schemaVersion` is migrated step by step, a newer one is refused,
 * and the result is then validated in full by the engine's schema. Reading never throws; every
 * problem is a `FieldIssue`. files.ts writes the document.
 */
import { z } from 'zod/mini';
import {
  newerVersion,
  parseWith,
  Scenario,
  upgradeScenario,
  type FieldIssue,
  type Parsed,
} from '../../engine/index.ts';
import { ENVELOPE_FORMAT, ENVELOPE_VERSION } from './files.ts';
import { MAX_INPUT_BYTES, parseJsonText, tooLarge } from './safeJson.ts';

export const Envelope = z.strictObject({
  format: z.literal(ENVELOPE_FORMAT),
  version: z.literal(ENVELOPE_VERSION),
  savedAt: z.optional(z.iso.datetime()),
  scenario: Scenario,
});
export type Envelope = z.infer<typeof Envelope>;

/** A scenario read from outside, and the version it was migrated from (null: it was current). */
export interface Loaded {
  scenario: Scenario;
  migratedFrom: number | null;
}

type Doc = Record<string, unknown>;

function isDoc(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `scenario` + `audit.fixedFeeYen` → `scenario.audit.fixedFeeYen`; '' is the prefix itself.
 * Only the path changes: the `detail` is what lets the UI word the issue in its own language.
 */
export function prefixIssues(prefix: string, issues: readonly FieldIssue[]): FieldIssue[] {
  const join = (path: string) => {
    if (path === '') return prefix;
    if (prefix === '' || path.startsWith('[')) return prefix + path;
    return `${prefix}.${path}`;
  };
  return issues.map((issue) => ({ ...issue, path: join(issue.path) }));
}

/**
 * Validates `raw` with `schema` after upgrading the scenario it holds at `key` (or `raw`
 * itself when `key` is null). Issue paths are relative to `raw`.
 */
export function parseHolding<S extends z.ZodMiniType>(
  schema: S,
  raw: unknown,
  key: string | null,
): Parsed<{ value: z.infer<S>; migratedFrom: number | null }> {
  const inner = key === null ? raw : isDoc(raw) && Object.hasOwn(raw, key) ? raw[key] : undefined;
  const upgraded = upgradeScenario(inner);
  if (!upgraded.ok) {
    return {
      ok: false,
      issues: key === null ? upgraded.issues : prefixIssues(key, upgraded.issues),
    };
  }
  const { value, migratedFrom } = upgraded.value;
  const input =
    key === null ? value : isDoc(raw) && Object.hasOwn(raw, key) ? { ...raw, [key]: value } : raw;
  const parsed = parseWith(schema, input);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { value: parsed.value, migratedFrom } };
}

const ENVELOPE_KEYS = ['format', 'version', 'scenario', 'savedAt'];

/**
 * A parsed JSON value as a scenario document: an envelope (any object with one of the
 * envelope's keys) or a bare scenario. Issue paths are relative to the document.
 */
export function readDocument(raw: unknown): Parsed<Loaded> {
  if (!isDoc(raw)) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: 'expected a scenario document (a JSON object)',
          detail: { kind: 'rule', rule: 'wrong-format' },
        },
      ],
    };
  }
  if (!ENVELOPE_KEYS.some((key) => Object.hasOwn(raw, key))) {
    const bare = parseHolding(Scenario, raw, null);
    if (!bare.ok) return bare;
    return {
      ok: true,
      value: { scenario: bare.value.value, migratedFrom: bare.value.migratedFrom },
    };
  }
  if (raw['format'] !== ENVELOPE_FORMAT) {
    return {
      ok: false,
      issues: [
        {
          path: 'format',
          message: `expected "${ENVELOPE_FORMAT}": not a scenario document of this estimator`,
          detail: { kind: 'rule', rule: 'wrong-format' },
        },
      ],
    };
  }
  const version = raw['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > ENVELOPE_VERSION) {
    return {
      ok: false,
      issues: [newerVersion('version', 'document', version, ENVELOPE_VERSION)],
    };
  }
  const envelope = parseHolding(Envelope, raw, 'scenario');
  if (!envelope.ok) return envelope;
  return {
    ok: true,
    value: { scenario: envelope.value.value.scenario, migratedFrom: envelope.value.migratedFrom },
  };
}

/** JSON text (a file, a stored value) as a scenario document; nothing thrown. */
export function parseDocumentText(text: string): Parsed<Loaded> {
  const json = parseJsonText(text);
  return json.ok ? readDocument(json.value) : json;
}

/**
 * A file the user picked, as a scenario: an envelope or a bare scenario, older versions
 * migrated. Refused with issues when over 1 MB (checked before reading), unreadable, not JSON,
 * hostile, or invalid (each bad field named by its path).
 */
export async function readScenarioFile(file: Blob): Promise<Parsed<Loaded>> {
  if (file.size > MAX_INPUT_BYTES) return { ok: false, issues: [tooLarge(file.size)] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    const message = 'the file could not be read';
    return {
      ok: false,
      issues: [{ path: '', message, detail: { kind: 'rule', rule: 'unreadable-file' } }],
    };
  }
  return parseDocumentText(text);
}
