/**
 * The shipped data: every file parses, every file is in the catalog, every number says where it
 * comes from, and every source it cites exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buyerGroups,
  catalogFiles,
  shippedReforms,
  shippedScenarios,
  sourceRegistry,
  trackPresets,
} from '../../../src/data/catalog.ts';
import { shippedMarketModel, shippedPopulation } from '../../../src/data/marketCatalog.ts';
import {
  formatPath,
  parseMarketModel,
  parseMarkets,
  parsePopulationFile,
  parseReform,
  parseScenario,
  parseSourceRegistry,
  parseTrackPresets,
  type Provenance,
} from '../../../src/engine/index.ts';
import { isEstimate } from '../../../src/engine/resolve.ts';

const DATA = join(import.meta.dirname, '../../../data');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(path);
    return entry.name.endsWith('.json') ? [relative(DATA, path)] : [];
  });
}

const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

/** Paths of every number and every range, outside the document's own descriptive fields. */
function numericLeaves(value: unknown, path: (string | number)[] = []): string[] {
  if (typeof value === 'number' || isEstimate(value)) return [formatPath(path)];
  if (Array.isArray(value)) return value.flatMap((item, i) => numericLeaves(item, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) =>
      path.length === 0 && ['provenance', 'schemaVersion'].includes(key)
        ? []
        : numericLeaves(item, [...path, key]),
    );
  }
  return [];
}

/** Every provenance text (`note`, `assumption`) in a data file, with its path. */
function provenanceTexts(value: unknown, path: (string | number)[] = []): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => provenanceTexts(item, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]): [string, unknown][] =>
      key === 'note' || key === 'assumption'
        ? [[formatPath([...path, key]), item]]
        : provenanceTexts(item, [...path, key]),
    );
  }
  return [];
}

const sourceIds = new Set(sourceRegistry.sources.map((s) => s.id));
const cited = (p: Provenance) => [...(p.source ? [p.source] : []), ...(p.basedOn ?? [])];

/** Numbers without a note on where they come from, and cited sources that do not exist. */
function provenanceGaps(numbers: unknown, provenance: Record<string, Provenance>) {
  return {
    missing: numericLeaves(numbers).filter((path) => !(path in provenance)),
    unknown: Object.values(provenance)
      .flatMap(cited)
      .filter((id) => !sourceIds.has(id)),
  };
}

describe('data/', () => {
  it('lists every data file in the catalog, and nothing else', () => {
    expect(jsonFiles(DATA).sort()).toEqual(catalogFiles().sort());
  });

  it.each(jsonFiles(DATA))('%s parses with its schema', (file) => {
    const parse = file.startsWith('scenarios/')
      ? parseScenario
      : file.startsWith('reforms/')
        ? parseReform
        : file === 'population.json'
          ? parsePopulationFile
          : file === 'tracks.json'
            ? parseTrackPresets
            : file === 'markets.json'
              ? parseMarkets
              : file === 'market-model.json'
                ? parseMarketModel
                : parseSourceRegistry;
    const parsed = parse(read(file));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it.each(shippedScenarios.map((s) => [s.id, s] as const))(
    'scenario %s gives a source or an assumption for every number',
    (_id, scenario) => {
      expect(provenanceGaps(scenario, scenario.provenance ?? {})).toEqual({
        missing: [],
        unknown: [],
      });
    },
  );

  it.each(shippedReforms.map((r) => [r.id, r] as const))(
    'reform %s gives a source or an assumption for every lever value',
    (_id, reform) => {
      expect(provenanceGaps({ levers: reform.levers }, reform.provenance ?? {})).toEqual({
        missing: [],
        unknown: [],
      });
    },
  );

  it('gives a source or an assumption for every track preset', () => {
    expect(provenanceGaps(trackPresets, trackPresets.provenance)).toEqual({
      missing: [],
      unknown: [],
    });
  });

  it('gives a source or an assumption for every number of every buyer group', () => {
    for (const group of buyerGroups) {
      const { provenance, ...numbers } = group;
      expect([group.id, provenanceGaps(numbers, provenance)]).toEqual([
        group.id,
        { missing: [], unknown: [] },
      ]);
    }
  });

  it('gives a source or an assumption for every number of the market model', () => {
    const { provenance, ...numbers } = shippedMarketModel;
    expect(provenanceGaps(numbers, provenance)).toEqual({ missing: [], unknown: [] });
    // No note about a number that is not there (a renamed field leaves its note behind).
    const leaves = new Set(numericLeaves(numbers));
    expect(Object.keys(provenance).filter((p) => !leaves.has(p))).toEqual([]);
  });

  it('sources every archetype count and links each archetype to a shipped scenario', () => {
    const parsed = parsePopulationFile(read('population.json'));
    if (!parsed.ok) throw new Error('population.json does not parse');
    for (const archetype of parsed.value.archetypes) {
      expect(cited(archetype.countProvenance).every((id) => sourceIds.has(id))).toBe(true);
    }
    expect(shippedPopulation.archetypes.map((a) => a.scenario.id)).toEqual(
      parsed.value.archetypes.map((a) => a.scenarioId),
    );
  });

  it.each(jsonFiles(DATA).filter((file) => file !== 'sources.json'))(
    '%s gives every note and assumption in Japanese, with the English kept',
    (file) => {
      const untranslated = provenanceTexts(read(file))
        .filter(([, text]) => {
          if (typeof text !== 'object' || text === null) return true;
          const { ja, en } = text as { ja?: unknown; en?: unknown };
          return (
            typeof ja !== 'string' ||
            ja.trim() === '' ||
            ja === en ||
            !/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(ja) ||
            typeof en !== 'string' ||
            en.trim() === ''
          );
        })
        .map(([path]) => path);
      expect(untranslated).toEqual([]);
    },
  );

  it('finds the provenance texts it checks for translation', () => {
    const files = jsonFiles(DATA).filter((file) => file !== 'sources.json');
    const count = files.flatMap((file) => provenanceTexts(read(file))).length;
    expect(count).toBeGreaterThanOrEqual(266);
  });

  it('cites the working-group minutes with their speakers', () => {
    const minutes = sourceRegistry.sources.find((s) => s.id === 'wg4-2024-12-09');
    expect(minutes?.date).toBe('2024-12-09');
    expect(Object.keys(minutes?.speakers ?? {}).length).toBeGreaterThanOrEqual(5);
  });

  it('names the speakers in English notes in roman letters, not as the minutes write them', () => {
    const minutes = sourceRegistry.sources.find((s) => s.id === 'wg4-2024-12-09');
    // "田中 邦裕, 一般社団法人…": the family name comes first.
    const familyNames = Object.values(minutes?.speakers ?? {}).map((who) => who.split(' ')[0]!);
    expect(familyNames).toContain('井幡');
    const english = (value: unknown): string[] =>
      Array.isArray(value)
        ? value.flatMap(english)
        : typeof value === 'object' && value !== null
          ? Object.entries(value).flatMap(([key, item]) =>
              key === 'en' && typeof item === 'string' ? [item] : english(item),
            )
          : [];
    const texts = jsonFiles(DATA).flatMap((file) => english(read(file)));
    expect(texts.length).toBeGreaterThan(100);
    const unromanised = texts.filter((text) => familyNames.some((name) => text.includes(name)));
    expect(unromanised).toEqual([]);
  });

  it('gives every shipped document a unique id', () => {
    const ids = [...shippedScenarios, ...shippedReforms].map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
