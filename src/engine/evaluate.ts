/**
 * Point evaluation of a scenario (README, Method: Results; Break-even, solved exactly): the
 * year-by-year table, NPV, ROI, payback and the exact break-even points.
 */
import { controlPipeline, type ControlPipeline } from './controls.ts';
import { chosenYearCost, usesIsoCredit, type YearCost } from './costs.ts';
import { discountFactor, paybackYear } from './finance.ts';
import type { PointScenario } from './resolve.ts';
import { LEVEL_OF_TRACK, liftPerOpportunity, opportunitiesOf } from './credentials.ts';
import { credentialByYear, lostRevenueByYear, segmentProfitProfile } from './revenue.ts';
import type { Share, Yen } from './units.ts';

export interface YearRow {
  year: number;
  fiscalYear: number;
  audit: Yen;
  staff: Yen;
  operations: Yen;
  oneOff: Yen;
  totalCost: Yen;
  grossProfit: Yen;
  /** Gross profit lost on business the vendor already had, put to tender without the credential. */
  lostRevenue: Yen;
  net: Yen;
  cumulativeNet: Yen;
  discountedNet: Yen;
}

export interface Totals {
  cost: Yen;
  grossProfit: Yen;
  lostRevenue: Yen;
  npv: Yen;
  /** (gross profit − lost revenue − cost) ÷ cost, undiscounted; null when there is no cost. */
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
  /** By segment, in the scenario's order: the customers the break-even wins amount to. */
  customers: SegmentCustomers[];
}

/**
 * Break-even as a vendor counts it: customers held at once, that is the segment's share of the
 * break-even wins a year times the years a contract runs (within the horizon), and, for a
 * segment tied to a buyer group, that count as a share of the group.
 */
export interface SegmentCustomers {
  winsPerYear: number | null;
  customersHeld: number | null;
  buyerGroup: string | null;
  buyers: number | null;
  shareOfBuyers: Share | null;
}

export interface Evaluation {
  controls: ControlPipeline;
  years: YearRow[];
  totals: Totals;
  breakEven: BreakEven;
  /** Wins a year attributable to the listing, all segments. */
  attributableWinsPerYear: number;
  /**
   * Present value of all costs and of the existing revenue lost (yen): what new wins must earn
   * back, the numerator of both break-evens.
   */
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

/** x, or null when it overflowed: a count past 1e308 is out of reach, not a number to show. */
const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

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
  lostRevenue: Float64Array;
  discount: Float64Array;
  wins: number[];
  presentCost: number;
  presentProfit: number;
  /** Per segment: present gross profit of one opportunity a year at ¥1 of contract value. */
  presentProfitPerOpportunity: Float64Array;
  /** Per segment: the same for one win a year at the track's credential. */
  presentProfitPerWin: Float64Array;
  opportunities: number[];
}

/**
 * The one pass over the years that both the full evaluation and the Monte Carlo use; it builds
 * no rows, so thousands of draws stay cheap. `delayYears` starts the plan that many years into
 * the horizon (the "wait" options); a delay of the whole horizon is not certifying at all.
 */
function cashFlow(p: PointScenario, delayYears: number): CashFlow {
  const controls = controlPipeline(p);
  // Without the ISO 27001 credit, for the years where keeping the ISMS would cost more.
  const uncredited =
    usesIsoCredit(p) && p.controls.ismsYenPerYear > 0 ? controlPipeline(p, false) : null;
  const horizon = p.timeline.horizonYears;
  const segments = p.revenue.segments;
  const credential = credentialByYear(p, delayYears);
  const level = LEVEL_OF_TRACK[p.track];
  const opportunities = segments.map(opportunitiesOf);
  const wins = segments.map((segment, s) => opportunities[s]! * liftPerOpportunity(segment, level));
  const profiles = segments.map((segment) => segmentProfitProfile(segment, credential, level));
  const lost = segments.map((segment) => lostRevenueByYear(segment, credential));
  const costs: YearCost[] = [];
  const grossProfit = new Float64Array(horizon);
  const lostRevenue = new Float64Array(horizon);
  const discount = new Float64Array(horizon);
  const presentProfitPerOpportunity = new Float64Array(segments.length);
  const presentProfitPerWin = new Float64Array(segments.length);
  // (1 + r)^−t as a running product: Math.pow per year would be most of the cost of a draw.
  const yearStep = discountFactor(p.timeline.discountRatePerYear, 1);
  let factor = 1;
  let presentCost = 0;
  let presentProfit = 0;
  for (let year = 1; year <= horizon; year++) {
    factor *= yearStep;
    const cost = chosenYearCost(p, controls, uncredited, year - delayYears);
    let profit = 0;
    let lostThisYear = 0;
    for (let s = 0; s < segments.length; s++) {
      const perOpportunityPerYen = profiles[s]!.perOpportunity[year - 1]!;
      profit += opportunities[s]! * segments[s]!.contractValueYenPerYear * perOpportunityPerYen;
      presentProfitPerOpportunity[s]! += perOpportunityPerYen * factor;
      presentProfitPerWin[s]! += profiles[s]!.perWin[year - 1]! * factor;
      lostThisYear += lost[s]![year - 1]!;
    }
    costs.push(cost);
    grossProfit[year - 1] = profit;
    lostRevenue[year - 1] = lostThisYear;
    discount[year - 1] = factor;
    presentCost +=
      (cost.audit + cost.staff + cost.operations + cost.oneOff + lostThisYear) * factor;
    presentProfit += profit * factor;
  }
  return {
    controls,
    costs,
    grossProfit,
    lostRevenue,
    discount,
    wins,
    presentCost,
    presentProfit,
    presentProfitPerOpportunity,
    presentProfitPerWin,
    opportunities,
  };
}

/**
 * NPV = Σₜ (gross profitₜ − costₜ) × (1 + r)^−t. Gross profit is linear in both the wins a
 * year and the contract value, so each break-even is present cost ÷ present profit per unit.
 */
export function evaluatePoint(p: PointScenario, delayYears = 0): Evaluation {
  const flow = cashFlow(p, delayYears);
  const years: YearRow[] = [];
  let cumulativeNet = 0;
  flow.costs.forEach((cost, i) => {
    const totalCost = cost.audit + cost.staff + cost.operations + cost.oneOff;
    const grossProfit = flow.grossProfit[i]!;
    const lostRevenue = flow.lostRevenue[i]!;
    const net = grossProfit - lostRevenue - totalCost;
    cumulativeNet += net;
    years.push({
      year: i + 1,
      fiscalYear: p.timeline.startFiscalYear + i,
      audit: cost.audit as Yen,
      staff: cost.staff as Yen,
      operations: cost.operations as Yen,
      oneOff: cost.oneOff as Yen,
      totalCost: totalCost as Yen,
      grossProfit: grossProfit as Yen,
      lostRevenue: lostRevenue as Yen,
      net: net as Yen,
      cumulativeNet: cumulativeNet as Yen,
      discountedNet: (net * flow.discount[i]!) as Yen,
    });
  });

  const cost = years.reduce((sum, y) => sum + y.totalCost, 0);
  const grossProfit = years.reduce((sum, y) => sum + y.grossProfit, 0);
  const lostRevenue = years.reduce((sum, y) => sum + y.lostRevenue, 0);
  const totals: Totals = {
    cost: cost as Yen,
    grossProfit: grossProfit as Yen,
    lostRevenue: lostRevenue as Yen,
    npv: (flow.presentProfit - flow.presentCost) as Yen,
    roi: finiteRatio(grossProfit - lostRevenue - cost, cost),
    paybackYear: paybackYear(years.map((y) => y.cumulativeNet)),
  };

  const segments = p.revenue.segments;
  const { opportunities, presentProfitPerOpportunity: perOpportunity } = flow;
  // NPV = V × Σₛ opportunitiesₛ × perOpportunityₛ − present cost when every segment's value is V.
  const perValue = segments.reduce((sum, _s, s) => sum + opportunities[s]! * perOpportunity[s]!, 0);
  const allWins = flow.wins.reduce((a, b) => a + b, 0);
  // The values weighted by what each segment earns per yen: exactly the value with one segment.
  const weightedValue =
    perValue > 0
      ? segments.reduce(
          (sum, segment, s) =>
            sum +
            ((opportunities[s]! * perOpportunity[s]!) / perValue) * segment.contractValueYenPerYear,
          0,
        )
      : null;
  // Break-even in wins scales every segment's opportunities alike, so one win a year earns the
  // present profit ÷ the wins. When the track wins nothing, one win a year is counted in the
  // segment mix at the track's credential instead.
  const mix = segmentMix(p, flow.wins);
  const perWinPerYen =
    allWins > 0
      ? perValue / allWins
      : segments.reduce((sum, _s, s) => sum + mix[s]! * flow.presentProfitPerWin[s]!, 0);
  const perWin =
    allWins > 0
      ? flow.presentProfit / allWins
      : segments.reduce(
          (sum, segment, s) =>
            sum + mix[s]! * segment.contractValueYenPerYear * flow.presentProfitPerWin[s]!,
          0,
        );
  const winsPerYear = finiteRatio(flow.presentCost, perWin);
  const customers = segments.map((segment, s): SegmentCustomers => {
    const market = segment.market;
    const wins = winsPerYear === null ? null : winsPerYear * mix[s]!;
    const held =
      wins === null
        ? null
        : finiteOrNull(wins * Math.min(segment.contractYears, p.timeline.horizonYears));
    return {
      winsPerYear: wins,
      customersHeld: held,
      buyerGroup: market?.group ?? null,
      buyers: market?.buyers ?? null,
      shareOfBuyers: market && held !== null ? ((held / market.buyers) as Share) : null,
    };
  });
  return {
    controls: flow.controls,
    years,
    totals,
    breakEven: {
      winsPerYear,
      annualContractValue: finiteRatio(flow.presentCost, perValue) as Yen | null,
      customers,
    },
    attributableWinsPerYear: flow.wins.reduce((a, b) => a + b, 0),
    presentCost: flow.presentCost,
    presentProfitPerWinYen: perWinPerYen,
    effectiveContractValue: allWins > 0 ? weightedValue : finiteRatio(perWin, perWinPerYen),
  };
}

/** NPV alone, for the Monte Carlo and the tornado: the same pass, without the table. */
export function npvOf(p: PointScenario, delayYears = 0): number {
  const flow = cashFlow(p, delayYears);
  return flow.presentProfit - flow.presentCost;
}

/**
 * NPV and the present value of its audit fees, yen, from one pass: Σₜ auditₜ × (1 + r)^−t. The
 * market model scales the audit fees by the audit market's price (README, Method: The market's
 * two curves) without evaluating the scenario again. Example: ¥10M of audit in each of 2 years at
 * r = 10 % → 10M ÷ 1.1 + 10M ÷ 1.21 ≈ ¥17.36M.
 */
export function npvAndAudit(
  p: PointScenario,
  delayYears = 0,
): { npv: number; presentAudit: number } {
  const flow = cashFlow(p, delayYears);
  let presentAudit = 0;
  for (let i = 0; i < flow.costs.length; i++)
    presentAudit += flow.costs[i]!.audit * flow.discount[i]!;
  return { npv: flow.presentProfit - flow.presentCost, presentAudit };
}
