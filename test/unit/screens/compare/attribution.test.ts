/**
 * What changed the NPV between compare columns: the engine's split taken from the scenarios the
 * columns' reports evaluate (so its ends are the columns' NPVs exactly), drawn as a waterfall
 * whose floating bars add up from the first column's NPV to the other's, with a table twin and
 * a sentence. The hand change below is worked out by hand; Graffer as planned vs as it happened
 * comes from the shipped scenarios and the engine.
 */
import { describe, expect, it } from 'vitest';
import {
  changeBars,
  changeConfig,
  changeLead,
  changeSummary,
  changeTable,
  npvChange,
  npvChanges,
  type NpvChange,
} from '../../../../src/screens/compare/build/attribution.ts';
import { resolveColumns } from '../../../../src/screens/compare/build/columns.ts';
import type { CompareColumn } from '../../../../src/screens/compare/state.ts';
import { COMPARE_MESSAGES } from '../../../../src/screens/compare/messages.ts';
import { ATTRIBUTION_GROUPS } from '../../../../src/engine/attribution.ts';
import { attributeNpv, pointReport } from '../../../../src/engine/index.ts';
import { shippedScenario } from '../../../../src/data/catalog.ts';
import { SERIES } from '../../../../src/kits/charts/palette.ts';
import { wordsOf } from '../../../../src/kits/i18n/catalogue.ts';
import { tableToCsv } from '../../../../src/kits/tables/dataTable.ts';
import { TABLE_MESSAGES } from '../../../../src/kits/tables/messages.ts';
import { expectClose } from '../../approx.ts';

const en = wordsOf(COMPARE_MESSAGES, 'en');
const ja = wordsOf(COMPARE_MESSAGES, 'ja');
const column = (partial: Partial<CompareColumn>): CompareColumn => ({
  scenarioId: null,
  track: null,
  reformId: null,
  ...partial,
});
const graffer = shippedScenario('graffer-actual');
const resolve = (columns: CompareColumn[]) => resolveColumns(columns, graffer, 'en', en);

// ¥100M, then +30M audit, −50M staff, nothing from operations, +20M timeline, −10M revenue:
// 100 → 130 → 80 → 80 → 100 → 90.
const M = 1e6;
const hand: NpvChange = {
  from: 'Column 1',
  to: 'Column 2',
  fromNpv: 100 * M,
  toNpv: 90 * M,
  parts: [
    { group: 'audit', npvDelta: 30 * M },
    { group: 'staff', npvDelta: -50 * M },
    { group: 'operations', npvDelta: 0 },
    { group: 'timeline', npvDelta: 20 * M },
    { group: 'revenue', npvDelta: -10 * M },
  ],
};

describe('the split between two columns', () => {
  const pairs: { name: string; columns: CompareColumn[] }[] = [
    {
      name: 'Graffer as planned vs as it happened, each on its own track',
      columns: [column({ scenarioId: 'graffer-plan' }), column({ scenarioId: 'graffer-actual' })],
    },
    {
      name: 'across tracks and a reform',
      columns: [
        column({ scenarioId: 'graffer-plan', track: 'saas-light', reformId: 'all-reforms' }),
        column({ track: 'iso27017-only' }),
        column({ scenarioId: 'large-saas', track: 'ismap-liu', reformId: 'fy2025-plan' }),
      ],
    },
  ];

  it.each(pairs)('ends at the columns’ NPVs exactly: $name', ({ columns }) => {
    const resolved = resolve(columns);
    const [first] = resolved;
    for (const other of resolved.slice(1)) {
      // The scenario the split starts from is the one the column's report evaluates…
      expect(pointReport(other.evaluated).totals.npv).toBe(other.report.totals.npv);
      // …so the engine's difference is the difference of the NPVs the table shows, to the bit.
      const attribution = attributeNpv(first!.evaluated, other.evaluated);
      expect(attribution.npvDelta).toBe(other.report.totals.npv - first!.report.totals.npv);
      const change = npvChange(first!, other);
      expect(change.fromNpv).toBe(first!.report.totals.npv);
      expect(change.toNpv).toBe(other.report.totals.npv);
      expect(change.parts).toEqual(attribution.parts);
      expectClose(
        change.parts.reduce((sum, p) => sum + p.npvDelta, 0),
        change.toNpv - change.fromNpv,
      );
    }
  });

  it('goes from the first column to each other one, and needs two columns', () => {
    const resolved = resolve(pairs[1]!.columns);
    const changes = npvChanges(resolved);
    expect(changes.map((c) => [c.from, c.to])).toEqual([
      ['Column 1', 'Column 2'],
      ['Column 1', 'Column 3'],
    ]);
    expect(npvChanges(resolved.slice(0, 1))).toEqual([]);
  });

  it('gives every part to the groups that differ: a track change moves audit, not revenue', () => {
    // Plan vs actual differ in every group; one scenario on two ISMAP tracks differs only in
    // the track (audit group) — the LIU preset touches nothing else.
    const [ismap, liu] = resolve([column({}), column({ track: 'ismap-liu' })]);
    const parts = npvChange(ismap!, liu!).parts;
    expect(parts.map((p) => p.group)).toEqual(Object.keys(ATTRIBUTION_GROUPS));
    for (const part of parts.filter((p) => p.group !== 'audit')) expect(part.npvDelta).toBe(0);
  });
});

describe('the waterfall', () => {
  it('floats each part from the NPV before it to the NPV after it, worked by hand', () => {
    const bars = changeBars(hand, en);
    expect(bars.map((b) => [b.start, b.end])).toEqual([
      [0, 100 * M],
      [100 * M, 130 * M],
      [130 * M, 80 * M],
      [80 * M, 80 * M],
      [80 * M, 100 * M],
      [100 * M, 90 * M],
      [0, 90 * M],
    ]);
    expect(bars.map((b) => b.kind)).toEqual([
      'total',
      'gain',
      'loss',
      'gain',
      'gain',
      'loss',
      'total',
    ]);
  });

  it('is cumulative on Graffer as planned vs as it happened, and ends at the actual NPV', () => {
    const [plan, actual] = resolve([
      column({ scenarioId: 'graffer-plan' }),
      column({ scenarioId: 'graffer-actual' }),
    ]);
    const bars = changeBars(npvChange(plan!, actual!), en);
    const parts = bars.slice(1, -1);
    expect(parts).toHaveLength(5);
    expect(parts[0]!.start).toBe(plan!.report.totals.npv);
    parts.slice(1).forEach((bar, i) => expect(bar.start).toBe(parts[i]!.end));
    expectClose(parts.at(-1)!.end, actual!.report.totals.npv);
    expect(bars.at(-1)).toMatchObject({ start: 0, end: actual!.report.totals.npv });
    // Both directions occur here: the plan was better overall, yet the timeline gained.
    expect(new Set(parts.map((b) => b.kind))).toEqual(new Set(['gain', 'loss']));
  });

  it('draws totals, gains and losses as three datasets in the palette’s colours', () => {
    const config = changeConfig(hand, 'en', en);
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.labels).toEqual([
      'Column 1 NPV',
      'Audit (incl. scope, vendor, track)',
      'Staff',
      'Operations and one-off',
      'Timeline',
      'Revenue',
      'Column 2 NPV',
    ]);
    const [totals, gains, losses] = config.data.datasets;
    expect([totals, gains, losses].map((d) => [d!.label, d!.backgroundColor])).toEqual([
      ['NPV of each column', SERIES.total],
      ['Raises NPV', SERIES.gain],
      ['Lowers NPV', SERIES.loss],
    ]);
    const n = null;
    expect(totals!.data).toEqual([[0, 100 * M], n, n, n, n, n, [0, 90 * M]]);
    expect(gains!.data).toEqual([
      n,
      [100 * M, 130 * M],
      n,
      [80 * M, 80 * M],
      [80 * M, 100 * M],
      n,
      n,
    ]);
    expect(losses!.data).toEqual([n, n, [130 * M, 80 * M], n, n, [100 * M, 90 * M], n]);
    // Overlaid, not side by side: each row has one bar, centred.
    for (const d of config.data.datasets) expect(d.grouped).toBe(false);
  });

  it('names the groups in Japanese', () => {
    expect(changeBars(hand, ja).map((b) => b.label)).toEqual([
      'Column 1のNPV',
      '監査（範囲・事業者・区分を含む）',
      '人員',
      '運用・一時費用',
      '期間',
      '収益',
      'Column 2のNPV',
    ]);
  });
});

describe('the table twin', () => {
  it('lists each bar with its change and the NPV after it, yen kept as numbers', () => {
    const table = changeTable(hand, en);
    expect(table.columns).toEqual([
      { label: 'Input group', kind: 'text' },
      { label: 'NPV change', kind: 'yenChange' },
      { label: 'NPV after this step', kind: 'yen' },
    ]);
    expect(table.rows.map((r) => [r.header, ...r.values])).toEqual([
      ['Column 1 NPV', '—', 100 * M],
      ['Audit (incl. scope, vendor, track)', 30 * M, 130 * M],
      ['Staff', -50 * M, 80 * M],
      ['Operations and one-off', 0, 80 * M],
      ['Timeline', 20 * M, 100 * M],
      ['Revenue', -10 * M, 90 * M],
      ['Column 2 NPV', '—', 90 * M],
    ]);
  });

  it('writes the same rows as CSV, to the whole yen', () => {
    const [plan, actual] = resolve([
      column({ scenarioId: 'graffer-plan' }),
      column({ scenarioId: 'graffer-actual' }),
    ]);
    const change = npvChange(plan!, actual!);
    const lines = tableToCsv(changeTable(change, en), wordsOf(TABLE_MESSAGES, 'en'))
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('Input group,NPV change (yen),NPV after this step (yen)');
    expect(lines[1]).toBe(`Column 1 NPV,—,${Math.round(change.fromNpv)}`);
    const audit = change.parts[0]!.npvDelta;
    expect(lines[2]).toBe(
      `"Audit (incl. scope, vendor, track)",${Math.round(audit)},${Math.round(change.fromNpv + audit)}`,
    );
    expect(lines[7]).toBe(`Column 2 NPV,—,${Math.round(change.toNpv)}`);
  });
});

describe('in words', () => {
  it('names the group that moved NPV most, with its part of the difference', () => {
    // −75M in all, revenue −50M of it: the other groups add −25M the same way.
    const plain: NpvChange = {
      ...hand,
      toNpv: 25 * M,
      parts: [
        { group: 'audit', npvDelta: -10 * M },
        { group: 'staff', npvDelta: -20 * M },
        { group: 'operations', npvDelta: 0 },
        { group: 'timeline', npvDelta: 5 * M },
        { group: 'revenue', npvDelta: -50 * M },
      ],
    };
    expect(changeLead(plain, 'en', en)).toBe(
      'Revenue explains −¥50M of the −¥75M difference in NPV from Column 1 to Column 2: more than any other group.',
    );
    expect(changeLead(plain, 'ja', ja)).toBe(
      'Column 1からColumn 2へのNPVの差−7,500万円のうち、−5,000万円は収益によるもので、最も大きな要因です。',
    );
  });

  it('says so when the other groups pull the other way', () => {
    // The hand change: staff −50M, the others +40M together, −10M in all.
    expect(changeLead(hand, 'en', en)).toBe(
      'Staff moves NPV most, by −¥50M, yet the difference from Column 1 to Column 2 is −¥10M: ' +
        'the other groups together pull the other way, by +¥40M.',
    );
    expect(changeLead(hand, 'ja', ja)).toBe(
      '人員がNPVを最も大きく動かしています（−5,000万円）。ほかのグループが合わせて+4,000万円逆向きに動かすため、' +
        'Column 1からColumn 2へのNPVの差は−1,000万円です。',
    );
  });

  it('says so when no group changes NPV', () => {
    const same: NpvChange = {
      ...hand,
      toNpv: hand.fromNpv,
      parts: hand.parts.map((p) => ({ ...p, npvDelta: 0 })),
    };
    expect(changeLead(same, 'en', en)).toBe(
      'Column 1 and Column 2 have the same NPV (¥100M): no input group changes it.',
    );
  });

  it('labels the canvas with both NPVs and every part', () => {
    expect(changeSummary(hand, 'en', en)).toBe(
      'From ¥100M in Column 1 to ¥90M in Column 2: Audit (incl. scope, vendor, track) +¥30M; ' +
        'Staff −¥50M; Operations and one-off ¥0; Timeline +¥20M; Revenue −¥10M.',
    );
  });
});
