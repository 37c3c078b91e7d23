/**
 * The market year by year (README, Method: The market over time): buyers move toward the
 * buyers' curve with a lag, vendors toward the vendors' curve at an adjustment speed as far as
 * the audit firms can take them, firms enter when demand exceeds capacity, and unlisted vendors
 * lose the business whose tenders require a listing, and leave.
 */
import { binomialTail } from './binomial.ts';
import { buyersCurve } from './curves.ts';
import { listingPays, type VendorSample } from './vendors.ts';

export interface CategoryParameters {
  id: string;
  biddersPerTender: number;
  biddersNeeded: number;
  maxRequiredShare: number;
  /** r_floor the rules set without a mandate (the government's standards, l.389). */
  floorShare: number;
  tendersPerYear: number;
  checkHoursPerUnlistedPurchase: number;
}

/** One set of the market's parameters: a point, or one draw of the ranges. */
export interface MarketParameters {
  firmsToday: number;
  /** First audits one firm can take on a year. */
  auditsPerFirmPerYear: number;
  /** A renewal audit's load, as a share of a first audit's. */
  renewalLoad: number;
  priceElasticity: number;
  baseMonthsToListing: number;
  /** Share of the gap between ℓ* and the listed vendors closed in a year. */
  adjustmentPerYear: number;
  /** Unlisted vendors leave when they have lost between these shares of their public business. */
  exitLostShare: { low: number; high: number };
  lagYears: number;
  hourlyCostYen: number;
  reviewHoursPerApplication: number;
  renewalReviewShare: number;
  categories: CategoryParameters[];
}

/** What a fiscal year sets: the vendors under the levers then in force, firms allowed, mandates. */
export interface MarketYearSetting {
  fiscalYear: number;
  vendors: VendorSample;
  /** Audit firms that may exist this year: today's, or the pool a reform opens. */
  auditFirmPool: number;
  /** r_floor by category: the share a mandate requires (0 without one). */
  floorShares: readonly number[];
}

export interface MarketBurden {
  /** What the certifying vendors pay: listed vendors' renewal years and new listings' first. */
  vendorsYen: number;
  /** Public business unlisted vendors have lost to tenders requiring a listing, a year. */
  lostRevenueYen: number;
  /** IPA's review of applications and renewals, and agencies' checks of unlisted purchases. */
  governmentYen: number;
}

export interface MarketYear {
  fiscalYear: number;
  listedTotal: number;
  /** Listed on ISMAP-LIU or the lighter SaaS category, within listedTotal. */
  listedLight: number;
  listedByCategory: Record<string, number>;
  requiredShareByCategory: Record<string, number>;
  /** Listed share of each category's vendors still in the market. */
  listedShareByCategory: Record<string, number>;
  auditFirms: number;
  monthsToListing: number;
  auditFeeFactor: number;
  /** Cumulative. */
  vendorsExited: number;
  tendersShortOfBidders: number;
  burden: MarketBurden;
}

/** Where the market ends: what the equilibria are drawn at. */
export interface MarketEnd {
  requiredShares: number[];
  feeFactor: number;
  /** Vendors still in the market, by archetype. */
  active: number[];
  /** Vendors in each category at the start. */
  initial: number[];
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Share of unlisted vendors gone once they have lost `lost` of their business. */
function goneShare(lost: number, band: { low: number; high: number }): number {
  if (band.high <= band.low) return lost >= band.low ? 1 : 0;
  return clamp01((lost - band.low) / (band.high - band.low));
}

/**
 * Runs the years in `settings` in order, from no listing and no requirement. Each year:
 * 1. φ = (firms ÷ firms today)^(−elasticity);
 * 2. buyers: r_c += (r*_c(listed_c ÷ vendors_c at the start) − r_c) ÷ lag, never below the floor;
 * 3. vendors: gap_a = speed × (min(ℓ*_a(r, φ) × vendors_a at the start, vendors left_a) −
 *    listed_a); a negative gap withdraws at once, a positive one applies for audit;
 * 4. audits: capacity = firms × audits a firm; renewals take renewal load × listed; the rest
 *    serves applications pro rata; the unserved backlog adds 12 × backlog ÷ capacity months to
 *    the base months to listing;
 * 5. firms: when demand (applications + renewal load) exceeds capacity, enough firms to cover it
 *    enter for the next year, up to the pool;
 * 6. exits: unlisted vendors lose ρ × r_c of what is left of their business in category c each
 *    year; the share gone rises linearly from the low to the high exit share.
 */
export function simulateMarket(
  settings: readonly MarketYearSetting[],
  params: MarketParameters,
): { years: MarketYear[]; end: MarketEnd } {
  const archetypes = settings[0]?.vendors ?? [];
  const categories = params.categories;
  const nA = archetypes.length;
  const nC = categories.length;
  const categoryOf = archetypes.map((a) => a.category);
  const active = Float64Array.from(archetypes, (a) => a.count);
  const listed = new Float64Array(nA);
  const renewing = new Float64Array(nA);
  const applications = new Float64Array(nA);
  const lost = archetypes.map((a) => new Float64Array(a.business.length));
  const revenue = archetypes.map((a) => a.business.reduce((sum, b) => sum + b.revenueYen, 0));
  const initial = categories.map((_c, c) =>
    archetypes.reduce((sum, a) => sum + (a.category === c ? a.count : 0), 0),
  );
  const required = new Array<number>(nC).fill(0);
  const adjust = Math.min(1, 1 / params.lagYears);
  let firms = params.firmsToday;
  let exited = 0;
  let feeFactor = 1;
  const years: MarketYear[] = [];
  const lostShare = (i: number) => {
    const business = archetypes[i]!.business;
    let sum = 0;
    for (let j = 0; j < business.length; j++) sum += business[j]!.revenueYen * lost[i]![j]!;
    return revenue[i]! > 0 ? sum / revenue[i]! : 0;
  };
  const sumIn = (values: Float64Array, c: number) => {
    let sum = 0;
    for (let i = 0; i < nA; i++) if (categoryOf[i] === c) sum += values[i]!;
    return sum;
  };
  const yearCost = (x: { audit: number; total: number }) => x.total - x.audit + x.audit * feeFactor;

  for (const setting of settings) {
    const vendors = setting.vendors;
    feeFactor = Math.pow(firms / params.firmsToday, -params.priceElasticity);
    for (let c = 0; c < nC; c++) {
      const p = categories[c]!;
      const floor = Math.max(p.floorShare, setting.floorShares[c] ?? 0);
      const listedShare = initial[c]! > 0 ? sumIn(listed, c) / initial[c]! : 0;
      const target = buyersCurve({ ...p, floorShare: floor }, listedShare);
      required[c] = Math.max(floor, required[c]! + (target - required[c]!) * adjust);
    }

    let applied = 0;
    let renewingTotal = 0;
    for (let i = 0; i < nA; i++) {
      // Those who leave are unlisted vendors, for whom listing did not pay: the ones it pays for
      // are counted among the vendors at the start, up to the vendors left.
      const pays = listingPays(vendors[i]!, required, feeFactor) * archetypes[i]!.count;
      const target = Math.min(active[i]!, pays);
      const gap = params.adjustmentPerYear * (target - listed[i]!);
      // Vendors for whom listing no longer pays withdraw at once; the others apply for audit.
      if (gap < 0) listed[i]! += gap;
      applications[i] = Math.max(0, gap);
      applied += applications[i]!;
      renewing[i] = listed[i]!;
      renewingTotal += listed[i]!;
    }
    const capacity = firms * params.auditsPerFirmPerYear;
    const forNew = Math.max(0, capacity - params.renewalLoad * renewingTotal);
    const served = applied > 0 ? Math.min(1, forNew / applied) : 1;
    for (let i = 0; i < nA; i++) listed[i]! += applications[i]! * served;
    const newTotal = applied * served;
    const monthsToListing = params.baseMonthsToListing + (12 * (applied - newTotal)) / capacity;
    const firmsThisYear = firms;
    const demand = applied + params.renewalLoad * renewingTotal;
    if (demand > capacity && setting.auditFirmPool > firms) {
      const wanted = Math.ceil((demand - capacity) / params.auditsPerFirmPerYear - 1e-9);
      firms = Math.min(setting.auditFirmPool, firms + wanted);
    }

    let lostRevenueYen = 0;
    for (let i = 0; i < nA; i++) {
      const business = archetypes[i]!.business;
      if (business.length === 0) continue;
      const before = goneShare(lostShare(i), params.exitLostShare);
      for (let j = 0; j < business.length; j++) {
        const b = business[j]!;
        const l = lost[i]![j]!;
        lost[i]![j] = l + (1 - l) * b.retenderShare * required[b.category]!;
      }
      const after = goneShare(lostShare(i), params.exitLostShare);
      const unlisted = Math.max(0, active[i]! - listed[i]!);
      const leaving = before < 1 ? (unlisted * (after - before)) / (1 - before) : 0;
      active[i]! -= leaving;
      exited += leaving;
      lostRevenueYen += Math.max(0, active[i]! - listed[i]!) * revenue[i]! * lostShare(i);
    }

    const listedByCategory: Record<string, number> = {};
    const requiredShareByCategory: Record<string, number> = {};
    const listedShareByCategory: Record<string, number> = {};
    let tendersShort = 0;
    let checkHours = 0;
    for (let c = 0; c < nC; c++) {
      const p = categories[c]!;
      const count = sumIn(listed, c);
      const vendorsLeft = sumIn(active, c);
      const share = vendorsLeft > 0 ? clamp01(count / vendorsLeft) : 0;
      listedByCategory[p.id] = count;
      requiredShareByCategory[p.id] = required[c]!;
      listedShareByCategory[p.id] = share;
      const ofStart = initial[c]! > 0 ? count / initial[c]! : 0;
      const enough = binomialTail(p.biddersPerTender, ofStart, p.biddersNeeded);
      tendersShort += p.tendersPerYear * required[c]! * (1 - enough);
      checkHours +=
        p.checkHoursPerUnlistedPurchase * p.tendersPerYear * (1 - required[c]!) * (1 - share);
    }
    let vendorsYen = 0;
    let listedTotal = 0;
    let listedLight = 0;
    for (let i = 0; i < nA; i++) {
      const a = archetypes[i]!;
      const newly = applications[i]! * served;
      vendorsYen += renewing[i]! * yearCost(a.renewalYear) + newly * yearCost(a.firstYear);
      listedTotal += listed[i]!;
      if (vendors[i]!.track !== 'ismap') listedLight += listed[i]!;
    }
    const reviewHours =
      params.reviewHoursPerApplication * (newTotal + params.renewalReviewShare * renewingTotal);
    years.push({
      fiscalYear: setting.fiscalYear,
      listedTotal,
      listedLight,
      listedByCategory,
      requiredShareByCategory,
      listedShareByCategory,
      auditFirms: firmsThisYear,
      monthsToListing,
      auditFeeFactor: feeFactor,
      vendorsExited: exited,
      tendersShortOfBidders: tendersShort,
      burden: {
        vendorsYen,
        lostRevenueYen,
        governmentYen: params.hourlyCostYen * (reviewHours + checkHours),
      },
    });
  }
  return {
    years,
    end: { requiredShares: [...required], feeFactor, active: [...active], initial },
  };
}
