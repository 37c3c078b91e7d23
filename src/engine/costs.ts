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

/**
 * Costs of one year (1-based), in yen:
 * audit = (fixed + per control × audited) × market factor;
 * staff = FTEs × cost per FTE × (1 − s + s × in scope ÷ reference controls), s being the share
 * of staff effort driven by the number of controls;
 * operations = per-control running cost × in scope; one-off costs in year 1.
 * Example: 2 FTE at ¥10M, s = 0.5, 250 of a reference 500 controls → 2 × 10M × 0.75 = ¥15M.
 */
export function yearCost(p: PointScenario, pipeline: ControlPipeline, year: number): YearCost {
  const oneOff = year === 1 ? p.operations.oneOffYen : 0;
  if (!isCertifiedYear(p, year)) return { audit: 0, staff: 0, operations: 0, oneOff };
  const audited = year === 1 ? pipeline.auditedFirstYear : pipeline.auditedRenewalYear;
  const audit =
    (p.audit.fixedFeeYen + p.audit.feePerControlYen * audited) *
    auditMarketFactor(p.audit.firms, p.audit.priceElasticity);
  const driven = p.staff.controlDrivenShare;
  const staffScale = 1 - driven + (driven * pipeline.inScope) / p.staff.referenceControls;
  const fte = year === 1 ? p.staff.fteFirstYear : p.staff.fteLaterYears;
  const staff = fte * p.staff.costPerFteYenPerYear * staffScale;
  const operations = p.operations.costPerControlYenPerYear * pipeline.inScope;
  return { audit, staff, operations, oneOff };
}
