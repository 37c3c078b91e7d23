/** Words of the estimate: its key-figure cards and their notes, and its own charts. */
import { FIGURE_WORDS } from '../../kits/figures/messages.ts';
import type { KeyOf } from '../../kits/i18n/catalogue.ts';
import { withCommon } from '../../kits/i18n/common.ts';
import { messages } from '../../kits/i18n/locale.svelte.ts';

const ja = {
  title: '試算結果',
  today: 'いまの見込みで認証による受注 年{n}件',
  customers: '同時に約{n}社の顧客',
  probability: 'NPV がプラスになる確率',
  range: 'P10 {p10} 〜 P90 {p90}（{samples}回の試行）',
  auditShare: 'うち監査 {audit}',

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

  'decision.title': 'どうするのが得か',
  'decision.tableTitle': '選択肢ごとの NPV',
  'decision.expected': '見込む改革',
  'decision.expectedNone': '改革を見込まない',
  'decision.option': '選択肢',
  'decision.start': '着手',
  'decision.npv': '正味現在価値（NPV）',
  'decision.probability': 'NPV がプラスになる確率',
  'decision.pending': '計算中…',
  'decision.wait': '{k}年待ってから{track}',
  'decision.none': '認証を取らない',
  'decision.chance': '、プラスになる確率 {p}',
  'decision.best':
    '「{option}」が最も有利です（NPV {npv}{chance}）。次点の「{second}」より {gap}、認証を取らない場合より {vsNone} 多くなります。',
  'decision.bestNone':
    '認証を取らないのが最も有利です（NPV {npv}）。どの認証も費用を回収できず、次点の「{second}」でも NPV は {secondNpv} です。',
  'decision.bestWait':
    '「{option}」が最も有利です（NPV {npv}{chance}）。今から始めると NPV は {now} です。{year}に始めれば、損失の出る年が評価期間に入る分だけ少なくなります。',
  'decision.bestWaitReform':
    '「{option}」が最も有利です（NPV {npv}{chance}）。今から始めると NPV は {now} です。待つ間の受注を失っても、{year}までに実施される改革で費用が下がります。',
  'decision.market':
    '「{segment}」：損益分岐には同時に {customers} の顧客が必要です。{group}（{buyers}）の {share} にあたります。',
  'decision.marketOutOfReach':
    '「{segment}」：{group}（{buyers}）の中で、損益分岐に届く顧客数はありません。',
} as const;

const en = {
  title: 'Results',
  today: 'credited to certification now: {n} a year',
  customers: 'about {n} customers held at once',
  probability: 'Probability that NPV > 0',
  range: 'P10 {p10} to P90 {p90} ({samples} draws)',
  auditShare: 'audit {audit}',

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

  'decision.title': 'What pays best',
  'decision.tableTitle': 'NPV by option',
  'decision.expected': 'Reforms expected',
  'decision.expectedNone': 'No reform',
  'decision.option': 'Option',
  'decision.start': 'Starts',
  'decision.npv': 'Net present value (NPV)',
  'decision.probability': 'Chance NPV is positive',
  'decision.pending': 'computing…',
  'decision.wait': '{track} after a {k}-year wait',
  'decision.none': 'No certification',
  'decision.chance': ', a {p} chance of a positive NPV',
  'decision.best':
    '“{option}” pays best (NPV {npv}{chance}): {gap} more than the next, “{second}”, and {vsNone} more than not certifying.',
  'decision.bestNone':
    'Not certifying is best (NPV {npv}): no credential earns back its cost; the next, “{second}”, has an NPV of {secondNpv}.',
  'decision.bestWait':
    '“{option}” pays best (NPV {npv}{chance}), against {now} starting now: starting in {year} leaves fewer loss-making years inside the horizon.',
  'decision.bestWaitReform':
    '“{option}” pays best (NPV {npv}{chance}), against {now} starting now: the reforms in force by {year} lower the cost by more than the deals lost while waiting.',
  'decision.market':
    '“{segment}”: break-even needs {customers} customers held at once, {share} of {group} ({buyers}).',
  'decision.marketOutOfReach':
    '“{segment}”: no number of customers among {group} ({buyers}) reaches break-even.',
} satisfies Record<keyof typeof ja, string>;

export const ESTIMATE_MESSAGES = withCommon({
  ja: { ...FIGURE_WORDS.ja, ...ja },
  en: { ...FIGURE_WORDS.en, ...en },
});

export type EstimateMessageKey = KeyOf<typeof ESTIMATE_MESSAGES>;

export const t = messages(ESTIMATE_MESSAGES);
