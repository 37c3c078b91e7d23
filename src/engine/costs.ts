/** Certification costs per year (README, Method: Costs per year), in yen. */
import type { ControlPipeline } from './controls.ts';
import type { PointScenario } from './resolve.ts';

/** Audit firms allowed today (wg4-2024-12-09, SAJ; ismap-kb0010011). */
export const AUDIT_FIRMS_TODAY = 5;

/**
 * Price response of audit fees to competition: (firms ÷ 5)^(−elasticity).
 * Example: 10 firms at elasticity 0.5 → 2^−0.5 ≈ 0.707, fees about 29 % lower.
 */
export function auditMarketFactor(firms: number, elasticity: number): number {
  return Math.pow(firms / AUDIT_FIRMS_TODAY, -elasticity);
}

export interface YearCost {
  audit: number;
  staff: number;
  operations: number;
  oneOff: number;
}

/** Year 1 is the year the work starts; certification costs stop after the withdrawal year. */
export function isCertifiedYear(p: PointScenario, year: number): boolean {
  return p.timeline.withdrawalYear === null || year <= p.timeline.withdrawalYear;
}

/** Whether the basic policy's single-cloud rule costs this vendor anything: ISMAP tracks only. */
const bindsSingleCloud = (p: PointScenario) =>
  p.operations.singleCloudRule && p.track !== 'iso27017-only';

/** Whether the ISO 27001 credit takes any control out of scope, so the ISMS must be kept. */
export const usesIsoCredit = (p: PointScenario) =>
  p.vendor.iso27001 && p.controls.iso27001OverlapShare * p.controls.iso27001CreditShare > 0;

/**
 * The fixed audit fee of a year: the management-system part (share m), which rotates over its
 * own years at renewal, plus the engagement part, which a lighter track scales down. No lever
 * touches the management part but its rotation: that is the floor no stack of levers goes under.
 * Example: ¥15M, m = 0.4, rotation 3, a lighter track at 0.5 → first year 15M × (0.4 + 0.3) =
 * ¥10.5M; renewal 15M × (0.4 ÷ 3 + 0.3) = ¥6.5M.
 */
export function fixedAuditFee(p: PointScenario, year: number): number {
  const a = p.audit;
  const management = year === 1 ? a.managementShare : a.managementShare / a.managementRotationYears;
  return a.fixedFeeYen * (management + (1 - a.managementShare) * a.engagementFeeShare);
}

/**
 * Costs of one year of the plan (1-based), in yen:
 * audit = (fixed part + per control × audited) × market factor, audited being the effort of the
 * controls in scope times the share an external audit covers (rotated at renewal);
 * staff = FTEs × cost per FTE × (1 − s + s × effort ÷ reference controls), s being the share
 * of staff effort driven by the number of controls;
 * operations = per-control running cost × effort, plus keeping the ISMS when `withIsms` (the
 * ISO 27001 credit is used) and the single-cloud premium where the rule binds; one-off costs
 * (and the move onto one cloud) in year 1. After withdrawing, only keeping ISO/IEC 27017, if
 * the vendor does.
 * Example: 2 FTE at ¥10M, s = 0.5, 250 of a reference 500 controls → 2 × 10M × 0.75 = ¥15M.
 */
export function yearCost(
  p: PointScenario,
  pipeline: ControlPipeline,
  year: number,
  withIsms = false,
): YearCost {
  if (year < 1) return { audit: 0, staff: 0, operations: 0, oneOff: 0 };
  const singleCloud = bindsSingleCloud(p);
  const oneOff =
    year === 1
      ? p.operations.oneOffYen + (singleCloud ? p.operations.singleCloudMigrationYen : 0)
      : 0;
  if (!isCertifiedYear(p, year)) {
    const keptIso = p.timeline.keepsIso27017AfterWithdrawal ? p.operations.iso27017YenPerYear : 0;
    return { audit: 0, staff: 0, operations: keptIso, oneOff };
  }
  const audited =
    (year === 1 ? pipeline.auditedFirstYear : pipeline.auditedRenewalYear) * p.audit.auditedShare;
  const audit =
    (fixedAuditFee(p, year) + p.audit.feePerControlYen * audited) *
    auditMarketFactor(p.audit.firms, p.audit.priceElasticity);
  const driven = p.staff.controlDrivenShare;
  const staffScale = 1 - driven + (driven * pipeline.effort) / p.staff.referenceControls;
  const fte = year === 1 ? p.staff.fteFirstYear : p.staff.fteLaterYears;
  const staff = fte * p.staff.costPerFteYenPerYear * staffScale;
  const operations =
    p.operations.costPerControlYenPerYear * pipeline.effort +
    (withIsms ? p.controls.ismsYenPerYear : 0) +
    (singleCloud ? p.operations.singleCloudPremiumYenPerYear : 0);
  return { audit, staff, operations, oneOff };
}

const totalOf = (c: YearCost) => c.audit + c.staff + c.operations + c.oneOff;

/**
 * The year's cost as the vendor would choose it: with the ISO 27001 credit, paying to keep the
 * ISMS, or without the credit, whichever is cheaper that year. So a larger credit never costs
 * more, and keeping the ISMS is paid only where the credit earns it back.
 */
export function chosenYearCost(
  p: PointScenario,
  credited: ControlPipeline,
  uncredited: ControlPipeline | null,
  year: number,
): YearCost {
  const withCredit = yearCost(p, credited, year, uncredited !== null);
  if (uncredited === null) return withCredit;
  const without = yearCost(p, uncredited, year);
  return totalOf(without) < totalOf(withCredit) ? without : withCredit;
}
