/**
 * The scenario as an auditable workbook (README, Exporting a workbook): its inputs, the yearly
 * calculation as formulas over them, a summary and the sources. Pure: cells as plain data, so
 * the layout is checked without a spreadsheet; writer.ts turns it into an .xlsx file.
 *
 * The formulas follow the engine step by step (src/engine/controls.ts, costs.ts, credentials.ts,
 * revenue.ts, evaluate.ts) at the likely (mode) values, so a spreadsheet recalculating them gets
 * the estimator's point results. Switches that change what is computed rather than a number
 * (whether a segment names a buyer group) shape the layout; every number, flag and the track
 * stay inputs that the formulas read.
 */
import type {
  Estimate,
  MonteCarloResult,
  PointReport,
  Provenance,
  Scenario,
  Source,
  YearRow,
} from '../../engine/index.ts';
import { wordsOf, type Words } from '../i18n/catalogue.ts';
import type { Lang } from '../i18n/lang.ts';
import { localized } from '../i18n/localized.ts';
import { fieldLabel } from '../inputs/fieldLabel.ts';
import { GROUPS, SEGMENT_FIELDS, unitOf, type Unit } from '../inputs/fields.ts';
import { INPUT_MESSAGES, type InputMessageKey } from '../inputs/inputWords.ts';
import {
  a1,
  columnName,
  onSheet,
  quoted,
  SheetBuilder,
  type Cell,
  type CellAddress,
  type CellStyle,
  type SheetLayout,
} from './cells.ts';
import { YEAR_COLUMNS } from '../persistence/files.ts';
import { WORKBOOK_MESSAGES, type WorkbookKey } from './messages.ts';

export interface WorkbookInput {
  /** The scenario as evaluated (any reform already applied). */
  scenario: Scenario;
  lang: Lang;
  sources: readonly Source[];
  /** The engine's point results: the one break-even that is not a formula comes from here. */
  report: Pick<PointReport, 'breakEven' | 'attributableWinsPerYear'>;
  monteCarlo: Pick<
    MonteCarloResult,
    'samples' | 'seed' | 'p10' | 'p50' | 'p90' | 'mean' | 'probNpvPositive'
  >;
}

/** The yearly results, one row each on the yearly sheet: the yearly table's yen columns. */
export type YearlyResult = Exclude<keyof YearRow, 'year' | 'fiscalYear'>;
export const YEARLY_RESULTS = YEAR_COLUMNS.filter(
  (column): column is YearlyResult => column !== 'year' && column !== 'fiscalYear',
);

export const SUMMARY_RESULTS = [
  'npv',
  'totalCost',
  'grossProfit',
  'lostRevenue',
  'roi',
  'payback',
  'breakEvenValue',
  'breakEvenWins',
  'p10',
  'p50',
  'p90',
] as const;
export type SummaryResult = (typeof SUMMARY_RESULTS)[number];

/** Where the results are, for readers of the file (and its tests). */
export interface WorkbookAnchors {
  /** Row of each input on the inputs sheet, by its path (`audit.fixedFeeYen`). */
  inputs: Map<string, number>;
  yearly: {
    /** Column of year 1; year t is t − 1 columns to its right. */
    firstYearColumn: number;
    years: number;
    rows: Record<YearlyResult, number>;
  };
  summary: Record<SummaryResult, CellAddress>;
}

export interface WorkbookLayout {
  sheets: SheetLayout[];
  anchors: WorkbookAnchors;
}

/** Column of the value the formulas read on the inputs sheet (the likely one). */
const MODE_COLUMN = 4;
const FIRST_YEAR_COLUMN = 3;

const title = (value: string): Cell => ({ value, style: 'title' });
const note = (value: string): Cell => ({ value, style: 'note' });
const header = (value: string): Cell => ({ value, style: 'header' });
const section = (value: string): Cell => ({ value, style: 'section' });
const label = (value: string): Cell => ({ value, style: 'label' });
const text = (value: string): Cell => ({ value, style: 'text' });
const formula = (body: string, style: CellStyle): Cell => ({ formula: body, style });

export function buildWorkbookLayout(input: WorkbookInput): WorkbookLayout {
  const w = wordsOf(WORKBOOK_MESSAGES, input.lang);
  const inputs = inputsSheet(input, w);
  const yearly = yearlySheet(input, w, inputs.ref);
  const summary = summarySheet(input, w, yearly);
  return {
    sheets: [inputs.sheet, yearly.sheet, summary.sheet, sourcesSheet(input, w)],
    anchors: {
      inputs: inputs.rows,
      yearly: {
        firstYearColumn: FIRST_YEAR_COLUMN,
        years: input.scenario.timeline.horizonYears,
        rows: yearly.results,
      },
      summary: summary.results,
    },
  };
}

// ——— Inputs ———

type InputValue = number | Estimate | boolean | string | null;

interface InputEntry {
  path: string;
  label: string;
  unit: string;
  style: CellStyle;
  value: InputValue;
}

const MARKET_UNITS: Record<string, Unit> = { reTenderCycleYears: 'years', reachShare: 'share' };

/** Every input of the scenario in the form's order: the groups, then each segment. */
function inputEntries(scenario: Scenario, lang: Lang, w: Words<WorkbookKey>): InputEntry[] {
  const iw = wordsOf(INPUT_MESSAGES, lang);
  // The form shows a bare factor without a unit; a column of units names it.
  const unitWords = (unit: Unit | null) =>
    unit === null ? '' : unit === 'factor' ? w('factor') : iw(`unit.${unit}` as InputMessageKey);
  const styleOf = (unit: Unit | null): CellStyle =>
    unit === 'share' || unit === 'ratePerYear'
      ? 'share'
      : unit?.startsWith('yen')
        ? 'yen'
        : 'number';
  const entry = (path: string, value: InputValue, labelText?: string): InputEntry => {
    const unit = unitOf(path);
    const kind = typeof value;
    return {
      path,
      label: labelText ?? fieldLabel(path, scenario, lang),
      unit:
        kind === 'boolean'
          ? w('flag')
          : value === null
            ? `${unitWords(unit)} (${w('blankIsNone')})`
            : unitWords(unit),
      style: kind === 'string' || kind === 'boolean' ? 'text' : styleOf(unit),
      value,
    };
  };
  const at = (path: readonly string[], key: string): InputValue => {
    let value: unknown = scenario;
    for (const part of [...path, key]) value = (value as Record<string, unknown>)[part];
    return value as InputValue;
  };
  const entries = GROUPS.flatMap((group) =>
    group.fields.map((field) =>
      entry([...group.path, field.key].join('.'), at(group.path, field.key)),
    ),
  );
  scenario.revenue.segments.forEach((segment, s) => {
    const base = `revenue.segments[${s}]`;
    const name = localized(segment.name, lang);
    entries.push(entry(`${base}.name`, name));
    for (const field of SEGMENT_FIELDS) {
      entries.push(
        entry(`${base}.${field.key}`, segment[field.key as keyof typeof segment] as InputValue),
      );
    }
    const market = segment.market;
    const marketLabel = `${name}: ${iw('segment.market')}`;
    // No buyer group: the opportunities are not capped by a market (shown, so that it is seen).
    if (market === null) {
      entries.push(entry(`${base}.market`, iw('segment.market.none'), marketLabel));
      return;
    }
    entries.push(entry(`${base}.market.group`, market.group, marketLabel));
    entries.push({
      ...entry(`${base}.market.buyers`, market.buyers, `${marketLabel} (${w('buyers')})`),
      unit: w('buyers'),
    });
    for (const key of ['reTenderCycleYears', 'reachShare'] as const) {
      const unit = MARKET_UNITS[key]!;
      entries.push({
        ...entry(`${base}.market.${key}`, market[key]),
        unit: unitWords(unit),
        style: styleOf(unit),
      });
    }
  });
  return entries;
}

/** Where a default came from: the source's title and note, or the assumption and its reason. */
function sourceText(
  provenance: Provenance | undefined,
  sources: readonly Source[],
  lang: Lang,
): string {
  const iw = wordsOf(INPUT_MESSAGES, lang);
  if (provenance === undefined) return iw('noSource');
  if (provenance.source !== undefined) {
    const source = sources.find((s) => s.id === provenance.source);
    const named = `${source?.title ?? provenance.source} [${provenance.source}]`;
    return provenance.note === undefined ? named : `${named}: ${localized(provenance.note, lang)}`;
  }
  const basedOn = provenance.basedOn?.length
    ? ` (${iw('basedOn')}: ${provenance.basedOn.join(', ')})`
    : '';
  return `${iw('assumption')}: ${localized(provenance.assumption ?? '', lang)}${basedOn}`;
}

function inputsSheet(input: WorkbookInput, w: Words<WorkbookKey>) {
  const { scenario, lang } = input;
  const sheet = new SheetBuilder(w('sheet.inputs'));
  sheet.add([title(w('inputs.title', { title: localized(scenario.title, lang) }))]);
  sheet.add([note(w('inputs.note'))]);
  sheet.add(
    (
      ['col.key', 'col.input', 'col.low', 'col.mode', 'col.high', 'col.unit', 'col.source'] as const
    ).map((key) => header(w(key))),
  );
  const rows = new Map<string, number>();
  for (const { path, label: labelText, unit, style, value } of inputEntries(scenario, lang, w)) {
    const number = (n: number): Cell => ({ value: n, style });
    const [low, mode, high]: [Cell | null, Cell | null, Cell | null] =
      value === null
        ? [null, null, null]
        : typeof value === 'object'
          ? [number(value.low), number(value.mode), number(value.high)]
          : typeof value === 'number'
            ? [number(value), number(value), number(value)]
            : [null, { value, style }, null];
    const source = sourceText(scenario.provenance?.[path], input.sources, lang);
    rows.set(
      path,
      sheet.add([text(path), label(labelText), low, mode, high, text(unit), text(source)]),
    );
  }
  /** The likely value of an input, as the other sheets refer to it. */
  const ref = (path: string): string => {
    const row = rows.get(path);
    if (row === undefined) throw new Error(`no input ${path} on the inputs sheet`);
    return onSheet(sheet.name, { row, column: MODE_COLUMN });
  };
  return { sheet: sheet.layout([34, 48, 14, 14, 14, 16, 90], { rows: 3, columns: 2 }), rows, ref };
}

// ——— Yearly ———

interface YearlySheet {
  sheet: SheetLayout;
  results: Record<YearlyResult, number>;
  /** The discount rate on the inputs sheet. */
  discountRate: string;
  /** The rows of discount factors and of "paid back" years. */
  discountRow: number;
  paidBackRow: number;
  totalColumn: number;
  /** Per segment: its present profit per yen of contract value and its attributable wins. */
  segmentConstants: { presentProfitPerYen: string; attributableWins: string }[];
}

function yearlySheet(
  input: WorkbookInput,
  w: Words<WorkbookKey>,
  ref: (path: string) => string,
): YearlySheet {
  const { scenario, lang } = input;
  const horizon = scenario.timeline.horizonYears;
  const sheet = new SheetBuilder(w('sheet.yearly'));
  const years = Array.from({ length: horizon }, (_, i) => i + 1);
  const column = (year: number) => FIRST_YEAR_COLUMN + year - 1;
  const totalColumn = column(horizon + 1);
  const firstColumn = columnName(column(1));
  const lastColumn = columnName(column(horizon));
  /** Year t's cell of a row. */
  const at = (row: number, year: number) => a1({ row, column: column(year) });
  /** The constant of a row (column C; with the ISO pipeline, column D is "without"). */
  const constant = (row: number, offset = 0) =>
    a1({ row, column: FIRST_YEAR_COLUMN + offset }, true);
  const span = (row: number) => `${firstColumn}${row}:${lastColumn}${row}`;
  const perYear = (
    key: WorkbookKey,
    unit: string,
    style: CellStyle,
    body: (year: number, row: number) => string,
    withTotal = false,
  ): number => {
    const row = sheet.nextRow;
    const cells = years.map((year) => formula(body(year, row), style));
    if (withTotal) cells.push(formula(`SUM(${span(row)})`, style));
    return sheet.add([label(w(key)), text(unit), ...cells]);
  };
  /** A row of constants: a formula each, or a number where one column has nothing to compute. */
  const fixed = (
    key: WorkbookKey,
    unit: string,
    style: CellStyle,
    ...bodies: (string | number)[]
  ) =>
    sheet.add([
      label(w(key)),
      text(unit),
      ...bodies.map((body) =>
        typeof body === 'number' ? { value: body, style } : formula(body, style),
      ),
    ]);
  const yen = lang === 'ja' ? '円' : '¥';
  const share = '%';
  const controls = wordsOf(INPUT_MESSAGES, lang)('unit.controls');
  const perYearUnit = wordsOf(INPUT_MESSAGES, lang)('unit.perYear');
  const I = ref;

  sheet.add([title(w('yearly.title', { title: localized(scenario.title, lang) }))]);
  sheet.add([note(w('yearly.note'))]);
  const yearRow = sheet.add([
    header(w('col.item')),
    header(w('col.unit')),
    ...years.map((year) => ({ value: year, style: 'header' as const })),
    header(w('col.total')),
  ]);
  perYear('row.fiscalYear', '', 'integer', (t, row) =>
    t === 1 ? I('timeline.startFiscalYear') : `${at(row, t - 1)}+1`,
  );
  const year = (t: number) => at(yearRow, t);

  // Controls in scope (controls.ts): each share applies to what the step before left.
  sheet.add([
    section(w('section.controls')),
    null,
    header(w('col.withCredit')),
    header(w('col.withoutCredit')),
  ]);
  const both = (body: (offset: number) => string) => [body(0), body(1)];
  const baseline = fixed('row.baseline', controls, 'number', ...both(() => I('controls.baseline')));
  const remove = (count: string, shareOf: string) =>
    `MIN(${constant(baseline)},MAX(0,${count}*(1-MIN(1,MAX(0,${shareOf})))))`;
  const afterNotApplicable = fixed(
    'row.afterNotApplicable',
    controls,
    'number',
    ...both((o) => remove(constant(baseline, o), I('controls.notApplicableShare'))),
  );
  const inheritedShare = fixed(
    'row.inheritedShare',
    share,
    'share',
    `IF(AND(${I('vendor.hostedOnListedPlatform')},${I('controls.inheritanceAllowed')}),${I('controls.inheritableShare')},0)`,
  );
  const afterInherited = fixed(
    'row.afterInherited',
    controls,
    'number',
    ...both((o) => remove(constant(afterNotApplicable, o), constant(inheritedShare))),
  );
  const reusedShare = fixed(
    'row.reusedShare',
    share,
    'share',
    `IF(AND(${I('vendor.listedServicesCount')}>0,${I('controls.duplicateAuditExempt')}),${I('controls.alreadyAuditedShare')},0)`,
  );
  const afterReused = fixed(
    'row.afterReused',
    controls,
    'number',
    ...both((o) => remove(constant(afterInherited, o), constant(reusedShare))),
  );
  const isoCredit = `${I('controls.iso27001OverlapShare')}*${I('controls.iso27001CreditShare')}`;
  const isoCreditShare = fixed(
    'row.isoCreditShare',
    share,
    'share',
    `IF(${I('vendor.iso27001')},${isoCredit},0)`,
    0,
  );
  const afterIso = fixed(
    'row.afterIso',
    controls,
    'number',
    ...both((o) => remove(constant(afterReused, o), constant(isoCreditShare, o))),
  );
  const cap = I('controls.cap');
  const inScope = fixed(
    'row.inScope',
    controls,
    'number',
    ...both((o) => `IF(${cap}="",${constant(afterIso, o)},MIN(${constant(afterIso, o)},${cap}))`),
  );
  const effort = fixed(
    'row.effort',
    controls,
    'number',
    ...both(
      (o) =>
        `${constant(inScope, o)}+${I('controls.mergedEffortKeptShare')}*(${constant(afterIso, o)}-${constant(inScope, o)})`,
    ),
  );

  // Factors (costs.ts, credentials.ts).
  sheet.add([section(w('section.factors'))]);
  const yes = w('oneIsYes');
  const usesIsoCredit = fixed(
    'row.usesIsoCredit',
    yes,
    'integer',
    `IF(AND(${I('vendor.iso27001')},${isoCredit}>0),1,0)`,
  );
  const singleCloud = fixed(
    'row.singleCloud',
    yes,
    'integer',
    `IF(AND(${I('operations.singleCloudRule')},${I('track')}<>"iso27017-only"),1,0)`,
  );
  const marketFactor = fixed(
    'row.marketFactor',
    '',
    'factor',
    `POWER(${I('audit.firms')}/5,-${I('audit.priceElasticity')})`,
  );
  const trackLevel = fixed(
    'row.trackLevel',
    '',
    'integer',
    `IF(${I('track')}="ismap",3,IF(${I('track')}="iso27017-only",1,2))`,
  );
  const levelAfter = fixed(
    'row.levelAfter',
    '',
    'integer',
    `IF(${I('timeline.keepsIso27017AfterWithdrawal')},1,0)`,
  );

  // The credential held, year by year (revenue.ts: credentialByYear).
  sheet.add([section(w('section.credential'))]);
  const withdrawal = I('timeline.withdrawalYear');
  const certified = perYear(
    'row.certified',
    yes,
    'integer',
    (t) => `IF(OR(${withdrawal}="",${year(t)}<=${withdrawal}),1,0)`,
  );
  const level = perYear(
    'row.level',
    '',
    'integer',
    (t) => `IF(${at(certified, t)}=1,${constant(trackLevel)},${constant(levelAfter)})`,
  );
  const held = perYear(
    'row.held',
    share,
    'share',
    (t) =>
      `IF(${at(certified, t)}=1,MIN(1,MAX(0,(12*${year(t)}-${I('timeline.monthsToListing')})/12)),IF(${constant(levelAfter)}>0,1,0))`,
  );

  // Costs (costs.ts: yearCost, chosenYearCost).
  sheet.add([section(w('section.costs'))]);
  const m = I('audit.managementShare');
  const fixedAuditFee = perYear(
    'row.fixedAuditFee',
    yen,
    'yen',
    (t) =>
      `${I('audit.fixedFeeYen')}*(IF(${year(t)}=1,${m},${m}/${I('audit.managementRotationYears')})+(1-${m})*${I('audit.engagementFeeShare')})`,
  );
  const costRows = (offset: 0 | 1) => {
    const keys =
      offset === 0
        ? (['row.auditedWith', 'row.auditWith', 'row.staffWith', 'row.operationsWith'] as const)
        : ([
            'row.auditedWithout',
            'row.auditWithout',
            'row.staffWithout',
            'row.operationsWithout',
          ] as const);
    const effortOf = constant(effort, offset);
    const audited = perYear(
      keys[0],
      controls,
      'number',
      (t) =>
        `IF(${year(t)}=1,${effortOf},${effortOf}/${I('controls.rotationYears')})*${I('audit.auditedShare')}`,
    );
    const audit = perYear(
      keys[1],
      yen,
      'yen',
      (t) =>
        `IF(${at(certified, t)}=1,(${at(fixedAuditFee, t)}+${I('audit.feePerControlYen')}*${at(audited, t)})*${constant(marketFactor)},0)`,
    );
    const driven = I('staff.controlDrivenShare');
    const staff = perYear(
      keys[2],
      yen,
      'yen',
      (t) =>
        `IF(${at(certified, t)}=1,IF(${year(t)}=1,${I('staff.fteFirstYear')},${I('staff.fteLaterYears')})*${I('staff.costPerFteYenPerYear')}*(1-${driven}+${driven}*${effortOf}/${I('staff.referenceControls')}),0)`,
    );
    const isms = offset === 0 ? `+${constant(usesIsoCredit)}*${I('controls.ismsYenPerYear')}` : '';
    const operations = perYear(
      keys[3],
      yen,
      'yen',
      (t) =>
        `IF(${at(certified, t)}=1,${I('operations.costPerControlYenPerYear')}*${effortOf}${isms}+${constant(singleCloud)}*${I('operations.singleCloudPremiumYenPerYear')},IF(${I('timeline.keepsIso27017AfterWithdrawal')},${I('operations.iso27017YenPerYear')},0))`,
    );
    return { audit, staff, operations };
  };
  const total = (rows: { audit: number; staff: number; operations: number }, t: number) =>
    `${at(rows.audit, t)}+${at(rows.staff, t)}+${at(rows.operations, t)}+${at(oneOff, t)}`;
  const credited = costRows(0);
  const oneOff = perYear(
    'row.oneOff',
    yen,
    'yen',
    (t) =>
      `IF(${year(t)}=1,${I('operations.oneOffYen')}+${constant(singleCloud)}*${I('operations.singleCloudMigrationYen')},0)`,
  );
  const totalWith = perYear('row.totalWith', yen, 'yen', (t) => total(credited, t));
  const uncredited = costRows(1);
  const totalWithout = perYear('row.totalWithout', yen, 'yen', (t) => total(uncredited, t));
  // The engine weighs the two only where the credit is used and keeping the ISMS costs anything.
  const withoutCheaper = perYear(
    'row.withoutCheaper',
    yes,
    'integer',
    (t) =>
      `IF(AND(${constant(usesIsoCredit)}=1,${I('controls.ismsYenPerYear')}>0,${at(totalWithout, t)}<${at(totalWith, t)}),1,0)`,
  );
  const chosen = (key: WorkbookKey, part: 'audit' | 'staff' | 'operations') =>
    perYear(
      key,
      yen,
      'yen',
      (t) => `IF(${at(withoutCheaper, t)}=1,${at(uncredited[part], t)},${at(credited[part], t)})`,
      true,
    );
  const audit = chosen('row.audit', 'audit');
  const staff = chosen('row.staff', 'staff');
  const operations = chosen('row.operations', 'operations');
  // One-off costs were added before the choice; repeated here so the four parts sit together.
  const oneOffChosen = perYear('row.oneOff', yen, 'yen', (t) => at(oneOff, t), true);
  const totalCost = perYear(
    'row.totalCost',
    yen,
    'yen',
    (t) => `${at(audit, t)}+${at(staff, t)}+${at(operations, t)}+${at(oneOffChosen, t)}`,
    true,
  );

  // Revenue, segment by segment (credentials.ts, revenue.ts).
  const segmentRows = scenario.revenue.segments.map((segment, s) => {
    const S = (key: string) => I(`revenue.segments[${s}].${key}`);
    sheet.add([section(w('section.segment', { name: localized(segment.name, lang) }))]);
    const opportunities = fixed(
      'row.opportunities',
      perYearUnit,
      'number',
      segment.market === null
        ? S('opportunitiesPerYear')
        : `MIN(${S('opportunitiesPerYear')},${S('market.buyers')}/${S('market.reTenderCycleYears')}*${S('market.reachShare')})`,
    );
    const iso = S('requiresIso27017Share');
    const liu = S('requiresLiuShare');
    const ismap = S('requiresIsmapShare');
    const openShare = fixed('row.openShare', share, 'share', `MAX(0,1-${iso}-${liu}-${ismap})`);
    const open = constant(openShare);
    const without = `${open}*${S('winRateWithout')}`;
    const lift1 = fixed(
      'row.lift1',
      w('perOpportunity'),
      'number',
      `MAX(0,(${open}+${iso})*${S('winRateWithIso27017')}-${without})`,
    );
    const lift2 = fixed(
      'row.lift2',
      w('perOpportunity'),
      'number',
      `MAX(0,(${open}+${iso}+${liu})*${S('winRateWith')}-${without})`,
    );
    const lift3 = fixed(
      'row.lift3',
      w('perOpportunity'),
      'number',
      `MAX(0,(${open}+${iso}+${liu}+${ismap})*${S('winRateWith')}-${without})`,
    );
    const liftAt = (levelRef: string) =>
      `CHOOSE(${levelRef}+1,0,${constant(lift1)},${constant(lift2)},${constant(lift3)})`;
    const attributableWins = fixed(
      'row.attributableWins',
      w('wins'),
      'number',
      `${constant(opportunities)}*${liftAt(constant(trackLevel))}`,
    );
    const presentProfitPerYenRow = sheet.add();
    const lift = perYear('row.liftThisYear', w('perOpportunity'), 'number', (t) =>
      liftAt(at(level, t)),
    );
    // Before listing, a tender may accept a listing under way: the prospect share of the lift.
    const wonShare = perYear(
      'row.wonShare',
      share,
      'share',
      (t) => `${at(held, t)}+IF(${at(held, t)}<1,${S('prospectShare')}*(1-${at(held, t)}),0)`,
    );
    const newWins = perYear(
      'row.newWins',
      w('perOpportunity'),
      'number',
      (t) => `${at(lift, t)}*${at(wonShare, t)}`,
    );
    const paidShare = perYear(
      'row.paidShare',
      share,
      'share',
      (t) => `MIN(1,MAX(0,${S('contractYears')}-(${year(t)}-1)))`,
    );
    // Year t earns from the wins of every year k ≤ t, each paid its share t − k years after.
    const profitPerOpportunity = perYear(
      'row.profitPerOpportunity',
      w('yenPerYen'),
      'number',
      (t) => {
        const terms = years
          .filter((k) => k <= t)
          .map((k) => `${at(newWins, k)}*${at(paidShare, t - k + 1)}`);
        return `${S('grossMarginShare')}*(${terms.join('+')})`;
      },
    );
    const profit = perYear(
      'row.segmentProfit',
      yen,
      'yen',
      (t) =>
        `${constant(opportunities)}*${S('contractValueYenPerYear')}*${at(profitPerOpportunity, t)}`,
      true,
    );
    const required = `${iso}+${liu}+${ismap}`;
    const lostAtRetender = perYear(
      'row.lostAtRetender',
      share,
      'share',
      (t) =>
        `${required}-${at(held, t)}*CHOOSE(${at(level, t)}+1,0,${iso},${iso}+${liu},${required})`,
    );
    const rate = S('retenderSharePerYear');
    const lostShare = perYear('row.lostShare', share, 'share', (t, row) => {
      const added = `POWER(1-${rate},${year(t)}-1)*${rate}*${at(lostAtRetender, t)}`;
      return t === 1 ? added : `${at(row, t - 1)}+${added}`;
    });
    const lost = perYear(
      'row.segmentLost',
      yen,
      'yen',
      (t) => `${S('existingRevenueYenPerYear')}*${S('grossMarginShare')}*${at(lostShare, t)}`,
      true,
    );
    return {
      opportunities,
      attributableWins,
      presentProfitPerYenRow,
      profitPerOpportunity,
      profit,
      lost,
    };
  });

  // Results (evaluate.ts: evaluatePoint).
  sheet.add([section(w('section.results'))]);
  const allSegments = (key: WorkbookKey, part: 'profit' | 'lost') =>
    perYear(
      key,
      yen,
      'yen',
      (t) => (segmentRows.length === 0 ? '0' : segmentRows.map((r) => at(r[part], t)).join('+')),
      true,
    );
  const grossProfit = allSegments('row.grossProfit', 'profit');
  const lostRevenue = allSegments('row.lostRevenue', 'lost');
  const net = perYear(
    'row.net',
    yen,
    'yen',
    (t) => `${at(grossProfit, t)}-${at(lostRevenue, t)}-${at(totalCost, t)}`,
    true,
  );
  const cumulativeNet = perYear('row.cumulativeNet', yen, 'yen', (t, row) =>
    t === 1 ? at(net, 1) : `${at(row, t - 1)}+${at(net, t)}`,
  );
  const discountRow = perYear(
    'row.discountFactor',
    '',
    'factor',
    (t) => `POWER(1+${I('timeline.discountRatePerYear')},-${year(t)})`,
  );
  const discountedNet = perYear(
    'row.discountedNet',
    yen,
    'yen',
    (t) => `${at(net, t)}*${at(discountRow, t)}`,
    true,
  );
  const paidBackRow = perYear(
    'row.paidBack',
    '',
    'integer',
    (t) => `IF(${at(cumulativeNet, t)}>=0,${year(t)},"")`,
  );

  // Now that the discount row exists: each segment's present profit per yen of contract value.
  const segmentConstants = segmentRows.map((r) => {
    const body = `${constant(r.opportunities)}*SUMPRODUCT(${span(r.profitPerOpportunity)},${span(discountRow)})`;
    sheet.rows[r.presentProfitPerYenRow - 1] = [
      label(w('row.presentProfitPerYen')),
      text(w('yenPerYen')),
      formula(body, 'number'),
    ];
    return {
      presentProfitPerYen: onSheet(sheet.name, {
        row: r.presentProfitPerYenRow,
        column: FIRST_YEAR_COLUMN,
      }),
      attributableWins: onSheet(sheet.name, { row: r.attributableWins, column: FIRST_YEAR_COLUMN }),
    };
  });

  return {
    sheet: sheet.layout([64, 10, ...years.map(() => 16), 18], { rows: yearRow, columns: 2 }),
    results: {
      audit,
      staff,
      operations,
      oneOff: oneOffChosen,
      totalCost,
      grossProfit,
      lostRevenue,
      net,
      cumulativeNet,
      discountedNet,
    },
    discountRate: I('timeline.discountRatePerYear'),
    discountRow,
    paidBackRow,
    totalColumn,
    segmentConstants,
  };
}

// ——— Summary ———

function summarySheet(input: WorkbookInput, w: Words<WorkbookKey>, yearly: YearlySheet) {
  const { scenario, lang, report, monteCarlo } = input;
  const sheet = new SheetBuilder(w('sheet.summary'));
  const yearlyName = yearly.sheet.name;
  const horizon = scenario.timeline.horizonYears;
  const range = (row: number) =>
    `${onSheet(yearlyName, { row, column: FIRST_YEAR_COLUMN })}:${a1({ row, column: FIRST_YEAR_COLUMN + horizon - 1 }, true)}`;
  const totalOf = (row: number) => onSheet(yearlyName, { row, column: yearly.totalColumn });
  const yen = lang === 'ja' ? '円' : '¥';
  const VALUE = 2;
  const results = {} as Record<SummaryResult, CellAddress>;
  const line = (key: WorkbookKey, cell: Cell, unit = '', remark = ''): CellAddress => {
    const row = sheet.add([label(w(key)), cell, text(unit), ...(remark ? [note(remark)] : [])]);
    return { row, column: VALUE };
  };
  const here = (address: CellAddress) => a1(address, true);

  sheet.add([title(w('summary.title', { title: localized(scenario.title, lang) }))]);
  sheet.add([header(w('col.item')), header(w('col.value')), header(w('col.unit'))]);
  sheet.add([section(w('summary.point'))]);
  const rows = yearly.results;
  results.npv = line(
    'summary.npv',
    formula(`NPV(${yearly.discountRate},${range(rows.net)})`, 'yen'),
    yen,
  );
  results.totalCost = line('summary.totalCost', formula(totalOf(rows.totalCost), 'yen'), yen);
  results.grossProfit = line('summary.grossProfit', formula(totalOf(rows.grossProfit), 'yen'), yen);
  results.lostRevenue = line('summary.lostRevenue', formula(totalOf(rows.lostRevenue), 'yen'), yen);
  const [cost, gross, lost] = [results.totalCost, results.grossProfit, results.lostRevenue].map(
    here,
  );
  results.roi = line(
    'summary.roi',
    formula(`IF(${cost}>0,(${gross}-${lost}-${cost})/${cost},"—")`, 'share'),
    '%',
  );
  const paidBack = range(yearly.paidBackRow);
  results.payback = line(
    'summary.payback',
    formula(`IF(COUNT(${paidBack})=0,${quoted(w('never'))},MIN(${paidBack}))`, 'integer'),
    wordsOf(INPUT_MESSAGES, lang)('unit.yearNumber'),
  );

  sheet.add([section(w('summary.breakEven'))]);
  const discount = range(yearly.discountRow);
  const presentCost = line(
    'summary.presentCost',
    formula(
      `SUMPRODUCT(${range(rows.totalCost)},${discount})+SUMPRODUCT(${range(rows.lostRevenue)},${discount})`,
      'yen',
    ),
    yen,
  );
  const presentProfit = line(
    'summary.presentProfit',
    formula(`SUMPRODUCT(${range(rows.grossProfit)},${discount})`, 'yen'),
    yen,
  );
  const sum = (refs: string[]) => (refs.length === 0 ? '0' : refs.join('+'));
  const perValue = line(
    'summary.perValue',
    formula(sum(yearly.segmentConstants.map((s) => s.presentProfitPerYen)), 'number'),
    w('yenPerYen'),
  );
  const wins = line(
    'summary.attributableWins',
    formula(sum(yearly.segmentConstants.map((s) => s.attributableWins)), 'number'),
    w('wins'),
  );
  const unreachable = quoted(w('unreachable'));
  results.breakEvenValue = line(
    'summary.breakEvenValue',
    formula(`IF(${here(perValue)}>0,${here(presentCost)}/${here(perValue)},${unreachable})`, 'yen'),
    wordsOf(INPUT_MESSAGES, lang)('unit.yenPerYear'),
  );
  // Wins scale every segment alike, so a win is worth present profit ÷ wins; when the track
  // adds none, the engine values a win from the segment mix instead, which stays its value here.
  const engineWins = report.breakEven.winsPerYear;
  results.breakEvenWins = line(
    'summary.breakEvenWins',
    report.attributableWinsPerYear > 0
      ? formula(
          `IF(AND(${here(wins)}>0,${here(presentProfit)}>0),${here(presentCost)}*${here(wins)}/${here(presentProfit)},${unreachable})`,
          'number',
        )
      : engineWins === null
        ? text(w('unreachable'))
        : { value: engineWins, style: 'number' },
    w('wins'),
    report.attributableWinsPerYear > 0 ? '' : w('summary.fromEstimator'),
  );

  sheet.add([
    section(w('summary.monteCarlo', { samples: monteCarlo.samples, seed: monteCarlo.seed })),
  ]);
  const value = (n: number, style: CellStyle): Cell => ({ value: n, style });
  line('summary.samples', value(monteCarlo.samples, 'integer'));
  line('summary.seed', value(monteCarlo.seed, 'integer'));
  results.p10 = line('summary.p10', value(monteCarlo.p10, 'yen'), yen);
  results.p50 = line('summary.p50', value(monteCarlo.p50, 'yen'), yen);
  results.p90 = line('summary.p90', value(monteCarlo.p90, 'yen'), yen);
  line('summary.mean', value(monteCarlo.mean, 'yen'), yen);
  line('summary.probPositive', value(monteCarlo.probNpvPositive, 'share'), '%');
  return { sheet: sheet.layout([64, 20, 10, 60], { rows: 2, columns: 1 }), results };
}

// ——— Sources ———

function sourcesSheet(input: WorkbookInput, w: Words<WorkbookKey>): SheetLayout {
  const sheet = new SheetBuilder(w('sheet.sources'));
  const columns = [
    'col.id',
    'col.title',
    'col.publisher',
    'col.date',
    'col.url',
    'col.confidence',
    'col.locator',
  ] as const;
  sheet.add(columns.map((key) => header(w(key))));
  for (const source of input.sources) {
    const fields = [
      source.id,
      source.title,
      source.publisher,
      source.date,
      source.url,
      source.confidence,
      source.locator,
    ];
    sheet.add(fields.map((field) => (field === undefined ? null : text(field))));
  }
  return sheet.layout([26, 70, 40, 12, 40, 10, 30], { rows: 1, columns: 1 });
}
