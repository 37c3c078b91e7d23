/**
 * The vendors of each buyer category, drawn from the population's archetypes (README, Method:
 * The market's two curves): every Monte Carlo draw of an archetype's scenario is one vendor, and
 * the vendors' curve ℓ*(r) is the share of them for whom listing pays more than not listing.
 *
 * Evaluating a scenario costs microseconds, too much for every year of every simulation, so each
 * draw is reduced once per set of levers to an affine function of the required shares and the
 * audit fee factor φ: NPV(list) − NPV(not list) = a + Σ_c b_c r_c + A (1 − φ). It is affine
 * because every requirement share enters revenue and lost business linearly (credentials.ts) and
 * the audit fees are a factor of the audit cost; a test checks it against full evaluations.
 */
import { evaluatePoint, npvAndAudit } from './evaluate.ts';
import { drawGroups } from './montecarlo.ts';
import { notCertifying } from './options.ts';
import { mulberry32, triangular } from './prng.ts';
import { applyLevers } from './reform.ts';
import { inputSlots, resolveMode, type PointScenario } from './resolve.ts';
import type { Levers, Population, Track } from './schema.ts';

/** Which category each archetype belongs to, and which buyer groups count as which category. */
export interface CategoryMap {
  /** Category ids, in the model's order. */
  ids: readonly string[];
  /** Archetype id → index of its category. */
  categoryOfArchetype: ReadonlyMap<string, number>;
  /** Buyer group id → index of the category whose tenders a segment naming it is. */
  categoryOfGroup: ReadonlyMap<string, number>;
}

export interface ArchetypeDraws {
  id: string;
  category: number;
  count: number;
  /** The track it lists on under these levers (the lighter category when it moves there). */
  track: Track;
  /** a: NPV(list) − NPV(not list) with no tender requiring a listing, yen, per draw. */
  base: Float64Array;
  /** b_c per category its segments sell to: the change from r_c = 0 to r_c = 1, per draw. */
  slopes: { category: number; values: Float64Array }[];
  /** A: present value of its audit fees at today's audit market, per draw. */
  presentAudit: Float64Array;
  /** Per slope, built on first use: the draws' break-even shares when only that r is set. */
  thresholds: (Thresholds | undefined)[];
  /** Yearly costs at the mode, yen: the first year and a renewal year; audit apart. */
  firstYear: { audit: number; total: number };
  renewalYear: { audit: number; total: number };
  /** Its existing public business by category, yen a year, and the share re-tendered a year. */
  business: { category: number; revenueYen: number; retenderShare: number }[];
}

/** One vendors' sample: every archetype's draws under one set of levers. */
export type VendorSample = ArchetypeDraws[];

type Segment = PointScenario['revenue']['segments'][number];

/** What a segment requires at the scenario's own mix, kept to rescale it to any r. */
interface SegmentMix {
  /** Of the tenders requiring a listing, the share requiring ISMAP itself. */
  ismapPart: number;
  /** ISO/IEC 27017 tenders as a share of those that do not require a listing. */
  isoOfRest: number;
}

export function mixOf(s: Segment): SegmentMix {
  const listing = s.requiresIsmapShare + s.requiresLiuShare;
  return {
    ismapPart: listing > 0 ? s.requiresIsmapShare / listing : 1,
    isoOfRest: listing < 1 ? s.requiresIso27017Share / (1 - listing) : 0,
  };
}

/**
 * The segment with a share r of its tenders requiring a listing: ISMAP and ISMAP-LIU keep their
 * split, ISO/IEC 27017 keeps its share of the rest. Affine in r, and the shares add up to ≤ 1.
 * Example: 45 % ISMAP, 5 % LIU, 10 % ISO; r = 0.8 → 72 % ISMAP, 8 % LIU, 4 % ISO.
 */
export function setRequiredShare(s: Segment, mix: SegmentMix, r: number): void {
  s.requiresIsmapShare = mix.ismapPart * r;
  s.requiresLiuShare = (1 - mix.ismapPart) * r;
  s.requiresIso27017Share = mix.isoOfRest * (1 - r);
}

/** NPV of listing minus NPV of not listing, and the audit fees' PV. */
function listingAdvantage(p: PointScenario): { advantage: number; presentAudit: number } {
  const listing = npvAndAudit(p);
  return { advantage: listing.npv - notCertifying(p).npv, presentAudit: listing.presentAudit };
}

/** The levers a vendor's curve depends on: the audit firms are the market's own state. */
export function vendorLevers(levers: Levers): Levers {
  const rest = { ...levers };
  delete rest.auditFirms;
  return rest;
}

/**
 * Draws `draws` vendors of every archetype under the levers, from one seeded stream per
 * archetype, so two lever sets see the same vendors (a package's effect is not sampling noise).
 */
export function sampleVendors(
  population: Population,
  categories: CategoryMap,
  levers: Levers,
  draws: number,
  seed: number,
): VendorSample {
  return population.archetypes.flatMap((archetype, index): ArchetypeDraws[] => {
    const category = categories.categoryOfArchetype.get(archetype.id);
    if (category === undefined) return [];
    const scenario = applyLevers(archetype.scenario, vendorLevers(levers));
    const point = resolveMode(scenario);
    const segments = point.revenue.segments;
    const segmentCategory = segments.map(
      (s) => (s.market && categories.categoryOfGroup.get(s.market.group)) ?? category,
    );
    const touched = [...new Set(segmentCategory)].sort((a, b) => a - b);
    const modeShares = segments.map(
      (s) => [s.requiresIsmapShare, s.requiresLiuShare, s.requiresIso27017Share] as const,
    );
    const evaluation = evaluatePoint(point);
    const yearCost = (i: number) => {
      const row = evaluation.years[i] ?? evaluation.years[evaluation.years.length - 1];
      return { audit: row?.audit ?? 0, total: row?.totalCost ?? 0 };
    };
    const business = touched.flatMap((c) => {
      const own = segments.filter((_s, i) => segmentCategory[i] === c);
      const revenueYen = own.reduce((sum, s) => sum + s.existingRevenueYenPerYear, 0);
      if (revenueYen <= 0) return [];
      const retenderShare =
        own.reduce((sum, s) => sum + s.existingRevenueYenPerYear * s.retenderSharePerYear, 0) /
        revenueYen;
      return [{ category: c, revenueYen, retenderShare }];
    });

    const slots = inputSlots(scenario, point);
    const group = drawGroups(slots);
    const uniforms = new Float64Array(Math.max(0, ...group) + 1);
    const random = mulberry32(seed + index);
    const base = new Float64Array(draws);
    const presentAudit = new Float64Array(draws);
    const slopes = touched.map((c) => ({ category: c, values: new Float64Array(draws) }));
    const at = (mixes: SegmentMix[], share: (c: number) => number) => {
      segments.forEach((s, i) => setRequiredShare(s, mixes[i]!, share(segmentCategory[i]!)));
      return listingAdvantage(point);
    };
    for (let d = 0; d < draws; d++) {
      segments.forEach((s, i) => {
        [s.requiresIsmapShare, s.requiresLiuShare, s.requiresIso27017Share] = modeShares[i]!;
      });
      for (let g = 0; g < uniforms.length; g++) uniforms[g] = random();
      for (let k = 0; k < slots.length; k++) {
        const { estimate, set } = slots[k]!;
        set(triangular(uniforms[group[k]!]!, estimate.low, estimate.mode, estimate.high));
      }
      const mixes = segments.map(mixOf);
      const zero = at(mixes, () => 0);
      base[d] = zero.advantage;
      presentAudit[d] = zero.presentAudit;
      for (const slope of slopes) {
        slope.values[d] =
          at(mixes, (c) => (c === slope.category ? 1 : 0)).advantage - zero.advantage;
      }
    }
    return [
      {
        id: archetype.id,
        category,
        count: archetype.count,
        track: scenario.track,
        base,
        slopes,
        presentAudit,
        thresholds: slopes.map(() => undefined),
        firstYear: yearCost(0),
        renewalYear: yearCost(1),
        business,
      },
    ];
  });
}

/**
 * With φ = 1 and one required share r set, a draw pays when a + b r > 0: above −a ÷ b when
 * b > 0, below it when b < 0, always or never when b = 0. Sorted once, the share at any r is
 * two binary searches instead of a pass over the draws: the simulations' common case.
 */
interface Thresholds {
  /** −a ÷ b of the draws with b > 0, ascending: they pay when r is above. */
  rising: Float64Array;
  /** The same for b < 0: they pay when r is below. */
  falling: Float64Array;
  /** Draws with b = 0 and a > 0. */
  always: number;
}

function thresholdsOf(base: Float64Array, slope: Float64Array): Thresholds {
  const rising: number[] = [];
  const falling: number[] = [];
  let always = 0;
  for (let d = 0; d < base.length; d++) {
    const b = slope[d]!;
    if (b > 0) rising.push(-base[d]! / b);
    else if (b < 0) falling.push(-base[d]! / b);
    else if (base[d]! > 0) always++;
  }
  return {
    rising: Float64Array.from(rising).sort(),
    falling: Float64Array.from(falling).sort(),
    always,
  };
}

/** How many of the ascending values are below x (strictly). */
function countBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the ascending values are above x (strictly). */
function countAbove(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length - lo;
}

let zeros = new Float64Array(0);
/** n zeros, kept: the slope of a category an archetype does not sell to. */
function zerosOf(n: number): Float64Array {
  if (zeros.length < n) zeros = new Float64Array(n);
  return zeros;
}

/**
 * ℓ*_a: the share of an archetype's draws for whom listing pays, at required shares r (by
 * category) and audit fee factor φ: a + Σ_c b_c r_c + A (1 − φ) > 0.
 */
export function listingPays(
  draws: ArchetypeDraws,
  requiredShares: ArrayLike<number>,
  feeFactor: number,
): number {
  const n = draws.base.length;
  if (n === 0) return 0;
  const saved = 1 - feeFactor;
  // The slopes whose required share is not 0: with none or one and φ = 1, the sorted path.
  let setCount = 0;
  let k = 0;
  for (let i = 0; i < draws.slopes.length; i++) {
    if (requiredShares[draws.slopes[i]!.category] !== 0) {
      setCount++;
      k = i;
    }
  }
  const slope = draws.slopes[k];
  if (saved === 0 && setCount <= 1 && slope) {
    const t = (draws.thresholds[k] ??= thresholdsOf(draws.base, slope.values));
    const r = requiredShares[slope.category]!;
    return (countBelow(t.rising, r) + countAbove(t.falling, r) + t.always) / n;
  }
  // One pass over the draws, the simulation's innermost loop: two slopes unrolled (a missing one
  // is zeros, so the loop has no branch but the count), any more in a pass of their own (no
  // archetype here sells to more than two categories).
  const [first, second, ...more] = draws.slopes;
  const none = zerosOf(n);
  const b1 = first?.values ?? none;
  const b2 = second?.values ?? none;
  const r1 = first ? requiredShares[first.category]! : 0;
  const r2 = second ? requiredShares[second.category]! : 0;
  const { base, presentAudit } = draws;
  let pays = 0;
  if (more.length === 0) {
    for (let d = 0; d < n; d++) {
      if (base[d]! + presentAudit[d]! * saved + b1[d]! * r1 + b2[d]! * r2 > 0) pays++;
    }
    return pays / n;
  }
  for (let d = 0; d < n; d++) {
    let v = base[d]! + presentAudit[d]! * saved + b1[d]! * r1 + b2[d]! * r2;
    for (const slope of more) v += slope.values[d]! * requiredShares[slope.category]!;
    if (v > 0) pays++;
  }
  return pays / n;
}
