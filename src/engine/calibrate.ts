/**
 * Fitting the market model's free parameters to the listing history (README, Method:
 * Calibration): coordinate descent over a grid, each parameter in turn set to the grid value
 * with the smallest mean absolute percentage error, until a full pass changes nothing. No
 * randomness: the vendors are the model's fixed sample, so a refit gives the same values.
 */
import type { MarketFittedValues } from './schema.ts';
import { calibrationOf, type Calibration, type MarketContext } from './market.ts';

/** The grid of one parameter: `steps` values from low to high. */
function grid(bounds: { low: number; high: number; steps: number }): number[] {
  return Array.from(
    { length: bounds.steps },
    (_, i) => bounds.low + ((bounds.high - bounds.low) * i) / (bounds.steps - 1),
  );
}

/** The categories whose r_floor the calibration fits: those the model gives none. */
export function fittedCategories(context: MarketContext): string[] {
  return context.model.categories.filter((c) => c.floorShare === undefined).map((c) => c.id);
}

export interface Fit {
  fitted: MarketFittedValues;
  calibration: Calibration;
  /** Full passes over the parameters until none changed. */
  passes: number;
}

const MAX_PASSES = 20;

export function fitMarket(context: MarketContext): Fit {
  const { bounds } = context.model.calibration;
  const middle = (b: { low: number; high: number; steps: number }) =>
    grid(b)[Math.floor((b.steps - 1) / 2)]!;
  const categories = fittedCategories(context);
  let fitted: MarketFittedValues = {
    auditsPerFirmPerYear: middle(bounds.auditsPerFirmPerYear),
    adjustmentPerYear: middle(bounds.adjustmentPerYear),
    floorShare: Object.fromEntries(categories.map((c) => [c, middle(bounds.floorShare)])),
  };
  const setters: {
    values: number[];
    set: (f: MarketFittedValues, v: number) => MarketFittedValues;
  }[] = [
    {
      values: grid(bounds.auditsPerFirmPerYear),
      set: (f, v) => ({ ...f, auditsPerFirmPerYear: v }),
    },
    { values: grid(bounds.adjustmentPerYear), set: (f, v) => ({ ...f, adjustmentPerYear: v }) },
    ...categories.map((c) => ({
      values: grid(bounds.floorShare),
      set: (f: MarketFittedValues, v: number) => ({
        ...f,
        floorShare: { ...f.floorShare, [c]: v },
      }),
    })),
  ];
  let best = calibrationOf(context, fitted);
  let passes = 0;
  while (passes < MAX_PASSES) {
    passes++;
    let changed = false;
    for (const { values, set } of setters) {
      for (const value of values) {
        const candidate = set(fitted, value);
        const result = calibrationOf(context, candidate);
        // Strictly better only: ties keep the earlier value, so the fit is deterministic.
        if (result.meanAbsPctError < best.meanAbsPctError - 1e-12) {
          best = result;
          fitted = candidate;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return { fitted, calibration: best, passes };
}
