/**
 * The share link: the app's state as JSON, compressed by lz-string into the URL hash,
 * `#s=<compressToEncodedURIComponent(JSON)>`. The hash never reaches a server.
 *
 * Decoding refuses, with a message and nothing thrown: a payload over 1 MB, one that is cut
 * off or garbled, one that would expand past 1 MB (measured before it is expanded), text that
 * is not JSON or holds a `__proto__` / `constructor` / `prototype` key, a scenario from a
 * newer version, and any field the schema rejects (named by its path, e.g.
 * `scenario.audit.fixedFeeYen`). An older scenario version is migrated.
 *
 * Most visits carry no link: reading or making one loads the codec (shareCodec.ts: lz-string,
 * zod and the schemas) then, not with the page (README, Method: Speed).
 */

/** The hash parameter that holds version 1 of the share state. */
export const SHARE_KEY = 's';

/** Whether a URL hash holds share state: decoding it then needs the codec (shareCodec.ts). */
export const holdsShareState = (hash: string): boolean => payloadOf(hash) !== null;

/** The `s=` payload of a hash (`#s=…`, `s=…`, or among `&`-separated parts), else null. */
export function payloadOf(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const part = body.split('&').find((p) => p.startsWith(`${SHARE_KEY}=`));
  return part === undefined ? null : part.slice(SHARE_KEY.length + 1);
}
