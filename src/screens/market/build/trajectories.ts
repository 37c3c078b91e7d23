/**
 * The market's paths over the years, one chart per quantity: each side's path at the
 * parameters' modes as a line, and its P10–P90 band as the area behind it. A chart and its table
 * twin come from one list of values, and the table holds exactly what `npm run market` prints for
 * the same settings (the path under `years`, the band under `bands`).
 */
import type { ChartConfiguration } from 'chart.js';
import type { MarketBand, MarketYear, Quantiles } from '../../../engine/index.ts';
import {
  baseOptions,
  countScale,
  legend,
  shareScale,
  yenScale,
} from '../../../kits/charts/options.ts';
import { CURVES } from '../../../kits/charts/palette.ts';
import { formatCell, type CountUnit, type TableBody } from '../../../kits/tables/dataTable.ts';
import { formatFiscalYear } from '../../../kits/format/yen.ts';
import { wordsOf } from '../../../kits/i18n/catalogue.ts';
import { TABLE_MESSAGES } from '../../../kits/tables/messages.ts';
import type { MarketMessageKey } from '../messages.ts';
import { categoryName, endYear, shownCategory, sideNames, type MarketView } from './marketView.ts';
import type { SideRun } from './computeMarket.ts';

/** One quantity of the market over the years. */
export interface Trajectory {
  /** Stable: the chart's CSV name and the page's data-series. */
  id: string;
  title: string;
  kind: 'decimal' | 'share' | 'yen';
  unit?: CountUnit;
  point: (year: MarketYear) => number;
  band: (band: MarketBand) => Quantiles;
}

export interface TrajectoryGroup {
  title: string;
  trajectories: Trajectory[];
}

/** The quantities the users asked to see, grouped as the screen shows them. */
export function trajectoryGroups(
  view: Pick<MarketView, 'state' | 'lang' | 't'>,
): TrajectoryGroup[] {
  const { t } = view;
  const id = shownCategory(view.state);
  const category = categoryName(id, view.lang);
  const plain = (
    key: MarketMessageKey,
    kind: Trajectory['kind'],
    unit: CountUnit | undefined,
    point: Trajectory['point'],
    band: Trajectory['band'],
  ): Trajectory => ({
    id: key,
    title: t(key, { category }),
    kind,
    ...(unit ? { unit } : {}),
    point,
    band,
  });
  return [
    {
      title: t('groupListings'),
      trajectories: [
        plain(
          'listedTotal',
          'decimal',
          'services',
          (y) => y.listedTotal,
          (b) => b.listedTotal,
        ),
        plain(
          'listedInCategory',
          'decimal',
          'services',
          (y) => y.listedByCategory[id] ?? 0,
          (b) => b.listedByCategory[id] ?? ZERO,
        ),
        plain(
          'requiredShare',
          'share',
          undefined,
          (y) => y.requiredShareByCategory[id] ?? 0,
          (b) => b.requiredShareByCategory[id] ?? ZERO,
        ),
      ],
    },
    {
      title: t('groupAudit'),
      trajectories: [
        plain(
          'auditFirms',
          'decimal',
          'auditFirms',
          (y) => y.auditFirms,
          (b) => b.auditFirms,
        ),
        plain(
          'monthsToListing',
          'decimal',
          'months',
          (y) => y.monthsToListing,
          (b) => b.monthsToListing,
        ),
      ],
    },
    {
      title: t('groupShutOut'),
      trajectories: [
        plain(
          'vendorsExited',
          'decimal',
          'vendors',
          (y) => y.vendorsExited,
          (b) => b.vendorsExited,
        ),
        plain(
          'tendersShort',
          'decimal',
          'tendersPerYear',
          (y) => y.tendersShortOfBidders,
          (b) => b.tendersShortOfBidders,
        ),
      ],
    },
    {
      title: t('groupBurden'),
      trajectories: [
        plain(
          'burdenVendors',
          'yen',
          undefined,
          (y) => y.burden.vendorsYen,
          (b) => b.burden.vendorsYen,
        ),
        plain(
          'burdenLost',
          'yen',
          undefined,
          (y) => y.burden.lostRevenueYen,
          (b) => b.burden.lostRevenueYen,
        ),
        plain(
          'burdenGovernment',
          'yen',
          undefined,
          (y) => y.burden.governmentYen,
          (b) => b.burden.governmentYen,
        ),
      ],
    },
  ];
}

const ZERO: Quantiles = { p10: 0, p50: 0, p90: 0 };

/** A band's colour: the side's, mostly transparent, so the other side's shows through. */
const translucent = (hex: string) => `${hex}33`;

/**
 * From zero, so a path's size reads true; a path that stays at zero still gets an axis of its
 * kind (¥0 to ¥1M, not ¥0.5).
 */
function axisFor(trajectory: Trajectory, view: Pick<MarketView, 'lang'>) {
  if (trajectory.kind === 'share') return shareScale(view.lang, '');
  if (trajectory.kind === 'yen')
    return { ...yenScale(view.lang, ''), beginAtZero: true, suggestedMax: 1e6 };
  return { ...countScale(view.lang, ''), suggestedMax: 1 };
}

/** The years across: every label in the table and tooltip, the bare year on the axis. */
function yearAxis(years: readonly number[]) {
  return {
    type: 'category' as const,
    grid: { display: false },
    ticks: {
      maxRotation: 0,
      autoSkip: true,
      autoSkipPadding: 8,
      callback: (_value: number | string, index: number) => String(years[index] ?? ''),
    },
  };
}

/** A value as the table twin shows it. */
const shown = (trajectory: Trajectory, value: number, view: Pick<MarketView, 'lang'>) =>
  formatCell(trajectory.kind, value, view.lang, wordsOf(TABLE_MESSAGES, view.lang));

export function trajectoryConfig(
  trajectory: Trajectory,
  view: Pick<MarketView, 'result' | 'lang' | 't'>,
): ChartConfiguration<'line', number[], string> {
  const names = sideNames(view);
  const runs = view.result.sides;
  const years = (runs[0]?.years ?? []).map((y) => y.fiscalYear);
  const labels = years.map((year) => formatFiscalYear(year, view.lang));
  const datasets = runs.flatMap((run, s) => {
    const style = CURVES[s % CURVES.length]!;
    const side = names[s]!;
    const low = run.bands.map((b) => trajectory.band(b).p10);
    const high = run.bands.map((b) => trajectory.band(b).p90);
    return [
      // The band: P10 drawn as nothing, P90 filled down to it.
      { label: '', data: low, borderWidth: 0, pointRadius: 0, fill: false },
      {
        label: view.t('band', { side }),
        data: high,
        pointStyle: 'rect' as const,
        borderWidth: 0,
        pointRadius: 0,
        backgroundColor: translucent(style.color),
        borderColor: translucent(style.color),
        fill: '-1',
      },
      {
        label: view.t('point', { side }),
        data: run.years.map(trajectory.point),
        pointStyle: 'line' as const,
        borderColor: style.color,
        backgroundColor: style.color,
        borderDash: [...style.dash],
        borderWidth: 2,
        pointRadius: 0,
        fill: false,
      },
    ];
  });
  return {
    type: 'line',
    data: { labels, datasets },
    options: {
      ...baseOptions(),
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: {
          ...legend(),
          labels: { ...legend().labels, filter: (item) => item.text !== '' },
        },
        tooltip: {
          filter: (item) => item.dataset.label !== '',
          callbacks: {
            label: (item) => {
              const index = item.dataIndex;
              const s = Math.floor(item.datasetIndex / 3);
              const band = runs[s]?.bands[index];
              const name = item.dataset.label ?? '';
              if (!band || item.datasetIndex % 3 === 2)
                return `${name}: ${shown(trajectory, item.parsed.y ?? 0, view)}`;
              const q = trajectory.band(band);
              return `${name}: ${shown(trajectory, q.p10, view)}–${shown(trajectory, q.p90, view)}`;
            },
          },
        },
      },
      scales: { x: yearAxis(years), y: axisFor(trajectory, view) },
    },
  };
}

/** The chart's table twin: a row a fiscal year; each side's path, P10 and P90. */
export function trajectoryTable(
  trajectory: Trajectory,
  view: Pick<MarketView, 'result' | 'lang' | 't'>,
): TableBody {
  const names = sideNames(view);
  const runs = view.result.sides;
  const column = (label: string) =>
    trajectory.kind === 'share' || trajectory.kind === 'yen'
      ? { label, kind: trajectory.kind }
      : { label, kind: trajectory.kind, unit: trajectory.unit ?? 'vendors' };
  return {
    columns: [
      { label: view.t('year'), kind: 'text' },
      ...runs.flatMap((_run, s) => {
        const side = names[s]!;
        return [
          column(view.t('point', { side })),
          column(view.t('p10', { side })),
          column(view.t('p90', { side })),
        ];
      }),
    ],
    rows: (runs[0]?.years ?? []).map((year, i) => ({
      header: formatFiscalYear(year.fiscalYear, view.lang),
      values: runs.flatMap((run: SideRun) => {
        const band = run.bands[i];
        const q = band ? trajectory.band(band) : ZERO;
        return [trajectory.point(run.years[i]!), q.p10, q.p90];
      }),
    })),
    notes: [],
  };
}

/** Each side's value in the last year, with its band: the chart's finding in a sentence. */
export function trajectoryLead(
  trajectory: Trajectory,
  view: Pick<MarketView, 'result' | 'state' | 'lang' | 't'>,
): string {
  const [a, b] = view.result.sides.map((run) => {
    const last = run.years.length - 1;
    const band = run.bands[last];
    const q = band ? trajectory.band(band) : ZERO;
    const value = run.years[last] ? trajectory.point(run.years[last]) : 0;
    return [value, q.p10, q.p90].map((v) => shown(trajectory, v, view));
  });
  if (!a || !b) return '';
  return view.t('trajectoryLead', {
    year: endYear(view),
    a: a[0]!,
    aLow: a[1]!,
    aHigh: a[2]!,
    b: b[0]!,
    bLow: b[1]!,
    bHigh: b[2]!,
  });
}
