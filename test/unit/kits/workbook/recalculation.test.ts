/**
 * The workbook's formulas, recalculated by a real spreadsheet engine (LibreOffice), give the
 * estimator's point results for every shipped scenario, in both languages: the yearly costs,
 * revenue, net, cumulative and discounted net within ¥1, and the summary's NPV, payback and
 * break-even. Each scenario under all the reforms too: that reaches the parts of the model the
 * shipped scenarios leave at zero (the ISO 27001 credit, a cap, inheritance, the lighter track);
 * and two on other tracks and withdrawing early: credentials below ISMAP, existing business lost,
 * a track that adds no wins.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  shippedReforms,
  shippedScenario,
  shippedScenarios,
  sourceRegistry,
  trackPresets,
} from '../../../../src/data/catalog.ts';
import {
  monteCarlo,
  pointReport,
  reformed,
  withTrack,
  type PointReport,
  type Scenario,
} from '../../../../src/engine/index.ts';
import { LANGS, type Lang } from '../../../../src/kits/i18n/lang.ts';
import {
  buildWorkbookLayout,
  YEARLY_RESULTS,
  type WorkbookAnchors,
} from '../../../../src/kits/workbook/layout.ts';
import { writeWorkbook } from '../../../../src/kits/workbook/writer.ts';
import { ensureLibreOffice, recalculate } from './libreoffice.ts';

const allReforms = shippedReforms.find((r) => r.id === 'all-reforms')!;
const cases: { name: string; scenario: Scenario; lang: Lang }[] = [
  ...shippedScenarios.flatMap((scenario) =>
    LANGS.map((lang) => ({ name: `${scenario.id}-${lang}`, scenario, lang })),
  ),
  ...shippedScenarios.map((scenario) => ({
    name: `${scenario.id}-all-reforms`,
    scenario: reformed(scenario, allReforms),
    lang: 'ja' as const,
  })),
  ...['graffer-plan', 'regional-municipal-vendor'].flatMap((id) => {
    const scenario = shippedScenario(id);
    const withdrawn = structuredClone(scenario);
    withdrawn.timeline.withdrawalYear = 2;
    return [
      ...(['ismap-liu', 'iso27017-only'] as const).map((track) => ({
        name: `${id}-${track}`,
        scenario: withTrack(scenario, track, trackPresets),
        lang: 'en' as const,
      })),
      { name: `${id}-withdrawn`, scenario: withdrawn, lang: 'en' as const },
    ];
  }),
];

interface Book {
  file: string;
  report: PointReport;
  anchors: WorkbookAnchors;
  sheetNames: string[];
}

const books: Book[] = [];
let sheet: (file: string, name: string) => string[][];

beforeAll(async () => {
  const started = Date.now();
  await ensureLibreOffice();
  const installed = Date.now();
  const workdir = mkdtempSync(join(tmpdir(), 'workbook-recalc-'));
  for (const { name, scenario, lang } of cases) {
    const report = pointReport(scenario);
    const layout = buildWorkbookLayout({
      scenario,
      lang,
      sources: sourceRegistry.sources,
      report,
      monteCarlo: monteCarlo(scenario, { samples: 100, seed: 1 }),
    });
    const file = `${name}.xlsx`;
    writeFileSync(join(workdir, file), await writeWorkbook(layout.sheets));
    books.push({
      file,
      report,
      anchors: layout.anchors,
      sheetNames: layout.sheets.map((s) => s.name),
    });
  }
  sheet = await recalculate(
    workdir,
    books.map((b) => b.file),
  );
  console.info(
    `LibreOffice ready in ${installed - started} ms; ${books.length} workbooks recalculated in ${Date.now() - installed} ms`,
  );
}, 600_000);

const number = (text: string | undefined): number => {
  const value = Number(text);
  if (text === undefined || text === '' || !Number.isFinite(value)) {
    throw new Error(`expected a number, got ${JSON.stringify(text)}`);
  }
  return value;
};

describe.each(cases.map((c) => c.name))(
  'the workbook of %s, recalculated by LibreOffice',
  (name) => {
    const book = () => books.find((b) => b.file === `${name}.xlsx`)!;

    it('gives the engine’s yearly results within ¥1', () => {
      const { file, report, anchors, sheetNames } = book();
      const rows = sheet(file, sheetNames[1]!);
      const { firstYearColumn, years, rows: at } = anchors.yearly;
      expect(years).toBe(report.years.length);
      for (const key of YEARLY_RESULTS) {
        const cells = rows[at[key] - 1]!;
        report.years.forEach((year, i) => {
          const value = number(cells[firstYearColumn - 1 + i]);
          expect(
            Math.abs(value - year[key]),
            `${key}, year ${i + 1}: ${value} vs ${year[key]}`,
          ).toBeLessThanOrEqual(1);
        });
      }
    });

    it('gives the engine’s NPV, payback and break-even', () => {
      const { file, report, anchors, sheetNames } = book();
      const rows = sheet(file, sheetNames[2]!);
      const cell = (key: keyof WorkbookAnchors['summary']) => {
        const { row, column } = anchors.summary[key];
        return rows[row - 1]![column - 1];
      };
      expect(Math.abs(number(cell('npv')) - report.totals.npv)).toBeLessThanOrEqual(1);
      expect(Math.abs(number(cell('totalCost')) - report.totals.cost)).toBeLessThanOrEqual(1);
      const payback = report.totals.paybackYear;
      if (payback === null) expect(cell('payback')).not.toMatch(/^\d+$/);
      else expect(number(cell('payback'))).toBe(payback);
      const value = report.breakEven.annualContractValue;
      if (value === null) expect(cell('breakEvenValue')).not.toMatch(/^[\d.-]+$/);
      else expect(number(cell('breakEvenValue'))).toBeCloseTo(value, 0);
      const wins = report.breakEven.winsPerYear;
      if (wins === null) expect(cell('breakEvenWins')).not.toMatch(/^[\d.-]+$/);
      else expect(number(cell('breakEvenWins'))).toBeCloseTo(wins, 6);
    });
  },
);
