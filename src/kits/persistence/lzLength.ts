/**
 * Measuring what lz-string's `decompressFromEncodedURIComponent` would produce, without
 * producing it. The format lets each code repeat the previous output plus one character, so a
 * 70 kB link can expand to 450 million characters: a share link is measured first and only
 * decompressed when its output stays within the limit.
 *
 * This walks the same bit stream as lz-string 1.5's `_decompress` (dictionary entry lengths
 * only, no strings) and is stricter: a stream lz-string would decode to garbage (a bad first
 * code, a code past the dictionary, no end marker) is reported as malformed. The unit tests
 * check it against lz-string on generated input.
 */

const URI_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF = new Map([...URI_ALPHABET].map((char, index) => [char, index]));

/** Characters of output, or why there is no usable output. */
export type LzLength = number | 'malformed' | 'too-long';

export function decompressedLength(encoded: string, limit: number): LzLength {
  const input = encoded.replace(/ /g, '+'); // as lz-string does: a `+` may arrive as a space
  if (input === '') return 'malformed';
  // lz-string reads an unknown character as 0 bits; so do we.
  const valueAt = (index: number) => VALUE_OF.get(input.charAt(index)) ?? 0;
  let value = valueAt(0);
  let position = 32;
  let index = 1;
  const read = (bitCount: number): number => {
    let bits = 0;
    for (let k = 0, power = 1; k < bitCount; k += 1, power *= 2) {
      const bit = value & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        value = valueAt(index);
        index += 1;
      }
      if (bit > 0) bits += power;
    }
    return bits;
  };

  const first = read(2);
  if (first === 2) return 0;
  if (first === 3) return 'malformed';
  read(first === 0 ? 8 : 16);

  // Lengths of the dictionary entries; codes 0, 1 and 2 are control codes, 3 the first char.
  const lengths: number[] = [0, 0, 0, 1];
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  let previous = 1;
  let total = 1;
  const grow = () => {
    enlargeIn -= 1;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  };
  for (;;) {
    if (index > input.length) return 'malformed'; // ran out before the end marker: cut off
    let code = read(numBits);
    if (code === 2) return total;
    if (code === 0 || code === 1) {
      read(code === 0 ? 8 : 16);
      lengths[dictSize] = 1;
      dictSize += 1;
      code = dictSize - 1;
      grow();
    }
    let entry: number;
    if (code < dictSize) entry = lengths[code] ?? 0;
    else if (code === dictSize) entry = previous + 1;
    else return 'malformed';
    total += entry;
    if (total > limit) return 'too-long';
    lengths[dictSize] = previous + 1;
    dictSize += 1;
    grow();
    previous = entry;
  }
}
