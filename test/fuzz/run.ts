/** npm run fuzz -- [inputs] [seed]: the long fuzz run; prints the counts, exits 1 on a defect. */
import { fuzzEngine } from './fuzzEngine.ts';

const inputs = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const started = performance.now();
const counts = fuzzEngine(inputs, seed);
const { failures, ...figures } = counts;
console.log(JSON.stringify({ seed, ...figures, seconds: (performance.now() - started) / 1000 }));
for (const failure of failures.slice(0, 20)) console.log(failure);
process.exitCode = failures.length > 0 ? 1 : 0;
