/** Revenue attributable to the certification, as README, Method documents it by that name. */
import { isCertifiedYear } from './costs.ts';
import type { PointScenario } from './resolve.ts';

type Segment = PointScenario['revenue']['segments'][number];

/**
 * Wins a year that the listing brings: opportunities × (required share × win rate with +
 * (1 − required share) × (win rate with − win rate without)). Deals that require the listing
 * are won only with it; on the others the listing lifts the win rate. The lift is never below
 * zero. Example: 10 opportunities, 10 % require it, 50 % with, 45 % without →
 * 10 × (0.1 × 0.5 + 0.9 × 0.05) = 0.95.
 */
export function attributableWinsPerYear(segment: Segment): number {
  const lift = Math.max(0, segment.winRateWith - segment.winRateWithout);
  return (
    segment.opportunitiesPerYear *
    (segment.requiredShare * segment.winRateWith + (1 - segment.requiredShare) * lift)
  );
}

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

/**
 * For one segment, the gross profit in each year per one attributable win a year and per yen of
 * annual contract value: Σ over win years k ≤ t of listed share(k) × margin × paid share(t − k).
 * No new wins after the withdrawal year; contracts already won run out.
 * Gross profit of the segment in year t = wins a year × contract value × profile[t − 1].
 */
export function segmentProfitProfile(p: PointScenario, segment: Segment): Float64Array {
  const horizon = p.timeline.horizonYears;
  const profile = new Float64Array(horizon);
  for (let won = 1; won <= horizon; won++) {
    if (!isCertifiedYear(p, won)) break;
    const winsShare = listedShareOfYear(won, p.timeline.monthsToListing);
    if (winsShare === 0) continue;
    for (let year = won; year <= horizon; year++) {
      const paid = contractPaidShare(segment.contractYears, year - won);
      if (paid === 0) break;
      profile[year - 1]! += winsShare * segment.grossMarginShare * paid;
    }
  }
  return profile;
}
