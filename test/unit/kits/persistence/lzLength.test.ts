/** The decompressed-length measure agrees with lz-string, and catches expansion bombs. */
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressedLength } from '../../../../src/kits/persistence/lzLength.ts';
import { ALPHABET, expansionBomb } from './fakes.ts';

function lzDecompress(encoded: string): string | null {
  try {
    return LZString.decompressFromEncodedURIComponent(encoded);
  } catch {
    return null; // lz-string itself can throw on some garbage
  }
}

describe('decompressedLength', () => {
  it('is the length of what lz-string decompresses, for any compressed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const encoded = LZString.compressToEncodedURIComponent(text);
        expect(decompressedLength(encoded, 1e9)).toBe(text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with lz-string wherever it accepts garbage', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...ALPHABET, ' ', '%', '!'), maxLength: 60 }),
        (garbage) => {
          const length = decompressedLength(garbage, 1e7);
          if (typeof length === 'number') expect(lzDecompress(garbage)).toHaveLength(length);
          else expect(['malformed', 'too-long']).toContain(length);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('reports a cut-off stream as malformed', () => {
    const encoded = LZString.compressToEncodedURIComponent(JSON.stringify({ a: 'x'.repeat(50) }));
    expect(decompressedLength(encoded, 1e6)).toBeGreaterThan(0);
    expect(decompressedLength(encoded.slice(0, -3), 1e6)).toBe('malformed');
    expect(decompressedLength('', 1e6)).toBe('malformed');
  });

  it('stops an expansion bomb before expanding it', () => {
    const bomb = expansionBomb(1_000);
    expect(lzDecompress(bomb)).toHaveLength(501_501); // the test stream is what it claims
    expect(decompressedLength(bomb, 1e9)).toBe(501_501);
    const big = expansionBomb(30_000); // 70 kB that would expand to 450 million characters
    const started = performance.now();
    expect(decompressedLength(big, 1_000_000)).toBe('too-long');
    expect(performance.now() - started).toBeLessThan(500);
  });
});
