/**
 * The compare view's key figures: one row per figure, one cell per column, and each column's
 * difference to the first (this column − column 1, signed). Every cell keeps its number (null
 * when there is none: no payback, an unreachable break-even) next to its display text, so the
 * table and its CSV come from the same values.
 */
import type { PointReport } from '../../../engine/index.ts';
import { formatNumber, formatYen } from '../../../kits/format/yen.ts';
import type { Lang } from '../../../kits/i18n/lang.ts';
import type { Words } from '../../../kits/i18n/catalogue.ts';
import type { CompareMessageKey } from '../messages.ts';

export const KPI_IDS = [
  'first-year-cost',
  'steady-year-cost',
  'npv',
  'payback',
  'break-even-wins',
  'break-even-value',
  'attributable-wins',
  'controls-in-scope',
] as const;
export type KpiId = (typeof KPI_IDS)[number];

/** What a missing value means: no such year, no payback, or a break-even out of reach. */
type Absent = 'missing' | 'never' | 'unreachable';

interface KpiDefinition {
  unit: CompareMessageKey;
  read: (report: PointReport) => number | null;
  absent: Absent;
  /** The value as shown. */
  format: (value: number, lang: Lang, t: Words<CompareMessageKey>) => string;
  /** A difference's magnitude as shown (the sign goes in front); none: years earlier/later. */
  difference?: (magnitude: number, lang: Lang, t: Words<CompareMessageKey>) => string;
  /** Decimals kept in the CSV. */
  csvDigits: number;
}

const yen = (value: number, lang: Lang) => formatYen(value, lang);

/** Wins with `digits` decimals: '年0.5件' as a value, '0.5件' as a difference. */
const winsPerYear = (digits: number) => (value: number, lang: Lang, t: Words<CompareMessageKey>) =>
  t('winsPerYear', { n: formatNumber(value, lang, digits) });
const wins = (digits: number) => (value: number, lang: Lang, t: Words<CompareMessageKey>) =>
  t('wins', { n: formatNumber(value, lang, digits) });

const yenKpi = (read: KpiDefinition['read'], absent: Absent): KpiDefinition => ({
  unit: 'unit.yen',
  read,
  absent,
  format: yen,
  difference: yen,
  csvDigits: 0,
});

const KPIS: Record<KpiId, KpiDefinition> = {
  'first-year-cost': yenKpi((r) => r.years[0]?.totalCost ?? null, 'missing'),
  'steady-year-cost': yenKpi((r) => r.years[1]?.totalCost ?? null, 'missing'),
  npv: yenKpi((r) => r.totals.npv, 'missing'),
  payback: {
    unit: 'unit.year',
    read: (r) => r.totals.paybackYear,
    absent: 'never',
    format: (value, _lang, t) => t('paybackYear', { n: value }),
    csvDigits: 0,
  },
  // One decimal, as on the estimate's cards.
  'break-even-wins': {
    unit: 'unit.winsPerYear',
    read: (r) => r.breakEven.winsPerYear,
    absent: 'unreachable',
    format: winsPerYear(1),
    difference: wins(1),
    csvDigits: 4,
  },
  'break-even-value': yenKpi((r) => r.breakEven.annualContractValue, 'unreachable'),
  // Two decimals, as the estimate's "today" note: a fraction of a deal a year is typical.
  'attributable-wins': {
    unit: 'unit.winsPerYear',
    read: (r) => r.attributableWinsPerYear,
    absent: 'missing',
    format: winsPerYear(2),
    difference: wins(2),
    csvDigits: 4,
  },
  // One decimal, as the control waterfall's table shows them.
  'controls-in-scope': {
    unit: 'unit.controls',
    read: (r) => r.controls.inScope,
    absent: 'missing',
    format: (value, lang, t) => t('controls', { n: formatNumber(value, lang, 1) }),
    difference: (value, lang, t) => t('controls', { n: formatNumber(value, lang, 1) }),
    csvDigits: 2,
  },
};

/** A number and how it is shown; `value` null when there is none. */
export interface KpiCell {
  value: number | null;
  text: string;
}

export interface KpiRow {
  id: KpiId;
  label: string;
  unit: string;
  /** One per column. */
  cells: KpiCell[];
  /** One per column after the first: this column − column 1. */
  diffs: KpiCell[];
}

const ABSENT_TEXT: Record<Absent, CompareMessageKey> = {
  missing: 'missing',
  never: 'never',
  unreachable: 'unreachable',
};

/** Words for a difference with a side missing: [this column's, column 1's, both]. */
const ABSENT_DIFF: Record<Absent, [CompareMessageKey, CompareMessageKey, CompareMessageKey]> = {
  missing: ['missing', 'missing', 'missing'],
  never: ['thisNever', 'onlyThisPays', 'bothNever'],
  unreachable: ['thisUnreachable', 'firstUnreachable', 'bothUnreachable'],
};

/**
 * A difference as shown: '+1,200万円', '−0.5件'; one that rounds to zero on screen is "no
 * difference". Payback differences read as earlier or later.
 */
function diffText(id: KpiId, diff: number, lang: Lang, t: Words<CompareMessageKey>): string {
  const difference = KPIS[id].difference;
  if (!difference) {
    if (diff === 0) return t('noDifference');
    return t(diff < 0 ? 'earlier' : 'later', { n: Math.abs(diff) });
  }
  const magnitude = difference(Math.abs(diff), lang, t);
  if (magnitude === difference(0, lang, t)) return t('noDifference');
  return `${diff < 0 ? t('minus') : t('plus')}${magnitude}`;
}

function cell(id: KpiId, value: number | null, lang: Lang, t: Words<CompareMessageKey>): KpiCell {
  const kpi = KPIS[id];
  return {
    value,
    text: value === null ? t(ABSENT_TEXT[kpi.absent]) : kpi.format(value, lang, t),
  };
}

function diffCell(
  id: KpiId,
  value: number | null,
  first: number | null,
  lang: Lang,
  t: Words<CompareMessageKey>,
): KpiCell {
  if (value !== null && first !== null) {
    const diff = value - first;
    return { value: diff, text: diffText(id, diff, lang, t) };
  }
  const [thisMissing, firstMissing, both] = ABSENT_DIFF[KPIS[id].absent];
  const key = value === null ? (first === null ? both : thisMissing) : firstMissing;
  return { value: null, text: t(key) };
}

/** The table's rows for the columns' reports, in `lang`. */
export function kpiRows(
  reports: readonly PointReport[],
  lang: Lang,
  t: Words<CompareMessageKey>,
): KpiRow[] {
  return KPI_IDS.map((id) => {
    const values = reports.map((report) => KPIS[id].read(report));
    const first = values[0] ?? null;
    return {
      id,
      label: t(`kpi.${id}`),
      unit: t(KPIS[id].unit),
      cells: values.map((value) => cell(id, value, lang, t)),
      diffs: values.slice(1).map((value) => diffCell(id, value, first, lang, t)),
    };
  });
}

/** Rounds to `digits` decimals for a CSV cell; −0 becomes 0. */
function rounded(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor + 0;
}

/**
 * The table as CSV rows, in the order it reads on screen: figure, unit, column 1, then for each
 * further column its value and its difference to column 1 (headed by the column's number).
 * Numbers stay numbers (yen to the yen, wins to 4 decimals, controls to 2); a cell without a
 * number carries the text shown.
 */
export function kpiCsvTable(
  rows: readonly KpiRow[],
  columns: readonly { name: string; short: string }[],
  t: Words<CompareMessageKey>,
): { header: string[]; rows: (string | number)[][] } {
  const header = [t('kpi'), t('unit')];
  columns.forEach((column, i) => {
    header.push(column.name);
    if (i > 0) header.push(t('diffHeader', { column: column.short }));
  });
  const csvCell = (id: KpiId, c: KpiCell) =>
    c.value === null ? c.text : rounded(c.value, KPIS[id].csvDigits);
  return {
    header,
    rows: rows.map((row) => [
      row.label,
      row.unit,
      ...row.cells.flatMap((c, i) => {
        const diff = i > 0 ? row.diffs[i - 1] : undefined;
        return diff ? [csvCell(row.id, c), csvCell(row.id, diff)] : [csvCell(row.id, c)];
      }),
    ]),
  };
}
