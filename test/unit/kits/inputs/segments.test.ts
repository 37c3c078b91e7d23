/**
 * What the segment editor writes: a new segment the schema accepts, a buyer group copied from
 * data/markets.json (so that a file stands on its own) with its notes on sources, and none.
 */
import { describe, expect, it } from 'vitest';
import { buyerGroups, shippedScenario } from '../../../../src/data/catalog.ts';
import { parseScenario, RevenueSegment, type BuyerGroup } from '../../../../src/engine/index.ts';
import {
  blankSegment,
  DEFAULT_REACH_SHARE,
  groupLabel,
  marketChoice,
  NO_GROUP,
} from '../../../../src/kits/inputs/segments.ts';

const group = (id: string): BuyerGroup => buyerGroups.find((g) => g.id === id)!;
// A copy: some tests change it, and the catalogue's scenario is shared.
const regional = () => structuredClone(shippedScenario('regional-municipal-vendor'));
const at = (key: string) => `revenue.segments[0].market.${key}`;

describe('blankSegment', () => {
  it('passes the schema as it is, with no buyer group', () => {
    const segment = blankSegment({ ja: '新しい区分', en: 'New segment' });
    expect(RevenueSegment.safeParse(segment).success).toBe(true);
    expect(segment.market).toBeNull();
  });
});

describe('marketChoice', () => {
  const choose = (id: string) => marketChoice(regional(), 0, id)!;

  it('copies the group’s id, count and re-tender cycle, and keeps the reach already set', () => {
    const previous = regional().revenue.segments[0]!.market!;
    const prefectures = group('prefectures');
    const { market } = choose('prefectures');
    expect(market).toEqual({
      group: 'prefectures',
      buyers: 47,
      reTenderCycleYears: prefectures.reTenderCycleYears,
      reachShare: previous.reachShare,
    });
    // A copy: editing the scenario never reaches the catalogue.
    expect(market!.reTenderCycleYears).not.toBe(prefectures.reTenderCycleYears);
  });

  it('starts a segment that had no group at the default reach', () => {
    const scenario = regional();
    scenario.revenue.segments[0]!.market = null;
    const choice = marketChoice(scenario, 0, 'municipalities-all')!;
    expect(choice.market?.reachShare).toBe(DEFAULT_REACH_SHARE);
  });

  it('writes null for no group', () => {
    expect(choose(NO_GROUP).market).toBeNull();
  });

  it('changes nothing for a group that is not shipped', () => {
    expect(marketChoice(regional(), 0, 'my-customers')).toBeNull();
  });

  it('gives a scenario the schema accepts, whichever group is chosen', () => {
    for (const id of [NO_GROUP, ...buyerGroups.map((g) => g.id)]) {
      const scenario = regional();
      const choice = marketChoice(scenario, 0, id)!;
      scenario.revenue.segments[0]!.market = choice.market;
      scenario.provenance = choice.provenance;
      expect(parseScenario(scenario).ok, id).toBe(true);
    }
  });

  it('cites the chosen group’s sources for the count and the cycle, and drops the old reach note', () => {
    const before = regional().provenance!;
    const prefectures = group('prefectures');
    const after = choose('prefectures').provenance!;
    expect(after[at('buyers')]).toEqual(prefectures.provenance['buyers']);
    expect(after[at('reTenderCycleYears')]).toEqual(prefectures.provenance['reTenderCycleYears']);
    expect(after[at('reachShare')]).toBeUndefined();
    // Every other note stays as it was.
    const others = (notes: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(notes).filter(([path]) => !path.includes('.market.')));
    expect(others(after)).toEqual(others(before));
  });

  it('drops the segment’s market notes when it names no group', () => {
    const after = choose(NO_GROUP).provenance!;
    expect(Object.keys(after).filter((path) => path.includes('.market.'))).toEqual([]);
  });

  it('leaves a scenario without notes without notes when nothing is cited', () => {
    const scenario = regional();
    delete scenario.provenance;
    expect(marketChoice(scenario, 0, NO_GROUP)!.provenance).toBeUndefined();
  });
});

describe('groupLabel', () => {
  it('names a shipped group in the language asked for, with its count', () => {
    expect(groupLabel('municipalities-under-50k', 1215, 'ja')).toBe(
      '人口5万人未満の市区町村（1,215）',
    );
    expect(groupLabel('municipalities-under-50k', 1215, 'en')).toBe(
      'Municipalities under 50,000 residents (1,215)',
    );
  });

  it('names a group only an imported file knows by its id', () => {
    expect(groupLabel('my-customers', 12, 'en')).toBe('my-customers (12)');
  });
});
