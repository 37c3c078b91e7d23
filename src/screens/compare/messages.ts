/**
 * The compare view's words, Japanese first. Components read them through `t`; the pure
 * builders (columns.ts, kpis.ts, cashFlowsConfig.ts, attribution.ts) take the same kind of
 * function as an argument, so they run under plain Node and tests hand them either language.
 */
import { FIGURE_WORDS } from '../../kits/figures/messages.ts';
import type { KeyOf } from '../../kits/i18n/catalogue.ts';
import { withCommon } from '../../kits/i18n/common.ts';
import { messages } from '../../kits/i18n/locale.svelte.ts';

const ja = {
  title: '比較',
  intro:
    'シナリオ、制度の区分、改革パッケージを列ごとに選び、横に並べて比べます。差はすべて1列目との比較です。',
  columnsTitle: '比較する列',
  columnN: '列{n}',
  columnLabel: '列{n}：{label}',
  addColumn: '列を追加',
  addColumnLimit: '列は{max}つまでです。',
  removeColumn: '列{n}を削除',
  editedScenario: '編集中のシナリオ（{title}）',
  editedGroup: '編集中',
  shippedGroup: '収録シナリオ',
  editedMark: '（編集中）',
  track: '制度の区分',
  trackAsIs: 'シナリオのまま（{track}）',
  isoOnlyHelp:
    'ISMAP なし（ISO 27017 のみ）：ISMAP を取得せず、ISO 27017 で応札できる案件だけを残します。',
  reform: '改革パッケージ',
  reformNone: 'なし（現行のまま）',
  reformIgnored:
    'ISO 27017のみの列はISMAPの外にあるため、ISMAPの改革パッケージを当てても数値は変わりません。',
  missingScenario:
    'シナリオ「{id}」が見つからないため、編集中のシナリオで計算しています。選び直してください。',
  missingReform: '改革パッケージ「{id}」が見つからないため、改革なしで計算しています。',
  separator: '／',

  kpiTitle: '主な指標',
  kpiCaption: '主な指標と、1列目との差',
  kpiScroll: '主な指標の表（横にスクロールできます）',
  kpi: '指標',
  unit: '単位',
  diff: '差（1列目との比較）',
  diffShort: '1列目との差',
  diffHeader: '{column}の差（1列目との比較）',
  exportCsv: '指標の表を CSV で書き出す',
  csvFailed: 'CSV を書き出せませんでした。',

  noDifference: '差なし',
  minus: '−',
  plus: '+',
  earlier: '{n}年早い',
  later: '{n}年遅い',
  onlyThisPays: 'この列だけ回収できる',
  thisNever: 'この列は回収できない',
  bothNever: 'どちらも回収できない',
  firstUnreachable: '1列目は到達できない',
  thisUnreachable: 'この列は到達できない',
  bothUnreachable: 'どちらも到達できない',

  cashTitle: '累積キャッシュフロー（列ごと）',
  cashSummaryPays: '{column}は{n}年目に回収（{last}年目末に{value}）',
  cashSummaryNever: '{column}は期間内に回収せず（{last}年目末に{value}）',
  listJoin: '、',
  sentenceEnd: '。',
  paybackCell: '{value}（回収）',

  waterfallTitle: '監査対象となる管理策の絞り込み（列ごと）',
  waterfallIsoOnly:
    'ISO 27017のみのため、ISMAPの管理策は監査対象になりません（0件）。ISOの審査費用は固定額で計算しています。',
  keyTitle: 'グラフの列',
  frontierNote: '線より上（受注が多い、または契約額が大きい）なら投資を回収できます。',

  changeSectionTitle: 'NPVの差の内訳（1列目から各列へ）',
  changeIntro:
    'NPVの差を5つの入力グループに分けます。各グループの寄与は、グループを1列目の値から入れ替える順序すべてで平均した効果（シャープレイ値）で、合計は差と一致します。',
  changeNeedsTwo: '列を2つ以上にすると、1列目からのNPVの差を入力グループごとに示します。',
  changeTitle: 'NPVの差の内訳：{from} → {to}',
  columnNpv: '{column}のNPV',
  'group.audit': '監査（範囲・事業者・区分を含む）',
  'group.staff': '人員',
  'group.operations': '運用・一時費用',
  'group.timeline': '期間',
  'group.revenue': '収益',
  changeGroup: '入力グループ',
  changeAmount: 'NPVの増減',
  changeRunning: 'この段階までのNPV',
  changeTotals: '各列のNPV',
  changeGain: 'NPVを増やす',
  changeLoss: 'NPVを減らす',
  changeTooltip: '{change}（NPV {npv}）',
  changeLead:
    '{from}から{to}へのNPVの差{delta}のうち、{part}は{group}によるもので、最も大きな要因です。',
  changeLeadOffset:
    '{group}がNPVを最も大きく動かしています（{part}）。ほかのグループが合わせて{rest}逆向きに動かすため、{from}から{to}へのNPVの差は{delta}です。',
  changeLeadSame: '{from}と{to}のNPVは同じです（{npv}）。どの入力グループもNPVを変えていません。',
  changeSummary: '{from}のNPV {fromNpv}から{to}のNPV {toNpv}へ：{parts}',
  changeSummaryPart: '{group} {change}',
} as const;

const en = {
  title: 'Compare',
  intro:
    'Pick a scenario, a track and a reform package for each column and see them side by side. Every difference is against the first column.',
  columnsTitle: 'Columns to compare',
  columnN: 'Column {n}',
  columnLabel: 'Column {n}: {label}',
  addColumn: 'Add a column',
  addColumnLimit: 'At most {max} columns.',
  removeColumn: 'Remove column {n}',
  editedScenario: 'The scenario being edited ({title})',
  editedGroup: 'Being edited',
  shippedGroup: 'Shipped scenarios',
  editedMark: ' (edited)',
  track: 'Track',
  trackAsIs: 'As in the scenario ({track})',
  isoOnlyHelp:
    'No ISMAP (ISO 27017 only): no ISMAP listing; the vendor keeps only the deals it can bid for with ISO 27017.',
  reform: 'Reform package',
  reformNone: 'None (today’s rules)',
  reformIgnored:
    'A column without ISMAP is outside ISMAP: the reform package changes none of its figures.',
  missingScenario:
    'No scenario “{id}” is available, so this column uses the scenario being edited. Pick one again.',
  missingReform: 'No reform package “{id}” is available, so this column has no reform.',
  separator: ' · ',

  kpiTitle: 'Key figures',
  kpiCaption: 'Key figures and the difference to the first column',
  kpiScroll: 'Key figures table (scrolls sideways)',
  kpi: 'Figure',
  unit: 'Unit',
  diff: 'Difference to column 1',
  diffShort: 'vs column 1',
  diffHeader: '{column}: difference to column 1',
  exportCsv: 'Key figures as CSV',
  csvFailed: 'The CSV could not be saved.',

  noDifference: 'no difference',
  minus: '−',
  plus: '+',
  earlier: '{n} yr earlier',
  later: '{n} yr later',
  onlyThisPays: 'only this column pays back',
  thisNever: 'this column does not pay back',
  bothNever: 'neither pays back',
  firstUnreachable: 'out of reach in column 1',
  thisUnreachable: 'out of reach in this column',
  bothUnreachable: 'out of reach in both',

  cashTitle: 'Cumulative cash flow by column',
  cashSummaryPays: '{column} pays back in year {n} ({value} at the end of year {last})',
  cashSummaryNever: '{column} does not pay back ({value} at the end of year {last})',
  listJoin: '; ',
  sentenceEnd: '.',
  paybackCell: '{value} (payback)',

  waterfallTitle: 'Controls in scope, by column',
  waterfallIsoOnly:
    'ISO 27017 only: no ISMAP control is audited (0). The ISO audit is costed as a fixed fee.',
  keyTitle: 'Columns in the charts',
  frontierNote:
    'Above a line (more wins, or larger contracts) the certification pays back; below it, it does not.',

  changeSectionTitle: 'What changed the NPV, from column 1 to each column',
  changeIntro:
    'The NPV difference is split among five input groups. Each group’s part is its effect averaged over every order in which the groups could be switched from column 1’s values (the Shapley value); the parts add up to the difference.',
  changeNeedsTwo:
    'With two columns or more, the NPV difference from column 1 is split here by input group.',
  changeTitle: 'What changed the NPV: {from} → {to}',
  columnNpv: '{column} NPV',
  'group.audit': 'Audit (incl. scope, vendor, track)',
  'group.staff': 'Staff',
  'group.operations': 'Operations and one-off',
  'group.timeline': 'Timeline',
  'group.revenue': 'Revenue',
  changeGroup: 'Input group',
  changeAmount: 'NPV change',
  changeRunning: 'NPV after this step',
  changeTotals: 'NPV of each column',
  changeGain: 'Raises NPV',
  changeLoss: 'Lowers NPV',
  changeTooltip: '{change} (NPV then {npv})',
  changeLead:
    '{group} explains {part} of the {delta} difference in NPV from {from} to {to}: more than any other group.',
  changeLeadOffset:
    '{group} moves NPV most, by {part}, yet the difference from {from} to {to} is {delta}: the other groups together pull the other way, by {rest}.',
  changeLeadSame: '{from} and {to} have the same NPV ({npv}): no input group changes it.',
  changeSummary: 'From {fromNpv} in {from} to {toNpv} in {to}: {parts}',
  changeSummaryPart: '{group} {change}',
} satisfies Record<keyof typeof ja, string>;

export const COMPARE_MESSAGES = withCommon({
  ja: { ...FIGURE_WORDS.ja, ...ja },
  en: { ...FIGURE_WORDS.en, ...en },
});

export type CompareMessageKey = KeyOf<typeof COMPARE_MESSAGES>;

export const t = messages(COMPARE_MESSAGES);
