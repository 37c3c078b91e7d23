/**
 * Words of the estimate's charts and their table twins: a module apart from the key figures'
 * words, so that they load with the charts, after the first figures (README, Method: Speed).
 */
import type { KeyOf } from '../../../kits/i18n/catalogue.ts';
import { withCommon } from '../../../kits/i18n/common.ts';
import { messages } from '../../../kits/i18n/locale.svelte.ts';

const ja = {
  costTitle: '年度別の費用',
  costSummary: '{years}年間の費用は合計{total}（1年目{first}）。',
  audit: '監査費用',
  staff: '人件費',
  operations: '運用費',
  oneOff: '初期費用',

  cashTitle: '累積キャッシュフローと回収年',
  cashSummaryPayback: '{n}年目に回収。{last}年目末の累積キャッシュフローは{value}。',
  cashSummaryNone: '期間内に回収せず。{last}年目末の累積キャッシュフローは{value}。',
  cost: '費用',
  grossProfit: '認証による粗利',
  net: '単年度の損益',
  cumulativeNet: '累積キャッシュフロー',
  payback: '回収年',
  paybackAt: '回収年（{n}年目）',
  paybackRow: '{year}（回収年）',

  histogramTitle: 'NPV の分布（モンテカルロ）',
  histogramSummary:
    '{samples}回の試行で、NPV は P10 {p10}、中央値 {p50}、P90 {p90}。NPV がプラスになる確率は{prob}。',
  npvRange: 'NPV の範囲',
  rangeOf: '{from} 〜 {to}',
  draws: '試行数',
  share: '割合',
  marker: '目印',

  tornadoTitle: 'NPV の感度（トルネード図）',
  // The frontier's one curve: the report is already the scenario's, and a legend does not wrap.
  frontierCurve: '損益分岐に必要な受注',
  tornadoSummary: 'NPV に最も効く入力は「{input}」（{low} 〜 {high}）。',
  tornadoEmpty: '幅（下限・上限）のある入力がないため、感度はありません。',
  input: '入力項目',
  atLow: '下限のときの NPV',
  atHigh: '上限のときの NPV',
  swing: '振れ幅',
  baseNpv: '基準の NPV（{value}）',
} as const;

const en = {
  costTitle: 'Cost per year by line',
  costSummary: 'Total cost over {years} years: {total} (year 1: {first}).',
  audit: 'Audit',
  staff: 'Staff',
  operations: 'Operations',
  oneOff: 'One-off',

  cashTitle: 'Cumulative cash flow and payback',
  cashSummaryPayback:
    'Pays back in year {n}. Cumulative cash flow at the end of year {last}: {value}.',
  cashSummaryNone:
    'No payback within the horizon. Cumulative cash flow at the end of year {last}: {value}.',
  cost: 'Cost',
  grossProfit: 'Gross profit from the listing',
  net: 'Net for the year',
  cumulativeNet: 'Cumulative cash flow',
  payback: 'Payback year',
  paybackAt: 'Payback (year {n})',
  paybackRow: '{year} (payback)',

  histogramTitle: 'NPV distribution (Monte Carlo)',
  histogramSummary:
    'Over {samples} draws, NPV P10 {p10}, median {p50}, P90 {p90}. Probability NPV > 0: {prob}.',
  npvRange: 'NPV range',
  rangeOf: '{from} to {to}',
  draws: 'Draws',
  share: 'Share',
  marker: 'Marker',

  tornadoTitle: 'NPV sensitivity (tornado)',
  frontierCurve: 'Wins needed to break even',
  tornadoSummary: 'The input that moves NPV most: {input} ({low} to {high}).',
  tornadoEmpty: 'No input has a range (low and high), so there is no sensitivity to show.',
  input: 'Input',
  atLow: 'NPV at the low value',
  atHigh: 'NPV at the high value',
  swing: 'Swing',
  baseNpv: 'Base NPV ({value})',
} satisfies Record<keyof typeof ja, string>;

export const ESTIMATE_CHART_MESSAGES = withCommon({ ja, en });

export type EstimateChartKey = KeyOf<typeof ESTIMATE_CHART_MESSAGES>;

export const t = messages(ESTIMATE_CHART_MESSAGES);
