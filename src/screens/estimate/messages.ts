/** Words of the results: KPI cards and their notes. */
import type { KeyOf } from '../../kits/i18n/catalogue.ts';
import { withCommon } from '../../kits/i18n/common.ts';
import { messages } from '../../kits/i18n/locale.svelte.ts';

const ja = {
  title: '試算結果',
  firstYearCost: '初年度の費用',
  steadyYearCost: '2年目以降の年間費用',
  payback: '投資回収',
  breakEvenWins: '損益分岐の受注件数',
  today: '現状 年{n}件',
  breakEvenValue: '損益分岐の年間契約額',
  probability: 'NPV がプラスになる確率',
  range: 'P10 {p10} 〜 P90 {p90}（{samples}回の試行）',
  auditShare: 'うち監査 {audit}',
} as const;

const en = {
  title: 'Results',
  firstYearCost: 'Cost in year 1',
  steadyYearCost: 'Yearly cost from year 2',
  payback: 'Payback',
  breakEvenWins: 'Break-even wins',
  today: 'today {n} a year',
  breakEvenValue: 'Break-even annual contract value',
  probability: 'Probability that NPV > 0',
  range: 'P10 {p10} to P90 {p90} ({samples} draws)',
  auditShare: 'audit {audit}',
} satisfies Record<keyof typeof ja, string>;

export const ESTIMATE_MESSAGES = withCommon({ ja, en });

export type EstimateMessageKey = KeyOf<typeof ESTIMATE_MESSAGES>;

export const t = messages(ESTIMATE_MESSAGES);
