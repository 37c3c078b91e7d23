/** The population as a table: each kind of vendor, its scenario, its count and the count's basis. */
import type { Table } from '../../../kits/tables/dataTable.ts';
import { countProvenance } from './labPopulation.ts';
import { localized } from '../../../kits/i18n/localized.ts';
import { archetypeTitle, provenanceText, type LabView } from './labView.ts';

export function populationTable(view: Pick<LabView, 'population' | 'lang' | 't'>): Table {
  const { population, lang, t } = view;
  const total = population.archetypes.reduce((sum, a) => sum + a.count, 0);
  return {
    id: 'population',
    title: t('populationTitle'),
    columns: [
      { label: t('archetype'), kind: 'text' },
      { label: t('count'), kind: 'count', unit: 'vendors' },
      { label: t('scenario'), kind: 'text' },
      { label: t('countSource'), kind: 'text' },
    ],
    rows: [
      ...population.archetypes.map((a) => ({
        header: archetypeTitle({ population, lang }, a.id),
        values: [
          a.count,
          localized(a.scenario.title, lang),
          provenanceText(countProvenance.get(a.id), lang, t),
        ],
      })),
      { header: t('total'), values: [total, '', ''] },
    ],
    notes: [t('populationNote')],
  };
}
