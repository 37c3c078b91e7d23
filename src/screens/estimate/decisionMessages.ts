/**
 * Words of the estimate's decision panel: a module apart from the key figures' words, so that
 * they load with the panel, after the first figures (README, Method: Speed).
 */
import type { KeyOf } from '../../kits/i18n/catalogue.ts';
import { withCommon } from '../../kits/i18n/common.ts';
import { messages } from '../../kits/i18n/locale.svelte.ts';

const ja = {
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

export const DECISION_MESSAGES = withCommon({ ja, en });

export type DecisionMessageKey = KeyOf<typeof DECISION_MESSAGES>;

export const t = messages(DECISION_MESSAGES);
