/** The decision panel's words: the best option named with its reason, the options, the market. */
import { describe, expect, it } from 'vitest';
import { buyerGroups, shippedScenario, trackPresets } from '../../../../src/data/catalog.ts';
import {
  decisionCases,
  optionValues,
  pointReport,
  type OptionValue,
  type Scenario,
} from '../../../../src/engine/index.ts';
import {
  decisionView,
  type DecisionInput,
} from '../../../../src/screens/estimate/build/decision.ts';
import { wordsOf } from '../../../../src/kits/i18n/catalogue.ts';
import { DECISION_MESSAGES } from '../../../../src/screens/estimate/decisionMessages.ts';

const en = wordsOf(DECISION_MESSAGES, 'en');
const ja = wordsOf(DECISION_MESSAGES, 'ja');

function inputFor(
  scenario: Scenario,
  options: OptionValue[] = optionValues(decisionCases(scenario, trackPresets)),
  probabilities: number[] | null = null,
): DecisionInput {
  return {
    scenario,
    options,
    probabilities,
    market: pointReport(scenario).market,
    groups: buyerGroups,
    reformLater: () => false,
    lang: 'en',
    t: en,
  };
}

const option = (id: OptionValue['id'], npv: number, delayYears = 0): OptionValue =>
  ({ id, npv, delayYears }) as OptionValue;

describe('the decision panel', () => {
  it('lists every option with its start, NPV and chance, still computing until the draws come', () => {
    const graffer = shippedScenario('graffer-actual');
    const view = decisionView(inputFor(graffer));
    expect(view.table.rows.map((r) => r.header)).toEqual([
      'ISMAP',
      'ISMAP-LIU (low-impact SaaS)',
      'No ISMAP (ISO 27017 only)',
      'No certification',
      'ISMAP after a 1-year wait',
      'ISMAP after a 2-year wait',
      'ISMAP after a 3-year wait',
    ]);
    expect(view.table.rows[0]!.values).toEqual(['FY2021', expect.any(Number), 'computing…']);
    expect(view.table.rows[4]!.values[0]).toBe('FY2022');
    const drawn = decisionView(inputFor(graffer, undefined, [0.1, 0.2, 0.3, 0, 0, 0, 0]));
    expect(drawn.table.rows[2]!.values[2]).toBe(0.3);
  });

  it('says Graffer does best not to certify, as it did', () => {
    const view = decisionView(inputFor(shippedScenario('graffer-actual')));
    expect(view.best).toBe('none');
    expect(view.sentence).toMatch(/^Not certifying is best \(NPV ¥0\)/);
  });

  it('names the best option with what it gains over the next and over not certifying', () => {
    const scenario = shippedScenario('hyperscale-iaas');
    const options = [option('ismap', 300e6), option('iso27017-only', 100e6), option('none', 0)];
    const view = decisionView(inputFor(scenario, options, [0.9, 0.6, 0]));
    expect(view.best).toBe('ismap');
    expect(view.sentence).toBe(
      '“ISMAP” pays best (NPV ¥300M, a 90% chance of a positive NPV): ¥200M more than the next, “No ISMAP (ISO 27017 only)”, and ¥300M more than not certifying.',
    );
  });

  it('explains a wait by the reforms in force by then, when there are any', () => {
    const scenario = shippedScenario('large-saas');
    const options = [option('ismap', -50e6), option('none', 0), option('wait-2', 20e6, 2)];
    const input = { ...inputFor(scenario, options), reformLater: (d: number) => d >= 2 };
    expect(decisionView(input).sentence).toMatch(/the reforms in force by FY2028 lower the cost/);
    expect(decisionView({ ...input, reformLater: () => false }).sentence).toMatch(
      /fewer loss-making years/,
    );
  });

  it('sets break-even against the buyer group the segment names, in both languages', () => {
    const regional = shippedScenario('regional-municipal-vendor');
    const need = pointReport(regional).market[0]!;
    const view = decisionView(inputFor(regional));
    expect(view.market).toHaveLength(1);
    expect(view.market[0]).toContain('customers held at once');
    expect(view.market[0]).toContain('(1,215)');
    expect(need.shareOfBuyersAtBreakEven).toBeGreaterThan(0);
    const japanese = decisionView({ ...inputFor(regional), lang: 'ja', t: ja });
    expect(japanese.market[0]).toMatch(/損益分岐には同時に .+ の顧客が必要です/);
  });
});
