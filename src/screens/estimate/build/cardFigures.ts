import type { KeyFigureId } from '../../../kits/figures/keyFigures.ts';

/** The key figures the estimate shows as cards, in order; the Monte Carlo's card follows them. */
export const CARD_FIGURES = [
  'first-year-cost',
  'steady-year-cost',
  'npv',
  'payback',
  'break-even-wins',
  'break-even-value',
] as const satisfies readonly KeyFigureId[];
