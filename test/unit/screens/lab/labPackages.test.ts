/** The chosen package: a shipped one's levers, or the custom levers passed through as they are. */
import { describe, expect, it } from 'vitest';
import { shippedReforms } from '../../../../src/data/catalog.ts';
import {
  chooseReform,
  customPackage,
  labLevers,
  labPackages,
  selectedReformId,
  STATUS_QUO,
} from '../../../../src/screens/lab/build/labPackages.ts';
import { CUSTOM_REFORM } from '../../../../src/screens/lab/state.ts';
import { labState } from './fixtures.ts';

const reform = (id: string) => shippedReforms.find((r) => r.id === id)!;

describe('the chosen package', () => {
  it.each(shippedReforms.map((r) => [r.id] as const))('%s: its own levers', (id) => {
    const state = labState({ reformId: id, customLevers: { auditFirms: 12 } });
    expect(selectedReformId(state)).toBe(id);
    expect(labLevers(state)).toBe(reform(id).levers);
  });

  it('custom: the custom levers as they are', () => {
    const customLevers = { auditFirms: 12, inheritanceAllowed: true as const };
    const state = labState({ reformId: CUSTOM_REFORM, customLevers });
    expect(selectedReformId(state)).toBe(CUSTOM_REFORM);
    expect(labLevers(state)).toBe(customLevers);
    expect(labPackages(state).at(-1)).toEqual(customPackage(customLevers));
  });

  it('an id that does not ship (an old link): the status quo', () => {
    const state = labState({ reformId: 'withdrawn-package' });
    expect(selectedReformId(state)).toBe(STATUS_QUO);
    expect(labLevers(state)).toEqual({});
  });
});

describe('labPackages', () => {
  it('is every shipped package, plus the custom one only when it is chosen', () => {
    expect(labPackages(labState()).map((p) => p.id)).toEqual(shippedReforms.map((r) => r.id));
    expect(labPackages(labState({ reformId: CUSTOM_REFORM })).map((p) => p.id)).toEqual([
      ...shippedReforms.map((r) => r.id),
      CUSTOM_REFORM,
    ]);
  });
});

describe('chooseReform', () => {
  it('starts custom from the package that was chosen', () => {
    const next = chooseReform(labState({ reformId: 'iso-credit' }), CUSTOM_REFORM);
    expect(next.reformId).toBe(CUSTOM_REFORM);
    expect(next.customLevers).toEqual(reform('iso-credit').levers);
    expect(next.customLevers).not.toBe(reform('iso-credit').levers); // a copy to edit
  });

  it('keeps custom levers already made', () => {
    const state = labState({ reformId: 'iso-credit', customLevers: { rotationYears: 4 } });
    expect(chooseReform(state, CUSTOM_REFORM).customLevers).toEqual({ rotationYears: 4 });
    expect(chooseReform(state, 'all-reforms')).toEqual({ ...state, reformId: 'all-reforms' });
  });

  it('does not modify the state', () => {
    const state = labState({ reformId: 'all-reforms' });
    const copy = structuredClone(state);
    chooseReform(state, CUSTOM_REFORM);
    expect(state).toEqual(copy);
  });
});
