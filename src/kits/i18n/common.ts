/**
 * Words that several screens and kits say the same way, written once. A screen's catalogue
 * adds them with `withCommon`, so its builders and components ask for them by the same keys.
 */
import type { Catalogue } from './catalogue.ts';

/** One name for each track everywhere: the form, Compare, the decision. */
export const TRACK_WORDS = {
  ja: {
    'track.ismap': 'ISMAP',
    'track.ismap-liu': 'ISMAP-LIU（低リスク SaaS）',
    'track.saas-light': '軽量な SaaS 区分（改革案）',
    'track.iso27017-only': 'ISMAP なし（ISO 27017 のみ）',
  },
  en: {
    'track.ismap': 'ISMAP',
    'track.ismap-liu': 'ISMAP-LIU (low-impact SaaS)',
    'track.saas-light': 'Lighter SaaS category (reform)',
    'track.iso27017-only': 'No ISMAP (ISO 27017 only)',
  },
} as const;

const ja = {
  ...TRACK_WORDS.ja,
  updating: '計算中…',
  total: '合計',
  year: '年度',
  yearN: '{n}年目',
  yen: '金額',
  npv: '正味現在価値（NPV）',
  scenario: 'シナリオ',
  winsPerYear: '年{n}件',
  paybackYear: '{n}年目に回収',
  never: '期間内に回収できない',
  unreachable: '到達できない',
  'unit.controls': '件',
} as const;

const en = {
  ...TRACK_WORDS.en,
  updating: 'Updating…',
  total: 'Total',
  year: 'Year',
  yearN: 'Year {n}',
  yen: 'Yen',
  npv: 'Net present value (NPV)',
  scenario: 'Scenario',
  winsPerYear: '{n} a year',
  paybackYear: 'in year {n}',
  never: 'not within the horizon',
  unreachable: 'out of reach',
  'unit.controls': 'controls',
} satisfies Record<keyof typeof ja, string>;

export const COMMON_MESSAGES = { ja, en };

export type CommonKey = keyof typeof ja;

/** A dictionary that leaves the common words to common.ts: redefining one is a type error. */
type Own<K extends string> = Readonly<Record<K, string>> & { readonly [C in CommonKey]?: never };

/** A screen's or kit's own catalogue with the common words added. */
export function withCommon<K extends string>(own: {
  ja: Own<K>;
  en: Own<K>;
}): Catalogue<K | CommonKey> {
  return { ja: { ...ja, ...own.ja }, en: { ...en, ...own.en } };
}
