/**
 * The lab's headline: what it shows (the package and the vendors, for the printed report) and
 * its three figures, before → after: the share of vendors for whom certification pays (point
 * values and probability-weighted) and the steady-year burden, with a note on whom it counts
 * (it counted every vendor's cost before). Shares carry one decimal, as the tables' do, so the
 * card and the table's change agree.
 */
import { formatNumber, formatYen } from '../../../kits/format/yen.ts';
import { formatShownShare } from '../../../kits/tables/dataTable.ts';
import { afterPackage } from './computeLab.ts';
import { archetypeTitle, monteCarloResult, packageTitle, type LabView } from './labView.ts';
import type { LabMessageKey } from '../messages.ts';

export interface HeadlineFigure {
  id: 'viable-share' | 'viable-share-weighted' | 'steady-burden';
  label: LabMessageKey;
  before: string;
  after: string;
  /** A line under the figure, where what it counts needs saying. */
  note?: string;
}

export function headline(view: LabView): HeadlineFigure[] {
  const { point, selected, lang, t } = view;
  const after = afterPackage(point, selected);
  const count = (n: number) => formatNumber(n, lang, 0);
  const weighted = (reformId: string | null) => {
    const share = monteCarloResult(view, reformId)?.viableShareProbabilityWeighted;
    return share === null || share === undefined ? t('pending') : formatShownShare(share, lang);
  };
  return [
    {
      id: 'viable-share',
      label: 'sharePoint',
      before: formatShownShare(point.before.viableShare, lang),
      after: formatShownShare(after.viableShare, lang),
    },
    {
      id: 'viable-share-weighted',
      label: 'shareProbability',
      before: weighted(null),
      after: weighted(selected),
    },
    {
      id: 'steady-burden',
      label: 'steadyYearBurden',
      before: formatYen(point.before.steadyYearBurden.total, lang),
      after: formatYen(after.steadyYearBurden.total, lang),
      note: t('burdenScope', {
        before: count(point.before.certifyingVendors),
        after: count(after.certifyingVendors),
        vendors: count(point.before.vendors),
        othersBefore: count(point.before.vendors - point.before.certifyingVendors),
        othersAfter: count(after.vendors - after.certifyingVendors),
      }),
    },
  ];
}

/** The package by name and the population by its counts, in one sentence. */
export function reportSubject(view: LabView): string {
  const { population, point, selected, lang, t } = view;
  const count = (n: number) => formatNumber(n, lang, 0);
  const kinds = population.archetypes.map((a) =>
    t('kindCount', { kind: archetypeTitle(view, a.id), n: count(a.count) }),
  );
  return t('reportSubject', {
    package: packageTitle(view, selected),
    vendors: count(point.before.vendors),
    kinds: kinds.join(t('listSeparator')),
  });
}
