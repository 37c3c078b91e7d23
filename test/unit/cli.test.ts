/** The command-line entry, run as a user runs it. */
import { execFile } from 'node:child_process';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

async function cli(script: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, [script, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const estimate = (...args: string[]) => cli('src/cli/estimate.ts', args);
const policy = (...args: string[]) => cli('src/cli/policy.ts', args);
const market = (...args: string[]) => cli('src/cli/market.ts', args);

describe('npm run estimate', () => {
  it('prints the documented fields', async () => {
    const out = await estimate(
      'data/scenarios/graffer-actual.json',
      '--reform',
      'data/reforms/fy2025-plan.json',
      '--samples',
      '200',
      '--seed',
      '7',
    );
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report.scenario).toEqual({ id: 'graffer-actual', reform: 'fy2025-plan' });
    expect(Object.keys(report.controls)).toEqual([
      'steps',
      'inScope',
      'effort',
      'auditedFirstYear',
      'auditedRenewalYear',
    ]);
    expect(Object.keys(report.controls.steps[0])).toEqual(['id', 'label', 'remaining']);
    expect(Object.keys(report.years[0])).toEqual([
      'year',
      'fiscalYear',
      'audit',
      'staff',
      'operations',
      'oneOff',
      'totalCost',
      'grossProfit',
      'lostRevenue',
      'net',
      'cumulativeNet',
      'discountedNet',
    ]);
    expect(Object.keys(report.totals)).toEqual([
      'cost',
      'grossProfit',
      'lostRevenue',
      'npv',
      'roi',
      'paybackYear',
    ]);
    expect(Object.keys(report.breakEven)).toEqual([
      'winsPerYear',
      'annualContractValue',
      'customers',
    ]);
    expect(report.monteCarlo).toMatchObject({ samples: 200, seed: 7 });
    expect(Object.keys(report.sensitivity[0])).toEqual(['input', 'npvLow', 'npvHigh', 'swing']);
    // The decision: every option, the scenario's own one equal to the totals, and the best.
    const options = report.options as { id: string; npv: number; probNpvPositive: number }[];
    expect(options.map((o) => o.id)).toEqual(
      expect.arrayContaining(['ismap', 'ismap-liu', 'iso27017-only', 'none', 'wait-1', 'wait-2']),
    );
    for (const option of options) {
      expect(Object.keys(option)).toEqual(['id', 'npv', 'delayYears', 'probNpvPositive']);
    }
    expect(options.find((o) => o.id === 'ismap')!.npv).toBe(report.totals.npv);
    const best = options.reduce((a, b) => (b.npv > a.npv ? b : a));
    expect(report.best).toBe(best.id);
    expect(Array.isArray(report.market)).toBe(true);
  });

  it('splits the NPV difference from one scenario to another by input group', async () => {
    const out = await estimate(
      'data/scenarios/graffer-plan.json',
      '--versus',
      'data/scenarios/graffer-actual.json',
      '--samples',
      '10',
    );
    expect(out.code).toBe(0);
    const { attribution, totals } = JSON.parse(out.stdout);
    const other = JSON.parse(
      (await estimate('data/scenarios/graffer-actual.json', '--samples', '10')).stdout,
    );
    expect(attribution.npvDelta).toBeCloseTo(other.totals.npv - totals.npv, 3);
    const groups = attribution.parts.map((p: { group: string }) => p.group);
    expect(groups).toEqual(['audit', 'staff', 'operations', 'timeline', 'revenue']);
    const sum = attribution.parts.reduce((a: number, p: { npvDelta: number }) => a + p.npvDelta, 0);
    expect(sum).toBeCloseTo(attribution.npvDelta, 3);
  });

  it('rejects an invalid scenario with exit code 2 and one line per problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ismap-cli-'));
    const file = join(dir, 'bad.json');
    const scenario = JSON.parse(
      readFileSync(join(ROOT, 'data/scenarios/graffer-plan.json'), 'utf8'),
    );
    scenario.controls.baseline = -5;
    scenario.track = 'fedramp';
    writeFileSync(file, JSON.stringify(scenario));
    const out = await estimate(file);
    expect(out.code).toBe(2);
    const lines = out.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.some((l) => l.startsWith(`${file}: controls.baseline: `))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${file}: track: `))).toBe(true);
    expect(out.stderr).not.toMatch(/\bat \S+:\d+/); // no stack trace
  });

  it('says what is wrong with the file or the arguments', async () => {
    const missing = await estimate('no/such.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such.json: cannot read the file');
    const badSamples = await estimate('data/scenarios/graffer-plan.json', '--samples', 'many');
    expect(badSamples.code).toBe(2);
    expect(badSamples.stderr).toContain('--samples');
    const noFile = await estimate();
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('usage:');
    const [noBook, french] = await Promise.all([
      estimate('data/scenarios/graffer-plan.json', '--lang', 'en'),
      estimate('data/scenarios/graffer-plan.json', '--xlsx', 'x.xlsx', '--lang', 'fr'),
    ]);
    expect(noBook.code).toBe(2);
    expect(noBook.stderr).toContain('--lang applies to the workbook');
    expect(french.code).toBe(2);
    expect(french.stderr).toContain('--lang: expected ja or en');
  });

  it('writes the scenario’s workbook with --xlsx, in --lang, and prints the same JSON', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'estimate-xlsx-')), 'book.xlsx');
    const args = ['data/scenarios/saas-startup-liu.json', '--samples', '300', '--seed', '5'];
    const [plain, withBook] = await Promise.all([
      estimate(...args),
      estimate(...args, '--xlsx', file, '--lang', 'en'),
    ]);
    expect(withBook.code).toBe(0);
    expect(withBook.stdout).toBe(plain.stdout);
    const report = JSON.parse(withBook.stdout);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Inputs', 'Yearly', 'Summary', 'Sources']);
    // The summary's percentiles are the printed Monte Carlo's, --samples and --seed included.
    const summary = book.getWorksheet('Summary')!;
    const values: unknown[] = [];
    summary.eachRow((row) => values.push(row.getCell(2).value));
    expect(values).toEqual(
      expect.arrayContaining([300, 5, report.monteCarlo.p10, report.monteCarlo.p50]),
    );
  });
});

describe('npm run policy', () => {
  it('prints the population before and after a package and ranks its levers', async () => {
    const out = await policy('--reform', 'data/reforms/fy2025-plan.json', '--samples', '100');
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report.reform).toBe('fy2025-plan');
    for (const side of [report.before, report.after]) {
      expect(Object.keys(side)).toEqual([
        'archetypes',
        'vendors',
        'certifyingVendors',
        'viableShare',
        'viableShareProbabilityWeighted',
        'firstYearBurden',
        'steadyYearBurden',
      ]);
      expect(Object.keys(side.steadyYearBurden)).toEqual([
        'audit',
        'ownEffort',
        'lostRevenue',
        'total',
      ]);
    }
    // The plan brings vendors to certify (large SaaS), whose costs then join the burden.
    expect(report.after.certifyingVendors).toBeGreaterThan(report.before.certifyingVendors);
    expect(report.after.steadyYearBurden.audit).toBeGreaterThan(
      report.before.steadyYearBurden.audit,
    );
    expect(report.levers.map((l: { lever: string }) => l.lever).sort()).toEqual([
      'controlCap',
      'duplicateAuditExempt',
      'inheritanceAllowed',
      'liuAcceptedShare',
      'monthsToListing',
    ]);
  });

  it('names an archetype whose scenario is not shipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ismap-cli-'));
    const file = join(dir, 'population.json');
    const population = JSON.parse(readFileSync(join(ROOT, 'data/population.json'), 'utf8'));
    population.archetypes[1].scenarioId = 'nowhere';
    writeFileSync(file, JSON.stringify(population));
    const out = await policy('--population', file);
    expect(out.code).toBe(2);
    expect(out.stderr.trim()).toBe(
      `${file}: archetypes[1].scenarioId: no shipped scenario "nowhere"`,
    );
  });
});

describe('npm run market', () => {
  it('prints the documented fields, from FY2020 to the year asked', async () => {
    const out = await market(
      '--package',
      'data/reforms/fy2025-plan.json',
      '--mandate',
      '0.5',
      '--mandate-from',
      '2027',
      '--until',
      '2030',
      '--draws',
      '50',
      '--seed',
      '3',
    );
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(Object.keys(report)).toEqual(['years', 'bands', 'equilibria', 'calibration']);
    expect(report.years.map((y: { fiscalYear: number }) => y.fiscalYear)).toEqual([
      2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ]);
    const categories = ['national-saas', 'municipal-small-saas', 'iaas-paas'];
    for (const year of report.years) {
      expect(Object.keys(year)).toEqual([
        'fiscalYear',
        'listedTotal',
        'listedByCategory',
        'requiredShareByCategory',
        'auditFirms',
        'monthsToListing',
        'auditFeeFactor',
        'vendorsExited',
        'tendersShortOfBidders',
        'burden',
      ]);
      expect(Object.keys(year.listedByCategory)).toEqual(categories);
      expect(Object.keys(year.requiredShareByCategory)).toEqual(categories);
      expect(Object.keys(year.burden)).toEqual(['vendorsYen', 'lostRevenueYen', 'governmentYen']);
    }
    // The mandate is a floor from its year, not before.
    const required = (fy: number) =>
      report.years.find((y: { fiscalYear: number }) => y.fiscalYear === fy).requiredShareByCategory[
        'municipal-small-saas'
      ];
    expect(required(2026)).toBeLessThan(0.5);
    expect(required(2027)).toBeGreaterThanOrEqual(0.5);
    expect(report.bands).toHaveLength(11);
    expect(Object.keys(report.bands[0])).toEqual([
      'fiscalYear',
      'listedTotal',
      'listedByCategory',
      'requiredShareByCategory',
      'auditFirms',
      'monthsToListing',
      'vendorsExited',
      'tendersShortOfBidders',
      'burden',
    ]);
    expect(Object.keys(report.bands[0].listedTotal)).toEqual(['p10', 'p50', 'p90']);
    expect(Object.keys(report.bands[0].requiredShareByCategory)).toEqual(categories);
    expect(Object.keys(report.bands[0].burden.lostRevenueYen)).toEqual(['p10', 'p50', 'p90']);
    expect(report.equilibria.length).toBeGreaterThanOrEqual(3);
    for (const e of report.equilibria) {
      expect(Object.keys(e)).toEqual(['category', 'listedShare', 'requiredShare', 'stable']);
      expect(categories).toContain(e.category);
    }
    expect(Object.keys(report.calibration)).toEqual(['points', 'meanAbsPctError']);
    expect(report.calibration.points).toHaveLength(7);
    expect(Object.keys(report.calibration.points[0])).toEqual(['date', 'observed', 'simulated']);
  });

  it('exits 2 with one line per problem, each naming its option or field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ismap-cli-'));
    const file = join(dir, 'reform.json');
    const reform = JSON.parse(readFileSync(join(ROOT, 'data/reforms/fy2025-plan.json'), 'utf8'));
    reform.levers.controlCap = -1;
    writeFileSync(file, JSON.stringify(reform));
    const out = await market(
      '--package',
      file,
      '--mandate',
      '2',
      '--mandate-from',
      '1999',
      '--draws',
      'x',
    );
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toEqual([
      `${file}: levers.controlCap: Too small: expected number to be >=0`,
      '--mandate: expected a share from 0 to 1, got "2"',
      '--mandate-from: expected a fiscal year from 2020 to 2060, got "1999"',
      '--draws: expected a whole number from 0 to 100000, got "x"',
    ]);
  });

  it('asks for the mandate and its year together', async () => {
    const out = await market('--mandate', '0.5');
    expect(out.code).toBe(2);
    expect(out.stderr.trim()).toBe('--mandate and --mandate-from: give both or neither');
  });
});
