/**
 * Compare columns resolved to scenarios and reports. Expected numbers come from the shipped
 * inputs (mode values) and the engine, never copies: the ISO 27017-only column's wins are
 * opportunities × (1 − required share) × (win rate with − without), and its costs are the
 * track preset's (README, Method: Tracks and comparison) and data/tracks.json.
 */
import { describe, expect, it } from 'vitest';
import {
  resolveColumn,
  resolveColumns,
  SHIPPED,
  type Catalog,
} from '../../../../src/screens/compare/build/columns.ts';
import { wordsOf } from '../../../../src/kits/i18n/catalogue.ts';
import { COMPARE_MESSAGES } from '../../../../src/screens/compare/messages.ts';
import { localized } from '../../../../src/kits/i18n/localized.ts';
import { shippedReforms, shippedScenario, trackPresets } from '../../../../src/data/catalog.ts';
import {
  pointReport,
  withTrack,
  type Estimate,
  type Scenario,
} from '../../../../src/engine/index.ts';
import { applyReform } from '../../../../src/engine/reform.ts';
import { defaultCompare } from '../../../../src/screens/compare/state.ts';
import type { CompareColumn } from '../../../../src/screens/compare/state.ts';
import { expectClose } from '../../approx.ts';

const graffer = shippedScenario('graffer-actual');
const mode = (value: number | Estimate) => (typeof value === 'number' ? value : value.mode);
const reform = (id: string) => shippedReforms.find((r) => r.id === id)!;
const column = (partial: Partial<CompareColumn>): CompareColumn => ({
  scenarioId: null,
  track: null,
  reformId: null,
  ...partial,
});

describe('the default comparison: the edited Graffer scenario as ISMAP vs ISO 27017 only', () => {
  const [ismap, iso] = defaultCompare().columns.map((c) => resolveColumn(c, graffer));

  it('reads the first column as the scenario itself, on its own track (ISMAP)', () => {
    expect(graffer.track).toBe('ismap');
    expect(ismap!.track).toBe('ismap');
    expect(ismap!.edited).toBe(true);
    expect(ismap!.reform).toBeNull();
    expect(ismap!.report).toEqual(pointReport(graffer));
    expect(ismap!.problems).toEqual([]);
  });

  it('wins only the deals ISO 27017 may bid for, at its own win rate, in the second', () => {
    const segment = graffer.revenue.segments[0]!;
    expect(graffer.revenue.segments).toHaveLength(1);
    // Open to ISO: the deals that require nothing or ISO 27017; the gain is over winning the
    // deals that require nothing without any credential.
    const requireNothing =
      1 -
      mode(segment.requiresIsmapShare) -
      mode(segment.requiresLiuShare) -
      mode(segment.requiresIso27017Share);
    const open = requireNothing + mode(segment.requiresIso27017Share);
    const lift =
      open * mode(segment.winRateWithIso27017) - requireNothing * mode(segment.winRateWithout);
    const wins = mode(segment.opportunitiesPerYear) * lift;
    expect(wins).toBeGreaterThan(0);
    expectClose(iso!.report.attributableWinsPerYear, wins);
    expect(iso!.track).toBe('iso27017-only');
    expect(iso!.report).toEqual(pointReport(withTrack(graffer, 'iso27017-only', trackPresets)));
  });

  it('costs what the ISO 27017 preset says: no ISMAP control, the ISO fee, fewer staff', () => {
    const preset = trackPresets['iso27017-only'];
    const { years, controls } = iso!.report;
    expect(controls.inScope).toBe(0);
    // Staff scale with controls for their control-driven share: with none in scope, 1 − share.
    const fteCost =
      mode(graffer.staff.costPerFteYenPerYear) * (1 - mode(graffer.staff.controlDrivenShare));
    expectClose(years[0]!.audit, mode(preset.auditFeeYenPerYear));
    expectClose(years[0]!.staff, mode(preset.fteFirstYear) * fteCost);
    expect(years[0]!.operations).toBe(0);
    expectClose(years[0]!.oneOff, mode(preset.oneOffYen));
    expectClose(
      years[1]!.totalCost,
      mode(preset.auditFeeYenPerYear) + mode(preset.fteLaterYears) * fteCost,
    );
    expect(years[0]!.totalCost).toBeLessThan(ismap!.report.years[0]!.totalCost);
  });
});

describe('resolving a column', () => {
  it('takes a shipped scenario by id, as shipped, even when another one is being edited', () => {
    const r = resolveColumn(column({ scenarioId: 'large-saas' }), graffer);
    expect(r.edited).toBe(false);
    expect(r.base).toBe(shippedScenario('large-saas'));
    expect(r.report).toEqual(pointReport(shippedScenario('large-saas')));
  });

  it('puts the scenario on the track first, then applies the reform', () => {
    const r = resolveColumn(
      column({ scenarioId: 'graffer-plan', track: 'ismap-liu', reformId: 'fy2025-plan' }),
      graffer,
    );
    const tracked = withTrack(shippedScenario('graffer-plan'), 'ismap-liu', trackPresets);
    expect(r.scenario).toEqual(tracked);
    expect(r.evaluated).toEqual(applyReform(tracked, reform('fy2025-plan')));
    expect(r.reform).toBe(reform('fy2025-plan'));
    expect(r.report).toEqual(pointReport(tracked, reform('fy2025-plan')));
    expect(r.report.totals).toEqual(
      pointReport(applyReform(tracked, reform('fy2025-plan'))).totals,
    );
  });

  it('says a reform changes nothing in an ISO 27017-only column, where the engine ignores it', () => {
    const r = resolveColumn(column({ track: 'iso27017-only', reformId: 'all-reforms' }), graffer);
    expect(r.reform?.id).toBe('all-reforms');
    expect(r.problems).toEqual([{ kind: 'reform-ignored' }]);
    const without = pointReport(withTrack(graffer, 'iso27017-only', trackPresets));
    expect(r.report.years).toEqual(without.years);
    expect(r.report.totals).toEqual(without.totals);
  });

  it.each([
    {
      name: 'an unknown scenario falls back to the edited one',
      given: column({ scenarioId: 'gone' }),
      problems: [{ kind: 'missing-scenario', id: 'gone' }],
      expected: () => pointReport(graffer),
    },
    {
      name: 'an unknown reform is left out',
      given: column({ reformId: 'gone' }),
      problems: [{ kind: 'missing-reform', id: 'gone' }],
      expected: () => pointReport(graffer),
    },
  ])('$name, and says so', ({ given, problems, expected }) => {
    const r = resolveColumn(given, graffer);
    expect(r.problems).toEqual(problems);
    expect(r.edited).toBe(true);
    expect(r.report).toEqual(expected());
  });

  it('uses the catalog it is given', () => {
    const other: Scenario = { ...structuredClone(graffer), id: 'other' };
    const catalog: Catalog = { ...SHIPPED, scenarios: [other] };
    expect(resolveColumn(column({ scenarioId: 'other' }), graffer, catalog).edited).toBe(false);
    expect(resolveColumn(column({ scenarioId: 'large-saas' }), graffer, catalog).problems).toEqual([
      { kind: 'missing-scenario', id: 'large-saas' },
    ]);
  });

  it('does not modify the edited scenario, the shipped one or the column', () => {
    const edited = structuredClone(graffer);
    const before = structuredClone(edited);
    const shippedBefore = structuredClone(shippedScenario('large-saas'));
    const given = column({
      scenarioId: 'large-saas',
      track: 'saas-light',
      reformId: 'all-reforms',
    });
    const givenBefore = structuredClone(given);
    resolveColumn(given, edited);
    resolveColumn(column({ track: 'iso27017-only' }), edited);
    expect(edited).toEqual(before);
    expect(shippedScenario('large-saas')).toEqual(shippedBefore);
    expect(given).toEqual(givenBefore);
  });
});

describe('labels', () => {
  const columns = [
    column({}),
    column({ track: 'iso27017-only' }),
    column({ scenarioId: 'graffer-plan', track: 'saas-light', reformId: 'all-reforms' }),
  ];

  it.each(['ja', 'en'] as const)('name scenario, track and reform, numbered, in %s', (lang) => {
    const words = wordsOf(COMPARE_MESSAGES, lang);
    const [first, second, third] = resolveColumns(columns, graffer, lang, words);
    const title = localized(graffer.title, lang);
    expect(first!.label).toBe([title, words('track.ismap')].join(words('separator')));
    expect(second!.label).toBe([title, words('track.iso27017-only')].join(words('separator')));
    expect(third!.label).toBe(
      [
        localized(shippedScenario('graffer-plan').title, lang),
        words('track.saas-light'),
        localized(reform('all-reforms').title, lang),
      ].join(words('separator')),
    );
    expect(third!.name).toBe(words('columnLabel', { n: 3, label: third!.label }));
    expect(third!.short).toBe(words('columnN', { n: 3 }));
  });

  it('marks the edited scenario only when a shipped column has the same id', () => {
    const words = wordsOf(COMPARE_MESSAGES, 'ja');
    const plain = resolveColumns(columns, graffer, 'ja', words);
    expect(plain.some((c) => c.label.includes(words('editedMark')))).toBe(false);
    const both = resolveColumns(
      [column({}), column({ scenarioId: 'graffer-actual' })],
      graffer,
      'ja',
      words,
    );
    expect(both[0]!.label.startsWith(localized(graffer.title, 'ja') + words('editedMark'))).toBe(
      true,
    );
    expect(both[1]!.label.includes(words('editedMark'))).toBe(false);
  });
});
