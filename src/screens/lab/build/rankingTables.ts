/**
 * Which lever helps most: the chosen package's levers one at a time, and every package side by
 * side on the same population (point values: the Monte Carlo runs for the chosen package only,
 * so that an edit is answered in a fraction of the time all packages would take).
 */
import type { Table } from '../../../kits/tables/dataTable.ts';
import { archetypeTitle, packageTitle, type LabView } from './labView.ts';
import type { LabMessageKey } from '../messages.ts';

export function rankingTable(view: LabView): Table {
  const { t, point } = view;
  return {
    id: 'lever-ranking',
    title: t('rankingTitle'),
    columns: [
      { label: t('lever'), kind: 'text' },
      { label: t('vendorsMoved'), kind: 'count' },
      { label: t('archetypesMoved'), kind: 'text' },
      { label: t('shareAlone'), kind: 'share' },
      { label: t('burdenSaved'), kind: 'yen' },
    ],
    rows: point.ranking.map((impact) => ({
      header: t(`lever.${impact.lever}` as LabMessageKey),
      values: [
        impact.vendorsMoved,
        impact.archetypesMoved.length
          ? impact.archetypesMoved.map((id) => archetypeTitle(view, id)).join(t('listSeparator'))
          : t('none'),
        impact.viableShareAfter,
        impact.burdenSaved,
      ],
    })),
    notes: [t(point.ranking.length ? 'rankingNote' : 'rankingEmpty')],
  };
}

export function packagesTable(view: LabView): Table {
  const { t, point, selected } = view;
  return {
    id: 'packages',
    title: t('packagesTitle'),
    columns: [
      { label: t('package'), kind: 'text' },
      { label: t('sharePoint'), kind: 'share' },
      { label: t('firstYearBurden'), kind: 'yen' },
      { label: t('steadyYearBurden'), kind: 'yen' },
    ],
    rows: point.after.map(({ reform, result }) => {
      const title = packageTitle(view, reform);
      return {
        header: reform === selected ? t('selectedMark', { title }) : title,
        values: [result.viableShare, result.firstYearBurden.total, result.steadyYearBurden.total],
      };
    }),
    notes: [t('packagesNote')],
  };
}
