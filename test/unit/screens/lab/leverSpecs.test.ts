/** The custom levers as typed: units, ranges (the reform schema's own) and starting values. */
import { describe, expect, it } from 'vitest';
import { shippedReforms } from '../../../../src/data/catalog.ts';
import { ReformPackage } from '../../../../src/engine/index.ts';
import {
  leverText,
  NUMBER_LEVERS,
  numberLeverStart,
  readLeverText,
  SAAS_TRACK,
  saasTrackStart,
  typedRange,
  withLever,
  type NumberLever,
  type LeverSpec,
} from '../../../../src/screens/lab/build/leverSpecs.ts';

const Levers = ReformPackage.shape.levers;
const numberLevers = Object.entries(NUMBER_LEVERS) as [NumberLever, LeverSpec][];

describe('the editor’s ranges are the schema’s', () => {
  it.each(numberLevers)('%s', (key, spec) => {
    const ok = (value: number) => Levers.safeParse({ [key]: value }).success;
    expect(ok(spec.min)).toBe(true);
    expect(ok(spec.max)).toBe(true);
    expect(ok(spec.min - 0.5)).toBe(false);
    expect(ok(spec.max + 0.5)).toBe(false);
    // A fraction inside the range: refused exactly when the lever takes whole numbers.
    expect(ok((spec.min + spec.max) / 2 + 0.25)).toBe(!spec.integer);
    expect(ok(spec.neutral)).toBe(true);
  });

  it.each(Object.entries(SAAS_TRACK))('saasTrack.%s', (key, spec) => {
    const base = { baselineControls: 100, auditFixedFeeShare: 0.5 };
    const ok = (value: number) =>
      Levers.safeParse({ saasTrack: { ...base, [key]: value } }).success;
    expect([ok(spec.min), ok(spec.max), ok(spec.min - 0.5), ok(spec.max + 0.5)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('readLeverText', () => {
  it.each([
    { lever: 'iso27001CreditShare', text: '80', expected: 0.8 }, // per cent in, share out
    { lever: 'iso27001CreditShare', text: '100', expected: 1 },
    { lever: 'iso27001CreditShare', text: '120', expected: null },
    { lever: 'auditFirms', text: '1,000', expected: 1000 },
    { lever: 'auditFirms', text: '2.5', expected: null },
    { lever: 'auditFirms', text: '0', expected: null },
    { lever: 'controlCap', text: '５００', expected: 500 }, // full-width digits
    { lever: 'controlCap', text: 'abc', expected: null },
    { lever: 'rotationYears', text: '3', expected: 3 },
    { lever: 'monthsToListing', text: '-1', expected: null },
  ] as const)('$lever “$text” → $expected', ({ lever, text, expected }) => {
    expect(readLeverText(NUMBER_LEVERS[lever], text)).toBe(expected);
  });

  it('reads back what leverText writes', () => {
    for (const [, spec] of numberLevers) {
      for (const value of [spec.min, spec.max, spec.neutral]) {
        expect(readLeverText(spec, leverText(spec, value))).toBe(value);
      }
    }
    expect(leverText(NUMBER_LEVERS.iso27001CreditShare, 0.07)).toBe('7'); // not 7.000000000000001
    expect(typedRange(NUMBER_LEVERS.iso27001CreditShare)).toEqual({ min: 0, max: 100 });
  });
});

describe('withLever', () => {
  it('sets or removes one lever and leaves the input as it was', () => {
    const levers = { auditFirms: 30, inheritanceAllowed: true as const };
    expect(withLever(levers, 'controlCap', 400)).toEqual({ ...levers, controlCap: 400 });
    expect(withLever(levers, 'auditFirms', undefined)).toEqual({ inheritanceAllowed: true });
    expect(levers).toEqual({ auditFirms: 30, inheritanceAllowed: true });
  });
});

describe('starting values', () => {
  it.each(numberLevers.map(([key]) => [key] as const))(
    '%s starts from the first shipped package that sets it',
    (key) => {
      const shipped = shippedReforms.find((r) => r.levers[key] !== undefined)?.levers[key];
      expect(numberLeverStart(key)).toBe(shipped ?? NUMBER_LEVERS[key].neutral);
    },
  );

  it('the SaaS track starts from the shipped one, as a copy', () => {
    const shipped = shippedReforms.find((r) => r.levers.saasTrack)?.levers.saasTrack;
    expect(saasTrackStart()).toEqual(shipped);
    expect(saasTrackStart()).not.toBe(shipped);
  });
});
