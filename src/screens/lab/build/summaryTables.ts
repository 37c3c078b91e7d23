/**
 * The population's totals before and after the chosen package: the share of vendors for whom
 * certification pays, and the yearly burden (Standard Cost Model: Σ cost × count over the
 * vendors who certify, plus the business the others lose).
 */
import type { BurdenSplit, PopulationResult } from '../../../engine/index.ts';
import { formatNumber } from '../../../kits/format/yen.ts';
import { BURDEN_PARTS } from './burdenChart.ts';
import { afterPackage } from './computeLab.ts';
import type { CellValue, Column, Row, Table } from '../../../kits/tables/dataTable.ts';
import { monteCarloResult, type LabView } from './labView.ts';

/** Vendors (by count) whose archetype has a point NPV above zero. */
export function viableVendors(result: PopulationResult): number {
  return result.archetypes.reduce((sum, a) => sum + (a.npv > 0 ? a.count : 0), 0);
}

/** A before / after / change row; text in place of a number (pending) makes the change text too. */
function compareRow(header: string, before: CellValue, after: CellValue, pending: string): Row {
  const change = typeof before === 'number' && typeof after === 'number' ? after - before : pending;
  return { header, values: [before, after, change] };
}

type MoneyOrShare = 'yen' | 'share';

/** Before, after and change of yen or of shares (a row of counts says so with its own kinds). */
const compareColumns = (view: LabView, kind: MoneyOrShare): Column[] => [
  { label: view.t('measure'), kind: 'text' },
  { label: view.t('before'), kind },
  { label: view.t('after'), kind },
  { label: view.t('change'), kind: `${kind}Change` },
];

export function viableShareTable(view: LabView): Table {
  const { t, point, selected, lang } = view;
  const after = afterPackage(point, selected);
  const mcBefore = monteCarloResult(view, null);
  const mcAfter = monteCarloResult(view, selected);
  const weighted = (mc: PopulationResult | null): CellValue =>
    mc?.viableShareProbabilityWeighted ?? t('pending');
  const samples = view.monteCarlo?.samples ?? 0;
  return {
    id: 'viable-share',
    title: t('viableTitle'),
    columns: compareColumns(view, 'share'),
    rows: [
      compareRow(t('viablePoint'), point.before.viableShare, after.viableShare, t('pending')),
      compareRow(
        t('viableProbability', { samples: formatNumber(samples, lang, 0) }),
        weighted(mcBefore),
        weighted(mcAfter),
        t('pending'),
      ),
      {
        ...compareRow(
          t('viableCount'),
          viableVendors(point.before),
          viableVendors(after),
          t('pending'),
        ),
        kinds: ['count', 'count', 'countChange'],
        unit: 'vendors',
      },
    ],
    notes: [t('viableNote')],
  };
}

export function burdenTable(view: LabView): Table {
  const { t, point, selected } = view;
  const after = afterPackage(point, selected);
  const lines: { key: keyof BurdenSplit; label: string }[] = [
    ...BURDEN_PARTS.map((part) => ({ key: part.key, label: t(part.label) })),
    { key: 'total', label: t('total') },
  ];
  const years = [
    { label: t('firstYear'), pick: (r: PopulationResult) => r.firstYearBurden },
    { label: t('steadyYear'), pick: (r: PopulationResult) => r.steadyYearBurden },
  ];
  return {
    id: 'burden',
    title: t('burdenTitle'),
    columns: compareColumns(view, 'yen'),
    rows: years.flatMap((year) =>
      lines.map((line) =>
        compareRow(
          t('burdenRow', { year: year.label, line: line.label }),
          year.pick(point.before)[line.key],
          year.pick(after)[line.key],
          t('pending'),
        ),
      ),
    ),
    notes: [t('burdenNote')],
  };
}
