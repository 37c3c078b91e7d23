/** The tables' own words: folding a chart's table, scrolling, exporting, percentage points. */
import type { KeyOf } from '../i18n/catalogue.ts';
import { withCommon } from '../i18n/common.ts';
import { messages } from '../i18n/locale.svelte.ts';

const ja = {
  showTable: '表で見る',
  exportCsv: 'CSV で書き出す',
  exportCsvOf: '「{title}」を CSV で書き出す',
  scrollRegion: '{title}（横にスクロールできます）',
  points: '{value}ポイント',
} as const;

const en = {
  showTable: 'Show as table',
  exportCsv: 'Export CSV',
  exportCsvOf: 'Export CSV of “{title}”',
  scrollRegion: '{title} (scrolls sideways)',
  points: '{value} pp',
} satisfies Record<keyof typeof ja, string>;

export const TABLE_MESSAGES = withCommon({ ja, en });
export type TableWordKey = KeyOf<typeof TABLE_MESSAGES>;
export const t = messages(TABLE_MESSAGES);
