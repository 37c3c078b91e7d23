/**
 * The chart components rendered on the server (the unit project runs in Node, where Svelte
 * resolves to its server build): effects do not run, so no chart is drawn — what is left is what
 * a screen reader gets: the figure, the canvas's summary and the table twin.
 */
import { JSDOM } from 'jsdom';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import BreakEvenFrontier from '../../../../src/kits/charts/BreakEvenFrontier.svelte';
import CashFlowChart from '../../../../src/screens/estimate/charts/CashFlowChart.svelte';
import ControlWaterfall from '../../../../src/kits/charts/ControlWaterfall.svelte';
import CostStackChart from '../../../../src/screens/estimate/charts/CostStackChart.svelte';
import { costStackTable } from '../../../../src/screens/estimate/build/costStackConfig.ts';
import NpvHistogram from '../../../../src/screens/estimate/charts/NpvHistogram.svelte';
import TornadoChart from '../../../../src/screens/estimate/charts/TornadoChart.svelte';
import { monteCarlo, pointReport } from '../../../../src/engine/index.ts';
import { locale } from '../../../../src/kits/i18n/locale.svelte.ts';
import * as estimate from '../../screens/estimate/fixtures.ts';
import { en, ja, rangedHandScenario } from './fixtures.ts';

afterEach(() => {
  locale.lang = 'ja';
});

function html<P extends Record<string, unknown>>(component: Component<P>, props: P): Document {
  return new JSDOM(render(component, { props }).body).window.document;
}

const report = () => pointReport(rangedHandScenario());
const result = () => monteCarlo(rangedHandScenario(), { samples: 200, seed: 1 });

function allSix(): Document[] {
  const r = report();
  return [
    html(ControlWaterfall, { report: r }),
    html(CostStackChart, { report: r }),
    html(CashFlowChart, { report: r }),
    html(NpvHistogram, { monteCarlo: result() }),
    html(TornadoChart, { report: r }),
    html(BreakEvenFrontier, {
      curves: [{ label: 'A', frontier: r.frontier }],
      mark: r.frontierMark,
    }),
  ];
}

describe('chart components', () => {
  it('give each chart a title, a summarised image and a real table', () => {
    const documents = allSix();
    const titles = documents.map((doc) =>
      doc.querySelector('figcaption')!.firstChild!.textContent!.trim(),
    );
    expect(titles).toEqual([
      ja('waterfallTitle'),
      ...(['costTitle', 'cashTitle', 'histogramTitle', 'tornadoTitle'] as const).map((key) =>
        estimate.ja(key),
      ),
      ja('frontierTitle'),
    ]);
    documents.forEach((doc, i) => {
      expect(doc.querySelectorAll('figure')).toHaveLength(1);
      const canvas = doc.querySelector('canvas')!;
      expect(canvas.getAttribute('role')).toBe('img');
      expect(canvas.getAttribute('aria-label')!.startsWith(`${titles[i]}: `)).toBe(true);
      expect(canvas.getAttribute('aria-label')!.length).toBeGreaterThan(titles[i]!.length + 4);
      expect(doc.querySelector('details > summary')!.textContent).toBe('表で見る');
      const table = doc.querySelector('details table')!;
      expect(table.querySelector('caption')!.textContent).toBe(titles[i]);
      expect(table.querySelectorAll('thead th[scope="col"]').length).toBeGreaterThan(1);
      expect(table.querySelectorAll('tbody th[scope="row"]').length).toBeGreaterThan(0);
    });
  });

  it('fill the table with the table builder’s rows', () => {
    const r = report();
    const doc = html(CostStackChart, { report: r });
    const rows = [...doc.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    const twin = costStackTable(r.years, 'ja', estimate.ja);
    expect(rows).toEqual(twin.rows.map((row) => [row.header, ...row.values]));
    const columns = [...doc.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(columns).toEqual(twin.columns.map((c) => c.label));
  });

  it('speak the current language', () => {
    locale.lang = 'en';
    const doc = html(ControlWaterfall, { report: report() });
    expect(doc.querySelector('summary')!.textContent).toBe('Show as table');
    expect(doc.querySelector('tbody th')!.textContent).toBe(en('stepBaseline'));
  });

  it('show the histogram as updating before the first result', () => {
    const doc = html(NpvHistogram, { monteCarlo: null });
    expect(doc.querySelector('[role="status"]')!.textContent).toBe('計算中…');
    expect(doc.querySelector('figure')!.getAttribute('aria-busy')).toBe('true');
    expect(doc.querySelector('canvas')).toBeNull();
    expect(doc.querySelector('table')).toBeNull();
  });

  it('say so when no input has a range, rather than drawing an empty tornado', () => {
    const doc = html(TornadoChart, { report: pointReport(rangedHandScenario()), limit: 0 });
    expect(doc.querySelector('canvas')).toBeNull();
    expect(doc.querySelector('figure p')!.textContent).toBe(estimate.ja('tornadoEmpty'));
  });

  it('keep the chart and its table to the first bars when given a limit', () => {
    const r = report();
    const doc = html(TornadoChart, {
      report: r,
      limit: 2,
      labelFor: (path: string) => `<${path}>`,
    });
    const headers = [...doc.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(headers).toEqual(r.sensitivity.slice(0, 2).map((bar) => `<${bar.input}>`));
  });
});
