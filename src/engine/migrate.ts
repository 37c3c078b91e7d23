/**
 * Reading older scenarios (README, Method: Versions): every scenario read from outside is brought
 * to the current version step by step before the schema validates it; a newer one is refused.
 */
import { SCENARIO_SCHEMA_VERSION } from './vocabulary.ts';
import type { FieldIssue, Parsed } from './issues.ts';

type Doc = Record<string, unknown>;

const isDoc = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The requirement field that a version-1 "required share" becomes, by the file's own track. */
const REQUIREMENT_OF_TRACK: Record<string, string> = {
  ismap: 'requiresIsmapShare',
  'ismap-liu': 'requiresLiuShare',
  'saas-light': 'requiresLiuShare',
  'iso27017-only': 'requiresIso27017Share',
};

/**
 * Version 1 → 2. A v1 "required share" meant "requires the listing this scenario applies for",
 * so it moves to that track's requirement level; ISO 27017 lifts win rates as the listing did
 * (v1's assumption); every new cost and revenue line starts at zero and every new reform lever
 * is off. On its own track with no reform, a v1 scenario keeps its NPV exactly. A field already
 * there is kept, so a document that only lacks its version reads as what it is.
 */
function v1ToV2(doc: Doc): Doc {
  const track = typeof doc['track'] === 'string' ? doc['track'] : 'ismap';
  const requirement = REQUIREMENT_OF_TRACK[track] ?? 'requiresIsmapShare';
  const part = (key: string, defaults: Doc): Doc => ({
    ...defaults,
    ...(isDoc(doc[key]) ? (doc[key] as Doc) : {}),
  });
  const revenue = part('revenue', {});
  const segments = Array.isArray(revenue['segments']) ? (revenue['segments'] as unknown[]) : [];
  return {
    ...doc,
    schemaVersion: 2,
    controls: part('controls', { mergedEffortKeptShare: 0, ismsYenPerYear: 0 }),
    audit: part('audit', {
      managementShare: 0,
      managementRotationYears: 1,
      engagementFeeShare: 1,
      auditedShare: 1,
    }),
    operations: part('operations', {
      singleCloudRule: false,
      singleCloudMigrationYen: 0,
      singleCloudPremiumYenPerYear: 0,
      iso27017YenPerYear: 0,
    }),
    timeline: part('timeline', { startFiscalYear: 2026, keepsIso27017AfterWithdrawal: false }),
    revenue: {
      ...revenue,
      segments: segments.map((raw) => {
        if (!isDoc(raw)) return raw;
        const { requiredShare, ...segment } = raw;
        return {
          requiresIsmapShare: 0,
          requiresLiuShare: 0,
          requiresIso27017Share: 0,
          winRateWithIso27017: segment['winRateWith'],
          prospectShare: 0,
          existingRevenueYenPerYear: 0,
          retenderSharePerYear: 0,
          market: null,
          ...segment,
          ...(requiredShare === undefined ? {} : { [requirement]: requiredShare }),
        };
      }),
    },
  };
}

/**
 * Migrations, keyed by the version they upgrade from; each returns a new object one version up.
 * The result of the chain is validated, so a step only reshapes. Version 0 is a scenario written
 * before the field existed: otherwise version 1's shape, so its step only stamps the version.
 */
const MIGRATIONS: ReadonlyMap<number, (doc: Doc) => Doc> = new Map([
  [0, (doc: Doc): Doc => ({ ...doc, schemaVersion: 1 })],
  [1, v1ToV2],
]);

/** A document made by a newer version of the estimator than this one: refused, never guessed at. */
export function newerVersion(
  path: string,
  what: string,
  found: number,
  readable: number,
): FieldIssue {
  return {
    path,
    message: `made by a newer version of the estimator (${what} version ${found}); this one reads up to version ${readable}`,
    detail: { kind: 'rule', rule: 'newer-version' },
  };
}

export interface Upgraded {
  /** The upgraded document, still to be validated. */
  value: unknown;
  migratedFrom: number | null;
}

/**
 * Brings a raw scenario to the current version, ready for validation: no `schemaVersion` is
 * version 0; an older whole version is migrated; a newer one is refused. Anything else (not an
 * object, a version that is not a whole number) is passed on for the schema to name.
 */
export function upgradeScenario(raw: unknown): Parsed<Upgraded> {
  const unchanged = { ok: true, value: { value: raw, migratedFrom: null } } as const;
  if (!isDoc(raw)) return unchanged;
  const version = Object.hasOwn(raw, 'schemaVersion') ? raw['schemaVersion'] : 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return unchanged;
  if (version > SCENARIO_SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [newerVersion('schemaVersion', 'scenario', version, SCENARIO_SCHEMA_VERSION)],
    };
  }
  let doc = raw;
  for (let step = version; step < SCENARIO_SCHEMA_VERSION; step += 1) {
    doc = (MIGRATIONS.get(step) as (doc: Doc) => Doc)(doc);
  }
  return {
    ok: true,
    value: { value: doc, migratedFrom: version === SCENARIO_SCHEMA_VERSION ? null : version },
  };
}
