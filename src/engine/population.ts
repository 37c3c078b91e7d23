/**
 * A vendor population before and after a reform (README, Method: Vendor population): each
 * archetype's NPV and break-even, whether its vendors certify, the share of vendors for whom
 * certification pays, and the yearly burden as in the Standard Cost Model (cost per vendor ×
 * number of vendors), counting only the vendors who certify, plus what the others lose.
 */
import { evaluatePoint, type BreakEven } from './evaluate.ts';
import { monteCarlo } from './montecarlo.ts';
import { shapleyValues } from './attribution.ts';
import { notCertifying } from './options.ts';
import { applyLevers, singleLevers } from './reform.ts';
import { resolveMode } from './resolve.ts';
import type { Levers, Population, ReformPackage } from './schema.ts';
import type { Share, Yen } from './units.ts';

/** A certifying vendor's yearly cost, split as policy debates split it, yen. */
export interface CostSplit {
  /** Audit and assessment fees. */
  audit: Yen;
  /** Staff, operations and one-off costs: the vendor's own effort. */
  ownEffort: Yen;
  total: Yen;
}

/** The population's yearly burden, yen: certifying vendors' costs and what the others lose. */
export interface BurdenSplit extends CostSplit {
  /** Gross profit the vendors who do not certify lose to tenders that require a credential. */
  lostRevenue: Yen;
  /** audit + ownEffort + lostRevenue. */
  total: Yen;
}

export interface ArchetypeResult {
  id: string;
  count: number;
  npv: Yen;
  breakEven: BreakEven;
  /** Year 1 if it certifies: first audit and one-off costs. */
  firstYearCost: CostSplit;
  /** Year 2, the first renewal year; every later certified year costs the same in this model. */
  steadyYearCost: CostSplit;
  /** Not certifying (the plan never starts): its NPV and the existing business lost, yen. */
  notCertifying: { npv: Yen; firstYearLost: Yen; steadyYearLost: Yen };
  /** Its vendors certify: at point values, NPV beats not certifying's. */
  certifies: boolean;
  /** P(NPV > 0) from the Monte Carlo; null when run without samples. */
  probNpvPositive: Share | null;
}

export interface PopulationResult {
  archetypes: ArchetypeResult[];
  vendors: number;
  /** Vendors (by count) whose archetype certifies. */
  certifyingVendors: number;
  /** Share of vendors (by count) with point NPV > 0. */
  viableShare: Share;
  /** Σ count × P(NPV > 0) ÷ Σ count; null without samples. */
  viableShareProbabilityWeighted: Share | null;
  /** Year 1: certifying vendors entering once, and the others' first year of losses. */
  firstYearBurden: BurdenSplit;
  /** Year 2: certifying vendors' renewal year, and the others' second year of losses. */
  steadyYearBurden: BurdenSplit;
}

export interface PopulationOptions {
  /** 0 skips the Monte Carlo. */
  samples: number;
  seed: number;
}

const zeroSplit = (): CostSplit => ({ audit: 0 as Yen, ownEffort: 0 as Yen, total: 0 as Yen });

/**
 * Σ count × yearly cost over the archetypes that certify, and Σ count × business lost over
 * those that do not: a vendor who stays out pays no audit, but the requirement still costs it.
 */
function burden(
  archetypes: readonly ArchetypeResult[],
  cost: (a: ArchetypeResult) => CostSplit,
  lost: (a: ArchetypeResult) => Yen,
): BurdenSplit {
  let audit = 0;
  let ownEffort = 0;
  let lostRevenue = 0;
  for (const a of archetypes) {
    if (a.certifies) {
      audit += cost(a).audit * a.count;
      ownEffort += cost(a).ownEffort * a.count;
    } else lostRevenue += lost(a) * a.count;
  }
  return {
    audit: audit as Yen,
    ownEffort: ownEffort as Yen,
    lostRevenue: lostRevenue as Yen,
    total: (audit + ownEffort + lostRevenue) as Yen,
  };
}

export function evaluatePopulation(
  population: Population,
  options: PopulationOptions,
): PopulationResult {
  const archetypes = population.archetypes.map((archetype): ArchetypeResult => {
    const point = resolveMode(archetype.scenario);
    const evaluation = evaluatePoint(point);
    const none = notCertifying(point);
    const split = (index: number): CostSplit => {
      const row = evaluation.years[index];
      if (!row) return zeroSplit();
      const ownEffort = (row.totalCost - row.audit) as Yen;
      return { audit: row.audit, ownEffort, total: row.totalCost };
    };
    return {
      id: archetype.id,
      count: archetype.count,
      npv: evaluation.totals.npv,
      breakEven: evaluation.breakEven,
      firstYearCost: split(0),
      steadyYearCost: split(1),
      notCertifying: {
        npv: none.npv as Yen,
        firstYearLost: (none.lostRevenue[0] ?? 0) as Yen,
        steadyYearLost: (none.lostRevenue[1] ?? 0) as Yen,
      },
      certifies: evaluation.totals.npv > none.npv,
      probNpvPositive:
        options.samples > 0 ? monteCarlo(archetype.scenario, options).probNpvPositive : null,
    };
  });
  const vendors = archetypes.reduce((sum, a) => sum + a.count, 0);
  const share = (weight: (a: ArchetypeResult) => number) =>
    (vendors > 0
      ? archetypes.reduce((sum, a) => sum + a.count * weight(a), 0) / vendors
      : 0) as Share;
  return {
    archetypes,
    vendors,
    certifyingVendors: archetypes.reduce((sum, a) => sum + (a.certifies ? a.count : 0), 0),
    viableShare: share((a) => (a.npv > 0 ? 1 : 0)),
    viableShareProbabilityWeighted:
      options.samples > 0 ? share((a) => a.probNpvPositive ?? 0) : null,
    firstYearBurden: burden(
      archetypes,
      (a) => a.firstYearCost,
      (a) => a.notCertifying.firstYearLost,
    ),
    steadyYearBurden: burden(
      archetypes,
      (a) => a.steadyYearCost,
      (a) => a.notCertifying.steadyYearLost,
    ),
  };
}

export function reformPopulation(population: Population, levers: Levers): Population {
  return {
    archetypes: population.archetypes.map((a) => ({
      ...a,
      scenario: applyLevers(a.scenario, levers),
    })),
  };
}

/** The population before and after each package: the status quo is computed once. */
export function comparePackages(
  population: Population,
  reforms: readonly ReformPackage[],
  options: PopulationOptions,
): { before: PopulationResult; after: { reform: string; result: PopulationResult }[] } {
  return {
    before: evaluatePopulation(population, options),
    after: reforms.map((reform) => ({
      reform: reform.id,
      result: evaluatePopulation(reformPopulation(population, reform.levers), options),
    })),
  };
}

export interface LeverImpact {
  lever: keyof Levers;
  /** Vendors (by count) whose point NPV goes from ≤ 0 to > 0 with this lever alone. */
  vendorsMoved: number;
  /** Archetypes that cross break-even with it. */
  archetypesMoved: string[];
  viableShareAfter: Share;
  /**
   * Fall in the population's steady-year burden, yen a year; negative when the lever brings
   * vendors to certify, whose costs then count in place of the business they would have lost.
   */
  burdenSaved: Yen;
}

/**
 * Each lever of a package alone, ranked by how many vendors it moves over break-even, then by
 * how much yearly burden it takes off the population.
 */
export function rankLevers(population: Population, levers: Levers): LeverImpact[] {
  const before = evaluatePopulation(population, { samples: 0, seed: 0 });
  return singleLevers(levers)
    .map(({ lever, levers: alone }): LeverImpact => {
      const after = evaluatePopulation(reformPopulation(population, alone), {
        samples: 0,
        seed: 0,
      });
      const moved = after.archetypes.filter((a, i) => before.archetypes[i]!.npv <= 0 && a.npv > 0);
      return {
        lever,
        vendorsMoved: moved.reduce((sum, a) => sum + a.count, 0),
        archetypesMoved: moved.map((a) => a.id),
        viableShareAfter: after.viableShare,
        burdenSaved: (before.steadyYearBurden.total - after.steadyYearBurden.total) as Yen,
      };
    })
    .sort((a, b) => b.vendorsMoved - a.vendorsMoved || b.burdenSaved - a.burdenSaved);
}

export interface LeverShare {
  lever: keyof Levers;
  /** The lever's share of the vendors the whole package moves over break-even (by count). */
  vendorsMoved: number;
  /** Its share of the yearly burden the whole package saves (negative: adds), yen a year. */
  burdenSaved: Yen;
}

/** Shapley values over more levers than this would take too long (2^n populations). */
const MAX_SHARED_LEVERS = 12;

/**
 * Why levers interact: each lever's share of the package's effect, by the Shapley value over
 * the package's levers (README, Method: Vendor population). A lever that moves no vendor alone
 * may move some together with others; the shares add up to the package's whole effect, both in
 * vendors moved (point NPV over 0) and in yearly burden saved. Null past 12 levers.
 */
export function shareOfEffect(population: Population, levers: Levers): LeverShare[] | null {
  const keys = singleLevers(levers).map((l) => l.lever);
  if (keys.length > MAX_SHARED_LEVERS) return null;
  const outcomes = Array.from({ length: 1 << keys.length }, (_, mask) => {
    const subset = Object.fromEntries(
      keys.filter((_k, i) => mask & (1 << i)).map((key) => [key, levers[key]]),
    ) as Levers;
    const result = evaluatePopulation(reformPopulation(population, subset), {
      samples: 0,
      seed: 0,
    });
    const viable = result.archetypes.reduce((sum, a) => sum + (a.npv > 0 ? a.count : 0), 0);
    return { viable, burden: result.steadyYearBurden.total as number };
  });
  const vendors = shapleyValues(
    keys.length,
    (mask) => outcomes[mask]!.viable - outcomes[0]!.viable,
  );
  const burden = shapleyValues(keys.length, (mask) => outcomes[0]!.burden - outcomes[mask]!.burden);
  return keys.map((lever, i) => ({
    lever,
    vendorsMoved: vendors[i]!,
    burdenSaved: burden[i]! as Yen,
  }));
}
