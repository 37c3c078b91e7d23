/**
 * The key figures' words: their names, units and how a value reads. The estimate's cards and
 * the compare table both add these to their catalogues, so a figure is named alike everywhere.
 */
const ja = {
  'figure.first-year-cost': '初年度の費用',
  'figure.steady-year-cost': '2年目以降の年間費用',
  'figure.npv': '正味現在価値（NPV）',
  'figure.payback': '投資回収（割引前）',
  'figure.break-even-wins': '損益分岐の受注件数（認証による分）',
  'figure.break-even-value': '損益分岐の年間契約額',
  'figure.attributable-wins': '認証による受注件数',
  'figure.controls-in-scope': '監査対象の管理策',
  'unit.yen': '円',
  'unit.year': '年目',
  'unit.winsPerYear': '件/年',
  wins: '{n}件',
  controls: '{n}件',
  missing: '—',
} as const;

const en = {
  'figure.first-year-cost': 'Cost in year 1',
  'figure.steady-year-cost': 'Yearly cost from year 2',
  'figure.npv': 'Net present value (NPV)',
  'figure.payback': 'Payback (undiscounted)',
  'figure.break-even-wins': 'Break-even wins credited to certification',
  'figure.break-even-value': 'Break-even annual contract value',
  'figure.attributable-wins': 'Wins credited to certification',
  'figure.controls-in-scope': 'Controls in scope',
  'unit.yen': 'yen',
  'unit.year': 'year',
  'unit.winsPerYear': 'wins a year',
  wins: '{n}',
  controls: '{n}',
  missing: '—',
} satisfies Record<keyof typeof ja, string>;

export const FIGURE_WORDS = { ja, en };
export type FigureWordKey = keyof typeof ja;
