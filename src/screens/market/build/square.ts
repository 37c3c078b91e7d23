/**
 * The equilibrium square of one buyer category (README, Method: The market's two curves): the
 * buyers' curve r*(ℓ) solid and the vendors' curve ℓ*(r) dashed, each side in its colour, both
 * on the same axes (ℓ across, r up), and their crossings marked: filled where stable, hollow
 * where not. Drawn at each side's end-year settings, as `npm run market` reports the equilibria.
 */
import type { ChartConfiguration } from 'chart.js';
import type { CategoryEquilibrium } from '../../../engine/index.ts';
import { baseOptions, legend, shareScale } from '../../../kits/charts/options.ts';
import { CURVES } from '../../../kits/charts/palette.ts';
import type { TableBody } from '../../../kits/tables/dataTable.ts';
import { formatShownShare } from '../../../kits/tables/dataTable.ts';
import { categoryName, endYear, shownCategory, sideNames, type MarketView } from './marketView.ts';

interface XY {
  x: number;
  y: number;
}

type View = Pick<MarketView, 'result' | 'state' | 'lang' | 't'>;

function curvesOf(view: View) {
  const id = shownCategory(view.state);
  return view.result.sides.map((run) => ({
    curves: run.curves.find((c) => c.category === id),
    equilibria: run.equilibria.filter((e) => e.category === id),
  }));
}

export function squareConfig(view: View): ChartConfiguration<'line', XY[], unknown> {
  const names = sideNames(view);
  const datasets = curvesOf(view).flatMap(({ curves, equilibria }, s) => {
    const { color } = CURVES[s % CURVES.length]!;
    const side = names[s]!;
    const marks = (stable: boolean) => ({
      label: view.t(stable ? 'stableMarks' : 'unstableMarks', { side }),
      data: equilibria
        .filter((e) => e.stable === stable)
        .map((e) => ({ x: e.listedShare, y: e.requiredShare })),
      showLine: false,
      pointStyle: 'circle' as const,
      pointRadius: 7,
      pointHoverRadius: 8,
      pointBorderWidth: 2,
      borderColor: color,
      pointBorderColor: color,
      backgroundColor: stable ? color : '#ffffff',
      pointBackgroundColor: stable ? color : '#ffffff',
    });
    return [
      {
        label: view.t('buyersCurve', { side }),
        data: (curves?.buyers ?? []).map((p) => ({ x: p.listedShare, y: p.requiredShare })),
        borderColor: color,
        backgroundColor: '#ffffff',
        borderWidth: s === 0 ? 2 : 3,
        pointRadius: 0,
      },
      {
        label: view.t('vendorsCurve', { side }),
        data: (curves?.vendors ?? []).map((p) => ({ x: p.listedShare, y: p.requiredShare })),
        borderColor: color,
        backgroundColor: '#ffffff',
        borderDash: [6, 4],
        borderWidth: s === 0 ? 2 : 3,
        pointRadius: 0,
      },
      marks(true),
      marks(false),
    ];
  });
  const { lang, t } = view;
  return {
    type: 'line',
    data: { datasets },
    options: {
      ...baseOptions(),
      interaction: { mode: 'nearest', intersect: false },
      plugins: {
        // A side with no unstable crossing has nothing to name in the legend.
        legend: {
          ...legend(true, false),
          labels: {
            ...legend(true, false).labels,
            filter: (item, data) => (data.datasets[item.datasetIndex ?? 0]?.data.length ?? 0) > 0,
          },
        },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''}: ℓ ${formatShownShare(item.parsed.x ?? 0, lang)}, r ${formatShownShare(item.parsed.y ?? 0, lang)}`,
          },
        },
      },
      scales: {
        x: shareScale(lang, t('listedShareAxis')),
        y: shareScale(lang, t('requiredShareAxis')),
      },
    },
  };
}

/** An equilibrium in words: "政策A ℓ 4.0%・r 0.0%（安定）". */
function equilibriumText(e: CategoryEquilibrium, side: string, view: View): string {
  return view.t('equilibriumItem', {
    side,
    listed: formatShownShare(e.listedShare, view.lang),
    required: formatShownShare(e.requiredShare, view.lang),
    stability: view.t(e.stable ? 'stable' : 'unstable'),
  });
}

function equilibriaList(view: View): string {
  const names = sideNames(view);
  const items = curvesOf(view).flatMap(({ equilibria }, s) =>
    equilibria.map((e) => equilibriumText(e, names[s]!, view)),
  );
  return items.length > 0 ? items.join(view.lang === 'ja' ? '、' : '; ') : view.t('noEquilibrium');
}

/** The square's table twin: each curve at the shares s = 0, 2 %, …, 100 %. */
export function squareTable(view: View): TableBody {
  const names = sideNames(view);
  const sides = curvesOf(view);
  const grid = sides[0]?.curves?.buyers.map((p) => p.listedShare) ?? [];
  return {
    columns: [
      { label: view.t('shareColumn'), kind: 'share' },
      ...sides.flatMap((_s, i) => [
        { label: view.t('buyersAt', { side: names[i]! }), kind: 'share' as const },
        { label: view.t('vendorsAt', { side: names[i]! }), kind: 'share' as const },
      ]),
    ],
    rows: grid.map((share, k) => ({
      header: formatShownShare(share, view.lang),
      values: sides.flatMap(({ curves }) => [
        curves?.buyers[k]?.requiredShare ?? '—',
        curves?.vendors[k]?.listedShare ?? '—',
      ]),
    })),
    notes: [squareSummary(view)],
  };
}

export function squareSummary(view: View): string {
  return view.t('squareSummary', {
    category: categoryName(shownCategory(view.state), view.lang),
    list: equilibriaList(view),
  });
}

export function squareLead(view: View): string {
  return view.t('squareLead', { year: endYear(view) });
}

/** Every category's equilibria for both sides: the table beside the square. */
export function equilibriaTable(view: View): TableBody {
  const names = sideNames(view);
  return {
    columns: [
      { label: view.t('side'), kind: 'text' },
      { label: view.t('category'), kind: 'text' },
      { label: view.t('listedShare'), kind: 'share' },
      { label: view.t('requiredShareColumn'), kind: 'share' },
      { label: view.t('stability'), kind: 'text' },
    ],
    rows: view.result.sides.flatMap((run, s) =>
      run.equilibria.map((e) => ({
        header: names[s]!,
        values: [
          categoryName(e.category, view.lang),
          e.listedShare,
          e.requiredShare,
          view.t(e.stable ? 'stable' : 'unstable'),
        ],
      })),
    ),
    notes: [],
  };
}
