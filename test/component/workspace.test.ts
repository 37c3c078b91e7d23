/**
 * The workspace keeps results on the last valid scenario while the draft is invalid, and gives
 * the results of a scenario that came in whole without loading the schemas.
 */
import { flushSync } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedScenario, shippedScenarios } from '../../src/data/catalog.ts';
import { pointReport } from '../../src/engine/index.ts';
import { loadValidation, Workspace } from '../../src/kits/workspace/workspace.svelte.ts';

const graffer = () => shippedScenario('graffer-actual');

// First in this file: the schemas are not loaded yet.
describe('before the schemas load (a first visit, until the form is built)', () => {
  it('gives a whole scenario’s results, and a picked one’s, and takes the pick back', () => {
    const workspace = new Workspace(graffer());
    expect(workspace.issues).toEqual([]);
    expect(workspace.report.totals.npv).toBe(pointReport(graffer()).totals.npv);
    const plan = shippedScenario('graffer-plan');
    workspace.pick(plan);
    expect(workspace.report.totals.npv).toBe(pointReport(plan).totals.npv);
    workspace.undo();
    expect(workspace.report.totals.npv).toBe(pointReport(graffer()).totals.npv);
  });

  it('keeps a whole scenario whole, and its results as they were, when its notes arrive', () => {
    const bare = { ...graffer(), provenance: undefined };
    const workspace = new Workspace(bare);
    const { scenario, report } = workspace;
    workspace.addNotes(graffer().provenance);
    expect(workspace.scenario.provenance).toEqual(graffer().provenance);
    // The same objects: nothing computed from the scenario runs again for notes.
    expect(workspace.scenario).toBe(scenario);
    expect(workspace.report).toBe(report);
    expect(workspace.report.totals.npv).toBe(pointReport(graffer()).totals.npv);
    // Written into the workspace's own copy, not into what it was given.
    expect(bare.provenance).toBeUndefined();
  });

  it('refuses an edit: whatever edits the draft waits for loadValidation()', () => {
    const workspace = new Workspace(graffer());
    expect(() => workspace.set(['audit', 'firms'], 10)).toThrow(/loadValidation/);
  });
});

describe('Workspace', () => {
  beforeAll(loadValidation);

  it('follows valid edits', () => {
    const workspace = new Workspace(graffer());
    workspace.set(['audit', 'firms'], 10);
    flushSync();
    expect(workspace.issues).toEqual([]);
    expect(workspace.scenario.audit.firms).toBe(10);
    const edited = { ...graffer(), audit: { ...graffer().audit, firms: 10 } };
    expect(workspace.report.totals.npv).toBe(pointReport(edited).totals.npv);
  });

  it('names the invalid field and keeps results on the last valid scenario', () => {
    const workspace = new Workspace(graffer());
    workspace.set(['audit', 'firms'], 10);
    const before = workspace.report.totals.npv;
    workspace.set(['controls', 'baseline'], -5);
    expect(workspace.issues.map((i) => i.path)).toEqual(['controls.baseline']);
    expect(workspace.get(['controls', 'baseline'])).toBe(-5); // the draft keeps what was typed
    expect(workspace.scenario.controls.baseline).toEqual(graffer().controls.baseline);
    expect(workspace.report.totals.npv).toBe(before);
  });

  it('keeps the last valid edit even when nothing read the results in between', () => {
    const workspace = new Workspace(graffer());
    workspace.set(['audit', 'firms'], 10);
    workspace.set(['controls', 'baseline'], -5);
    expect(workspace.scenario.audit.firms).toBe(10);
  });

  it('gives an edited draft its scenario’s notes when they arrive, under the notes the edit gave', () => {
    const notes = graffer().provenance!;
    const [path, note] = Object.entries(notes)[0]!;
    const workspace = new Workspace({ ...graffer(), provenance: undefined });
    expect(workspace.wantsNotes).toBe(true);
    // An edit's own note (a buyer group's, chosen before the scenario's notes came).
    const own = { ...note, note: { ja: '群の注記', en: 'the group’s note' } };
    workspace.set(['provenance'], { [path]: own, 'only.the.edit': own });
    workspace.addNotes(notes);
    expect(workspace.wantsNotes).toBe(false);
    expect(workspace.scenario.provenance).toEqual({ ...notes, [path]: own, 'only.the.edit': own });
    // Once given, not again; and a scenario loaded with its notes wants none.
    workspace.addNotes({ [path]: note });
    expect(workspace.scenario.provenance![path]).toEqual(own);
    workspace.load(graffer());
    expect(workspace.wantsNotes).toBe(false);
  });

  it('replaces everything on load and tells fields to start over', () => {
    const workspace = new Workspace(graffer());
    workspace.set(['controls', 'baseline'], -5);
    const plan = shippedScenario('graffer-plan');
    workspace.load(plan);
    expect(workspace.revision).toBe(1);
    expect(workspace.issues).toEqual([]);
    expect(workspace.scenario).toEqual(plan);
  });
});

describe('a draft that came in whole', () => {
  beforeAll(loadValidation);

  it('is checked again once it is edited, and whole again when undone to', () => {
    const workspace = new Workspace(graffer());
    workspace.set(['controls', 'baseline'], -5);
    expect(workspace.issues.map((i) => i.path)).toEqual(['controls.baseline']);
    workspace.pick(shippedScenario('graffer-plan'));
    expect(workspace.issues).toEqual([]);
    workspace.undo(); // back to the invalid draft, checked as it was
    expect(workspace.issues.map((i) => i.path)).toEqual(['controls.baseline']);
  });

  it('gives the same results as the parsed scenario, for every shipped one', () => {
    for (const scenario of shippedScenarios) {
      const whole = new Workspace(scenario);
      const edited = new Workspace(scenario);
      edited.set(['id'], scenario.id); // an edit that changes nothing: now parsed
      expect(edited.issues).toEqual([]);
      expect(whole.scenario).toEqual(edited.scenario);
      expect(whole.report.totals).toEqual(edited.report.totals);
    }
  });
});
