/**
 * Fuzzing the market model's boundary: parameter files drawn within the schema and hostile
 * mutations of them, with random packages and mandates. Every input must either run to finite
 * numbers with every share in [0, 1] or be rejected with a path; nothing may throw past
 * `parseMarketModel` + `runMarket`.
 */
import fc from 'fast-check';
import { shippedMarketModel, shippedPopulation } from '../../src/data/marketCatalog.ts';
import { marketContext, parseMarketModel, runMarket } from '../../src/engine/index.ts';
import { BOUNDS, marketModelFrom, num, reformOf, validLevers } from '../unit/engine/arbitraries.ts';
import {
  countRejected,
  everyNumberFinite,
  hostileValue,
  mutate,
  noCounts,
  type FuzzCounts,
} from './fuzzEngine.ts';

/** Vendor draws kept small: a run's cost grows with them, and their number is not under test. */
const MAX_FUZZ_VENDOR_DRAWS = 8;

const policy = fc.record({
  levers: validLevers(),
  from: fc.integer({ min: 2015, max: 2045 }),
  mandate: fc.option(
    fc.record({ share: num(BOUNDS.share), fromFiscalYear: fc.integer({ min: 2015, max: 2045 }) }),
  ),
  until: fc.option(fc.integer({ min: 2015, max: 2045 })),
});

export function fuzzMarket(inputs: number, seed: number): FuzzCounts {
  const counts = noCounts();
  const model = marketModelFrom(shippedMarketModel);
  const input = fc.tuple(
    fc.oneof(
      model.map((m) => ({ mutated: false, doc: m as unknown })),
      fc
        .tuple(model, fc.nat(), fc.integer({ min: 0, max: 4 }), hostileValue())
        .map(([m, choice, kind, value]) => ({
          mutated: true,
          doc: mutate(m, choice, kind, value),
        })),
    ),
    policy,
  );
  for (const [{ mutated, doc }, p] of fc.sample(input, { numRuns: inputs, seed })) {
    counts.inputs++;
    if (mutated) counts.mutated++;
    else counts.valid++;
    try {
      const parsed = parseMarketModel(doc);
      if (!parsed.ok) {
        countRejected(counts, parsed.issues);
        continue;
      }
      counts.evaluated++;
      const value = {
        ...parsed.value,
        vendorDraws: Math.min(parsed.value.vendorDraws, MAX_FUZZ_VENDOR_DRAWS),
      };
      const run = runMarket(
        marketContext(value, shippedPopulation),
        {
          reform: {
            ...reformOf(p.levers),
            effectiveFiscalYear: Object.fromEntries(Object.keys(p.levers).map((k) => [k, p.from])),
          },
          ...(p.mandate ? { mandate: p.mandate } : {}),
          ...(p.until !== null ? { untilFiscalYear: p.until } : {}),
        },
        { draws: 2, seed: 1 },
      );
      const shares = run.years.flatMap((y) => [
        ...Object.values(y.requiredShareByCategory),
        ...Object.values(y.listedShareByCategory),
      ]);
      if (!everyNumberFinite(run) || shares.some((s) => !(s >= 0 && s <= 1))) {
        counts.nonFinite++;
        counts.failures.push(`non-finite or out of [0, 1]: ${JSON.stringify(doc).slice(0, 300)}`);
      }
    } catch (error) {
      counts.thrown++;
      counts.failures.push(`thrown: ${(error as Error).message}`);
    }
  }
  return counts;
}
