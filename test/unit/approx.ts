import { expect } from 'vitest';

/** Float comparison to `digits` significant digits relative to the larger magnitude (≥ 1). */
export function expectClose(actual: number, expected: number, digits = 9): void {
  const scale = Math.max(1, Math.abs(expected), Math.abs(actual));
  expect(Math.abs(actual - expected) / scale, `${actual} ≈ ${expected}`).toBeLessThan(
    10 ** -digits,
  );
}
