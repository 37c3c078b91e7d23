/**
 * npm run estimate -- <scenario.json> [--reform <reform.json>] [--versus <other.json>]
 *                     [--samples N] [--seed S]
 * Prints the estimate as JSON (fields documented in README), with the decision's options under
 * the reform expected and, with --versus, what changes the NPV from this scenario to the other.
 * Exit code 2 on invalid input.
 */
import { trackPresets } from '../data/catalog.ts';
import {
  attributeNpv,
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  estimate,
  parseReform,
  parseScenario,
  reformed,
} from '../engine/index.ts';
import { parseCount, parseOptions, readDocument, runCli, UsageError } from './read-json.ts';

const USAGE =
  'usage: npm run estimate -- <scenario.json> [--reform <reform.json>] [--versus <other.json>] [--samples N] [--seed S]';

runCli(() => {
  const args = parseOptions(['reform', 'versus', 'samples', 'seed'], USAGE, true);
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0) throw new UsageError(USAGE);
  const scenario = readDocument(file, parseScenario);
  const reform = args.values.reform ? readDocument(args.values.reform, parseReform) : undefined;
  const samples = parseCount('samples', args.values.samples, DEFAULT_SAMPLES, 1_000_000);
  const seed = parseCount('seed', args.values.seed, DEFAULT_SEED, 2 ** 32 - 1);
  const versus = args.values.versus ? readDocument(args.values.versus, parseScenario) : undefined;
  const report = estimate(scenario, { reform, samples, seed, tracks: trackPresets });
  const attribution = versus
    ? attributeNpv(reformed(scenario, reform), reformed(versus, reform))
    : undefined;
  return JSON.stringify(attribution ? { ...report, attribution } : report, null, 2);
});
