/**
 * The fit to the listing history (README, Method: Calibration): the published counts of listed
 * services as points on the model's status-quo path, and every observation against the model in
 * the table twin, with the mean absolute percentage error the fit minimised.
 */
import type { ChartConfiguration } from 'chart.js';
import type { CalibrationPoint } from '../../../engine/index.ts';
import { baseOptions, countScale, legend } from '../../../kits/charts/options.ts';
import { CURVES, INK } from '../../../kits/charts/palette.ts';
import { formatNumber } from '../../../kits/format/yen.ts';
import { formatShownShare, type Row, type TableBody } from '../../../kits/tables/dataTable.ts';
import { shippedMarketModel } from '../../../data/marketCatalog.ts';
import { categoryName, type MarketView } from './marketView.ts';

type View = Pick<MarketView, 'result' | 'lang' | 't'>;

interface XY {
  x: number;
  y: number;
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** A date as a year with its fraction, for a time axis: 2024-10-31 → 2024.83. */
export function decimalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y + (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / YEAR_MS;
}

/** The status-quo path: nothing listed on 1 April of the first year, then each year's end. */
function historyLine(view: View): XY[] {
  const start = shippedMarketModel.fromFiscalYear;
  return [
    { x: decimalYear(`${start}-04-01`), y: 0 },
    ...view.result.history.map((y) => ({
      x: decimalYear(`${y.fiscalYear + 1}-03-31`),
      y: y.listedTotal,
    })),
  ];
}

const counted = (p: CalibrationPoint) => p.quantity === 'listedTotal';

export function calibrationConfig(view: View): ChartConfiguration<'line', XY[], unknown> {
  const { lang, t } = view;
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: t('observed'),
          data: view.result.calibration.points
            .filter(counted)
            .map((p) => ({ x: decimalYear(p.date), y: p.observed })),
          showLine: false,
          pointStyle: 'rectRot',
          pointRadius: 7,
          borderColor: INK,
          backgroundColor: INK,
        },
        {
          label: t('simulated'),
          data: historyLine(view),
          borderColor: CURVES[0].color,
          backgroundColor: '#ffffff',
          borderWidth: 2,
          pointRadius: 2,
        },
      ],
    },
    options: {
      ...baseOptions(),
      interaction: { mode: 'nearest', intersect: false },
      plugins: {
        legend: legend(true, false),
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''}: ${formatNumber(item.parsed.y ?? 0, lang, 1)}`,
          },
        },
      },
      scales: {
        x: {
          type: 'linear',
          title: { display: true, text: t('yearsAxis'), color: INK },
          ticks: { stepSize: 1, precision: 0, callback: (v) => String(v) },
        },
        y: countScale(lang, t('servicesAxis')),
      },
    },
  };
}

/** What an observation measures, in words. */
function quantityName(p: CalibrationPoint, view: View): string {
  const category = p.category ? categoryName(p.category, view.lang) : '';
  return view.t(`quantity.${p.quantity}`, { category });
}

/** Every observation, the model at its date, and the error: the fit's table twin. */
export function calibrationTable(view: View): TableBody {
  const { t } = view;
  return {
    columns: [
      { label: t('date'), kind: 'text' },
      { label: t('quantity'), kind: 'text' },
      { label: t('observed'), kind: 'text' },
      { label: t('simulated'), kind: 'text' },
      { label: t('error'), kind: 'share' },
    ],
    // A share and a count in one column: each row says its own kind.
    rows: view.result.calibration.points.map((p): Row => {
      const kind = p.quantity === 'listedShareOfUse' ? 'share' : 'decimal';
      return {
        header: p.date,
        values: [
          quantityName(p, view),
          p.observed,
          p.simulated,
          (p.simulated - p.observed) / p.observed,
        ],
        kinds: ['text', kind, kind, 'share'],
        unit: 'services',
      };
    }),
    notes: [calibrationSummary(view)],
  };
}

function errorWords(view: View) {
  return {
    error: formatShownShare(view.result.calibration.meanAbsPctError, view.lang),
    n: String(view.result.calibration.points.length),
  };
}

export function calibrationSummary(view: View): string {
  return view.t('calibrationSummary', errorWords(view));
}

export function calibrationLead(view: View): string {
  return view.t('calibrationLead', errorWords(view));
}
