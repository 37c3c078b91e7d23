/**
 * The decision (README, Method: The decision): every option a vendor has — each track now,
 * not certifying, and waiting 1–3 years for the reforms then in force — with its NPV on the
 * same horizon, so they can be set side by side. Waiting counts what it costs: no new wins
 * meanwhile, and existing business put to tender without the credential is lost.
 */
import { npvOf } from './evaluate.ts';
import { discountFactor } from './finance.ts';
import { applyLevers, leversInForce, toLightCategory } from './reform.ts';
import { resolveMode, type PointScenario } from './resolve.ts';
import { lostRevenueByYear, type CredentialYear } from './revenue.ts';
import type { ReformPackage, Scenario, Track, TrackPresets } from './schema.ts';
import { withTrack } from './tracks.ts';
import type { Yen } from './units.ts';

export const OPTION_IDS = [
  'ismap',
  'ismap-liu',
  'saas-light',
  'iso27017-only',
  'none',
  'wait-1',
  'wait-2',
  'wait-3',
] as const;
export type OptionId = (typeof OPTION_IDS)[number];

/** An option as the engine evaluates it: a scenario whose plan starts `delayYears` in. */
export interface DecisionCase {
  id: OptionId;
  scenario: Scenario;
  delayYears: number;
}

const TRACK_OPTIONS: readonly Track[] = ['ismap', 'ismap-liu', 'iso27017-only'];

/**
 * The options for a scenario under an expected reform (dated levers apply from their fiscal
 * year): each track started now; the lighter SaaS category when the reform provides it, from the
 * year it does; not certifying (a plan that never starts); the scenario's own track started
 * 1, 2 or 3 years later, under the levers in force then. Waits that start after the horizon
 * ends are left out.
 */
export function decisionCases(
  input: Scenario,
  presets: TrackPresets,
  reform?: ReformPackage,
): DecisionCase[] {
  // The options never show provenance, and copying its notes would be most of the work.
  const core = { ...input };
  delete core.provenance;
  return casesFor(core, presets, reform);
}

function casesFor(
  input: Scenario,
  presets: TrackPresets,
  reform: ReformPackage | undefined,
): DecisionCase[] {
  const start = input.timeline.startFiscalYear;
  const horizon = input.timeline.horizonYears;
  // The levers in force in a fiscal year. A track the vendor chooses goes without the lighter
  // category's lever (which may move a SaaS vendor onto it): that is its own option below.
  const under = (scenario: Scenario, fiscalYear: number, chosenTrack = true) => {
    const levers = reform ? leversInForce(reform, fiscalYear) : {};
    if (chosenTrack) delete levers.saasTrack;
    // No lever in force yet: the scenario as it is (the cases are never changed in place).
    return Object.keys(levers).length === 0 ? scenario : applyLevers(scenario, levers);
  };
  const cases: DecisionCase[] = TRACK_OPTIONS.map((track) => ({
    id: track,
    scenario: under(withTrack(input, track, presets), start),
    delayYears: 0,
  }));
  if (input.track === 'saas-light') {
    cases.push({ id: 'saas-light', scenario: under(input, start), delayYears: 0 });
  } else if (reform?.levers.saasTrack && input.vendor.serviceModel === 'SaaS') {
    const from = Math.max(start, reform.effectiveFiscalYear?.saasTrack ?? start);
    const onIsmap = input.track === 'iso27017-only' ? withTrack(input, 'ismap', presets) : input;
    if (from - start < horizon) {
      cases.push({
        id: 'saas-light',
        scenario: toLightCategory(under(onIsmap, from), reform.levers.saasTrack),
        delayYears: from - start,
      });
    }
  }
  cases.push({ id: 'none', scenario: input, delayYears: horizon });
  for (const wait of [1, 2, 3] as const) {
    if (wait >= horizon) break;
    // The own plan, later, under whatever is in force then (the lighter category included).
    cases.push({
      id: `wait-${wait}`,
      scenario: under(input, start + wait, false),
      delayYears: wait,
    });
  }
  return cases;
}

/** Not certifying: the plan never starts. */
export interface NotCertifying {
  /** Gross profit lost each year on existing business re-tendered requiring a credential, yen. */
  lostRevenue: Float64Array;
  /** Minus those losses, discounted, yen. */
  npv: number;
}

/**
 * The "none" option without the cost and revenue passes, which are all zero here: the same as
 * evaluatePoint(p, horizon) (a test checks it), cheap enough for the market model's every draw.
 */
export function notCertifying(p: PointScenario): NotCertifying {
  const horizon = p.timeline.horizonYears;
  const never: CredentialYear[] = [];
  for (let i = 0; i < horizon; i++) never.push({ planYear: i + 1 - horizon, level: 0, held: 0 });
  const step = discountFactor(p.timeline.discountRatePerYear, 1);
  const lostRevenue = new Float64Array(horizon);
  let npv = 0;
  for (const segment of p.revenue.segments) {
    if (segment.existingRevenueYenPerYear === 0 || segment.retenderSharePerYear === 0) continue;
    const lost = lostRevenueByYear(segment, never);
    let factor = 1;
    for (let t = 0; t < horizon; t++) {
      factor *= step;
      lostRevenue[t]! += lost[t]!;
      npv -= lost[t]! * factor;
    }
  }
  return { lostRevenue, npv };
}

export interface OptionValue {
  id: OptionId;
  npv: Yen;
  /** Years the plan starts after the scenario's start (0 for "now"). */
  delayYears: number;
}

/** Point NPVs of the options; each is resolved once, so this stays cheap enough per keystroke. */
export function optionValues(cases: readonly DecisionCase[]): OptionValue[] {
  return cases.map(({ id, scenario, delayYears }) => ({
    id,
    npv: npvOf(resolveMode(scenario), delayYears) as Yen,
    delayYears,
  }));
}

/** The option with the highest NPV; ties go to the earlier option in OPTION_IDS order. */
export function bestOption<T extends { id: OptionId; npv: number }>(
  options: readonly T[],
): T | null {
  let best: T | null = null;
  for (const option of options) if (best === null || option.npv > best.npv) best = option;
  return best;
}
