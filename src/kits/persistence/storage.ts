/**
 * localStorage, as the autosave and the saved list use it, without reading what is stored: the
 * keys, the probe that says whether autosave can work, and whether anything is stored at all.
 * Zod-free, so that a first visit, which has nothing stored, opens without the schemas that
 * reading stored work needs (autosave.ts; README, Method: Speed).
 *
 * Storage missing, disabled (getItem / setItem throw, e.g. SecurityError) or full
 * (QuotaExceededError): the functions return `{ ok: false, reason: 'unavailable' | 'full' }`
 * and the app keeps working with autosave off. Nothing here throws.
 */
import type { FieldIssue } from '../../engine/compute.ts';

export const WORK_KEY = 'ismap-estimator.work';
export const SAVED_KEY = 'ismap-estimator.saved';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
export type StorageFault = 'unavailable' | 'full';

export type WriteResult =
  | { ok: true }
  | { ok: false; reason: StorageFault }
  /** The stored list cannot be read: not overwritten (`clearSaved` discards it). */
  | { ok: false; reason: 'invalid'; issues: FieldIssue[] };

/** `globalThis.localStorage`, or undefined where it is missing or merely reading it throws. */
export function defaultStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

type ReadKey = { ok: true; text: string | null } | { ok: false; reason: 'unavailable' };

export function readKey(storage: StorageLike | undefined, key: string): ReadKey {
  if (storage === undefined) return { ok: false, reason: 'unavailable' };
  try {
    return { ok: true, text: storage.getItem(key) };
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' || // older Firefox
    code === 22 ||
    code === 1014
  );
}

export function writeKey(storage: StorageLike | undefined, key: string, text: string): WriteResult {
  if (storage === undefined) return { ok: false, reason: 'unavailable' };
  try {
    storage.setItem(key, text);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'full' : 'unavailable' };
  }
}

export function removeKey(storage: StorageLike | undefined, key: string): WriteResult {
  if (storage === undefined) return { ok: false, reason: 'unavailable' };
  try {
    storage.removeItem(key);
    return { ok: true };
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
}

/**
 * Whether autosave can work: writes and removes a probe key. `full` means even a few bytes do
 * not fit; a larger save may still fail with `full` later.
 */
export function probeStorage(storage: StorageLike | undefined = defaultStorage()): WriteResult {
  const key = 'ismap-estimator.probe';
  const written = writeKey(storage, key, '1');
  return written.ok ? removeKey(storage, key) : written;
}

/**
 * Whether the work or the saved list is stored, readable or not: then the app reads them, with
 * the schemas, before its first figures. Unreadable storage holds nothing to read.
 */
export function holdsStoredWork(storage: StorageLike | undefined = defaultStorage()): boolean {
  return [WORK_KEY, SAVED_KEY].some((key) => {
    const read = readKey(storage, key);
    return read.ok && read.text !== null;
  });
}
