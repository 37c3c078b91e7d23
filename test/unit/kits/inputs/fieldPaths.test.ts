/**
 * A field's unit and label found from the path the engine reports, a segment's buyer group
 * (`revenue.segments[0].market.reachShare`) included: messages, the tornado and the printed
 * inputs read them from there.
 */
import { describe, expect, it } from 'vitest';
import { shippedScenario } from '../../../../src/data/catalog.ts';
import { pointReport } from '../../../../src/engine/index.ts';
import { fieldLabel } from '../../../../src/kits/inputs/fieldLabel.ts';
import { segmentField, unitOf } from '../../../../src/kits/inputs/fields.ts';

const regional = shippedScenario('regional-municipal-vendor');

describe('unitOf', () => {
  it.each([
    ['audit.fixedFeeYen', 'yenPerYear'],
    ['audit.fixedFeeYen.low', 'yenPerYear'],
    ['revenue.segments[0].winRateWith', 'share'],
    ['revenue.segments[3].contractYears.high', 'years'],
    ['revenue.segments[0].market.reachShare', 'share'],
    ['revenue.segments[0].market.reachShare.mode', 'share'],
    ['revenue.segments[12].market.reTenderCycleYears', 'years'],
    ['revenue.segments[12].market.reTenderCycleYears.low', 'years'],
  ])('%s → %s', (path, unit) => {
    expect(unitOf(path)).toBe(unit);
  });

  it.each([
    'revenue.segments[0].market.buyers',
    'revenue.segments[0].market.group',
    'revenue.segments[0].name',
    'nowhere.at.all',
  ])('%s has no unit of the form', (path) => {
    expect(unitOf(path)).toBeNull();
  });
});

describe('segmentField', () => {
  it('reads the segment’s index and the path inside it', () => {
    expect(segmentField('revenue.segments[2].market.reachShare')).toEqual({
      index: 2,
      key: 'market.reachShare',
    });
    expect(segmentField('audit.fixedFeeYen')).toBeNull();
  });
});

describe('fieldLabel', () => {
  it.each([
    ['ja', 'revenue.segments[0].market.reachShare', '小規模自治体: そのうち応札できる割合'],
    [
      'en',
      'revenue.segments[0].market.reTenderCycleYears',
      'Small municipalities: Re-tender cycle',
    ],
    ['en', 'revenue.segments[0].winRateWith', 'Small municipalities: Win rate with the listing'],
    ['en', 'audit.fixedFeeYen', 'Audit fixed fee (one a year)'],
  ] as const)('%s %s → %s', (lang, path, label) => {
    expect(fieldLabel(path, regional, lang)).toBe(label);
  });

  it('keeps the path of a field that has no label of its own', () => {
    const path = 'revenue.segments[0].market.buyers';
    expect(fieldLabel(path, regional, 'en')).toBe(path);
  });

  it('names every input of the tornado, the buyer group’s included', () => {
    const inputs = pointReport(regional).sensitivity.map((bar) => bar.input);
    expect(inputs).toContain('revenue.segments[0].market.reachShare');
    for (const path of inputs) expect(fieldLabel(path, regional, 'en')).not.toBe(path);
  });
});
