/**
 * What the segment editor writes when it adds a segment or names a segment's buyer group, and
 * how a group is named on screen and in print; kept out of the components so that it can be
 * checked against the schema under Node.
 */
import { buyerGroups } from '../../data/catalog.ts';
import { shippedGroupNotes } from '../../data/notes.svelte.ts';
import {
  formatPath,
  type BuyerGroup,
  type Provenance,
  type RevenueSegment,
  type Scenario,
  type SegmentMarket,
} from '../../engine/index.ts';
import { formatNumber } from '../format/yen.ts';
import { wordsOf } from '../i18n/catalogue.ts';
import type { Lang } from '../i18n/lang.ts';
import { localized } from '../i18n/localized.ts';
import { INPUT_MESSAGES } from './messages.ts';

/**
 * A segment for a scenario that has none to copy: every figure a plain placeholder the person
 * replaces, no existing business and no buyer group, so that it passes the schema as it is.
 */
export function blankSegment(name: RevenueSegment['name']): RevenueSegment {
  return {
    name,
    opportunitiesPerYear: 10,
    requiresIsmapShare: 0.1,
    requiresLiuShare: 0,
    requiresIso27017Share: 0,
    winRateWith: 0.3,
    winRateWithIso27017: 0.25,
    winRateWithout: 0.2,
    prospectShare: 0,
    contractValueYenPerYear: 1_000_000,
    contractYears: 3,
    grossMarginShare: 0.7,
    existingRevenueYenPerYear: 0,
    retenderSharePerYear: 0,
    market: null,
  };
}

/** The reach of a segment that had no buyer group: a tenth of the group, to be replaced. */
export const DEFAULT_REACH_SHARE = 0.1;

/** The choice of no buyer group in the segment editor's list. */
export const NO_GROUP = '';

/** What choosing a buyer group writes: the segment's market and the scenario's notes. */
export interface MarketChoice {
  market: SegmentMarket | null;
  provenance: Record<string, Provenance> | undefined;
}

/**
 * Segment `index` of `scenario` names the shipped group `id` (or none, NO_GROUP): null when `id`
 * is neither (the imported file's own group, shown but not offered again), which changes nothing.
 */
export function marketChoice(scenario: Scenario, index: number, id: string): MarketChoice | null {
  const group = buyerGroups.find((g) => g.id === id) ?? null;
  if (group === null && id !== NO_GROUP) return null;
  const previous = scenario.revenue.segments[index]?.market ?? null;
  return {
    market: group === null ? null : marketFor(group, previous),
    provenance: marketProvenance(scenario.provenance, index, group),
  };
}

/**
 * A segment's market once `group` is chosen: a copy of the group (README, Method: The size of
 * the market: a file stands on its own). The reach already set is kept: it says how far the
 * vendor's sales go, which a change of group (say, from one population band to another) does
 * not change.
 */
function marketFor(group: BuyerGroup, previous: SegmentMarket | null): SegmentMarket {
  return {
    group: group.id,
    buyers: group.buyers,
    reTenderCycleYears: structuredClone(group.reTenderCycleYears),
    reachShare: previous === null ? DEFAULT_REACH_SHARE : structuredClone(previous.reachShare),
  };
}

/**
 * The scenario's notes on sources once segment `index` names `group` (or none): the count and
 * the cycle cite the group's own sources, and the reach loses the note it had, which spoke of
 * the group before. The other notes are kept as they are.
 */
function marketProvenance(
  provenance: Readonly<Record<string, Provenance>> | undefined,
  index: number,
  group: BuyerGroup | null,
): Record<string, Provenance> | undefined {
  const at = (key: keyof SegmentMarket) =>
    formatPath(['revenue', 'segments', index, 'market', key]);
  const copied = (['buyers', 'reTenderCycleYears'] as const).flatMap((key) => {
    const note = group && shippedGroupNotes(group.id)?.[key];
    return note ? [[at(key), structuredClone(note)] as const] : [];
  });
  const replaced = new Set<string>([at('buyers'), at('reTenderCycleYears'), at('reachShare')]);
  // A scenario without notes (the person's own) gets none unless the group brings some.
  if (provenance === undefined && copied.length === 0) return undefined;
  const kept = Object.entries(provenance ?? {}).filter(([path]) => !replaced.has(path));
  return Object.fromEntries([...kept, ...copied]);
}

/**
 * A buyer group as the form and the printed inputs name it: the shipped group's name in `lang`
 * (a group only an imported file knows, by its id) with its count.
 */
export function groupLabel(id: string, buyers: number, lang: Lang): string {
  const shipped = buyerGroups.find((g) => g.id === id);
  return wordsOf(INPUT_MESSAGES, lang)('segment.market.option', {
    name: shipped ? localized(shipped.name, lang) : id,
    buyers: formatNumber(buyers, lang),
  });
}
