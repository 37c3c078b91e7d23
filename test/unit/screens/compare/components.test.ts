/**
 * What changed the NPV, rendered on the server (the unit project runs in Node): no chart is
 * drawn, so what is left is what a screen reader gets — the sentence, the canvas's label, the
 * table twin and its CSV button, in either language.
 */
import { JSDOM } from 'jsdom';
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { shippedScenario } from '../../../../src/data/catalog.ts';
import { wordsOf } from '../../../../src/kits/i18n/catalogue.ts';
import { locale } from '../../../../src/kits/i18n/locale.svelte.ts';
import type { Lang } from '../../../../src/kits/i18n/lang.ts';
import {
  changeLead,
  changeSummary,
  npvChanges,
} from '../../../../src/screens/compare/build/attribution.ts';
import { resolveColumns } from '../../../../src/screens/compare/build/columns.ts';
import { COMPARE_MESSAGES } from '../../../../src/screens/compare/messages.ts';
import NpvChanges from '../../../../src/screens/compare/NpvChanges.svelte';
import type { CompareColumn } from '../../../../src/screens/compare/state.ts';

afterEach(() => {
  locale.lang = 'ja';
});

const PLAN_ACTUAL: CompareColumn[] = [
  { scenarioId: 'graffer-plan', track: null, reformId: null },
  { scenarioId: 'graffer-actual', track: null, reformId: null },
];

function rendered(columns: CompareColumn[], lang: Lang) {
  locale.lang = lang;
  const words = wordsOf(COMPARE_MESSAGES, lang);
  const resolved = resolveColumns(columns, shippedScenario('graffer-actual'), lang, words);
  const doc = new JSDOM(render(NpvChanges, { props: { columns: resolved, fileStem: 'g' } }).body)
    .window.document;
  return { doc, words, changes: npvChanges(resolved) };
}

describe('what changed the NPV, on the page', () => {
  it.each(['ja', 'en'] as const)(
    'says in %s which group moved NPV most, and labels the chart with every part',
    (lang) => {
      const { doc, words, changes } = rendered(PLAN_ACTUAL, lang);
      const [change] = changes;
      const figures = doc.querySelectorAll('[data-change] figure');
      expect(figures).toHaveLength(1);
      const figure = figures[0]!;
      const title = words('changeTitle', { from: change!.from, to: change!.to });
      expect(figure.querySelector('figcaption')!.textContent).toContain(title);
      expect(figure.querySelector('.lead')!.textContent).toBe(changeLead(change!, lang, words));
      expect(figure.querySelector('canvas')!.getAttribute('aria-label')).toBe(
        `${title}: ${changeSummary(change!, lang, words)}`,
      );
      // The table twin: the two NPVs and the five groups between them; its CSV beside it.
      expect([...figure.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual([
        words('columnNpv', { column: change!.from }),
        ...change!.parts.map((p) => words(`group.${p.group}`)),
        words('columnNpv', { column: change!.to }),
      ]);
      const csv = figure.querySelector('button.action')!;
      expect(csv.getAttribute('aria-label')).toContain(title);
    },
  );

  it('asks for a second column when there is one only', () => {
    const { doc, words } = rendered(PLAN_ACTUAL.slice(0, 1), 'en');
    expect(doc.querySelector('figure')).toBeNull();
    expect(doc.body.textContent).toContain(words('changeNeedsTwo'));
  });
});
