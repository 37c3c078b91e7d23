/**
 * The `_headers` file the build writes: the security headers on every path, and sw.js kept out
 * of long caches (a CDN holding an old one would keep users on the old version).
 */
import { describe, expect, it } from 'vitest';
import { headersFile, SECURITY_HEADERS } from '../../../src/app/securityHeaders.ts';

/** `_headers` read back: each path with its headers. */
function parse(text: string): Record<string, Record<string, string>> {
  const blocks = text.trimEnd().split(/\n(?=\S)/);
  return Object.fromEntries(
    blocks.map((block) => {
      const [path, ...lines] = block.split('\n');
      const headers = lines.map((line) => {
        const at = line.indexOf(': ');
        return [line.slice(0, at).trim(), line.slice(at + 2)];
      });
      return [path, Object.fromEntries(headers)];
    }),
  );
}

describe('_headers', () => {
  it('gives every path the security headers, and sw.js no-cache', () => {
    expect(parse(headersFile())).toEqual({
      '/*': SECURITY_HEADERS,
      '/sw.js': { 'Cache-Control': 'no-cache' },
    });
  });
});
