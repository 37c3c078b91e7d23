/**
 * The barrel is the engine's public face for the app and the CLI; internals stay reachable to
 * tests through the module files. A cap keeps it from growing back into "export everything".
 */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';

const MAX_RUNTIME_EXPORTS = 40;

describe('the engine barrel', () => {
  it(`has at most ${MAX_RUNTIME_EXPORTS} runtime exports`, () => {
    expect(Object.keys(engine).length).toBeLessThanOrEqual(MAX_RUNTIME_EXPORTS);
  });
});
