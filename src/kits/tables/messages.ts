/** The tables' own words: folding a chart's table, scrolling, exporting, units, percentage points. */
import type { KeyOf } from '../i18n/catalogue.ts';
import { withCommon } from '../i18n/common.ts';
import { messages } from '../i18n/locale.svelte.ts';

const ja = {
  showTable: '表で見る',
  exportCsv: 'CSV で書き出す',
  exportCsvOf: '「{title}」を CSV で書き出す',
  scrollRegion: '{title}（横にスクロールできます）',
  points: '{value}ポイント',
  // A CSV's header: its label and the unit of its numbers.
  withUnit: '{label}（{unit}）',
  'csvUnit.yen': '円',
  'csvUnit.share': '0〜1',
  'csvUnit.vendors': '社',
  'csvUnit.winsPerYear': '件/年',
  'csvUnit.services': 'サービス',
  'csvUnit.auditFirms': '監査法人等',
  'csvUnit.months': 'か月',
  'csvUnit.tendersPerYear': '件/年',
} as const;

const en = {
  showTable: 'Show as table',
  exportCsv: 'Export CSV',
  exportCsvOf: 'Export CSV of “{title}”',
  scrollRegion: '{title} (scrolls sideways)',
  points: '{value} pp',
  withUnit: '{label} ({unit})',
  'csvUnit.yen': 'yen',
  'csvUnit.share': '0–1',
  'csvUnit.vendors': 'vendors',
  'csvUnit.winsPerYear': 'wins a year',
  'csvUnit.services': 'services',
  'csvUnit.auditFirms': 'audit firms',
  'csvUnit.months': 'months',
  'csvUnit.tendersPerYear': 'tenders a year',
} satisfies Record<keyof typeof ja, string>;

export const TABLE_MESSAGES = withCommon({ ja, en });
export type TableWordKey = KeyOf<typeof TABLE_MESSAGES>;
export const t = messages(TABLE_MESSAGES);
