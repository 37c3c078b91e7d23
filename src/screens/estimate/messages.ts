/** Words of the estimate's key figures: its cards and the compact bar. */
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
} as const;

const en = {
  title: 'Results',
  today: 'credited to certification now: {n} a year',
  customers: 'about {n} customers held at once',
  probability: 'Probability that NPV > 0',
  range: 'P10 {p10} to P90 {p90} ({samples} draws)',
  auditShare: 'audit {audit}',
} satisfies Record<keyof typeof ja, string>;

export const ESTIMATE_MESSAGES = withCommon({
  ja: { ...FIGURE_WORDS.ja, ...ja },
  en: { ...FIGURE_WORDS.en, ...en },
});

export type EstimateMessageKey = KeyOf<typeof ESTIMATE_MESSAGES>;

export const t = messages(ESTIMATE_MESSAGES);
