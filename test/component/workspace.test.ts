/** The workspace keeps results on the last valid scenario while the draft is invalid. */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { shippedScenario } from '../../src/data/catalog.ts';
import { pointReport } from '../../src/engine/index.ts';
import { Workspace } from '../../src/kits/workspace/workspace.svelte.ts';

const graffer = () => shippedScenario('graffer-actual');

describe('Workspace', () => {
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
