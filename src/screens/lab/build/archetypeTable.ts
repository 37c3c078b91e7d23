/**
 * Each kind of vendor before and after the chosen package: NPV, break-even (wins a year and
 * annual contract value) and the Monte Carlo's probability that NPV > 0.
 */
import type { ArchetypeResult, PopulationResult } from '../../../engine/index.ts';
import { afterPackage } from './computeLab.ts';
import type { CellValue, Table } from '../../../kits/tables/dataTable.ts';
import { archetypeTitle, monteCarloResult, type LabView } from './labView.ts';

export function archetypeTable(view: LabView): Table {
  const { t, point, selected } = view;
  const after = afterPackage(point, selected);
  const mcBefore = monteCarloResult(view, null);
  const mcAfter = monteCarloResult(view, selected);
  const orUnreachable = (value: number | null): CellValue => value ?? t('outOfReach');
  const probability = (mc: PopulationResult | null, id: string): CellValue =>
    mc?.archetypes.find((a) => a.id === id)?.probNpvPositive ?? t('pending');
  const row = (before: ArchetypeResult, i: number) => {
    const reformed = after.archetypes[i]!;
    return {
      header: archetypeTitle(view, before.id),
      values: [
        before.count,
        before.npv,
        reformed.npv,
        orUnreachable(before.breakEven.winsPerYear),
        orUnreachable(reformed.breakEven.winsPerYear),
        orUnreachable(before.breakEven.annualContractValue),
        orUnreachable(reformed.breakEven.annualContractValue),
        probability(mcBefore, before.id),
        probability(mcAfter, before.id),
      ],
    };
  };
  return {
    id: 'archetypes',
    title: t('archetypesTitle'),
    columns: [
      { label: t('archetype'), kind: 'text' },
      { label: t('count'), kind: 'count', unit: 'vendors' },
      { label: t('npvBefore'), kind: 'yen' },
      { label: t('npvAfter'), kind: 'yen' },
      { label: t('winsBefore'), kind: 'decimal', unit: 'winsPerYear' },
      { label: t('winsAfter'), kind: 'decimal', unit: 'winsPerYear' },
      { label: t('valueBefore'), kind: 'yen' },
      { label: t('valueAfter'), kind: 'yen' },
      { label: t('probBefore'), kind: 'share' },
      { label: t('probAfter'), kind: 'share' },
    ],
    rows: point.before.archetypes.map(row),
    notes: [],
  };
}
