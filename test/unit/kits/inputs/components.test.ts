/**
 * The form's segment editor and track choice, and the printed inputs, rendered on the server
 * (the unit project runs in Node): what they show for a workspace in a given state. Each is
 * rendered alone: the form itself builds its fields in turns once the page is painted.
 */
import { JSDOM } from 'jsdom';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { buyerGroups, shippedScenario } from '../../../../src/data/catalog.ts';
import { locale } from '../../../../src/kits/i18n/locale.svelte.ts';
import Field from '../../../../src/kits/inputs/Field.svelte';
import { GROUPS } from '../../../../src/kits/inputs/fields.ts';
import SegmentsEditor from '../../../../src/kits/inputs/SegmentsEditor.svelte';
import { loadValidation, Workspace } from '../../../../src/kits/workspace/workspace.svelte.ts';
import InputsSummary from '../../../../src/screens/estimate/InputsSummary.svelte';

// The form loads what checks an edited draft; these tests edit as the form does.
await loadValidation();

afterEach(() => {
  locale.lang = 'ja';
});

function html<P extends Record<string, unknown>>(component: Component<P>, props: P): Document {
  return new JSDOM(render(component, { props }).body).window.document;
}

// A copy: some tests change it, and the catalogue's scenario is shared.
const regional = () => structuredClone(shippedScenario('regional-municipal-vendor'));
const segments = (workspace: Workspace) => html(SegmentsEditor, { workspace });
const trackSpec = GROUPS.find((group) => group.id === 'track')!.fields[0]!;
const trackField = (workspace: Workspace) =>
  html(Field, { workspace, path: ['track'], spec: trackSpec, labelKey: 'track' });
const selected = (select: HTMLSelectElement | null) =>
  select?.querySelector('option[selected]')?.textContent?.trim();

describe('the segment editor', () => {
  it('shows the segment’s buyer group, every shipped group, and its reach and cycle', () => {
    locale.lang = 'en';
    const page = segments(new Workspace(regional()));
    const select = page.querySelector<HTMLSelectElement>('#segment-0-market');
    expect(page.querySelector('label[for="segment-0-market"]')?.textContent).toBe('Buyer group');
    expect(selected(select)).toBe('Municipalities under 50,000 residents (1,215)');
    expect(select?.options).toHaveLength(buyerGroups.length + 1);
    expect(select?.options[0]?.textContent?.trim()).toBe('None');
    for (const corner of ['low', 'mode', 'high']) {
      expect(page.querySelector(`#field-revenue-segments-0-market-reachShare-${corner}`)).not.toBe(
        null,
      );
      expect(
        page.querySelector(`#field-revenue-segments-0-market-reTenderCycleYears-${corner}`),
      ).not.toBe(null);
    }
    // The reach is typed in per cent, as every share is.
    const reach = page.querySelector<HTMLInputElement>(
      '#field-revenue-segments-0-market-reachShare-mode',
    );
    expect(reach?.value).toBe('6');
  });

  it('shows no reach or cycle for a segment without a buyer group', () => {
    const scenario = regional();
    scenario.revenue.segments[0]!.market = null;
    const page = segments(new Workspace(scenario));
    expect(selected(page.querySelector('#segment-0-market'))).toBe('指定しない');
    expect(page.querySelector('[id^="field-revenue-segments-0-market-"]')).toBeNull();
  });

  it('shows a refused reach at its field', () => {
    const workspace = new Workspace(regional());
    workspace.set(['revenue', 'segments', 0, 'market', 'reachShare'], 1.5);
    const page = segments(workspace);
    const error = page.querySelector('#field-revenue-segments-0-market-reachShare-error');
    expect(error?.textContent).toBe('100%以下にしてください');
  });
});

describe('the track choice', () => {
  it('offers no undo until the track is switched', () => {
    const page = trackField(new Workspace(regional()));
    expect(selected(page.querySelector('#field-track'))).toBe('ISMAP');
    expect(page.querySelector('.track-switch button')).toBeNull();
  });

  it('says what changed with the track and offers to take it back', () => {
    locale.lang = 'en';
    const workspace = new Workspace(regional());
    workspace.switchTrack('iso27017-only');
    const page = trackField(workspace);
    expect(selected(page.querySelector('#field-track'))).toBe('No ISMAP (ISO 27017 only)');
    const notice = page.querySelector('.track-switch[role="status"]');
    expect(notice?.textContent).toContain('Switched the track to “No ISMAP (ISO 27017 only)”');
    expect(notice?.querySelector('button')?.textContent).toBe('Undo');
  });

  it('warns, on leaving "ISO 27017 only", that its cost side stays', () => {
    locale.lang = 'en';
    const workspace = new Workspace(regional());
    workspace.switchTrack('iso27017-only');
    workspace.switchTrack('ismap');
    const notice = trackField(workspace).querySelector('.track-switch');
    expect(notice?.textContent).toContain('The ISO 27017-only cost settings');
  });

  it('says so when the results wait for an input to be fixed', () => {
    const workspace = new Workspace(regional());
    workspace.set(['audit', 'priceElasticity'], -1);
    workspace.switchTrack('ismap-liu');
    const notice = trackField(workspace).querySelector('.track-switch');
    expect(notice?.textContent).toContain('区分を「ISMAP-LIU（低リスク SaaS）」に切り替えました');
    expect(notice?.textContent).toContain('結果は誤りを直すまで前のままです');
  });
});

describe('the printed inputs', () => {
  const rows = (page: Document) =>
    Object.fromEntries(
      [...page.querySelectorAll('dl > div')].map((row) => [
        row.querySelector('dt')?.textContent,
        row.querySelector('dd')?.textContent,
      ]),
    );

  it('list a segment’s buyer group by name and count, with its reach and cycle', () => {
    locale.lang = 'en';
    const all = rows(html(InputsSummary, { scenario: regional() }));
    expect(all['Small municipalities: Buyer group']).toBe(
      'Municipalities under 50,000 residents (1,215)',
    );
    expect(all['Small municipalities: Share of the group the vendor can bid to']).toBe(
      '6% (3% – 12%)',
    );
    expect(all['Small municipalities: Re-tender cycle']).toBe('5 years (3 years – 7 years)');
  });

  it('write a unit as each language does: 3年 together, "1 year" without the plural', () => {
    const scenario = regional();
    scenario.revenue.segments[0]!.contractYears = { low: 1, mode: 3, high: 5 };
    locale.lang = 'en';
    expect(rows(html(InputsSummary, { scenario }))['Small municipalities: Contract length']).toBe(
      '3 years (1 year – 5 years)',
    );
    locale.lang = 'ja';
    expect(rows(html(InputsSummary, { scenario }))['小規模自治体: 契約期間']).toBe(
      '3年 (1年 – 5年)',
    );
  });

  it('name the track in words, not by its code', () => {
    locale.lang = 'en';
    const scenario = regional();
    scenario.track = 'iso27017-only';
    const all = rows(html(InputsSummary, { scenario }));
    expect(all['Track applied for']).toBe('No ISMAP (ISO 27017 only)');
    expect(all['Service model']).toBe('SaaS');
  });

  it('say "none" for a segment without a buyer group, and nothing of reach or cycle', () => {
    const scenario = regional();
    scenario.revenue.segments[0]!.market = null;
    const all = rows(html(InputsSummary, { scenario }));
    expect(all['小規模自治体: 買い手の集団']).toBe('指定しない');
    expect(Object.keys(all).filter((label) => label?.includes('応札できる割合'))).toEqual([]);
  });
});
