/** The charts' words, Japanese first. `{name}` marks a value filled in when the text is asked for. */
import type { KeyOf } from '../i18n/catalogue.ts';
import { withCommon } from '../i18n/common.ts';
import { messages } from '../i18n/locale.svelte.ts';

const ja = {
  waterfallTitle: '監査対象となる管理策の絞り込み',
  waterfallSummary: '基準の管理策{baseline}件のうち、監査対象は{inScope}件。',
  stepBaseline: '基準となる管理策',
  stepNotApplicable: 'サービスに適用外',
  stepInherited: '登録済み IaaS/PaaS から継承',
  stepAlreadyAudited: '自社の他サービスで監査済み',
  stepIso27001Credit: 'ISO/IEC 27001 認証で代替',
  stepReformCap: '制度改正による上限',
  inScope: '監査対象の管理策',
  step: '段階',
  controls: '管理策数',
  removed: '除外',
  remaining: '残り',
  removedTooltip: '除外 {removed}（残り {remaining}）',

  frontierTitle: '損益分岐フロンティア',
  frontierSummary:
    '損益分岐に必要な受注は、年間契約額{lowValue}で年{lowWins}件、{highValue}で年{highWins}件。',
  frontierEmpty: '期間内に利益を生む受注がないため、損益分岐点はありません。',
  contractValue: '年間契約額',
  winsNeeded: '必要受注件数/年',
  // The terse table form; common.ts's `unreachable` is the sentence form.
  outOfReach: '到達不可',
  thisScenario: 'このシナリオ',
  scenarioNote:
    'このシナリオ：年間契約額{value}、受注は年{wins}件（損益分岐には年{needed}件が必要）。',

  savePng: 'PNG で保存',
  // The name holds the button's visible words (WCAG 2.5.3), as the CSV button's does.
  savePngOf: '「{title}」を PNG で保存',
} as const;

const en = {
  waterfallTitle: 'Controls in scope, from the baseline',
  waterfallSummary: '{inScope} of {baseline} baseline controls remain in scope for the audit.',
  stepBaseline: 'Baseline controls',
  stepNotApplicable: 'Not applicable to the service',
  stepInherited: 'Inherited from a listed IaaS/PaaS',
  stepAlreadyAudited: 'Already audited for other services',
  stepIso27001Credit: 'Credited for ISO/IEC 27001',
  stepReformCap: 'Capped by a reform',
  inScope: 'Controls in scope',
  step: 'Step',
  controls: 'Controls',
  removed: 'Removed',
  remaining: 'Remaining',
  removedTooltip: 'Removed {removed} ({remaining} left)',

  frontierTitle: 'Break-even frontier',
  frontierSummary:
    'Break-even takes {lowWins} wins a year at {lowValue} a year per contract, {highWins} at {highValue}.',
  frontierEmpty: 'No win earns anything within the horizon, so there is no break-even.',
  contractValue: 'Annual contract value',
  winsNeeded: 'Wins needed per year',
  outOfReach: 'Out of reach',
  thisScenario: 'This scenario',
  scenarioNote:
    'This scenario: {value} a year per contract, {wins} wins a year ({needed} needed to break even).',

  savePng: 'Save PNG',
  savePngOf: 'Save PNG of “{title}”',
} satisfies Record<keyof typeof ja, string>;

export const CHART_MESSAGES = withCommon({ ja, en });

export type ChartMessageKey = KeyOf<typeof CHART_MESSAGES>;

export const t = messages(CHART_MESSAGES);
