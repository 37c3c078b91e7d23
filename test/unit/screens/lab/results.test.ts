/**
 * The lab's results are the engine's: for every package, the viable share, the burden, each
 * archetype's NPV and break-even and the lever ranking equal comparePackages / rankLevers on
 * the same population, and show formatted the way the rest of the app formats them.
 */
import { describe, expect, it } from 'vitest';
import { shippedReforms } from '../../../../src/data/catalog.ts';
import { shippedPopulation } from '../../../../src/data/marketCatalog.ts';
import {
  comparePackages,
  DEFAULT_SEED,
  rankLevers,
  type Levers,
  type Population,
} from '../../../../src/engine/index.ts';
import { evaluatePopulation, reformPopulation } from '../../../../src/engine/population.ts';
import { formatShare, formatYen } from '../../../../src/kits/format/yen.ts';
import { archetypeTable } from '../../../../src/screens/lab/build/archetypeTable.ts';
import { headline } from '../../../../src/screens/lab/build/headline.ts';
import { formatTable } from '../../../../src/kits/tables/dataTable.ts';
import { packagesTable, rankingTable } from '../../../../src/screens/lab/build/rankingTables.ts';
import {
  burdenTable,
  viableShareTable,
  viableVendors,
} from '../../../../src/screens/lab/build/summaryTables.ts';
import { CUSTOM_REFORM } from '../../../../src/screens/lab/state.ts';
import { expectClose } from '../../approx.ts';
import { cellWords, ja, labState, viewOf } from './fixtures.ts';

const point = { samples: 0, seed: 0 };
/** Fewer draws than the app's 2,000 keep the suite quick; the code path is the same. */
const SAMPLES = 200;

/** The shipped population with some counts replaced, built without the lab's code. */
function withCounts(counts: Record<string, number>): Population {
  const population = structuredClone(shippedPopulation);
  for (const a of population.archetypes) a.count = counts[a.id] ?? a.count;
  return population;
}

describe('the viable share shown', () => {
  it.each(shippedReforms.map((r) => [r.id, r] as const))(
    'equals the engine’s viableShare under %s',
    (id, reform) => {
      const view = viewOf(labState({ reformId: id }));
      const engine = comparePackages(shippedPopulation, [reform], point);
      const after = engine.after[0]!.result;
      const row = viableShareTable(view).rows[0]!;
      expect(row.values).toEqual([
        engine.before.viableShare,
        after.viableShare,
        after.viableShare - engine.before.viableShare,
      ]);
      const cells = formatTable(viableShareTable(view), 'ja', cellWords.ja).rows[0]!.cells;
      expect(cells.slice(0, 2)).toEqual([
        formatShare(engine.before.viableShare, 'ja', 1),
        formatShare(after.viableShare, 'ja', 1),
      ]);
      // The count row: the vendors behind the share.
      expect(viableShareTable(view).rows[2]!.values.slice(0, 2)).toEqual(
        [engine.before.viableShare * engine.before.vendors, after.viableShare * after.vendors].map(
          Math.round,
        ),
      );
    },
  );

  it('follows edited counts', () => {
    const counts = { 'regional-vendor': 10, 'startup-saas': 0, 'large-saas': 400 };
    const reform = shippedReforms.find((r) => r.id === 'all-reforms')!;
    const view = viewOf(labState({ reformId: 'all-reforms', counts }));
    const engine = comparePackages(withCounts(counts), [reform], point);
    expect(viableShareTable(view).rows[0]!.values.slice(0, 2)).toEqual([
      engine.before.viableShare,
      engine.after[0]!.result.viableShare,
    ]);
    expect(engine.before.vendors).toBe(
      shippedPopulation.archetypes.reduce(
        (sum, a) => sum + (a.id in counts ? counts[a.id as keyof typeof counts] : a.count),
        0,
      ),
    );
  });

  it('probability-weighted: the engine’s Monte Carlo with the same draws and seed', () => {
    const reform = shippedReforms.find((r) => r.id === 'fy2025-plan')!;
    const view = viewOf(labState({ reformId: reform.id }), SAMPLES);
    const engine = comparePackages(shippedPopulation, [reform], {
      samples: SAMPLES,
      seed: DEFAULT_SEED,
    });
    expect(viableShareTable(view).rows[1]!.values.slice(0, 2)).toEqual([
      engine.before.viableShareProbabilityWeighted,
      engine.after[0]!.result.viableShareProbabilityWeighted,
    ]);
    const archetypes = archetypeTable(view).rows;
    engine.after[0]!.result.archetypes.forEach((a, i) => {
      expect(archetypes[i]!.values.slice(7)).toEqual([
        engine.before.archetypes[i]!.probNpvPositive,
        a.probNpvPositive,
      ]);
    });
  });

  it('says the probabilities are pending until the Monte Carlo answers', () => {
    const view = viewOf(labState());
    expect(viableShareTable(view).rows[1]!.values).toEqual([
      ja('pending'),
      ja('pending'),
      ja('pending'),
    ]);
    expect(archetypeTable(view).rows[0]!.values.slice(7)).toEqual([ja('pending'), ja('pending')]);
  });
});

describe('custom levers', () => {
  it.each<[string, Levers]>([
    ['more audit firms', { auditFirms: 30 }],
    ['a cap and inheritance', { controlCap: 300, inheritanceAllowed: true }],
    ['the lighter SaaS track', { saasTrack: { baselineControls: 100, auditFixedFeeShare: 0.4 } }],
  ])('pass through to the engine: %s', (_name, levers) => {
    const view = viewOf(labState({ reformId: CUSTOM_REFORM, customLevers: levers }));
    const engine = evaluatePopulation(reformPopulation(shippedPopulation, levers), point);
    expect(viableShareTable(view).rows[0]!.values[1]).toBe(engine.viableShare);
    expect(burdenTable(view).rows[7]!.values[1]).toBe(engine.steadyYearBurden.total);
    expect(rankingTable(view).rows.map((r) => r.values[0])).toEqual(
      rankLevers(shippedPopulation, levers).map((l) => l.vendorsMoved),
    );
  });
});

describe('the burden shown', () => {
  it('is Σ cost × count over the vendors who certify, plus what the others lose', () => {
    const view = viewOf(labState({ reformId: 'all-reforms' }));
    const before = evaluatePopulation(shippedPopulation, point);
    type Archetype = (typeof before.archetypes)[number];
    const sum = (certify: boolean, pick: (a: Archetype) => number) =>
      before.archetypes.reduce((t, a) => t + (a.certifies === certify ? a.count * pick(a) : 0), 0);
    const rows = burdenTable(view).rows.map((r) => r.values[0] as number);
    const expected = [
      sum(true, (a) => a.firstYearCost.audit),
      sum(true, (a) => a.firstYearCost.ownEffort),
      sum(false, (a) => a.notCertifying.firstYearLost),
      sum(true, (a) => a.firstYearCost.total) + sum(false, (a) => a.notCertifying.firstYearLost),
      sum(true, (a) => a.steadyYearCost.audit),
      sum(true, (a) => a.steadyYearCost.ownEffort),
      sum(false, (a) => a.notCertifying.steadyYearLost),
      sum(true, (a) => a.steadyYearCost.total) + sum(false, (a) => a.notCertifying.steadyYearLost),
    ];
    rows.forEach((value, i) => expectClose(value, expected[i]!));
    expectClose(rows[4]! + rows[5]! + rows[6]!, rows[7]!); // the parts add up to the total
    // The status quo's shut-out vendors (the regional ones) lose business, so the part shows.
    expect(rows[6]).toBeGreaterThan(0);
  });

  it('before and after equal the engine’s burdens for the package, change = after − before', () => {
    const reform = shippedReforms.find((r) => r.id === 'saas-category')!;
    const view = viewOf(labState({ reformId: reform.id }));
    const engine = comparePackages(shippedPopulation, [reform], point);
    const after = engine.after[0]!.result;
    const rows = burdenTable(view).rows;
    expect(rows[0]!.values).toEqual([
      engine.before.firstYearBurden.audit,
      after.firstYearBurden.audit,
      after.firstYearBurden.audit - engine.before.firstYearBurden.audit,
    ]);
    expect(rows[6]!.values).toEqual([
      engine.before.steadyYearBurden.lostRevenue,
      after.steadyYearBurden.lostRevenue,
      after.steadyYearBurden.lostRevenue - engine.before.steadyYearBurden.lostRevenue,
    ]);
    expect(rows[7]!.values).toEqual([
      engine.before.steadyYearBurden.total,
      after.steadyYearBurden.total,
      after.steadyYearBurden.total - engine.before.steadyYearBurden.total,
    ]);
    expect(formatTable(burdenTable(view), 'ja', cellWords.ja).rows[7]!.cells[1]).toBe(
      formatYen(after.steadyYearBurden.total, 'ja'),
    );
  });
});

describe('each archetype', () => {
  it('shows the engine’s NPV and break-even before and after', () => {
    const reform = shippedReforms.find((r) => r.id === 'all-reforms')!;
    const view = viewOf(labState({ reformId: reform.id }));
    const engine = comparePackages(shippedPopulation, [reform], point);
    archetypeTable(view).rows.forEach((row, i) => {
      const before = engine.before.archetypes[i]!;
      const after = engine.after[0]!.result.archetypes[i]!;
      expect(row.values.slice(0, 7)).toEqual([
        before.count,
        before.npv,
        after.npv,
        before.breakEven.winsPerYear,
        after.breakEven.winsPerYear,
        before.breakEven.annualContractValue,
        after.breakEven.annualContractValue,
      ]);
    });
  });

  it('says “out of reach” where no break-even exists', () => {
    const view = viewOf(labState());
    const first = view.point.before.archetypes[0]!;
    first.breakEven = { winsPerYear: null, annualContractValue: null, customers: [] };
    expect(archetypeTable(view).rows[0]!.values.slice(3, 7)).toEqual([
      ja('outOfReach'),
      expect.any(Number),
      ja('outOfReach'),
      expect.any(Number),
    ]);
  });
});

describe('the lever ranking and the packages compared', () => {
  it('ranks the chosen package’s levers as the engine does', () => {
    const reform = shippedReforms.find((r) => r.id === 'all-reforms')!;
    const view = viewOf(labState({ reformId: reform.id }));
    const engine = rankLevers(shippedPopulation, reform.levers);
    const table = rankingTable(view);
    expect(table.rows.map((r) => r.header)).toEqual(engine.map((l) => ja(`lever.${l.lever}`)));
    expect(table.rows.map((r) => [r.values[0], r.values[2], r.values[3]])).toEqual(
      engine.map((l) => [l.vendorsMoved, l.viableShareAfter, l.burdenSaved]),
    );
  });

  it('says so when the package has no levers', () => {
    const table = rankingTable(viewOf(labState({ reformId: 'status-quo' })));
    expect(table.rows).toEqual([]);
    expect(table.notes).toEqual([ja('rankingEmpty')]);
  });

  it('lists every shipped package with its point results, the chosen one marked', () => {
    const view = viewOf(labState({ reformId: 'iso-credit' }));
    const engine = comparePackages(shippedPopulation, shippedReforms, point);
    const table = packagesTable(view);
    expect(table.rows.map((r) => r.values)).toEqual(
      engine.after.map(({ result }) => [
        result.viableShare,
        ja('pending'), // the probability-weighted share comes with the worker's draws
        result.firstYearBurden.total,
        result.steadyYearBurden.total,
      ]),
    );
    const title = shippedReforms.find((r) => r.id === 'iso-credit')!.title.ja;
    const marked = ja('selectedMark', { title });
    expect(table.rows.map((r) => r.header)).toEqual(
      engine.after.map(({ reform }) => {
        const own = shippedReforms.find((r) => r.id === reform)!.title.ja;
        return reform === 'iso-credit' ? marked : own;
      }),
    );
  });
});

describe('the headline', () => {
  it('shows before → after as the tables do', () => {
    const reform = shippedReforms.find((r) => r.id === 'fy2025-plan')!;
    const view = viewOf(labState({ reformId: reform.id }), SAMPLES);
    const engine = comparePackages(shippedPopulation, [reform], {
      samples: SAMPLES,
      seed: DEFAULT_SEED,
    });
    const after = engine.after[0]!.result;
    expect(headline(view).map((f) => [f.before, f.after])).toEqual([
      [formatShare(engine.before.viableShare, 'ja', 1), formatShare(after.viableShare, 'ja', 1)],
      [
        formatShare(engine.before.viableShareProbabilityWeighted!, 'ja', 1),
        formatShare(after.viableShareProbabilityWeighted!, 'ja', 1),
      ],
      [
        formatYen(engine.before.steadyYearBurden.total, 'ja'),
        formatYen(after.steadyYearBurden.total, 'ja'),
      ],
    ]);
    // Whom the burden counts, from the same results: certifying vendors and the others.
    expect(headline(view)[2]!.note).toBe(
      ja('burdenScope', {
        before: String(engine.before.certifyingVendors),
        after: String(after.certifyingVendors),
        vendors: '785',
        othersBefore: String(785 - engine.before.certifyingVendors),
        othersAfter: String(785 - after.certifyingVendors),
      }),
    );
    expect(viableVendors(engine.before)).toBe(
      engine.before.archetypes.filter((a) => a.npv > 0).reduce((s, a) => s + a.count, 0),
    );
  });
});
