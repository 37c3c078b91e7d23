/**
 * Revenue attributable to the certification and revenue it protects (README, Method: Revenue
 * attributable to the certification; Credentials; Revenue protected).
 */
import { isCertifiedYear } from './costs.ts';
import {
  LEVEL_OF_TRACK,
  liftPerOpportunity,
  lostShareAtRetender,
  type Level,
} from './credentials.ts';
import type { PointScenario } from './resolve.ts';

type Segment = PointScenario['revenue']['segments'][number];

/**
 * Share of year `year` (1-based) after listing: clamp((12·year − months to listing) ÷ 12, 0, 1).
 * Example: listed after 18 months → year 1: 0, year 2: 0.5, year 3: 1.
 */
export function listedShareOfYear(year: number, monthsToListing: number): number {
  return Math.min(1, Math.max(0, (12 * year - monthsToListing) / 12));
}

/**
 * Share of a year's contract value paid in the `yearsSinceWin`-th year after the win (0 = the
 * year it is won): whole years pay in full, a fractional length pays its fraction last.
 * Example: 2.5-year contract → 1, 1, 0.5, 0, ...
 */
export function contractPaidShare(contractYears: number, yearsSinceWin: number): number {
  return Math.min(1, Math.max(0, contractYears - yearsSinceWin));
}

/** The credential a vendor holds in one year of the horizon. */
export interface CredentialYear {
  /** Year of the plan: 1 is the year the work starts; below 1 while waiting. */
  planYear: number;
  level: Level;
  /** Share of the year the credential is held. */
  held: number;
}

/**
 * Year by year, with the start `delayYears` after the horizon's first year: nothing while
 * waiting; the track's credential from listing until the withdrawal year; after it, ISO/IEC
 * 27017 if the vendor keeps it, else nothing.
 */
export function credentialByYear(p: PointScenario, delayYears: number): CredentialYear[] {
  const level = LEVEL_OF_TRACK[p.track];
  const after: Level = p.timeline.keepsIso27017AfterWithdrawal ? 1 : 0;
  // A plain loop: this runs for every Monte Carlo draw, and Array.from's callback costs more
  // than the rest of it.
  const years: CredentialYear[] = [];
  for (let i = 0; i < p.timeline.horizonYears; i++) {
    const planYear = i + 1 - delayYears;
    if (planYear < 1) years.push({ planYear, level: 0, held: 0 });
    else if (!isCertifiedYear(p, planYear)) {
      years.push({ planYear, level: after, held: after > 0 ? 1 : 0 });
    } else {
      years.push({
        planYear,
        level,
        held: listedShareOfYear(planYear, p.timeline.monthsToListing),
      });
    }
  }
  return years;
}

/** A segment's gross profit profile over the horizon, per yen of annual contract value. */
export interface ProfitProfile {
  /** Per opportunity a year: gross profit of the segment = opportunities × value × this. */
  perOpportunity: Float64Array;
  /**
   * Per win a year at the track's credential (its years only): the shape of one win's worth,
   * for break-even in wins when the track itself adds none.
   */
  perWin: Float64Array;
}

/**
 * Σ over win years k ≤ t of lift(level of k) × won share(k) × margin × paid share(t − k),
 * where the won share is the share of year k the credential is held, plus, before listing,
 * the prospect share of the lift (a tender may accept a listing under way). Contracts already
 * won run out after the withdrawal.
 */
export function segmentProfitProfile(
  segment: Segment,
  years: readonly CredentialYear[],
  trackLevel: Level,
): ProfitProfile {
  const horizon = years.length;
  const perOpportunity = new Float64Array(horizon);
  const perWin = new Float64Array(horizon);
  const lifts = [0, 1, 2, 3].map((l) => liftPerOpportunity(segment, l as Level));
  for (let won = 1; won <= horizon; won++) {
    const { level, held, planYear } = years[won - 1]!;
    if (level === 0) continue;
    const prospect = planYear >= 1 && held < 1 ? segment.prospectShare * (1 - held) : 0;
    const wonShare = held + prospect;
    if (wonShare === 0) continue;
    const lift = lifts[level]!;
    const atTrack = level === trackLevel;
    for (let year = won; year <= horizon; year++) {
      const paid = contractPaidShare(segment.contractYears, year - won);
      if (paid === 0) break;
      const earned = wonShare * segment.grossMarginShare * paid;
      perOpportunity[year - 1]! += lift * earned;
      if (atTrack) perWin[year - 1]! += earned;
    }
  }
  return { perOpportunity, perWin };
}

/**
 * Gross profit lost each year on business the vendor already has (yen): each year a share ρ of
 * what is left of it is put to tender, and the part whose tender requires a credential the
 * vendor does not hold then is lost for the rest of the horizon.
 * Example: ¥10M a year at 50 % margin, ρ = 0.2, 30 % require ISMAP, never certified →
 * year 1: 10M × 0.5 × 0.2 × 0.3 = ¥0.3M; year 2: + 0.8 × 0.2 × 0.3 → ¥0.54M.
 */
export function lostRevenueByYear(
  segment: Segment,
  years: readonly CredentialYear[],
): Float64Array {
  const lost = new Float64Array(years.length);
  const rate = segment.retenderSharePerYear;
  const value = segment.existingRevenueYenPerYear * segment.grossMarginShare;
  if (value === 0 || rate === 0) return lost;
  let untendered = 1;
  let lostShare = 0;
  years.forEach(({ level, held }, i) => {
    lostShare += untendered * rate * lostShareAtRetender(segment, level, held);
    untendered *= 1 - rate;
    lost[i] = value * lostShare;
  });
  return lost;
}
