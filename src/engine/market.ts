/**
 * The market model from its parameters file to its answers (README, Method: The market over
 * time; Calibration): the point path, P10–P90 bands over the parameters' ranges, the equilibria
 * at the end year's settings and the fit to the listing history.
 */
import { quantileSorted } from './finance.ts';
import { mulberry32, triangular } from './prng.ts';
import { leversInForce } from './reform.ts';
import type {
  Estimate,
  Levers,
  MarketFittedValues,
  MarketModel,
  MarketObservation,
  Population,
  ReformPackage,
} from './schema.ts';
import { buyersCurve, equilibria as crossings } from './curves.ts';
import {
  simulateMarket,
  type MarketEnd,
  type MarketParameters,
  type MarketYear,
  type MarketYearSetting,
} from './simulate.ts';
import {
  listingPays,
  sampleVendors,
  vendorLevers,
  type CategoryMap,
  type VendorSample,
} from './vendors.ts';

/** A mandate: from a fiscal year, at least this share of tenders require a listing. */
export interface Mandate {
  share: number;
  fromFiscalYear: number;
  /** Category ids it applies to; all when absent. */
  categories?: readonly string[];
}

/** A policy to simulate: a dated reform package and a mandate, each optional. */
export interface MarketPolicy {
  reform?: ReformPackage;
  mandate?: Mandate;
  /** Last fiscal year simulated; the model's own end when absent. */
  untilFiscalYear?: number;
}

/**
 * The model with its vendors: the vendors' samples are computed once per set of levers in force
 * and kept, so a screen that changes the mandate or the years pays only for the simulation.
 */
export interface MarketContext {
  model: MarketModel;
  population: Population;
  categories: CategoryMap;
  samples: Map<string, VendorSample>;
}

/** A context for the model and population: which category each archetype and buyer group is. */
export function marketContext(model: MarketModel, population: Population): MarketContext {
  const ids = model.categories.map((c) => c.id);
  const categoryOfArchetype = new Map<string, number>();
  const categoryOfGroup = new Map<string, number>();
  model.categories.forEach((c, i) => {
    for (const a of c.archetypes) categoryOfArchetype.set(a, i);
    for (const g of c.buyerGroups) categoryOfGroup.set(g, i);
  });
  return {
    model,
    population,
    categories: { ids, categoryOfArchetype, categoryOfGroup },
    samples: new Map(),
  };
}

/** The vendors under a set of levers in force, drawn the first time and kept in the context. */
export function vendorsUnder(context: MarketContext, levers: Levers): VendorSample {
  const key = JSON.stringify(vendorLevers(levers));
  let sample = context.samples.get(key);
  if (!sample) {
    const { model } = context;
    sample = sampleVendors(
      context.population,
      context.categories,
      levers,
      model.vendorDraws,
      model.vendorSeed,
    );
    context.samples.set(key, sample);
  }
  return sample;
}

/** Each fiscal year's vendors, audit-firm pool and mandated floors under a policy. */
export function yearSettings(context: MarketContext, policy: MarketPolicy): MarketYearSetting[] {
  const { model } = context;
  const until = policy.untilFiscalYear ?? model.toFiscalYear;
  const settings: MarketYearSetting[] = [];
  for (let year = model.fromFiscalYear; year <= until; year++) {
    const levers = policy.reform ? leversInForce(policy.reform, year) : {};
    const opened = Math.max(model.audit.firmsToday, levers.auditFirms ?? 0);
    const mandate = policy.mandate;
    settings.push({
      fiscalYear: year,
      vendors: vendorsUnder(context, levers),
      auditFirmPool: Math.min(model.audit.candidateFirms, opened),
      floorShares: model.categories.map((c) =>
        mandate &&
        year >= mandate.fromFiscalYear &&
        (mandate.categories === undefined || mandate.categories.includes(c.id))
          ? mandate.share
          : 0,
      ),
    });
  }
  return settings;
}

type Value = number | Estimate;

/** The market's parameters at the modes of their ranges, or drawn from them. */
export function marketParameters(
  model: MarketModel,
  fitted: MarketFittedValues,
  pick: (value: Value) => number = (v) => (typeof v === 'number' ? v : v.mode),
): MarketParameters {
  return {
    firmsToday: model.audit.firmsToday,
    auditsPerFirmPerYear: fitted.auditsPerFirmPerYear,
    renewalLoad: pick(model.audit.renewalLoad),
    priceElasticity: pick(model.audit.priceElasticity),
    baseMonthsToListing: pick(model.audit.baseMonthsToListing),
    adjustmentPerYear: fitted.adjustmentPerYear,
    exitLostShare: { low: model.vendors.exitLostShare.low, high: model.vendors.exitLostShare.high },
    lagYears: pick(model.buyers.lagYears),
    hourlyCostYen: pick(model.government.hourlyCostYen),
    reviewHoursPerApplication: pick(model.government.reviewHoursPerApplication),
    renewalReviewShare: pick(model.government.renewalReviewShare),
    categories: model.categories.map((c) => ({
      id: c.id,
      biddersPerTender: c.biddersPerTender,
      biddersNeeded: c.biddersNeeded,
      maxRequiredShare: pick(c.maxRequiredShare),
      floorShare: c.floorShare === undefined ? (fitted.floorShare[c.id] ?? 0) : pick(c.floorShare),
      tendersPerYear: pick(c.tendersPerYear),
      checkHoursPerUnlistedPurchase: pick(c.checkHoursPerUnlistedPurchase),
    })),
  };
}

/** Years from the start of the first fiscal year (1 April) to a date. */
export function yearsIntoModel(model: MarketModel, date: string): number {
  const start = Date.UTC(model.fromFiscalYear, 3, 1);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - start) / (365.25 * 24 * 3600 * 1000);
}

/** What an observation measures, in one simulated year (at its end). */
function observe(year: MarketYear, o: MarketObservation): number {
  if (o.quantity === 'listedTotal') return year.listedTotal;
  if (o.quantity === 'listedLiu') return year.listedLight;
  // Ministries' use that is listed: the tenders requiring a listing, and a listed vendor's
  // share of the others.
  const r = year.requiredShareByCategory[o.category ?? ''] ?? 0;
  const l = year.listedShareByCategory[o.category ?? ''] ?? 0;
  return r + (1 - r) * l;
}

/**
 * The simulated value at an observation's date: linear between the ends of fiscal years, from
 * nothing listed and nothing required before the first.
 */
export function simulatedAt(
  model: MarketModel,
  years: readonly MarketYear[],
  o: MarketObservation,
) {
  const t = Math.max(0, yearsIntoModel(model, o.date));
  const k = Math.min(Math.floor(t), years.length - 1);
  const after = years[k];
  if (!after) return 0;
  const before = k > 0 ? observe(years[k - 1]!, o) : 0;
  const fraction = Math.min(1, t - k);
  return before + (observe(after, o) - before) * fraction;
}

export interface CalibrationPoint {
  date: string;
  quantity: MarketObservation['quantity'];
  category?: string;
  observed: number;
  simulated: number;
}

export interface Calibration {
  points: CalibrationPoint[];
  /** Mean of |simulated − observed| ÷ observed over the points. */
  meanAbsPctError: number;
}

/** The history (no reform, no mandate) at the fitted values, against what was observed. */
export function calibrationOf(context: MarketContext, fitted: MarketFittedValues): Calibration {
  const { model } = context;
  const observations = model.calibration.observations;
  const last = Math.max(
    ...observations.map((o) => model.fromFiscalYear + Math.floor(yearsIntoModel(model, o.date))),
  );
  const settings = yearSettings(context, { untilFiscalYear: last });
  const { years } = simulateMarket(settings, marketParameters(model, fitted));
  const points = observations.map((o) => ({
    date: o.date,
    quantity: o.quantity,
    ...(o.category === undefined ? {} : { category: o.category }),
    observed: o.observed,
    simulated: simulatedAt(model, years, o),
  }));
  const meanAbsPctError =
    points.reduce((sum, p) => sum + Math.abs(p.simulated - p.observed) / p.observed, 0) /
    points.length;
  return { points, meanAbsPctError };
}

/** P10, median and P90 of one quantity over the draws. */
export interface Quantiles {
  p10: number;
  p50: number;
  p90: number;
}

/** Every quantity of a year that the parameters' ranges spread, as its P10–P90 band. */
export interface MarketBand {
  fiscalYear: number;
  listedTotal: Quantiles;
  listedByCategory: Record<string, Quantiles>;
  requiredShareByCategory: Record<string, Quantiles>;
  auditFirms: Quantiles;
  monthsToListing: Quantiles;
  /** Cumulative, as in the path. */
  vendorsExited: Quantiles;
  tendersShortOfBidders: Quantiles;
  burden: { vendorsYen: Quantiles; lostRevenueYen: Quantiles; governmentYen: Quantiles };
}

function quantilesOf(values: Float64Array): Quantiles {
  const sorted = values.sort();
  return {
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
  };
}

/**
 * Collects each banded quantity of each year over the draws, in one flat array (quantity, year,
 * draw): the drawn paths need not be kept, which a thousand of would cost more in garbage than
 * the simulation itself.
 */
class BandCollector {
  readonly #readers: ((year: MarketYear) => number)[];
  readonly #values: Float64Array;

  constructor(
    readonly categories: readonly string[],
    readonly years: number,
    readonly draws: number,
  ) {
    this.#readers = [
      (y) => y.listedTotal,
      (y) => y.auditFirms,
      (y) => y.monthsToListing,
      (y) => y.vendorsExited,
      (y) => y.tendersShortOfBidders,
      (y) => y.burden.vendorsYen,
      (y) => y.burden.lostRevenueYen,
      (y) => y.burden.governmentYen,
      ...categories.map((id) => (y: MarketYear) => y.listedByCategory[id] ?? 0),
      ...categories.map((id) => (y: MarketYear) => y.requiredShareByCategory[id] ?? 0),
    ];
    this.#values = new Float64Array(this.#readers.length * years * draws);
  }

  add(draw: number, path: readonly MarketYear[]): void {
    const { years, draws } = this;
    this.#readers.forEach((read, k) => {
      for (let i = 0; i < years; i++) this.#values[(k * years + i) * draws + draw] = read(path[i]!);
    });
  }

  /** The bands, in the readers' order. */
  bands(fiscalYears: readonly number[]): MarketBand[] {
    const { years, draws, categories } = this;
    const n = categories.length;
    return fiscalYears.map((fiscalYear, i) => {
      const q = (k: number) =>
        quantilesOf(this.#values.subarray((k * years + i) * draws, (k * years + i + 1) * draws));
      const byCategory = (first: number) =>
        Object.fromEntries(categories.map((id, c) => [id, q(first + c)]));
      return {
        fiscalYear,
        listedTotal: q(0),
        listedByCategory: byCategory(8),
        requiredShareByCategory: byCategory(8 + n),
        auditFirms: q(1),
        monthsToListing: q(2),
        vendorsExited: q(3),
        tendersShortOfBidders: q(4),
        burden: { vendorsYen: q(5), lostRevenueYen: q(6), governmentYen: q(7) },
      };
    });
  }
}

export interface CategoryEquilibrium {
  category: string;
  listedShare: number;
  requiredShare: number;
  stable: boolean;
}

/** Both curves of a category at the end year's settings, sampled for the equilibrium square. */
export interface CategoryCurves {
  category: string;
  /** ℓ*(r) at r = 0, 0.02, …, 1. */
  vendors: { requiredShare: number; listedShare: number }[];
  /** r*(ℓ) at ℓ = 0, 0.02, …, 1. */
  buyers: { listedShare: number; requiredShare: number }[];
}

export interface MarketRun {
  years: MarketYear[];
  bands: MarketBand[];
  equilibria: CategoryEquilibrium[];
  curves: CategoryCurves[];
  calibration: Calibration;
}

const CURVE_POINTS = 51;

export interface MarketRunOptions {
  /** Draws of the parameters' ranges for the bands. */
  draws: number;
  seed: number;
}

/**
 * Each category's curves at the end year's settings: the vendors' curve with its own required
 * share varied and the others' as they ended, weighted by the vendors left; the buyers' curve
 * with the end year's floor, bidders drawn from the category's vendors at the start.
 */
export function curvesAtEnd(params: MarketParameters, setting: MarketYearSetting, end: MarketEnd) {
  return params.categories.map((p, c) => {
    const members = setting.vendors.flatMap((a, i) => (a.category === c ? [i] : []));
    const weight = members.reduce((sum, i) => sum + end.active[i]!, 0);
    const vendors = (r: number) => {
      if (weight <= 0) return 0;
      const shares = [...end.requiredShares];
      shares[c] = r;
      return (
        members.reduce(
          (sum, i) =>
            sum + end.active[i]! * listingPays(setting.vendors[i]!, shares, end.feeFactor),
          0,
        ) / weight
      );
    };
    const left = end.initial[c]! > 0 ? weight / end.initial[c]! : 0;
    const rule = { ...p, floorShare: Math.max(p.floorShare, setting.floorShares[c] ?? 0) };
    const buyers = (l: number) => buyersCurve(rule, l * left);
    return { category: p.id, vendors, buyers };
  });
}

export function runMarket(
  context: MarketContext,
  policy: MarketPolicy,
  options: MarketRunOptions,
): MarketRun {
  const { model } = context;
  const fitted = model.calibration.fitted;
  const settings = yearSettings(context, policy);
  const point = marketParameters(model, fitted);
  const { years, end } = simulateMarket(settings, point);

  const random = mulberry32(options.seed);
  const collector = new BandCollector(context.categories.ids, settings.length, options.draws);
  for (let d = 0; d < options.draws; d++) {
    const drawn = marketParameters(model, fitted, (v) =>
      typeof v === 'number' ? v : triangular(random(), v.low, v.mode, v.high),
    );
    collector.add(d, simulateMarket(settings, drawn).years);
  }
  const bands = options.draws === 0 ? [] : collector.bands(settings.map((s) => s.fiscalYear));

  const last = settings[settings.length - 1];
  const curves = last ? curvesAtEnd(point, last, end) : [];
  const grid = Array.from({ length: CURVE_POINTS }, (_, i) => i / (CURVE_POINTS - 1));
  return {
    years,
    bands,
    equilibria: curves.flatMap(({ category, vendors, buyers }) =>
      crossings(vendors, buyers).map((e) => ({ category, ...e })),
    ),
    curves: curves.map(({ category, vendors, buyers }) => ({
      category,
      vendors: grid.map((r) => ({ requiredShare: r, listedShare: vendors(r) })),
      buyers: grid.map((l) => ({ listedShare: l, requiredShare: buyers(l) })),
    })),
    calibration: calibrationOf(context, fitted),
  };
}
