/** What the market screen's builders read: the answers, the settings, the language. */
import { shippedMarketModel } from '../../../data/marketCatalog.ts';
import type { Words } from '../../../kits/i18n/catalogue.ts';
import type { Lang } from '../../../kits/i18n/lang.ts';
import { localized } from '../../../kits/i18n/localized.ts';
import { formatFiscalYear } from '../../../kits/format/yen.ts';
import type { MarketMessageKey } from '../messages.ts';
import type { MarketState } from '../state.ts';
import type { MarketResult } from './computeMarket.ts';

export interface MarketView {
  result: MarketResult;
  state: MarketState;
  lang: Lang;
  t: Words<MarketMessageKey>;
}

/** The two sides' names: 政策A, 政策B. */
export function sideNames(view: Pick<MarketView, 't'>): [string, string] {
  return [view.t('side0'), view.t('side1')];
}

/** A buyer category's name in the UI language; its id when the model has no such category. */
export function categoryName(id: string, lang: Lang): string {
  const category = shippedMarketModel.categories.find((c) => c.id === id);
  return category ? localized(category.name, lang) : id;
}

/** The category the square shows: the state's when the model has it, else the first. */
export function shownCategory(state: Pick<MarketState, 'category'>): string {
  const ids = shippedMarketModel.categories.map((c) => c.id);
  return ids.includes(state.category) ? state.category : ids[0]!;
}

export const endYear = (view: Pick<MarketView, 'state' | 'lang'>) =>
  formatFiscalYear(view.state.untilFiscalYear, view.lang);
