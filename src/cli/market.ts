/**
 * npm run market -- [--package <reform.json>] [--mandate <share> --mandate-from <fiscal year>]
 *                   [--until <fiscal year>] [--draws N] [--seed S]
 * Prints the market over time as JSON (fields documented in README): the point path year by
 * year, P10–P90 bands of the listed services, the equilibria at the end year's settings and the
 * calibration against the listing history. Exit code 2 on invalid input, one line per problem.
 */
import { shippedMarketModel, shippedPopulation } from '../data/marketCatalog.ts';
import {
  DEFAULT_MARKET_DRAWS,
  DEFAULT_SEED,
  marketContext,
  parseReform,
  runMarket,
  type MarketPolicy,
} from '../engine/index.ts';
import { parseCount, parseOptions, readDocument, runCli, UsageError } from './read-json.ts';

const USAGE =
  'usage: npm run market -- [--package <reform.json>] [--mandate <share> --mandate-from <fiscal year>] [--until <fiscal year>] [--draws N] [--seed S]';

const LAST_FISCAL_YEAR = 2060;

/** Runs each check, keeping every problem's line instead of stopping at the first. */
function collect<T>(problems: string[], check: () => T): T | undefined {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    problems.push(error.message);
    return undefined;
  }
}

function parseShare(text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new UsageError(`--mandate: expected a share from 0 to 1, got "${text}"`);
  }
  return value;
}

function parseFiscalYear(name: string, text: string, from: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < from || value > LAST_FISCAL_YEAR) {
    throw new UsageError(
      `--${name}: expected a fiscal year from ${from} to ${LAST_FISCAL_YEAR}, got "${text}"`,
    );
  }
  return value;
}

void runCli(() => {
  const args = parseOptions(
    ['package', 'mandate', 'mandate-from', 'until', 'draws', 'seed'],
    USAGE,
  );
  const { values } = args;
  const model = shippedMarketModel;
  const first = model.fromFiscalYear;
  const problems: string[] = [];
  const reform = values.package
    ? collect(problems, () => readDocument(values.package!, parseReform))
    : undefined;
  const share = values.mandate ? collect(problems, () => parseShare(values.mandate!)) : undefined;
  const from = values['mandate-from']
    ? collect(problems, () => parseFiscalYear('mandate-from', values['mandate-from']!, first))
    : undefined;
  if ((values.mandate === undefined) !== (values['mandate-from'] === undefined)) {
    problems.push('--mandate and --mandate-from: give both or neither');
  }
  const until = values.until
    ? collect(problems, () => parseFiscalYear('until', values.until!, first))
    : undefined;
  const draws = collect(problems, () =>
    parseCount('draws', values.draws, DEFAULT_MARKET_DRAWS, 100_000),
  );
  const seed = collect(problems, () => parseCount('seed', values.seed, DEFAULT_SEED, 2 ** 32 - 1));
  if (problems.length > 0 || draws === undefined || seed === undefined) {
    throw new UsageError(problems.join('\n'));
  }

  const policy: MarketPolicy = {
    ...(reform ? { reform } : {}),
    ...(share !== undefined && from !== undefined
      ? { mandate: { share, fromFiscalYear: from } }
      : {}),
    ...(until !== undefined ? { untilFiscalYear: until } : {}),
  };
  const run = runMarket(marketContext(model, shippedPopulation), policy, { draws, seed });
  return JSON.stringify(
    {
      years: run.years.map((y) => ({
        fiscalYear: y.fiscalYear,
        listedTotal: y.listedTotal,
        listedByCategory: y.listedByCategory,
        requiredShareByCategory: y.requiredShareByCategory,
        auditFirms: y.auditFirms,
        monthsToListing: y.monthsToListing,
        auditFeeFactor: y.auditFeeFactor,
        vendorsExited: y.vendorsExited,
        tendersShortOfBidders: y.tendersShortOfBidders,
        burden: y.burden,
      })),
      bands: run.bands,
      equilibria: run.equilibria,
      calibration: {
        points: run.calibration.points.map(({ date, observed, simulated }) => ({
          date,
          observed,
          simulated,
        })),
        meanAbsPctError: run.calibration.meanAbsPctError,
      },
    },
    null,
    2,
  );
});
