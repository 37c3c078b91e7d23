/**
 * Point evaluation of a scenario (README, Method: Results; Break-even, solved exactly): the
 * year-by-year table, NPV, ROI, payback and the exact break-even points.
 */
import { controlPipeline, type ControlPipeline } from './controls.ts';
import { yearCost, type YearCost } from './costs.ts';
import { discountFactor, paybackYear } from './finance.ts';
import type { PointScenario } from './resolve.ts';
import { attributableWinsPerYear, segmentProfitProfile } from './revenue.ts';
import type { Yen } from './units.ts';

export interface YearRow {
  year: number;
  audit: Yen;
  staff: Yen;
  operations: Yen;
  oneOff: Yen;
  totalCost: Yen;
  grossProfit: Yen;
  net: Yen;
  cumulativeNet: Yen;
  discountedNet: Yen;
}

export interface Totals {
  cost: Yen;
  grossProfit: Yen;
  npv: Yen;
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
  annualContractValue: Yen | null;
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
  /**
   * The scenario's contract value in the frontier's terms (yen a year): the single value that
   * earns what its mix of segments earns, so wins needed at it are the break-even wins. With one
   * segment, that segment's value; null when no win earns anything.
   */
  effectiveContractValue: number | null;
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
 * a ÷ b, or null when b is not positive or the quotient overflows: a denominator of 1e-320
 * (a vanishing margin, say) means the point is out of reach, not infinitely far.
 */
function finiteRatio(a: number, b: number): number | null {
  const ratio = a / b;
  return b > 0 && Number.isFinite(ratio) ? ratio : null;
}

interface CashFlow {
  controls: ControlPipeline;
  costs: YearCost[];
  grossProfit: Float64Array;
  discount: Float64Array;
  wins: number[];
  presentCost: number;
  presentProfit: number;
  /** Per segment: present gross profit of one win a year at ¥1 of annual contract value. */
  presentProfitPerValue: Float64Array;
}

/**
 * The one pass over the years that both the full evaluation and the Monte Carlo use; it builds
 * no rows, so thousands of draws stay cheap.
 */
function cashFlow(p: PointScenario): CashFlow {
  const controls = controlPipeline(p);
  const horizon = p.timeline.horizonYears;
  const segments = p.revenue.segments;
  const wins = segments.map(attributableWinsPerYear);
  const profiles = segments.map((segment) => segmentProfitProfile(p, segment));
  const costs: YearCost[] = [];
  const grossProfit = new Float64Array(horizon);
  const discount = new Float64Array(horizon);
  const presentProfitPerValue = new Float64Array(segments.length);
  // (1 + r)^−t as a running product: Math.pow per year would be most of the cost of a draw.
  const yearStep = discountFactor(p.timeline.discountRatePerYear, 1);
  let factor = 1;
  let presentCost = 0;
  let presentProfit = 0;
  for (let year = 1; year <= horizon; year++) {
    factor *= yearStep;
    const cost = yearCost(p, controls, year);
    let profit = 0;
    for (let s = 0; s < segments.length; s++) {
      const perWinPerYen = profiles[s]![year - 1]!;
      profit += wins[s]! * segments[s]!.contractValueYenPerYear * perWinPerYen;
      presentProfitPerValue[s]! += perWinPerYen * factor;
    }
    costs.push(cost);
    grossProfit[year - 1] = profit;
    discount[year - 1] = factor;
    presentCost += (cost.audit + cost.staff + cost.operations + cost.oneOff) * factor;
    presentProfit += profit * factor;
  }
  return {
    controls,
    costs,
    grossProfit,
    discount,
    wins,
    presentCost,
    presentProfit,
    presentProfitPerValue,
  };
}

/**
 * NPV = Σₜ (gross profitₜ − costₜ) × (1 + r)^−t. Gross profit is linear in both the wins a
 * year and the contract value, so each break-even is present cost ÷ present profit per unit.
 */
export function evaluatePoint(p: PointScenario): Evaluation {
  const flow = cashFlow(p);
  const years: YearRow[] = [];
  let cumulativeNet = 0;
  flow.costs.forEach((cost, i) => {
    const totalCost = cost.audit + cost.staff + cost.operations + cost.oneOff;
    const grossProfit = flow.grossProfit[i]!;
    const net = grossProfit - totalCost;
    cumulativeNet += net;
    years.push({
      year: i + 1,
      audit: cost.audit as Yen,
      staff: cost.staff as Yen,
      operations: cost.operations as Yen,
      oneOff: cost.oneOff as Yen,
      totalCost: totalCost as Yen,
      grossProfit: grossProfit as Yen,
      net: net as Yen,
      cumulativeNet: cumulativeNet as Yen,
      discountedNet: (net * flow.discount[i]!) as Yen,
    });
  });

  const cost = years.reduce((sum, y) => sum + y.totalCost, 0);
  const grossProfit = years.reduce((sum, y) => sum + y.grossProfit, 0);
  const totals: Totals = {
    cost: cost as Yen,
    grossProfit: grossProfit as Yen,
    npv: (flow.presentProfit - flow.presentCost) as Yen,
    roi: finiteRatio(grossProfit - cost, cost),
    paybackYear: paybackYear(years.map((y) => y.cumulativeNet)),
  };

  const segments = p.revenue.segments;
  const pv = flow.presentProfitPerValue;
  // NPV = V × Σₛ winsₛ × pvₛ − present cost when every segment's contract value is V.
  const perValue = segments.reduce((sum, _s, s) => sum + flow.wins[s]! * pv[s]!, 0);
  const mix = segmentMix(p, flow.wins);
  const perWinPerYen = segments.reduce((sum, _s, s) => sum + mix[s]! * pv[s]!, 0);
  const perWin = segments.reduce(
    (sum, segment, s) => sum + mix[s]! * segment.contractValueYenPerYear * pv[s]!,
    0,
  );
  return {
    controls: flow.controls,
    years,
    totals,
    breakEven: {
      winsPerYear: finiteRatio(flow.presentCost, perWin),
      annualContractValue: finiteRatio(flow.presentCost, perValue) as Yen | null,
    },
    attributableWinsPerYear: flow.wins.reduce((a, b) => a + b, 0),
    presentCost: flow.presentCost,
    presentProfitPerWinYen: perWinPerYen,
    effectiveContractValue: finiteRatio(perWin, perWinPerYen),
  };
}

/** NPV alone, for the Monte Carlo and the tornado: the same pass, without the table. */
export function npvOf(p: PointScenario): number {
  const flow = cashFlow(p);
  return flow.presentProfit - flow.presentCost;
}
