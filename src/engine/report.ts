/**
 * The whole estimate of one scenario, optionally under a reform: what the command line prints
 * and what the app shows. Field names are stable; README documents them.
 */
import type { ControlStep } from './controls.ts';
import { evaluatePoint, type BreakEven, type Totals, type YearRow } from './evaluate.ts';
import { monteCarlo, type MonteCarloResult } from './montecarlo.ts';
import {
  bestOption,
  decisionCases,
  optionValues,
  type OptionId,
  type OptionValue,
} from './options.ts';
import { applyReform } from './reform.ts';
import { resolveMode } from './resolve.ts';
import type { ReformPackage, Scenario, TrackPresets } from './schema.ts';
import { tornado, type SensitivityBar } from './tornado.ts';
import type { Share, Yen } from './units.ts';

export interface FrontierPoint {
  /** Annual contract value, the same in every segment. */
  annualContractValue: Yen;
  /** Attributable wins a year that break even at that value; null when unreachable. */
  winsPerYear: number | null;
}

/** The scenario's own point on the frontier. */
export interface FrontierMark {
  /** Its contract value in the frontier's terms (see Evaluation.effectiveContractValue). */
  annualContractValue: Yen;
  /** Its attributable wins a year. */
  winsPerYear: number;
  /** Wins a year it needs at that value: its break-even wins. */
  winsNeeded: number;
}

/** Everything but the Monte Carlo: cheap enough to recompute on every keystroke. */
export interface PointReport {
  scenario: { id: string; reform: string | null };
  controls: {
    steps: ControlStep[];
    inScope: number;
    auditedFirstYear: number;
    auditedRenewalYear: number;
  };
  years: YearRow[];
  totals: Totals;
  breakEven: BreakEven;
  attributableWinsPerYear: number;
  /** Worked out when first read, then kept (`pointReport`). */
  readonly sensitivity: SensitivityBar[];
  frontier: FrontierPoint[];
  /** Null when the scenario has no break-even. */
  frontierMark: FrontierMark | null;
  /** Segments tied to a buyer group: the customers the break-even needs, against the group. */
  market: MarketNeed[];
}

export interface MarketNeed {
  /** Index of the segment in the scenario. */
  segment: number;
  buyerGroup: string;
  buyers: number;
  customersAtBreakEven: number | null;
  shareOfBuyersAtBreakEven: Share | null;
}

/** An option's point NPV and the chance that it pays. */
export interface DecisionOption extends OptionValue {
  probNpvPositive: Share;
}

export interface EstimateReport extends PointReport {
  monteCarlo: MonteCarloResult;
  /** Present when the track presets are given: every option and the one with the best NPV. */
  options?: DecisionOption[];
  best?: OptionId | null;
}

export interface EstimateOptions {
  reform?: ReformPackage | undefined;
  samples: number;
  seed: number;
  /** The track presets, for the decision's options; without them there are no options. */
  tracks?: TrackPresets | undefined;
}

/** Contract values for the frontier: ¥100k to ¥1bn, four points a decade on a log scale. */
export const FRONTIER_VALUES = Array.from({ length: 17 }, (_, i) => 1e5 * 10 ** (i / 4));

/**
 * Wins a year needed at contract value V: present cost ÷ (V × present profit per win per yen).
 * Example: present cost ¥50M, ¥1 earns ¥2 of present profit per win a year → at ¥5M a year,
 * 50M ÷ (5M × 2) = 5 wins a year.
 */
export function breakEvenWinsAt(
  presentCost: number,
  presentProfitPerWinYen: number,
  annualContractValue: number,
): number | null {
  const wins = presentCost / (annualContractValue * presentProfitPerWinYen);
  return annualContractValue > 0 && presentProfitPerWinYen > 0 && Number.isFinite(wins)
    ? wins
    : null;
}

/** The scenario the report is about: the input, or the input under the reform. */
export function reformed(input: Scenario, reform: ReformPackage | undefined): Scenario {
  return reform ? applyReform(input, reform) : input;
}

export function pointReport(input: Scenario, reform?: ReformPackage): PointReport {
  const scenario = reformed(input, reform);
  const evaluation = evaluatePoint(resolveMode(scenario));
  let sensitivity: SensitivityBar[] | undefined;
  return {
    scenario: { id: input.id, reform: reform?.id ?? null },
    controls: evaluation.controls,
    years: evaluation.years,
    totals: evaluation.totals,
    breakEven: evaluation.breakEven,
    attributableWinsPerYear: evaluation.attributableWinsPerYear,
    // Worked out when first read, then kept: two evaluations per input with a range, most of
    // the report's cost, and the key figures do not need it (README, Method: Speed).
    get sensitivity() {
      return (sensitivity ??= tornado(scenario));
    },
    frontier: FRONTIER_VALUES.map((annualContractValue) => ({
      annualContractValue: annualContractValue as Yen,
      winsPerYear: breakEvenWinsAt(
        evaluation.presentCost,
        evaluation.presentProfitPerWinYen,
        annualContractValue,
      ),
    })),
    market: evaluation.breakEven.customers.flatMap((need, segment) =>
      need.buyerGroup === null || need.buyers === null
        ? []
        : [
            {
              segment,
              buyerGroup: need.buyerGroup,
              buyers: need.buyers,
              customersAtBreakEven: need.customersHeld,
              shareOfBuyersAtBreakEven: need.shareOfBuyers,
            },
          ],
    ),
    frontierMark:
      evaluation.effectiveContractValue !== null && evaluation.breakEven.winsPerYear !== null
        ? {
            annualContractValue: evaluation.effectiveContractValue as Yen,
            winsPerYear: evaluation.attributableWinsPerYear,
            winsNeeded: evaluation.breakEven.winsPerYear,
          }
        : null,
  };
}

export function estimate(input: Scenario, options: EstimateOptions): EstimateReport {
  const { reform, samples, seed, tracks } = options;
  const report: EstimateReport = {
    ...pointReport(input, reform),
    monteCarlo: monteCarlo(reformed(input, reform), { samples, seed }),
  };
  if (!tracks) return report;
  const cases = decisionCases(input, tracks, reform);
  const values = optionValues(cases);
  const decided = cases.map((c, i) => ({
    ...values[i]!,
    probNpvPositive: monteCarlo(c.scenario, { samples, seed, delayYears: c.delayYears })
      .probNpvPositive,
  }));
  return { ...report, options: decided, best: bestOption(decided)?.id ?? null };
}
