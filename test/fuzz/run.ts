/**
 * npm run fuzz -- [inputs] [seed]: the long fuzz run, scenarios and (a tenth as many) market
 * models; prints the counts, exits 1 on a defect.
 */
import { fuzzEngine } from './fuzzEngine.ts';
import { fuzzMarket } from './fuzzMarket.ts';

const inputs = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
let defects = 0;
for (const [name, fuzz, n] of [
  ['engine', fuzzEngine, inputs],
  ['market', fuzzMarket, Math.ceil(inputs / 10)],
] as const) {
  const started = performance.now();
  const { failures, ...figures } = fuzz(n, seed);
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ fuzz: name, seed, ...figures, seconds }));
  for (const failure of failures.slice(0, 20)) console.log(failure);
  defects += failures.length;
}
process.exitCode = defects > 0 ? 1 : 0;
