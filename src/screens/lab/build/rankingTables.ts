/**
 * Which lever helps most: the chosen package's levers one at a time and their shares of the whole
 * package's effect, and every package side by side on the same population, point values and
 * probability-weighted (the latter from the worker's Monte Carlo of every package).
 */
import type { Table } from '../../../kits/tables/dataTable.ts';
import { archetypeTitle, monteCarloResult, packageTitle, type LabView } from './labView.ts';
import type { LabMessageKey } from '../messages.ts';

export function rankingTable(view: LabView): Table {
  const { t, point, selected } = view;
  // The Shapley shares come with the Monte Carlo, for the package chosen when it was asked.
  const drawn = view.monteCarlo?.shares;
  const shares = drawn?.reform === selected ? drawn.levers : null;
  return {
    id: 'lever-ranking',
    title: t('rankingTitle'),
    columns: [
      { label: t('lever'), kind: 'text' },
      { label: t('vendorsMoved'), kind: 'count', unit: 'vendors' },
      { label: t('archetypesMoved'), kind: 'text' },
      { label: t('shareAlone'), kind: 'share' },
      { label: t('burdenSaved'), kind: 'yen' },
      { label: t('vendorsShared'), kind: 'decimal', unit: 'vendors' },
      { label: t('burdenShared'), kind: 'yen' },
    ],
    rows: point.ranking.map((impact) => {
      const shared = shares?.find((s) => s.lever === impact.lever);
      return {
        header: t(`lever.${impact.lever}` as LabMessageKey),
        values: [
          impact.vendorsMoved,
          impact.archetypesMoved.length
            ? impact.archetypesMoved.map((id) => archetypeTitle(view, id)).join(t('listSeparator'))
            : t('none'),
          impact.viableShareAfter,
          impact.burdenSaved,
          shared?.vendorsMoved ?? t('pending'),
          shared?.burdenSaved ?? t('pending'),
        ],
      };
    }),
    notes: point.ranking.length ? [t('rankingNote'), t('sharesNote')] : [t('rankingEmpty')],
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
      { label: t('shareProbability'), kind: 'share' },
      { label: t('firstYearBurden'), kind: 'yen' },
      { label: t('steadyYearBurden'), kind: 'yen' },
    ],
    rows: point.after.map(({ reform, result }) => {
      const title = packageTitle(view, reform);
      return {
        header: reform === selected ? t('selectedMark', { title }) : title,
        values: [
          result.viableShare,
          monteCarloResult(view, reform)?.viableShareProbabilityWeighted ?? t('pending'),
          result.firstYearBurden.total,
          result.steadyYearBurden.total,
        ],
      };
    }),
    notes: [t('packagesNote')],
  };
}
