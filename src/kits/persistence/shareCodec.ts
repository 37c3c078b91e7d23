/**
 * Reading and making share links (shareLink.ts says what a link is): loaded with the first link
 * read or made, with lz-string and the schemas a link is checked against.
 */
import lz from 'lz-string';
import { z } from 'zod/mini';
import { Scenario, shortId, type FieldIssue, type Parsed } from '../../engine/index.ts';
import { LANGS } from '../i18n/lang.ts';
import { parseHolding, type Loaded } from './envelope.ts';
import { decompressedLength } from './lzLength.ts';
import { MAX_INPUT_BYTES, parseJsonText, tooLarge } from './safeJson.ts';
import { payloadOf, SHARE_KEY } from './shareLink.ts';

/**
 * What every share link carries; the app extends it with the screen the link opens on and each
 * screen's settings (src/app/shareState.ts). Grow it only by optional fields; a change that old
 * links cannot meet needs a new hash key (`#s2=`) and a reader for the old one. Unknown keys are
 * refused rather than dropped, so a link is never shown half-read.
 */
export const ShareState = z.strictObject({
  scenario: Scenario,
  lang: z.enum(LANGS),
  /** A shipped reform package's id, applied to the scenario; null or absent: none. */
  reformId: z.optional(z.nullable(shortId())),
});
export type ShareState = z.infer<typeof ShareState>;

/** `#s=…`, to assign to `location.hash` or append to the page's URL. */
export function encodeShareHash(state: ShareState & Record<string, unknown>): string {
  return `#${SHARE_KEY}=${lz.compressToEncodedURIComponent(JSON.stringify(state))}`;
}

/** A refused link; `rule` lets the UI say it in its own language. */
function refuse(message: string, rule = 'damaged-link'): { ok: false; issues: FieldIssue[] } {
  return { ok: false, issues: [{ path: '', message, detail: { kind: 'rule', rule } }] };
}

const DAMAGED =
  'the share link is damaged or incomplete (it may have been cut off when it was copied)';

/**
 * The share state in a URL hash (`location.hash`). Null when the hash holds no share state
 * (an ordinary visit); otherwise the state, with the scenario version it was migrated from, or
 * the issues that refuse it.
 */
export function decodeShareHash<S extends z.ZodMiniType<ShareState>>(
  hash: string,
  schema: S,
): Parsed<{ state: z.infer<S>; migratedFrom: Loaded['migratedFrom'] }> | null {
  if (hash.length > MAX_INPUT_BYTES) return { ok: false, issues: [tooLarge(hash.length)] };
  let payload = payloadOf(hash);
  if (payload === null) return null;
  if (payload.includes('%')) {
    // Some apps percent-encode links they pass on; the payload's own alphabet has no `%`.
    try {
      payload = decodeURIComponent(payload);
    } catch {
      return refuse(DAMAGED);
    }
  }
  if (payload === '') return refuse('the share link is empty', 'empty-link');
  const length = decompressedLength(payload, MAX_INPUT_BYTES);
  if (length === 'malformed') return refuse(DAMAGED);
  if (length === 'too-long') {
    return refuse('the share link expands to more than 1 MB (1000000 characters)', 'too-large');
  }
  let text: string | null;
  try {
    text = lz.decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (text === null || text === '') return refuse(DAMAGED);
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const parsed = parseHolding(schema, json.value, 'scenario');
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: { state: parsed.value.value, migratedFrom: parsed.value.migratedFrom },
  };
}
