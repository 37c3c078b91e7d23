/**
 * npm run policy -- [--population <population.json>] [--reform <reform.json>] [--samples N] [--seed S]
 * Prints the policy lab's results as JSON (fields documented in README): the population before
 * and after the package, and each of its levers alone ranked by the vendors it moves over
 * break-even. Defaults: the shipped population and the "all reforms" package.
 */
import { shippedReforms, shippedScenario } from '../data/catalog.ts';
import { shippedPopulation } from '../data/marketCatalog.ts';
import {
  comparePackages,
  DEFAULT_SEED,
  parsePopulationFile,
  parseReform,
  rankLevers,
  type Population,
} from '../engine/index.ts';
import { parseCount, parseOptions, readDocument, runCli, UsageError } from './read-json.ts';

const USAGE =
  'usage: npm run policy -- [--population <population.json>] [--reform <reform.json>] [--samples N] [--seed S]';

/** Archetypes name shipped scenarios by id, as data/population.json does. */
function readPopulation(file: string): Population {
  const parsed = readDocument(file, parsePopulationFile);
  return {
    archetypes: parsed.archetypes.map((a, i) => {
      try {
        return {
          id: a.id,
          title: a.title,
          count: a.count,
          scenario: shippedScenario(a.scenarioId),
        };
      } catch {
        throw new UsageError(
          `${file}: archetypes[${i}].scenarioId: no shipped scenario "${a.scenarioId}"`,
        );
      }
    }),
  };
}

void runCli(() => {
  const args = parseOptions(['population', 'reform', 'samples', 'seed'], USAGE);
  const { values } = args;
  const population = values.population ? readPopulation(values.population) : shippedPopulation;
  const reform = values.reform
    ? readDocument(values.reform, parseReform)
    : shippedReforms.find((r) => r.id === 'all-reforms')!;
  const samples = parseCount('samples', values.samples, 2_000, 1_000_000);
  const seed = parseCount('seed', values.seed, DEFAULT_SEED, 2 ** 32 - 1);
  const { before, after } = comparePackages(population, [reform], { samples, seed });
  return JSON.stringify(
    {
      reform: reform.id,
      samples,
      seed,
      before,
      after: after[0]!.result,
      levers: rankLevers(population, reform.levers),
    },
    null,
    2,
  );
});
