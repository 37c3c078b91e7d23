/**
 * Keeping the work in localStorage: the current scenario, and the scenarios the user saved.
 *
 * - One key per value, each written whole by one `setItem` (atomic per key): a reader in
 *   another tab sees the old value or the new one, never half of one. Two tabs writing the same
 *   key: the later write wins. Every read is validated; nothing read is trusted.
 * - A stored value that is tampered with, unreadable or from a newer version is refused with
 *   its issues, and left where it is; an older scenario version is migrated on read.
 * - Storage missing, disabled or full: as storage.ts says. Nothing here throws.
 *
 * Each function takes a Storage-like object, `globalThis.localStorage` by default. The work
 * and the saved list live in one file, though it is long, because they share that discipline.
 */
import { z } from 'zod/mini';
import { newerVersion, Scenario, shortId, type FieldIssue } from '../../engine/index.ts';
import { parseHolding, prefixIssues, readDocument } from './envelope.ts';
import { toEnvelope } from './files.ts';
import { parseJsonText } from './safeJson.ts';
import {
  defaultStorage,
  readKey,
  removeKey,
  SAVED_KEY,
  WORK_KEY,
  writeKey,
  type StorageLike,
  type WriteResult,
} from './storage.ts';

/** The saved list may be larger than one document: up to localStorage's usual 5 MB quota. */
export const MAX_SAVED_LIST_BYTES = 5_000_000;

export const SavedScenario = z.strictObject({
  id: shortId(),
  savedAt: z.iso.datetime(),
  scenario: Scenario,
});
export type SavedScenario = z.infer<typeof SavedScenario>;

const SAVED_LIST_FORMAT = 'ismap-estimator.saved';
const SAVED_LIST_VERSION = 1;

/** The stored list; its items are checked one by one so that one bad item hides no other. */
const SavedListDocument = z.strictObject({
  format: z.literal(SAVED_LIST_FORMAT),
  version: z.literal(SAVED_LIST_VERSION),
  items: z.array(z.unknown()),
});

export type SaveAsResult = { ok: true; item: SavedScenario } | Exclude<WriteResult, { ok: true }>;

export type WorkLoad =
  | { ok: true; scenario: Scenario | null; migratedFrom: number | null }
  | { ok: false; reason: 'unavailable' }
  | { ok: false; reason: 'invalid'; issues: FieldIssue[] };

export type SavedLoad =
  /** `skipped`: issues of the items that could not be read (they stay stored). */
  | { ok: true; items: SavedScenario[]; skipped: FieldIssue[] }
  | { ok: false; reason: 'unavailable' }
  | { ok: false; reason: 'invalid'; issues: FieldIssue[] };

/** The current work: null when none is stored. */
export function loadWork(storage: StorageLike | undefined = defaultStorage()): WorkLoad {
  const read = readKey(storage, WORK_KEY);
  if (!read.ok) return read;
  if (read.text === null) return { ok: true, scenario: null, migratedFrom: null };
  const json = parseJsonText(read.text);
  const doc = json.ok ? readDocument(json.value) : json;
  if (!doc.ok) return { ok: false, reason: 'invalid', issues: doc.issues };
  return { ok: true, scenario: doc.value.scenario, migratedFrom: doc.value.migratedFrom };
}

/** Stores the current work (a whole envelope under one key); the caller debounces. */
export function saveWork(
  scenario: Scenario,
  storage: StorageLike | undefined = defaultStorage(),
  now: Date = new Date(),
): WriteResult {
  return writeKey(storage, WORK_KEY, JSON.stringify(toEnvelope(scenario, now)));
}

export function clearWork(storage: StorageLike | undefined = defaultStorage()): WriteResult {
  return removeKey(storage, WORK_KEY);
}

type RawList =
  | { ok: true; items: unknown[] }
  | { ok: false; reason: 'unavailable' }
  | { ok: false; reason: 'invalid'; issues: FieldIssue[] };

function readRawList(storage: StorageLike | undefined): RawList {
  const read = readKey(storage, SAVED_KEY);
  if (!read.ok) return read;
  if (read.text === null) return { ok: true, items: [] };
  const json = parseJsonText(read.text, MAX_SAVED_LIST_BYTES);
  if (!json.ok) return { ok: false, reason: 'invalid', issues: json.issues };
  const version = (json.value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > SAVED_LIST_VERSION) {
    return {
      ok: false,
      reason: 'invalid',
      issues: [newerVersion('version', 'list', version, SAVED_LIST_VERSION)],
    };
  }
  const list = SavedListDocument.safeParse(json.value);
  if (!list.success) {
    return {
      ok: false,
      reason: 'invalid',
      issues: [
        {
          path: '',
          message: 'not a list of saved scenarios of this estimator',
          detail: { kind: 'rule', rule: 'wrong-format' },
        },
      ],
    };
  }
  return { ok: true, items: list.data.items };
}

function writeRawList(storage: StorageLike | undefined, items: unknown[]): WriteResult {
  const doc = { format: SAVED_LIST_FORMAT, version: SAVED_LIST_VERSION, items };
  return writeKey(storage, SAVED_KEY, JSON.stringify(doc));
}

/** The user's saved scenarios, in saving order; an unreadable item is skipped with its issues. */
export function loadSaved(storage: StorageLike | undefined = defaultStorage()): SavedLoad {
  const raw = readRawList(storage);
  if (!raw.ok) return raw;
  const items: SavedScenario[] = [];
  const skipped: FieldIssue[] = [];
  raw.items.forEach((item, index) => {
    const parsed = parseHolding(SavedScenario, item, 'scenario');
    if (parsed.ok) items.push(parsed.value.value);
    else skipped.push(...prefixIssues(`items[${index}]`, parsed.issues));
  });
  return { ok: true, items, skipped };
}

function idOf(item: unknown): unknown {
  return typeof item === 'object' && item !== null && Object.hasOwn(item, 'id')
    ? (item as { id: unknown }).id
    : undefined;
}

function newId(): string {
  const uuid = globalThis.crypto?.randomUUID?.(); // absent outside secure contexts
  return uuid ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Saves a scenario to the list: replaces the item with `id` where there is one, else appends a
 * new item. Reads the stored list just before writing it, so items saved by another tab are
 * kept; items this version cannot read are kept as they are.
 */
export function saveScenarioAs(
  scenario: Scenario,
  storage: StorageLike | undefined = defaultStorage(),
  options: { id?: string; now?: Date } = {},
): SaveAsResult {
  const raw = readRawList(storage);
  if (!raw.ok) return raw;
  const item: SavedScenario = {
    id: options.id ?? newId(),
    savedAt: (options.now ?? new Date()).toISOString(),
    scenario,
  };
  const at = raw.items.findIndex((existing) => idOf(existing) === item.id);
  const items = at < 0 ? [...raw.items, item] : raw.items.map((old, i) => (i === at ? item : old));
  const written = writeRawList(storage, items);
  return written.ok ? { ok: true, item } : written;
}

/** Removes the saved item with `id` (nothing else changes; an absent id is no error). */
export function removeSaved(
  id: string,
  storage: StorageLike | undefined = defaultStorage(),
): WriteResult {
  const raw = readRawList(storage);
  if (!raw.ok) return raw;
  const items = raw.items.filter((item) => idOf(item) !== id);
  return items.length === raw.items.length ? { ok: true } : writeRawList(storage, items);
}

/** Discards the whole saved list, readable or not (the UI asks the user first). */
export function clearSaved(storage: StorageLike | undefined = defaultStorage()): WriteResult {
  return removeKey(storage, SAVED_KEY);
}
