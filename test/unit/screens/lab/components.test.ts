/**
 * The lab rendered on the server (the unit project runs in Node): effects do not run, so no
 * worker starts and no chart is drawn — what is left is the markup a screen reader gets.
 */
import { JSDOM } from 'jsdom';
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { shippedReforms } from '../../../../src/data/catalog.ts';
import { shippedPopulation } from '../../../../src/data/marketCatalog.ts';
import { comparePackages } from '../../../../src/engine/index.ts';
import { formatShare } from '../../../../src/kits/format/yen.ts';
import { locale } from '../../../../src/kits/i18n/locale.svelte.ts';
import PolicyLab from '../../../../src/screens/lab/PolicyLab.svelte';
import { labScreen } from '../../../../src/screens/lab/screen.ts';
import { CUSTOM_REFORM, defaultLab, type LabState } from '../../../../src/screens/lab/state.ts';
import { cellWords, en } from './fixtures.ts';

afterEach(() => {
  locale.lang = 'ja';
});

function labPage(change: (lab: LabState) => void = () => {}): Document {
  const lab = defaultLab();
  change(lab);
  labScreen.state.restore(lab);
  return new JSDOM(render(PolicyLab).body).window.document;
}

/** The text that names a form control: its <label for>, or aria-label. */
function nameOf(doc: Document, control: Element): string {
  const label = control.id ? doc.querySelector(`label[for="${control.id}"]`) : null;
  return (label?.textContent ?? control.getAttribute('aria-label') ?? '').trim();
}

describe('the policy lab page', () => {
  it('names every control, in Japanese and in English', () => {
    for (const lang of ['ja', 'en'] as const) {
      locale.lang = lang;
      const doc = labPage((lab) => (lab.reformId = CUSTOM_REFORM));
      const controls = [...doc.querySelectorAll('input, select, button')];
      expect(controls.length).toBeGreaterThan(20);
      for (const control of controls) {
        expect(nameOf(doc, control), control.outerHTML).not.toBe('');
      }
    }
  });

  it('labels each count and scenario by its kind of vendor', () => {
    const doc = labPage();
    for (const a of shippedPopulation.archetypes) {
      expect(nameOf(doc, doc.querySelector(`#lab-count-${a.id}`)!)).toContain(a.title.ja);
      expect(nameOf(doc, doc.querySelector(`#lab-scenario-${a.id}`)!)).toContain(a.title.ja);
      const count = doc.querySelector<HTMLInputElement>(`#lab-count-${a.id}`)!;
      expect(count.value).toBe(String(a.count));
    }
  });

  it('puts every wide table in a focusable, labelled region, with a CSV export', () => {
    const doc = labPage();
    // The lab's own tables (a chart's table twin is the charts' business).
    const regions = [...doc.querySelectorAll('[role="region"]')].filter(
      (r) => !r.closest('figure'),
    );
    expect(regions.length).toBe(doc.querySelectorAll('[data-table]').length + 1);
    for (const region of regions) {
      expect(region.getAttribute('tabindex')).toBe('0');
      expect(region.getAttribute('aria-label')).not.toBe('');
      expect(region.querySelector('table')).not.toBeNull();
    }
    const csv = [...doc.querySelectorAll('button')].filter(
      (b) => !b.closest('figure') && b.textContent?.includes(cellWords.ja('exportCsv')),
    );
    expect(csv.length).toBe(regions.length);
  });

  it('shows the engine’s viable share for the chosen package at once (point values)', () => {
    const reform = shippedReforms.find((r) => r.id === 'all-reforms')!;
    const doc = labPage((lab) => (lab.reformId = reform.id));
    const engine = comparePackages(shippedPopulation, [reform], { samples: 0, seed: 0 });
    const cells = [
      ...doc.querySelectorAll('[data-table="viable-share"] tbody tr'),
    ][0]!.querySelectorAll('td');
    expect([cells[0]!.textContent, cells[1]!.textContent]).toEqual([
      formatShare(engine.before.viableShare, 'ja', 1),
      formatShare(engine.after[0]!.result.viableShare, 'ja', 1),
    ]);
    expect(doc.querySelector<HTMLSelectElement>('#lab-reform')!.value).toBe(reform.id);
  });

  it('speaks English when asked', () => {
    locale.lang = 'en';
    const doc = labPage();
    expect(doc.querySelector('h2')!.textContent).toBe(en('title'));
    expect(doc.querySelector('#lab-results-title')!.textContent).toBe(en('resultsTitle'));
  });
});
