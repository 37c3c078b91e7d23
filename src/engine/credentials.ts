/**
 * Which certificate buyers accept (README, Method: Credentials). Credentials are ordered
 * ISMAP > ISMAP-LIU ≈ the lighter SaaS category > ISO/IEC 27017 > none; a tender requires one
 * level, and a vendor wins it only with a credential at or above that level.
 */
import type { PointScenario } from './resolve.ts';
import type { Track } from './schema.ts';

/** 0 none, 1 ISO/IEC 27017, 2 ISMAP-LIU or the lighter category, 3 ISMAP. */
export type Level = 0 | 1 | 2 | 3;

export const LEVEL_OF_TRACK: Record<Track, Level> = {
  ismap: 3,
  'ismap-liu': 2,
  'saas-light': 2,
  'iso27017-only': 1,
};

type Segment = PointScenario['revenue']['segments'][number];

/** Shares of opportunities by the level they require, index = level; level 0 is the rest. */
export function requirementMix(segment: Segment): [number, number, number, number] {
  const iso = segment.requiresIso27017Share;
  const liu = segment.requiresLiuShare;
  const ismap = segment.requiresIsmapShare;
  return [Math.max(0, 1 - iso - liu - ismap), iso, liu, ismap];
}

/** Win rate on a deal the credential may bid for. */
export function winRateOf(segment: Segment, level: Level): number {
  if (level === 0) return segment.winRateWithout;
  return level === 1 ? segment.winRateWithIso27017 : segment.winRateWith;
}

/**
 * Opportunities a year, capped by the market when the segment names one: buyers ÷ re-tender
 * cycle × the share the vendor can reach. Example: 1,219 buyers, 5-year cycle, 10 % reach →
 * at most 24.38 a year.
 */
export function opportunitiesOf(segment: Segment): number {
  const market = segment.market;
  if (market === null) return segment.opportunitiesPerYear;
  const reachable = (market.buyers / market.reTenderCycleYears) * market.reachShare;
  return Math.min(segment.opportunitiesPerYear, reachable);
}

/**
 * Wins a year per opportunity that a credential adds over having none: it bids on the deals
 * that require its level or less, at its win rate, against the open deals won without one.
 * Example: 10 % require ISMAP, 20 % LIU, the rest nothing; 50 % with, 45 % without →
 * ISMAP: 1 × 0.5 − 0.7 × 0.45 = 0.185; LIU: 0.9 × 0.5 − 0.315 = 0.135; ISO at 48 %:
 * 0.7 × 0.48 − 0.315 = 0.021.
 */
export function liftPerOpportunity(segment: Segment, level: Level): number {
  const mix = requirementMix(segment);
  let open = 0;
  for (let l = 0; l <= level; l++) open += mix[l]!;
  return Math.max(0, open * winRateOf(segment, level) - mix[0] * segment.winRateWithout);
}

/**
 * Share of the existing business put to tender in a year that is lost: the part that requires
 * a level above the one held, and the part that requires a credential while none is held yet
 * (`held` is the share of the year the credential is held).
 * Example: 30 % require ISMAP, 10 % ISO; holding ISO all year → 0.3 lost; holding ISMAP for
 * half the year → 0.4 × 0.5 = 0.2.
 */
export function lostShareAtRetender(segment: Segment, level: Level, held: number): number {
  const mix = requirementMix(segment);
  let lost = 0;
  for (let l = 1; l <= 3; l++) lost += mix[l]! * (l <= level ? 1 - held : 1);
  return lost;
}
