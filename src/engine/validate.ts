/**
 * Parsing at the boundary: turns zod issues into one message per problem that names the field
 * (`revenue.segments[0].winRateWith`) and says what is expected.
 */
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { upgradeScenario } from './migrate.ts';
import type { FieldIssue, Parsed } from './issues.ts';
import { formatPath } from './resolve.ts';
import {
  MarketModel,
  MarketsFile,
  PopulationFile,
  ReformPackage,
  Scenario,
  SourceRegistry,
  TrackPresets,
} from './schema.ts';

type Issue = z.core.$ZodIssue;

// zod's tree-shakable build has no messages of its own: English unless the app sets its language.
z.config(en());

const RANGEABLE_HINT = 'expected a number or a range { "low", "mode", "high" }';

/**
 * A union reports every branch's failure; the useful one is the branch the input was meant
 * for: the one that failed on something other than its type at the root. When every branch
 * failed on the type, the input fits none of them and one message says what would.
 */
function flatten(issue: Issue, prefix: readonly PropertyKey[]): FieldIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const meant = issue.errors.find(
      (branch) => !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0),
    );
    if (meant) return meant.flatMap((i) => flatten(i, path));
    const rangeable = issue.errors.some((branch) =>
      branch.some((i) => i.code === 'invalid_type' && i.expected === 'number'),
    );
    return [{ path: formatPath(path), message: rangeable ? RANGEABLE_HINT : issue.message }];
  }
  // zod's default message for a missing field says "received undefined"; a schema's own
  // message (the provenance's, say) already tells what to give and is kept.
  const missing = issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined;
  if (missing && issue.message.includes('undefined')) {
    return [{ path: formatPath(path), message: `missing: expected ${issue.expected}` }];
  }
  return [{ path: formatPath(path), message: issue.message, ...detailOf(issue) }];
}

function detailOf(issue: Issue): Pick<FieldIssue, 'detail'> {
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
    return { detail: { kind: issue.code, limit } };
  }
  if (issue.code === 'custom' && typeof issue.params?.['rule'] === 'string') {
    return { detail: { kind: 'rule', rule: issue.params['rule'] } };
  }
  if (issue.code === 'invalid_type') return { detail: { kind: 'type', expected: issue.expected } };
  return {};
}

export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): Parsed<z.infer<S>> {
  // reportInput lets a missing field be told apart from a wrong one, in any message language.
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.flatMap((issue) => flatten(issue, [])) };
}

/** A scenario of any readable version, migrated to the current one, then validated. */
export function parseScenario(input: unknown): Parsed<Scenario> {
  const upgraded = upgradeScenario(input);
  return upgraded.ok ? parseWith(Scenario, upgraded.value.value) : upgraded;
}
export const parseReform = (input: unknown) => parseWith(ReformPackage, input);
export const parsePopulationFile = (input: unknown) => parseWith(PopulationFile, input);
export const parseSourceRegistry = (input: unknown) => parseWith(SourceRegistry, input);
export const parseTrackPresets = (input: unknown) => parseWith(TrackPresets, input);
export const parseMarkets = (input: unknown) => parseWith(MarketsFile, input);
export const parseMarketModel = (input: unknown) => parseWith(MarketModel, input);
