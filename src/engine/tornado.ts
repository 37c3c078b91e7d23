/** Tornado sensitivity (SPEC 3.6): each ranged input at its low and high, the rest at mode. */
import { npvOf } from './evaluate.ts';
import { formatPath, inputSlots, resolveMode } from './resolve.ts';
import type { Scenario } from './schema.ts';

export interface SensitivityBar {
  /** Path of the input, e.g. `audit.fixedFeeYen`. */
  input: string;
  npvLow: number;
  npvHigh: number;
  /** |npvHigh − npvLow|, yen. */
  swing: number;
}

/** Bars sorted by swing, largest first; ties keep document order. */
export function tornado(scenario: Scenario): SensitivityBar[] {
  const point = resolveMode(scenario);
  const bars = inputSlots(scenario, point).map((slot) => {
    slot.set(slot.estimate.low);
    const npvLow = npvOf(point);
    slot.set(slot.estimate.high);
    const npvHigh = npvOf(point);
    slot.set(slot.estimate.mode);
    return { input: formatPath(slot.path), npvLow, npvHigh, swing: Math.abs(npvHigh - npvLow) };
  });
  return bars.sort((a, b) => b.swing - a.swing);
}
