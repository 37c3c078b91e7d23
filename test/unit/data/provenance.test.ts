/** Share links leave the notes on sources out and get them back for shipped scenarios. */
import { describe, expect, it } from 'vitest';
import {
  buyerGroups,
  shippedScenario,
  shippedScenarios,
  sourceRegistry,
} from '../../../src/data/catalog.ts';
import {
  loadGroupNotes,
  loadScenarioNotes,
  loadSources,
  shippedNotes,
  withoutProvenance,
} from '../../../src/data/notes.svelte.ts';
import { encodeShareHash } from '../../../src/kits/persistence/shareCodec.ts';
import { loadValidation, Workspace } from '../../../src/kits/workspace/workspace.svelte.ts';

// The form loads what checks an edited draft; these tests edit as the form does.
await loadValidation();

describe('provenance in share links', () => {
  const graffer = shippedScenario('graffer-actual');

  it('drops the notes and keeps every number', () => {
    const bare = withoutProvenance(graffer);
    expect(bare.provenance).toBeUndefined();
    expect({ ...bare, provenance: graffer.provenance }).toEqual(graffer);
    // The point of it: a link a chat program will not cut.
    const long = encodeShareHash({ scenario: graffer, lang: 'ja' }).length;
    const short = encodeShareHash({ scenario: bare, lang: 'ja' }).length;
    expect(short).toBeLessThan(long / 3);
  });

  it('gives a shipped scenario its notes back, and leaves others as they are', () => {
    // What the app does with an opened link's scenario (App.svelte).
    const opened = (scenario: typeof graffer) => {
      const workspace = new Workspace(scenario);
      workspace.addNotes(shippedNotes(scenario.id));
      return workspace.scenario;
    };
    expect(opened(withoutProvenance(graffer))).toEqual(graffer);
    const mine = { ...withoutProvenance(graffer), id: 'mine-1' };
    expect(opened(mine)).toEqual(mine);
    const own = { ...graffer, provenance: { 'audit.firms': { assumption: 'mine' } } };
    expect(opened(own)).toEqual(own);
  });

  it('loads, for the built app, each shipped scenario’s and buyer group’s notes under its id', async () => {
    // Each scenario is keyed by its file's name, which must be the scenario's id.
    for (const scenario of shippedScenarios) {
      expect(await loadScenarioNotes(scenario.id)).toEqual(scenario.provenance);
    }
    expect(await loadScenarioNotes('mine-1')).toBeUndefined();
    expect(await loadGroupNotes()).toEqual(
      Object.fromEntries(buyerGroups.map((g) => [g.id, g.provenance])),
    );
    expect(await loadSources()).toEqual(sourceRegistry.sources);
  });
});
