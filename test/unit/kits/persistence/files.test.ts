// @vitest-environment jsdom
/** Files: export → import gives the same scenario; CSV is RFC 4180 and safe to open. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shippedScenario, shippedScenarios } from '../../../../src/data/catalog.ts';
import type { YearRow } from '../../../../src/engine/index.ts';
import { yen } from '../../units.ts';
import { evaluatePoint } from '../../../../src/engine/evaluate.ts';
import { resolveMode } from '../../../../src/engine/resolve.ts';
import { readScenarioFile } from '../../../../src/kits/persistence/envelope.ts';
import {
  downloadText,
  REVOKE_AFTER_MS,
  scenarioToJson,
  toCsv,
  yearsToCsv,
} from '../../../../src/kits/persistence/files.ts';

const graffer = shippedScenario('graffer-actual');
const BOM = '\uFEFF';

function jsonFile(text: string, name = 'scenario.json'): File {
  return new File([text], name, { type: 'application/json' });
}

async function issuesOf(file: Blob) {
  const parsed = await readScenarioFile(file);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? [] : parsed.issues;
}

describe('scenario JSON files', () => {
  it.each(shippedScenarios.map((s) => [s.id, s] as const))(
    'exports %s and imports it back unchanged',
    async (_id, scenario) => {
      const text = scenarioToJson(scenario, new Date('2025-04-01T00:00:00Z'));
      expect(text).toMatch(/^\{\n {2}"format": "ismap-estimator",\n {2}"version": 1,/);
      expect(await readScenarioFile(jsonFile(text))).toEqual({
        ok: true,
        value: { scenario, migratedFrom: null },
      });
    },
  );

  it('imports a bare scenario file with a byte-order mark', async () => {
    const file = jsonFile(`${BOM}${JSON.stringify(graffer)}`);
    expect(await readScenarioFile(file)).toEqual({
      ok: true,
      value: { scenario: graffer, migratedFrom: null },
    });
  });

  it('names the one bad field of an imported file', async () => {
    const text = scenarioToJson(graffer).replace('"iso27001": true', '"iso27001": "yes"');
    expect(text).toContain('"iso27001": "yes"');
    const issues = await issuesOf(jsonFile(text));
    expect(issues.map((i) => i.path)).toEqual(['scenario.vendor.iso27001']);
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const big = new Blob([' '.repeat(1_000_001)]);
    const read = vi.spyOn(big, 'text');
    expect(await issuesOf(big)).toMatchObject([
      { path: '', message: 'too large: 1000001 bytes; the limit is 1 MB (1000000 bytes)' },
    ]);
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses a file that is not JSON, or hostile', async () => {
    expect((await issuesOf(jsonFile('<html>')))[0]!.message).toMatch(/^not valid JSON/);
    const hostile = scenarioToJson(graffer).replace('"vendor": {', '"vendor": {"constructor": {},');
    expect((await issuesOf(jsonFile(hostile))).map((i) => i.path)).toEqual([
      'scenario.vendor.constructor',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports a file that cannot be read', async () => {
    const unreadable = new Blob(['{}']);
    vi.spyOn(unreadable, 'text').mockRejectedValue(new DOMException('gone', 'NotReadableError'));
    expect(await issuesOf(unreadable)).toMatchObject([
      { path: '', message: 'the file could not be read' },
    ]);
  });
});

describe('downloadText', () => {
  const { createObjectURL, revokeObjectURL } = URL; // jsdom has neither; tests put in fakes
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('clicks a temporary download link, then revokes its URL', async () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test/1';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });

    expect(downloadText('年次.csv', 'a,b\r\n', 'text/csv;charset=utf-8')).toBe(true);

    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('年次.csv');
    expect(clicked[0]!.href).toBe('blob:test/1');
    expect(document.querySelector('a')).toBeNull(); // removed again
    expect(created[0]!.type).toBe('text/csv;charset=utf-8');
    expect(await created[0]!.text()).toBe('a,b\r\n');
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
  });

  it('returns false when the browser cannot make the URL', () => {
    URL.createObjectURL = vi.fn(() => {
      throw new Error('not supported');
    });
    expect(downloadText('x.json', '{}', 'application/json')).toBe(false);
  });
});

describe('CSV', () => {
  it('starts with a byte-order mark and ends each line with CRLF', () => {
    expect(toCsv(['年', '費用'], [[1, 2]])).toBe(`${BOM}年,費用\r\n1,2\r\n`);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['-5', "'-5"], // text that looks like a number is still text
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("http://x","a,b")', `"'=HYPERLINK(""http://x"",""a,b"")"`],
    ['＝SUM(A1)', "'＝SUM(A1)"],
    ['a=b', 'a=b'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['', ''],
  ])('writes the text %j as %j', (text, cell) => {
    expect(toCsv([text], [])).toBe(`${BOM}${cell}\r\n`);
  });

  it('keeps numbers numbers: negative, fractional, no separators, never quoted', () => {
    expect(toCsv(['n'], [[-5], [1234567], [-0.25], [0], [-0], [1e21]])).toBe(
      `${BOM}n\r\n-5\r\n1234567\r\n-0.25\r\n0\r\n0\r\n1e+21\r\n`,
    );
  });

  it('writes a number that is not finite as an empty cell', () => {
    expect(toCsv(['a', 'b', 'c'], [[NaN, Infinity, -Infinity]])).toBe(`${BOM}a,b,c\r\n,,\r\n`);
  });

  const HEADERS: Record<keyof YearRow, string> = {
    year: '年',
    fiscalYear: '年度',
    audit: '監査',
    staff: '人件費',
    operations: '運用',
    oneOff: '初期費用',
    totalCost: '費用合計',
    grossProfit: '粗利',
    lostRevenue: '失った既存取引',
    net: '純額',
    cumulativeNet: '累積純額',
    discountedNet: '割引後純額',
  };

  it('writes the yearly table in yen rounded to whole yen', () => {
    const years = evaluatePoint(resolveMode(graffer)).years;
    const lines = yearsToCsv(years, HEADERS).slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '年,年度,監査,人件費,運用,初期費用,費用合計,粗利,失った既存取引,純額,累積純額,割引後純額',
    );
    expect(lines).toHaveLength(years.length + 2); // header, one line a year, the final CRLF
    years.forEach((row, i) => {
      const cells = lines[i + 1]!.split(',').map(Number);
      expect(cells[0]).toBe(row.year);
      expect(cells[1]).toBe(row.fiscalYear);
      expect(cells[6]).toBe(Math.round(row.totalCost));
      expect(cells[11]).toBe(Math.round(row.discountedNet));
      cells.slice(1).forEach((cell) => expect(Number.isInteger(cell)).toBe(true));
    });
  });

  it('writes negative yen as plain negative numbers, and neutralises hostile headers', () => {
    const row: YearRow = {
      year: 1,
      fiscalYear: 2026,
      audit: yen(1.4),
      staff: yen(2.5),
      operations: yen(0),
      oneOff: yen(0),
      totalCost: yen(3.9),
      grossProfit: yen(0),
      lostRevenue: yen(0),
      net: yen(-12_345_678.6),
      cumulativeNet: yen(-0.4),
      discountedNet: yen(-5),
    };
    const csv = yearsToCsv([row], { ...HEADERS, net: '=1+1' });
    expect(csv).toBe(
      `${BOM}年,年度,監査,人件費,運用,初期費用,費用合計,粗利,失った既存取引,'=1+1,累積純額,割引後純額\r\n` +
        '1,2026,1,3,0,0,4,0,0,-12345679,0,-5\r\n',
    );
  });
});
