/** The lab state → the population the engine gets: counts and scenarios as edited, else shipped. */
import { describe, expect, it } from 'vitest';
import populationFile from '../../../../data/population.json' with { type: 'json' };
import { shippedScenario } from '../../../../src/data/catalog.ts';
import { shippedPopulation } from '../../../../src/data/marketCatalog.ts';
import {
  archetypeCount,
  countProvenance,
  labPopulation,
  MAX_COUNT,
  readCount,
} from '../../../../src/screens/lab/build/labPopulation.ts';
import { defaultLab } from '../../../../src/screens/lab/state.ts';
import { labState } from './fixtures.ts';

const shipped = shippedPopulation.archetypes;

describe('labPopulation', () => {
  it('gives the shipped population for the default lab state', () => {
    expect(labPopulation(defaultLab())).toEqual(shippedPopulation);
  });

  it('gives the shipped population when the state names nothing', () => {
    expect(labPopulation(labState())).toEqual(shippedPopulation);
  });

  it('takes an edited count for that archetype only', () => {
    const population = labPopulation(labState({ counts: { 'regional-vendor': 100 } }));
    population.archetypes.forEach((a, i) => {
      expect(a.count).toBe(a.id === 'regional-vendor' ? 100 : shipped[i]!.count);
      expect(a.scenario).toBe(shipped[i]!.scenario);
    });
  });

  it('takes an edited scenario for that archetype only', () => {
    const population = labPopulation(labState({ scenarioIds: { 'large-saas': 'graffer-actual' } }));
    population.archetypes.forEach((a, i) => {
      expect(a.scenario).toBe(
        a.id === 'large-saas' ? shippedScenario('graffer-actual') : shipped[i]!.scenario,
      );
      expect(a.count).toBe(shipped[i]!.count);
    });
  });

  it('ignores archetypes it does not know and scenarios that do not ship', () => {
    const population = labPopulation(
      labState({
        counts: { 'no-such-archetype': 7 },
        scenarioIds: { 'large-saas': 'no-such-scenario' },
      }),
    );
    expect(population).toEqual(shippedPopulation);
  });

  it('keeps a count of zero (not the shipped default)', () => {
    expect(archetypeCount(labState({ counts: { 'large-saas': 0 } }), 'large-saas')).toBe(0);
  });

  it('does not modify the state', () => {
    const state = labState({
      counts: { 'large-saas': 3 },
      scenarioIds: { 'large-saas': 'graffer-plan' },
    });
    const copy = structuredClone(state);
    labPopulation(state);
    expect(state).toEqual(copy);
  });
});

describe('readCount', () => {
  it.each([
    { args: 0, expected: 0 },
    { args: 300, expected: 300 },
    { args: MAX_COUNT, expected: MAX_COUNT },
    { args: MAX_COUNT + 1, expected: null },
    { args: -1, expected: null },
    { args: 2.5, expected: null },
    { args: null, expected: null },
  ])('$args → $expected', ({ args, expected }) => {
    expect(readCount(args)).toBe(expected);
  });
});

describe('countProvenance', () => {
  it('gives every shipped archetype the basis data/population.json records for its count', () => {
    for (const a of populationFile.archetypes) {
      expect(countProvenance.get(a.id)).toEqual(a.countProvenance);
    }
    expect([...countProvenance.keys()]).toEqual(shipped.map((a) => a.id));
  });
});
