/**
 * Lab tables: each value shown the way the app shows numbers, and the CSV the same rows and
 * columns with the values as numbers — so that formatting the CSV's cells gives the table shown.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber, formatShare, formatYen } from '../../../../src/kits/format/yen.ts';
import { archetypeTable } from '../../../../src/screens/lab/build/archetypeTable.ts';
import {
  cellKind,
  formatCell,
  formatTable,
  tableToCsv,
  type CellKind,
  type Table,
} from '../../../../src/kits/tables/dataTable.ts';
import { csvFileName } from '../../../../src/screens/lab/build/labView.ts';
import { populationTable } from '../../../../src/screens/lab/build/populationTable.ts';
import { packagesTable, rankingTable } from '../../../../src/screens/lab/build/rankingTables.ts';
import { burdenTable, viableShareTable } from '../../../../src/screens/lab/build/summaryTables.ts';
import { parseCsv, shownFromCsv } from './csv.ts';
import { cellWords, labState, viewOf } from './fixtures.ts';

describe('formatCell', () => {
  it.each<{ kind: CellKind; value: number | string; ja: string; en: string }>([
    // Hand-written: 123,456,789 yen rounds to 1億2,346万円 (nearest 万) and ¥123M.
    { kind: 'yen', value: 123_456_789, ja: '1億2,346万円', en: '¥123M' },
    { kind: 'yenChange', value: -35_000_000, ja: '−3,500万円', en: '−¥35M' },
    { kind: 'yenChange', value: 35_000_000, ja: '+3,500万円', en: '+¥35M' },
    { kind: 'share', value: 0.2357, ja: '23.6%', en: '23.6%' },
    { kind: 'share', value: 0.24, ja: '24%', en: '24%' },
    { kind: 'shareChange', value: 0.191, ja: '+19.1ポイント', en: '+19.1 pp' },
    { kind: 'shareChange', value: -0.05, ja: '−5ポイント', en: '−5 pp' },
    { kind: 'count', value: 1200, ja: '1,200', en: '1,200' },
    { kind: 'countChange', value: 150, ja: '+150', en: '+150' },
    { kind: 'decimal', value: 71.326, ja: '71.3', en: '71.3' },
    { kind: 'yen', value: '到達不可', ja: '到達不可', en: '到達不可' },
  ])('$kind $value → $ja / $en', ({ kind, value, ja: inJa, en: inEn }) => {
    expect(formatCell(kind, value, 'ja', cellWords.ja)).toBe(inJa);
    expect(formatCell(kind, value, 'en', cellWords.en)).toBe(inEn);
  });
});

const view = viewOf(labState({ reformId: 'all-reforms' }), 100);
const tables: Table[] = [
  populationTable(view),
  viableShareTable(view),
  burdenTable(view),
  archetypeTable(view),
  rankingTable(view),
  packagesTable(view),
];

describe('tableToCsv', () => {
  it.each(tables.map((table) => [table.id, table] as const))(
    '%s: the CSV formats back to the table shown',
    (_id, table) => {
      const csv = parseCsv(tableToCsv(table, cellWords.ja));
      const shown = formatTable(table, 'ja', cellWords.ja);
      // Each header is the label shown, followed by its unit where it has numbers: 「社数（社）」.
      expect(csv[0]!.length).toBe(shown.columns.length);
      csv[0]!.forEach((header, c) => expect(header.startsWith(shown.columns[c]!)).toBe(true));
      expect(csv.length - 1).toBe(shown.rows.length);
      csv.slice(1).forEach((line, r) => {
        expect(line[0]!.startsWith(shown.rows[r]!.header)).toBe(true);
        expect(
          line
            .slice(1)
            .map((cell, c) => shownFromCsv(cellKind(table, table.rows[r]!, c), cell, 'ja')),
        ).toEqual(shown.rows[r]!.cells);
      });
    },
  );

  it('writes yen to the whole yen and shares as 0..1, not as shown, each unit in its header', () => {
    const table: Table = {
      id: 't',
      title: 'T',
      columns: [
        { label: 'row', kind: 'text' },
        { label: 'NPV', kind: 'yen' },
        { label: 'Share', kind: 'share' },
        { label: 'Wins', kind: 'decimal', unit: 'winsPerYear' },
      ],
      rows: [{ header: 'a', values: [1234.6, 0.25, 2.75] }],
      notes: [],
    };
    expect(tableToCsv(table, cellWords.en)).toBe(
      `\uFEFFrow,NPV (yen),Share (0–1),Wins (wins a year)\r\na,1235,0.25,2.75\r\n`,
    );
    expect(tableToCsv(table, cellWords.ja).split('\r\n')[0]).toBe(
      '\uFEFFrow,NPV（円）,Share（0〜1）,Wins（件/年）',
    );
    expect(csvFileName(table)).toBe('ismap-policy-lab-t.csv');
  });

  it('says the units in the row headers of a table whose rows differ (a count among shares)', () => {
    const table = viableShareTable(view);
    const [header, ...rows] = parseCsv(tableToCsv(table, cellWords.en));
    expect(header).toEqual(table.columns.map((c) => c.label));
    expect(rows.map((row) => row[0])).toEqual([
      `${table.rows[0]!.header} (0–1)`,
      `${table.rows[1]!.header} (0–1)`,
      `${table.rows[2]!.header} (vendors)`,
    ]);
  });

  it('uses a row’s own kinds where it has them', () => {
    const table = viableShareTable(view);
    const countRow = table.rows[2]!;
    expect(cellKind(table, countRow, 0)).toBe('count');
    expect(cellKind(table, table.rows[0]!, 0)).toBe('share');
    expect(formatTable(table, 'ja', cellWords.ja).rows[2]!.cells[0]).toBe(
      formatNumber(countRow.values[0] as number, 'ja', 0),
    );
  });
});

describe('formatTable', () => {
  it('formats by column: yen, shares and text', () => {
    const table = archetypeTable(view);
    const row = table.rows[0]!;
    const cells = formatTable(table, 'en', cellWords.en).rows[0]!.cells;
    expect(cells[1]).toBe(formatYen(row.values[1] as number, 'en'));
    expect(cells[7]).toBe(formatShare(row.values[7] as number, 'en', 1));
  });
});
