/**
 * The decision panel's words and table (README, Method: The decision): every option with its
 * NPV and the chance it pays, the best named in one sentence with its reason, and, for segments
 * tied to a buyer group, the share of that group the break-even needs.
 */
import type {
  BuyerGroup,
  MarketNeed,
  OptionId,
  OptionValue,
  Scenario,
  Track,
} from '../../../engine/compute.ts';
import {
  formatFiscalYear,
  formatNumber,
  formatShare,
  formatYen,
} from '../../../kits/format/yen.ts';
import type { Words } from '../../../kits/i18n/catalogue.ts';
import type { Lang } from '../../../kits/i18n/lang.ts';
import { localized } from '../../../kits/i18n/localized.ts';
import type { Table } from '../../../kits/tables/dataTable.ts';

export type DecisionWords = Words<
  | 'decision.title'
  | 'decision.tableTitle'
  | 'decision.expected'
  | 'decision.expectedNone'
  | 'decision.option'
  | 'decision.start'
  | 'decision.npv'
  | 'decision.probability'
  | 'decision.pending'
  | 'decision.wait'
  | 'decision.none'
  | 'decision.best'
  | 'decision.bestNone'
  | 'decision.bestWait'
  | 'decision.bestWaitReform'
  | 'decision.chance'
  | 'decision.market'
  | 'decision.marketOutOfReach'
  | `track.${Track}`
>;

export interface DecisionView {
  table: Table;
  best: OptionId | null;
  sentence: string;
  market: string[];
}

export interface DecisionInput {
  scenario: Scenario;
  options: readonly OptionValue[];
  /** P(NPV > 0) in the options' order; null while the draws are out. */
  probabilities: readonly number[] | null;
  market: readonly MarketNeed[];
  groups: readonly BuyerGroup[];
  /** Whether the expected reform changes anything between now and a wait's start. */
  reformLater: (delayYears: number) => boolean;
  lang: Lang;
  t: DecisionWords;
}

function optionName(id: OptionId, input: DecisionInput): string {
  const { t, scenario } = input;
  if (id === 'none') return t('decision.none');
  if (id.startsWith('wait-')) {
    return t('decision.wait', { k: id.slice(5), track: t(`track.${scenario.track}`) });
  }
  return t(`track.${id as Track}`);
}

export function decisionView(input: DecisionInput): DecisionView {
  const { options, probabilities, scenario, lang, t } = input;
  const yen = (value: number) => formatYen(value, lang);
  const start = scenario.timeline.startFiscalYear;
  const fiscalYear = (delay: number) => formatFiscalYear(start + delay, lang);
  const ranked = [...options].sort((a, b) => b.npv - a.npv);
  const best = ranked[0] ?? null;
  const second = ranked[1] ?? null;
  const probabilityOf = (id: OptionId) => {
    const p = probabilities?.[options.findIndex((o) => o.id === id)];
    return p === undefined ? null : p;
  };

  const table: Table = {
    id: 'decision-options',
    title: t('decision.tableTitle'),
    columns: [
      { label: t('decision.option'), kind: 'text' },
      { label: t('decision.start'), kind: 'text' },
      { label: t('decision.npv'), kind: 'yen' },
      { label: t('decision.probability'), kind: 'share' },
    ],
    rows: options.map((option) => ({
      header: optionName(option.id, input),
      values: [
        option.id === 'none' ? '—' : fiscalYear(option.delayYears),
        option.npv,
        probabilityOf(option.id) ?? t('decision.pending'),
      ],
    })),
    notes: [],
  };

  let sentence = '';
  if (best) {
    const p = probabilityOf(best.id);
    const chance = p === null ? '' : t('decision.chance', { p: formatShare(p, lang) });
    const name = optionName(best.id, input);
    const now = options.find((o) => o.id === scenario.track && o.delayYears === 0);
    if (best.id === 'none') {
      sentence = t('decision.bestNone', {
        npv: yen(best.npv),
        second: second ? optionName(second.id, input) : '—',
        secondNpv: second ? yen(second.npv) : '—',
      });
    } else if (best.id.startsWith('wait-') && now) {
      sentence = t(
        input.reformLater(best.delayYears) ? 'decision.bestWaitReform' : 'decision.bestWait',
        {
          option: name,
          npv: yen(best.npv),
          now: yen(now.npv),
          year: fiscalYear(best.delayYears),
          chance,
        },
      );
    } else {
      const none = options.find((o) => o.id === 'none');
      sentence = t('decision.best', {
        option: name,
        npv: yen(best.npv),
        chance,
        second: second ? optionName(second.id, input) : '—',
        gap: second ? yen(best.npv - second.npv) : '—',
        vsNone: none ? yen(best.npv - none.npv) : '—',
      });
    }
  }

  const market = input.market.map((need) => {
    const segment = scenario.revenue.segments[need.segment];
    const group = input.groups.find((g) => g.id === need.buyerGroup);
    const values = {
      segment: segment ? localized(segment.name, lang) : '',
      group: group ? localized(group.name, lang) : need.buyerGroup,
      buyers: formatNumber(need.buyers, lang, 0),
    };
    if (need.customersAtBreakEven === null || need.shareOfBuyersAtBreakEven === null) {
      return t('decision.marketOutOfReach', values);
    }
    return t('decision.market', {
      ...values,
      customers: formatNumber(need.customersAtBreakEven, lang, 0),
      share: formatShare(need.shareOfBuyersAtBreakEven, lang),
    });
  });

  return { table, best: best?.id ?? null, sentence, market };
}
