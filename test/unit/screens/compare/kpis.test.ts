/**
 * The key-figure table: each cell is the engine's number, formatted as the rest of the app
 * formats it; each difference is this column − column 1; missing values are worded; the CSV
 * carries the same rows. Reports come from the engine on shipped scenarios and the hand
 * scenario (test/unit/engine/hand-scenario.ts: payback in year 4).
 */
import { describe, expect, it } from 'vitest';
import { resolveColumns } from '../../../../src/screens/compare/build/columns.ts';
import { kpiCsvTable, kpiRows } from '../../../../src/screens/compare/build/kpis.ts';
import {
  KEY_FIGURE_IDS as KPI_IDS,
  type KeyFigureId as KpiId,
} from '../../../../src/kits/figures/keyFigures.ts';
import { wordsOf } from '../../../../src/kits/i18n/catalogue.ts';
import { COMPARE_MESSAGES } from '../../../../src/screens/compare/messages.ts';
import { shippedScenario } from '../../../../src/data/catalog.ts';
import { pointReport, type PointReport } from '../../../../src/engine/index.ts';
import { formatNumber, formatYen } from '../../../../src/kits/format/yen.ts';
import type { Lang } from '../../../../src/kits/i18n/lang.ts';
import { defaultCompare } from '../../../../src/screens/compare/state.ts';
import { expectClose } from '../../approx.ts';
import { handScenario } from '../../engine/hand-scenario.ts';

const graffer = shippedScenario('graffer-actual');

/** What each row reads from a report (null: none). */
const READ: Record<KpiId, (r: PointReport) => number | null> = {
  'first-year-cost': (r) => r.years[0]!.totalCost,
  'steady-year-cost': (r) => r.years[1]!.totalCost,
  npv: (r) => r.totals.npv,
  payback: (r) => r.totals.paybackYear,
  'break-even-wins': (r) => r.breakEven.winsPerYear,
  'break-even-value': (r) => r.breakEven.annualContractValue,
  'attributable-wins': (r) => r.attributableWinsPerYear,
  'controls-in-scope': (r) => r.controls.inScope,
};
const YEN_ROWS: KpiId[] = ['first-year-cost', 'steady-year-cost', 'npv', 'break-even-value'];

const reportsOf = (lang: Lang) =>
  resolveColumns(defaultCompare().columns, graffer, lang, wordsOf(COMPARE_MESSAGES, lang)).map(
    (c) => c.report,
  );

/** A report that never lists within its horizon: no payback, no break-even. */
const neverListed = () => {
  const s = handScenario();
  s.timeline.monthsToListing = 12 * s.timeline.horizonYears;
  return pointReport(s);
};

describe('key figures of Graffer as ISMAP vs ISO 27017 only', () => {
  it.each(['ja', 'en'] as const)('are the engine’s numbers, yen by formatYen (%s)', (lang) => {
    const reports = reportsOf(lang);
    const rows = kpiRows(reports, lang, wordsOf(COMPARE_MESSAGES, lang));
    expect(rows.map((r) => r.id)).toEqual([...KPI_IDS]);
    for (const row of rows) {
      expect(row.label).toBe(wordsOf(COMPARE_MESSAGES, lang)(`figure.${row.id}`));
      expect(row.cells.map((c) => c.value)).toEqual(reports.map(READ[row.id]));
      if (YEN_ROWS.includes(row.id)) {
        expect(row.cells.map((c) => c.text)).toEqual(
          reports.map((r) => formatYen(READ[row.id](r)!, lang)),
        );
      }
    }
  });

  it('gives each difference as the subtraction from column 1, signed', () => {
    const reports = reportsOf('ja');
    const words = wordsOf(COMPARE_MESSAGES, 'ja');
    for (const row of kpiRows(reports, 'ja', words)) {
      const [first, second] = reports.map(READ[row.id]) as [number | null, number | null];
      expect(row.diffs).toHaveLength(1);
      const diff = row.diffs[0]!;
      if (first === null || second === null) {
        expect(diff.value).toBeNull();
        continue;
      }
      expectClose(diff.value!, second - first);
      if (YEN_ROWS.includes(row.id)) {
        const sign = second - first < 0 ? words('minus') : words('plus');
        expect(diff.text).toBe(sign + formatYen(Math.abs(second - first), 'ja'));
      }
    }
    // ISO 27017 only costs less in year 1 and has no ISMAP control in scope.
    const rows = kpiRows(reports, 'ja', words);
    const cost = rows.find((r) => r.id === 'first-year-cost')!.diffs[0]!.text;
    expect(cost.startsWith(words('minus'))).toBe(true);
    const controls = rows.find((r) => r.id === 'controls-in-scope')!;
    expect(controls.cells[1]!.text).toBe(words('controls', { n: 0 }));
    expect(controls.diffs[0]!.text).toBe(
      words('minus') +
        words('controls', { n: formatNumber(reports[0]!.controls.inScope, 'ja', 0) }),
    );
  });
});

describe('differences', () => {
  const words = wordsOf(COMPARE_MESSAGES, 'ja');
  const hand = pointReport(handScenario());
  const row = (id: KpiId, reports: PointReport[]) =>
    kpiRows(reports, 'ja', words).find((r) => r.id === id)!;

  it('say "no difference" when the columns are the same', () => {
    for (const r of kpiRows([hand, hand], 'ja', words)) {
      expect(r.diffs[0]!.text).toBe(words('noDifference'));
      expect(r.diffs[0]!.value).toBe(0);
    }
  });

  it('word payback years as earlier or later', () => {
    expect(hand.totals.paybackYear).toBe(4);
    const later = structuredClone(hand);
    later.totals.paybackYear = 5;
    const earlier = structuredClone(hand);
    earlier.totals.paybackYear = 2;
    expect(row('payback', [hand, later]).diffs[0]).toEqual({
      value: 1,
      text: words('later', { n: 1 }),
    });
    expect(row('payback', [hand, earlier]).diffs[0]).toEqual({
      value: -2,
      text: words('earlier', { n: 2 }),
    });
    expect(row('payback', [hand]).cells[0]!.text).toBe(words('paybackYear', { n: 4 }));
  });

  it.each([
    {
      id: 'payback',
      text: [words('thisNever'), words('onlyThisPays'), words('bothNever')],
      none: 'never',
    },
    {
      id: 'break-even-wins',
      text: [words('thisUnreachable'), words('firstUnreachable'), words('bothUnreachable')],
      none: 'unreachable',
    },
    {
      id: 'break-even-value',
      text: [words('thisUnreachable'), words('firstUnreachable'), words('bothUnreachable')],
      none: 'unreachable',
    },
  ] as const)('say which side has no $id', ({ id, text, none }) => {
    const never = neverListed();
    expect(READ[id](never)).toBeNull();
    expect(READ[id](hand)).not.toBeNull();
    const r = row(id, [hand, never, never]);
    expect(r.cells[1]).toEqual({ value: null, text: words(none) });
    expect(r.diffs.map((d) => d.text)).toEqual([text[0], text[0]]);
    expect(row(id, [never, hand]).diffs[0]).toEqual({ value: null, text: text[1] });
    expect(row(id, [never, never]).diffs[0]).toEqual({ value: null, text: text[2] });
  });
});

describe('the CSV table', () => {
  it('has the rows shown, numbers as numbers and a difference after each later column', () => {
    const words = wordsOf(COMPARE_MESSAGES, 'ja');
    const columns = resolveColumns(defaultCompare().columns, graffer, 'ja', words);
    const reports = columns.map((c) => c.report);
    const rows = kpiRows(reports, 'ja', words);
    const csv = kpiCsvTable(rows, columns, words);
    expect(csv.header).toEqual([
      words('kpi'),
      words('unit'),
      columns[0]!.name,
      columns[1]!.name,
      words('diffHeader', { column: columns[1]!.short }),
    ]);
    expect(csv.rows.map((r) => r[0])).toEqual(rows.map((r) => r.label));
    for (const [i, line] of csv.rows.entries()) {
      const row = rows[i]!;
      expect(line[1]).toBe(row.unit);
      const [first, second] = reports.map(READ[row.id]) as [number | null, number | null];
      const expected = (value: number | null, shown: string) =>
        value === null ? shown : expect.closeTo(value, YEN_ROWS.includes(row.id) ? -0.3 : 1);
      expect(line.slice(2)).toEqual([
        expected(first!, row.cells[0]!.text),
        expected(second!, row.cells[1]!.text),
        first === null || second === null
          ? row.diffs[0]!.text
          : expect.closeTo(second - first, YEN_ROWS.includes(row.id) ? -0.3 : 1),
      ]);
    }
    // Yen to the whole yen.
    expect(Number.isInteger(csv.rows[0]![2])).toBe(true);
  });

  it('has one value column per column and a difference for each after the first', () => {
    const words = wordsOf(COMPARE_MESSAGES, 'en');
    const hand = pointReport(handScenario());
    const rows = kpiRows([hand, hand, neverListed()], 'en', words);
    const names = ['A', 'B', 'C'].map((short) => ({ name: `${short}!`, short }));
    const csv = kpiCsvTable(rows, names, words);
    expect(csv.header).toEqual([
      'Figure',
      'Unit',
      'A!',
      'B!',
      'B: difference to column 1',
      'C!',
      'C: difference to column 1',
    ]);
    const payback = csv.rows[KPI_IDS.indexOf('payback')]!;
    expect(payback).toEqual([
      words('figure.payback'),
      words('unit.year'),
      4,
      4,
      0,
      words('never'),
      words('thisNever'),
    ]);
  });
});
