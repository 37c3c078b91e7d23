/** Words of the results: KPI cards and their notes. */
import { defineMessages } from '../../kits/i18n/locale.svelte.ts';

const ja = {
  title: '試算結果',
  firstYearCost: '初年度の費用',
  steadyYearCost: '2年目以降の年間費用',
  npv: '正味現在価値（NPV）',
  payback: '投資回収',
  paybackYear: '{n}年目に回収',
  never: '期間内に回収できない',
  breakEvenWins: '損益分岐の受注件数',
  winsPerYear: '年{n}件',
  today: '現状 年{n}件',
  breakEvenValue: '損益分岐の年間契約額',
  unreachable: '到達できない',
  probability: 'NPV がプラスになる確率',
  range: 'P10 {p10} 〜 P90 {p90}（{samples}回の試行）',
  updating: '計算中…',
  auditShare: 'うち監査 {audit}',
} as const;

const en: Record<keyof typeof ja, string> = {
  title: 'Results',
  firstYearCost: 'Cost in year 1',
  steadyYearCost: 'Yearly cost from year 2',
  npv: 'Net present value (NPV)',
  payback: 'Payback',
  paybackYear: 'in year {n}',
  never: 'not within the horizon',
  breakEvenWins: 'Break-even wins',
  winsPerYear: '{n} a year',
  today: 'today {n} a year',
  breakEvenValue: 'Break-even annual contract value',
  unreachable: 'out of reach',
  probability: 'Probability that NPV > 0',
  range: 'P10 {p10} to P90 {p90} ({samples} draws)',
  updating: 'Updating…',
  auditShare: 'audit {audit}',
};

const translate = defineMessages({ ja, en });

/** A message with `{name}` placeholders filled in. */
export function t(key: keyof typeof ja, values: Record<string, string> = {}): string {
  return translate(key).replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}
