/**
 * Properties of the decisions model over generated scenarios (README, Method: Credentials; The
 * decision; What changed; Versions).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trackPresets } from '../../../src/data/catalog.ts';
import { attributeNpv, ATTRIBUTION_GROUPS } from '../../../src/engine/attribution.ts';
import { liftPerOpportunity, type Level } from '../../../src/engine/credentials.ts';
import { npvOf } from '../../../src/engine/evaluate.ts';
import { decisionCases, optionValues } from '../../../src/engine/options.ts';
import { resolveMode } from '../../../src/engine/resolve.ts';
import type { Scenario } from '../../../src/engine/schema.ts';
import { parseScenario } from '../../../src/engine/validate.ts';
import { validLevers, validScenario, reformOf, wellConditionedScenario } from './arbitraries.ts';

const REL = 1e-9;
const fraction = fc.double({ min: 0, max: 1, noNaN: true });

/**
 * The largest NPV the Shapley split evaluates (every mix of the two scenarios' groups): its
 * rounding is relative to that, not to the two ends, which may be far smaller.
 */
function hybridScale(from: Scenario, to: Scenario): number {
  const groups = Object.values(ATTRIBUTION_GROUPS);
  let scale = 1;
  for (let mask = 0; mask < 1 << groups.length; mask++) {
    const mix: Record<string, unknown> = { ...from };
    groups.forEach((keys, g) => {
      if (mask & (1 << g)) for (const key of keys) mix[key] = to[key];
    });
    scale = Math.max(scale, Math.abs(npvOf(resolveMode(mix as Scenario))));
  }
  return scale;
}

describe('the decision’s options', () => {
  it('are finite for every valid scenario and expected reform', () => {
    fc.assert(
      fc.property(validScenario(), validLevers(), (s, levers) => {
        const values = optionValues(decisionCases(s, trackPresets, reformOf(levers)));
        for (const option of values) expect(Number.isFinite(option.npv)).toBe(true);
        expect(values.map((o) => o.id)).toContain('none');
      }),
      { numRuns: 150 },
    );
  });

  it('a stronger credential never wins fewer deals', () => {
    fc.assert(
      fc.property(validScenario(), (s) => {
        for (const segment of resolveMode(s).revenue.segments) {
          const lifts = ([0, 1, 2, 3] as Level[]).map((l) => liftPerOpportunity(segment, l));
          for (let l = 1; l < 4; l++) expect(lifts[l]).toBeGreaterThanOrEqual(lifts[l - 1]!);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('raising the share that requires ISMAP never raises the ISMAP-LIU option', () => {
    fc.assert(
      fc.property(wellConditionedScenario(), fraction, (input, f) => {
        const s = structuredClone(input);
        s.track = 'ismap-liu';
        const before = npvOf(resolveMode(s));
        const p = resolveMode(s);
        for (const segment of p.revenue.segments) {
          // Taken from the deals that require nothing, so the mix still adds up to at most 1.
          const rest =
            1 -
            segment.requiresIsmapShare -
            segment.requiresLiuShare -
            segment.requiresIso27017Share;
          segment.requiresIsmapShare += Math.max(0, rest) * f;
        }
        const after = npvOf(p);
        expect(after).toBeLessThanOrEqual(before + REL * Math.max(1, Math.abs(before)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the Shapley split', () => {
  it('adds up to the difference, and gives nothing to a group that does not differ', () => {
    fc.assert(
      fc.property(
        wellConditionedScenario(),
        wellConditionedScenario(),
        fc.subarray(Object.keys(ATTRIBUTION_GROUPS) as (keyof typeof ATTRIBUTION_GROUPS)[]),
        (from, other, changed) => {
          // `to` takes only the changed groups from the other scenario.
          const to: Record<string, unknown> = { ...from };
          for (const group of changed) {
            for (const key of ATTRIBUTION_GROUPS[group]) to[key] = other[key];
          }
          const { npvDelta, parts } = attributeNpv(from, to as Scenario);
          const sum = parts.reduce((total, part) => total + part.npvDelta, 0);
          const scale = hybridScale(from, to as Scenario);
          expect(Math.abs(sum - npvDelta)).toBeLessThanOrEqual(REL * scale * 10);
          for (const part of parts) {
            if (!changed.includes(part.group)) expect(part.npvDelta).toBe(0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('version 1 documents', () => {
  it('keep their NPV on their own track when read as version 2', () => {
    fc.assert(
      fc.property(wellConditionedScenario(), (input) => {
        // A version-2 scenario that version 1 could express: everything new at its neutral value,
        // the requirement at the track's own level, ISO 27017 winning as the listing.
        const s = structuredClone(input);
        const level = {
          ismap: 'requiresIsmapShare',
          'ismap-liu': 'requiresLiuShare',
          'saas-light': 'requiresLiuShare',
          'iso27017-only': 'requiresIso27017Share',
        } as const;
        Object.assign(s.controls, { mergedEffortKeptShare: 0, ismsYenPerYear: 0 });
        Object.assign(s.audit, {
          managementShare: 0,
          managementRotationYears: 1,
          engagementFeeShare: 1,
          auditedShare: 1,
        });
        Object.assign(s.operations, {
          singleCloudRule: false,
          singleCloudMigrationYen: 0,
          singleCloudPremiumYenPerYear: 0,
          iso27017YenPerYear: 0,
        });
        Object.assign(s.timeline, { startFiscalYear: 2026, keepsIso27017AfterWithdrawal: false });
        const v1Segments = s.revenue.segments.map((segment) => ({
          ...Object.fromEntries(V1_SEGMENT_KEYS.map((key) => [key, segment[key]])),
          requiredShare: segment.requiresIsmapShare,
        }));
        s.revenue.segments = s.revenue.segments.map((segment) => ({
          ...segment,
          requiresIsmapShare: 0,
          requiresLiuShare: 0,
          requiresIso27017Share: 0,
          [level[s.track]]: segment.requiresIsmapShare,
          winRateWithIso27017: segment.winRateWith,
          prospectShare: 0,
          existingRevenueYenPerYear: 0,
          retenderSharePerYear: 0,
          market: null,
        }));
        const v1 = {
          ...structuredClone(s),
          schemaVersion: 1,
          revenue: { segments: v1Segments },
        } as Record<string, unknown>;
        for (const part of ['controls', 'audit', 'operations', 'timeline'] as const) {
          const added: readonly string[] = NEW_FIELDS[part];
          v1[part] = Object.fromEntries(
            Object.entries(s[part]).filter(([key]) => !added.includes(key)),
          );
        }
        const read = parseScenario(v1);
        expect(read.ok ? [] : read.issues).toEqual([]);
        if (!read.ok) return;
        expect(read.value).toEqual(s);
        expect(npvOf(resolveMode(read.value))).toBe(npvOf(resolveMode(s)));
      }),
      { numRuns: 200 },
    );
  });
});

/** A version-1 segment's fields, but for its required share. */
const V1_SEGMENT_KEYS = [
  'name',
  'opportunitiesPerYear',
  'winRateWith',
  'winRateWithout',
  'contractValueYenPerYear',
  'contractYears',
  'grossMarginShare',
] as const;

/** The fields version 2 added to each part of the scenario. */
const NEW_FIELDS = {
  controls: ['mergedEffortKeptShare', 'ismsYenPerYear'],
  audit: ['managementShare', 'managementRotationYears', 'engagementFeeShare', 'auditedShare'],
  operations: [
    'singleCloudRule',
    'singleCloudMigrationYen',
    'singleCloudPremiumYenPerYear',
    'iso27017YenPerYear',
  ],
  timeline: ['startFiscalYear', 'keepsIso27017AfterWithdrawal'],
} as const;
