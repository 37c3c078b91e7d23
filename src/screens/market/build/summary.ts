/**
 * The two policies in words, and where each leaves the market in the last year: every
 * quantity the charts show, A beside B and the difference, as one table with its CSV.
 */
import { shippedReforms } from '../../../data/catalog.ts';
import { formatFiscalYear, formatShare } from '../../../kits/format/yen.ts';
import { localized } from '../../../kits/i18n/localized.ts';
import type { CellKind, Row, TableBody } from '../../../kits/tables/dataTable.ts';
import { ALL_CATEGORIES, type PolicySide } from '../state.ts';
import { categoryName, sideNames, type MarketView } from './marketView.ts';
import { trajectoryGroups } from './trajectories.ts';

type View = Pick<MarketView, 'result' | 'state' | 'lang' | 't'>;

const CHANGE: Record<'decimal' | 'share' | 'yen', CellKind> = {
  decimal: 'decimalChange',
  share: 'shareChange',
  yen: 'yenChange',
};

export function endSummaryTable(view: View): TableBody {
  const [a, b] = sideNames(view);
  const ends = view.result.sides.map((run) => run.years[run.years.length - 1]);
  return {
    columns: [
      { label: view.t('measure'), kind: 'text' },
      { label: a, kind: 'text' },
      { label: b, kind: 'text' },
      { label: view.t('difference'), kind: 'text' },
    ],
    // Counts, shares and yen in one table: each row says its own kind and unit.
    rows: trajectoryGroups(view).flatMap((group) =>
      group.trajectories.map((trajectory): Row => {
        const [x, y] = ends.map((end) => (end ? trajectory.point(end) : 0)) as [number, number];
        return {
          header: trajectory.title,
          values: [x, y, y - x],
          kinds: [trajectory.kind, trajectory.kind, CHANGE[trajectory.kind]],
          ...(trajectory.unit ? { unit: trajectory.unit } : {}),
        };
      }),
    ),
    notes: [],
  };
}

/** A side in words: its package, and its mandate when it has one. */
export function sideDescription(side: PolicySide, view: Pick<MarketView, 'lang' | 't'>): string {
  const reform = shippedReforms.find((r) => r.id === side.reformId) ?? shippedReforms[0]!;
  const name = localized(reform.title, view.lang);
  const mandate = side.mandate;
  if (!mandate || mandate.share <= 0) return name;
  return view.t('withMandate', {
    package: name,
    share: formatShare(mandate.share, view.lang),
    from: formatFiscalYear(mandate.fromFiscalYear, view.lang),
    applies:
      mandate.appliesTo === ALL_CATEGORIES
        ? view.t('allCategories')
        : categoryName(mandate.appliesTo, view.lang),
  });
}

/** Both sides in a sentence: the report's subject, on paper and for a screen reader. */
export function subject(view: Pick<MarketView, 'state' | 'lang' | 't'>): string {
  const [a, b] = view.state.sides.map((side) => sideDescription(side, view));
  return view.t('subject', { a: a ?? '', b: b ?? '' });
}
