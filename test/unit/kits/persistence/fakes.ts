/**
 * Test doubles and hostile input: an in-memory Storage, ones that fail the way browsers fail,
 * and an lz-string expansion bomb.
 */
import type { StorageLike } from '../../../../src/kits/persistence/storage.ts';

export class MemoryStorage implements StorageLike {
  readonly values = new Map<string, string>();

  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.values.set(key, String(value));
  }

  removeItem(key: string): void {
    this.values.delete(key);
  }
}

function domError(name: string, message: string): Error {
  return new DOMException(message, name);
}

/** Storage disabled by the browser (cookies blocked, some private modes): every call throws. */
export class DisabledStorage implements StorageLike {
  getItem(): string | null {
    throw domError('SecurityError', 'The operation is insecure.');
  }

  setItem(): void {
    throw domError('SecurityError', 'The operation is insecure.');
  }

  removeItem(): void {
    throw domError('SecurityError', 'The operation is insecure.');
  }
}

/** Storage that reads but has no room for anything larger than `room` characters. */
export class FullStorage extends MemoryStorage {
  constructor(private readonly room = 0) {
    super();
  }

  override setItem(key: string, value: string): void {
    if (value.length > this.room) {
      throw domError(
        'QuotaExceededError',
        "Setting the value of '" + key + "' exceeded the quota.",
      );
    }
    super.setItem(key, value);
  }
}

export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * A valid lz-string stream of `codes` codes, each repeating the previous output plus one
 * character: ~1.3 characters of link per code, `codes²/2` characters of output.
 */
export function expansionBomb(codes: number): string {
  const bits: number[] = [];
  const put = (value: number, count: number) => {
    for (let i = 0; i < count; i += 1) bits.push((value >> i) & 1);
  };
  put(0, 2); // an 8-bit character follows
  put(97, 8); // 'a'
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let k = 0; k < codes; k += 1) {
    put(dictSize, numBits); // the entry about to be made: previous output + its first char
    dictSize += 1;
    enlargeIn -= 1;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  }
  put(2, numBits); // end of stream
  let text = '';
  for (let i = 0; i < bits.length; i += 6) {
    let value = 0;
    for (let j = 0; j < 6; j += 1) value = value * 2 + (bits[i + j] ?? 0);
    text += ALPHABET[value];
  }
  return text;
}
