/**
 * Point evaluation of a scenario (SPEC 3.5): the year-by-year table, NPV, ROI, payback and the
 * exact break-even points.
 */
import { controlPipeline, type ControlPipeline } from './controls.ts';
import { yearCost } from './costs.ts';
import { discountFactor, paybackYear } from './finance.ts';
import type { PointScenario } from './resolve.ts';
import { attributableWinsPerYear, segmentProfitProfile } from './revenue.ts';

export interface YearRow {
  year: number;
  audit: number;
  staff: number;
  operations: number;
  oneOff: number;
  totalCost: number;
  grossProfit: number;
  net: number;
  cumulativeNet: number;
  discountedNet: number;
}

export interface Totals {
  cost: number;
  grossProfit: number;
  npv: number;
  /** (gross profit − cost) ÷ cost, undiscounted; null when there is no cost. */
  roi: number | null;
  paybackYear: number | null;
}

export interface BreakEven {
  /**
   * Attributable wins a year, in the scenario's segment mix, that make NPV = 0; null when no
   * win can earn anything within the horizon (e.g. listed after the horizon ends).
   */
  winsPerYear: number | null;
  /** Annual contract value (yen), the same in every segment, that makes NPV = 0. */
  annualContractValue: number | null;
}

export interface Evaluation {
  controls: ControlPipeline;
  years: YearRow[];
  totals: Totals;
  breakEven: BreakEven;
  /** Wins a year attributable to the listing, all segments. */
  attributableWinsPerYear: number;
  /** Present value of all costs (yen): the numerator of both break-evens. */
  presentCost: number;
  /**
   * Present value of gross profit earned by one attributable win a year at ¥1 of annual
   * contract value, in the segment mix: wins needed at value V = presentCost ÷ (V × this).
   */
  presentProfitPerWinYen: number;
}

/** Shares of the wins a year by segment: by current wins, else opportunities, else equal. */
function segmentMix(p: PointScenario, wins: number[]): number[] {
  const byWins = wins.reduce((a, b) => a + b, 0);
  if (byWins > 0) return wins.map((w) => w / byWins);
  const opportunities = p.revenue.segments.map((s) => s.opportunitiesPerYear);
  const byOpportunities = opportunities.reduce((a, b) => a + b, 0);
  if (byOpportunities > 0) return opportunities.map((o) => o / byOpportunities);
  return p.revenue.segments.map(() => 1 / p.revenue.segments.length);
}

/**
 * NPV = Σₜ (gross profitₜ − costₜ) × (1 + r)^−t. Gross profit is linear in both the wins a
 * year and the contract value, so each break-even is present cost ÷ present profit per unit.
 */
export function evaluatePoint(p: PointScenario): Evaluation {
  const controls = controlPipeline(p);
  const horizon = p.timeline.horizonYears;
  const rate = p.timeline.discountRatePerYear;
  const wins = p.revenue.segments.map(attributableWinsPerYear);
  const profiles = p.revenue.segments.map((segment) => segmentProfitProfile(p, segment));

  const years: YearRow[] = [];
  let cumulativeNet = 0;
  let presentCost = 0;
  let presentProfit = 0;
  const presentProfitPerValue = p.revenue.segments.map(() => 0);
  for (let year = 1; year <= horizon; year++) {
    const cost = yearCost(p, controls, year);
    const totalCost = cost.audit + cost.staff + cost.operations + cost.oneOff;
    const discount = discountFactor(rate, year);
    let grossProfit = 0;
    p.revenue.segments.forEach((segment, s) => {
      const perWinPerYen = (profiles[s] as Float64Array)[year - 1] as number;
      grossProfit += (wins[s] as number) * segment.contractValueYenPerYear * perWinPerYen;
      presentProfitPerValue[s] = (presentProfitPerValue[s] as number) + perWinPerYen * discount;
    });
    const net = grossProfit - totalCost;
    cumulativeNet += net;
    presentCost += totalCost * discount;
    presentProfit += grossProfit * discount;
    years.push({
      year,
      ...cost,
      totalCost,
      grossProfit,
      net,
      cumulativeNet,
      discountedNet: net * discount,
    });
  }

  const cost = years.reduce((sum, y) => sum + y.totalCost, 0);
  const grossProfit = years.reduce((sum, y) => sum + y.grossProfit, 0);
  const totals: Totals = {
    cost,
    grossProfit,
    npv: presentProfit - presentCost,
    roi: cost > 0 ? (grossProfit - cost) / cost : null,
    paybackYear: paybackYear(years.map((y) => y.cumulativeNet)),
  };

  // Σₛ winsₛ × PV(profile per win per yen)ₛ: NPV = V × this − present cost when every
  // segment's contract value is V.
  const perValue = p.revenue.segments.reduce(
    (sum, _s, s) => sum + (wins[s] as number) * (presentProfitPerValue[s] as number),
    0,
  );
  const mix = segmentMix(p, wins);
  const perWin = p.revenue.segments.reduce(
    (sum, segment, s) =>
      sum +
      (mix[s] as number) * segment.contractValueYenPerYear * (presentProfitPerValue[s] as number),
    0,
  );
  const perWinPerYen = p.revenue.segments.reduce(
    (sum, _segment, s) => sum + (mix[s] as number) * (presentProfitPerValue[s] as number),
    0,
  );
  return {
    controls,
    years,
    totals,
    breakEven: {
      winsPerYear: perWin > 0 ? presentCost / perWin : null,
      annualContractValue: perValue > 0 ? presentCost / perValue : null,
    },
    attributableWinsPerYear: wins.reduce((a, b) => a + b, 0),
    presentCost,
    presentProfitPerWinYen: perWinPerYen,
  };
}

/** NPV alone, for the Monte Carlo and the tornado. */
export function npvOf(p: PointScenario): number {
  return evaluatePoint(p).totals.npv;
}
