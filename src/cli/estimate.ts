/**
 * npm run estimate -- <scenario.json> [--reform <reform.json>] [--versus <other.json>]
 *                     [--samples N] [--seed S] [--xlsx <out.xlsx> [--lang ja|en]]
 * Prints the estimate as JSON (fields documented in README), with the decision's options under
 * the reform expected and, with --versus, what changes the NPV from this scenario to the other.
 * With --xlsx, also writes the scenario's workbook (the app's "Export to Excel"), in --lang.
 * Exit code 2 on invalid input.
 */
import { writeFileSync } from 'node:fs';
import { sourceRegistry, trackPresets } from '../data/catalog.ts';
import {
  attributeNpv,
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  estimate,
  parseReform,
  parseScenario,
  reformed,
} from '../engine/index.ts';
import { LANGS, type Lang } from '../kits/i18n/lang.ts';
import { scenarioWorkbook } from '../kits/workbook/scenarioWorkbook.ts';
import { parseCount, parseOptions, readDocument, runCli, UsageError } from './read-json.ts';

const USAGE =
  'usage: npm run estimate -- <scenario.json> [--reform <reform.json>] [--versus <other.json>] [--samples N] [--seed S] [--xlsx <out.xlsx> [--lang ja|en]]';

function parseLang(text: string | undefined): Lang {
  if (text === undefined) return 'ja';
  const lang = LANGS.find((l) => l === text);
  if (lang === undefined) throw new UsageError(`--lang: expected ja or en, got "${text}"`);
  return lang;
}

void runCli(async () => {
  const args = parseOptions(['reform', 'versus', 'samples', 'seed', 'xlsx', 'lang'], USAGE, true);
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0) throw new UsageError(USAGE);
  const scenario = readDocument(file, parseScenario);
  const reform = args.values.reform ? readDocument(args.values.reform, parseReform) : undefined;
  const samples = parseCount('samples', args.values.samples, DEFAULT_SAMPLES, 1_000_000);
  const seed = parseCount('seed', args.values.seed, DEFAULT_SEED, 2 ** 32 - 1);
  const versus = args.values.versus ? readDocument(args.values.versus, parseScenario) : undefined;
  const lang = parseLang(args.values.lang);
  if (args.values.lang !== undefined && args.values.xlsx === undefined) {
    throw new UsageError(`--lang applies to the workbook: give --xlsx <out.xlsx> too\n${USAGE}`);
  }
  const report = estimate(scenario, { reform, samples, seed, tracks: trackPresets });
  const attribution = versus
    ? attributeNpv(reformed(scenario, reform), reformed(versus, reform))
    : undefined;
  if (args.values.xlsx !== undefined) {
    const workbook = await scenarioWorkbook({
      scenario: reformed(scenario, reform),
      lang,
      sources: sourceRegistry.sources,
      report,
      monteCarlo: report.monteCarlo,
    });
    writeFileSync(args.values.xlsx, workbook);
  }
  return JSON.stringify(attribution ? { ...report, attribution } : report, null, 2);
});
