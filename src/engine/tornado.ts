/**
 * Tornado sensitivity (README, Method: Uncertainty): each ranged input at its low and high, the
 * rest at mode.
 */
import { npvOf } from './evaluate.ts';
import { formatPath, inputSlots, resolveMode } from './resolve.ts';
import type { Scenario } from './schema.ts';
import type { Yen } from './units.ts';

export interface SensitivityBar {
  /** Path of the input, e.g. `audit.fixedFeeYen`. */
  input: string;
  npvLow: Yen;
  npvHigh: Yen;
  /** |npvHigh − npvLow|. */
  swing: Yen;
}

/** Bars sorted by swing, largest first; ties keep document order. */
export function tornado(scenario: Scenario): SensitivityBar[] {
  const point = resolveMode(scenario);
  const bars = inputSlots(scenario, point).map((slot) => {
    slot.set(slot.estimate.low);
    const npvLow = npvOf(point) as Yen;
    slot.set(slot.estimate.high);
    const npvHigh = npvOf(point) as Yen;
    slot.set(slot.estimate.mode);
    const swing = Math.abs(npvHigh - npvLow) as Yen;
    return { input: formatPath(slot.path), npvLow, npvHigh, swing };
  });
  return bars.sort((a, b) => b.swing - a.swing);
}
