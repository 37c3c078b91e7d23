/**
 * The form's track choice goes through the engine's `withTrack`, as the compare view does; a
 * scenario picked from the list applies at once; and one step of undo brings back exactly what
 * either replaced. The workspace runs here under Node (its
 * runes compiled for the server, where deriveds are read afresh).
 */
import { describe, expect, it } from 'vitest';
import { shippedScenario, trackPresets } from '../../../../src/data/catalog.ts';
import { monteCarlo, pointReport, withTrack, type Scenario } from '../../../../src/engine/index.ts';
import { loadValidation, Workspace } from '../../../../src/kits/workspace/workspace.svelte.ts';

// The form loads what checks an edited draft; these tests edit as the form does.
await loadValidation();

const regional = () => shippedScenario('regional-municipal-vendor');

describe('Workspace.switchTrack', () => {
  it.each(['ismap-liu', 'saas-light', 'iso27017-only'] as const)(
    'puts the scenario on %s exactly as withTrack does',
    (track) => {
      const workspace = new Workspace(regional());
      workspace.switchTrack(track);
      const expected = withTrack(regional(), track, trackPresets);
      expect(workspace.draft).toEqual(expected);
      expect(workspace.issues).toEqual([]);
      expect(workspace.scenario).toEqual(expected);
      expect(workspace.report).toEqual(pointReport(expected));
      expect(workspace.lastChange).toEqual({ kind: 'track', from: 'ismap', to: track });
    },
  );

  it('on "ISO 27017 only", leaves no ISMAP control in scope and changes the NPV', () => {
    const workspace = new Workspace(regional());
    const before = workspace.report.totals.npv;
    workspace.switchTrack('iso27017-only');
    expect(workspace.report.controls.inScope).toBe(0);
    expect(workspace.report.totals.npv).not.toBe(before);
  });

  it('builds on the edits made before it', () => {
    const workspace = new Workspace(regional());
    workspace.set(['audit', 'firms'], 9);
    workspace.switchTrack('ismap-liu');
    const edited: Scenario = { ...regional(), audit: { ...regional().audit, firms: 9 } };
    expect(workspace.scenario).toEqual(withTrack(edited, 'ismap-liu', trackPresets));
  });

  it('does nothing when the track is the one already applied for', () => {
    const workspace = new Workspace(regional());
    workspace.switchTrack('ismap');
    expect(workspace.lastChange).toBeNull();
    expect(workspace.draft).toEqual(regional());
  });
});

describe('Workspace.undo', () => {
  it('restores the scenario and its results exactly as they were before the switch', () => {
    const workspace = new Workspace(regional());
    workspace.set(['audit', 'firms'], 9);
    const draft = structuredClone(workspace.scenario);
    const report = workspace.report;
    workspace.switchTrack('iso27017-only');
    workspace.undo();
    expect(workspace.draft).toEqual(draft);
    expect(workspace.scenario).toEqual(draft);
    expect(workspace.report).toEqual(report);
    expect(workspace.lastChange).toBeNull();
  });

  it('is offered for one step only: a second undo changes nothing', () => {
    const workspace = new Workspace(regional());
    workspace.switchTrack('ismap-liu');
    workspace.switchTrack('iso27017-only');
    workspace.undo();
    const onLiu = withTrack(regional(), 'ismap-liu', trackPresets);
    expect(workspace.scenario).toEqual(onLiu);
    workspace.undo();
    expect(workspace.scenario).toEqual(onLiu);
  });

  it('is withdrawn by any later edit, which it would otherwise take back silently', () => {
    const workspace = new Workspace(regional());
    workspace.switchTrack('ismap-liu');
    workspace.set(['audit', 'firms'], 9);
    expect(workspace.lastChange).toBeNull();
    workspace.undo();
    expect(workspace.scenario.track).toBe('ismap-liu');
    expect(workspace.scenario.audit.firms).toBe(9);
  });

  it('is withdrawn when another scenario is loaded', () => {
    const workspace = new Workspace(regional());
    workspace.switchTrack('ismap-liu');
    const graffer = shippedScenario('graffer-actual');
    workspace.load(graffer);
    expect(workspace.lastChange).toBeNull();
    workspace.undo();
    expect(workspace.scenario).toEqual(graffer);
  });
});

describe('a track switch while an input is invalid', () => {
  /** The regional vendor with one valid edit, then a negative staff count (refused). */
  function broken(): { workspace: Workspace; before: Scenario } {
    const workspace = new Workspace(regional());
    workspace.set(['audit', 'firms'], 9);
    const before = structuredClone(workspace.scenario);
    workspace.set(['staff', 'fteFirstYear'], -1);
    expect(workspace.issues.map((i) => i.path)).toEqual(['staff.fteFirstYear']);
    return { workspace, before };
  }

  it('keeps the invalid input and every other edit, and results follow once it is fixed', () => {
    const { workspace, before } = broken();
    workspace.switchTrack('ismap-liu');
    expect(workspace.get(['staff', 'fteFirstYear'])).toBe(-1);
    expect(workspace.get(['track'])).toBe('ismap-liu');
    // Nothing valid yet: the results stay on the last valid scenario.
    expect(workspace.scenario).toEqual(before);
    workspace.set(['staff', 'fteFirstYear'], 2);
    const fixed: Scenario = { ...before, staff: { ...before.staff, fteFirstYear: 2 } };
    expect(workspace.scenario).toEqual(withTrack(fixed, 'ismap-liu', trackPresets));
  });

  it('is valid at once when the track replaces the invalid input, and undo brings it back', () => {
    const workspace = new Workspace(regional());
    const report = workspace.report;
    workspace.set(['staff', 'fteFirstYear'], -1);
    workspace.switchTrack('iso27017-only');
    // "ISO 27017 only" sets the staff from its preset, which mends the field.
    expect(workspace.issues).toEqual([]);
    expect(workspace.report.controls.inScope).toBe(0);
    workspace.undo();
    expect(workspace.get(['staff', 'fteFirstYear'])).toBe(-1);
    expect(workspace.issues.map((i) => i.path)).toEqual(['staff.fteFirstYear']);
    expect(workspace.report).toEqual(report);
  });
});

describe('Workspace.pick', () => {
  it('applies the picked scenario at once and remembers what it replaced', () => {
    const workspace = new Workspace(regional());
    const revision = workspace.revision;
    const graffer = shippedScenario('graffer-actual');
    workspace.pick(graffer);
    expect(workspace.scenario).toEqual(graffer);
    expect(workspace.report).toEqual(pointReport(graffer));
    expect(workspace.revision).toBe(revision + 1);
    expect(workspace.lastChange).toEqual({
      kind: 'scenario',
      from: regional().title,
      to: graffer.title,
    });
  });

  it('is taken back with the edits, the invalid value and the results of the work it replaced', () => {
    const workspace = new Workspace(regional());
    workspace.set(['audit', 'firms'], 9);
    const report = workspace.report;
    workspace.set(['staff', 'fteFirstYear'], -1);
    const draft = structuredClone(workspace.draft);
    workspace.pick(shippedScenario('graffer-actual'));
    expect(workspace.issues).toEqual([]);
    const revision = workspace.revision;
    workspace.undo();
    expect(workspace.draft).toEqual(draft);
    expect(workspace.issues.map((i) => i.path)).toEqual(['staff.fteFirstYear']);
    expect(workspace.report).toEqual(report);
    // The fields show the work brought back, not what was being typed in the picked scenario.
    expect(workspace.revision).toBe(revision + 1);
    expect(workspace.lastChange).toBeNull();
  });

  it('replaces a pending track switch, whose undo would no longer apply', () => {
    const workspace = new Workspace(regional());
    workspace.switchTrack('ismap-liu');
    workspace.pick(shippedScenario('graffer-actual'));
    expect(workspace.lastChange?.kind).toBe('scenario');
    workspace.undo();
    expect(workspace.scenario).toEqual(withTrack(regional(), 'ismap-liu', trackPresets));
  });
});

describe('Workspace.addNotes', () => {
  // The built app's shipped scenarios come without their notes on sources, which follow.
  const bare = (scenario: Scenario): Scenario => ({ ...scenario, provenance: undefined });

  it('gives a draft without notes the ones that arrived, and keeps the undo of a pick', () => {
    const workspace = new Workspace(regional());
    const graffer = shippedScenario('graffer-actual');
    workspace.pick(bare(graffer));
    const report = workspace.report;
    workspace.addNotes(graffer.provenance);
    expect(workspace.draft.provenance).toEqual(graffer.provenance);
    expect(workspace.scenario).toEqual(graffer);
    expect(workspace.report).toEqual(report);
    expect(workspace.lastChange?.kind).toBe('scenario');
    workspace.undo();
    expect(workspace.scenario).toEqual(regional());
  });

  it('never replaces notes the draft has (a file’s own)', () => {
    const own = { ...regional(), provenance: { 'audit.firms': { assumption: 'mine' } } };
    const workspace = new Workspace(own);
    workspace.addNotes(regional().provenance);
    expect(workspace.draft.provenance).toEqual(own.provenance);
  });
});

describe('Workspace.monteCarlo', () => {
  const drawn = (scenario: Scenario) => monteCarlo(scenario, { samples: 200, seed: 1 });

  it('is the one drawn for the current scenario, and none once the scenario changes', () => {
    const workspace = new Workspace(regional());
    expect(workspace.monteCarlo).toBeNull();
    const result = drawn(workspace.scenario);
    workspace.keepMonteCarlo(workspace.scenario, result);
    expect(workspace.monteCarlo).toBe(result);
    workspace.set(['audit', 'firms'], 6);
    expect(workspace.monteCarlo).toBeNull();
  });

  it('is none when it was drawn for a scenario that is no longer the current one', () => {
    const workspace = new Workspace(regional());
    const before = workspace.scenario;
    workspace.set(['audit', 'firms'], 6);
    workspace.keepMonteCarlo(before, drawn(before));
    expect(workspace.monteCarlo).toBeNull();
  });
});
