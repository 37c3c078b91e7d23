/**
 * The control pipeline (SPEC 3.2): from the track's baseline to the controls in scope.
 * Each share applies to the controls still left after the step before it (the steps are taken
 * as independent), so every count stays within [0, baseline].
 */
import type { PointScenario } from './resolve.ts';

export type ControlStepId =
  | 'baseline'
  | 'not-applicable'
  | 'inherited'
  | 'already-audited'
  | 'iso27001-credit'
  | 'reform-cap';

export interface ControlStep {
  id: ControlStepId;
  label: string;
  /** Controls left after this step. */
  remaining: number;
}

export interface ControlPipeline {
  steps: ControlStep[];
  inScope: number;
  /** The first audit covers every control in scope. */
  auditedFirstYear: number;
  /** Renewal audits rotate over `rotationYears`: in scope ÷ rotation years each year. */
  auditedRenewalYear: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * Example: baseline 1,000, 20 % not applicable, hosted with 25 % inheritable and inheritance
 * allowed, no other listed service, ISO 27001 with 90 % overlap credited at 50 %, no cap,
 * rotation 3 years → 1,000 → 800 → 600 → 600 → 330 → 330; renewal audits 110 a year.
 */
export function controlPipeline(p: PointScenario): ControlPipeline {
  const c = p.controls;
  const baseline = c.baseline;
  const steps: ControlStep[] = [];
  let left = baseline;
  const step = (id: ControlStepId, label: string, removedShare: number) => {
    left = clamp(left * (1 - clamp(removedShare, 0, 1)), 0, baseline);
    steps.push({ id, label, remaining: left });
  };
  steps.push({ id: 'baseline', label: 'Baseline controls of the track', remaining: baseline });
  step('not-applicable', 'Not applicable to the service', c.notApplicableShare);
  const inherits = p.vendor.hostedOnListedPlatform && c.inheritanceAllowed;
  step('inherited', 'Inherited from a listed IaaS/PaaS', inherits ? c.inheritableShare : 0);
  const reusesAudit = p.vendor.listedServicesCount > 0 && c.duplicateAuditExempt;
  step(
    'already-audited',
    'Already audited for the vendor’s other listed services',
    reusesAudit ? c.alreadyAuditedShare : 0,
  );
  const isoCredit = p.vendor.iso27001 ? c.iso27001OverlapShare * c.iso27001CreditShare : 0;
  step('iso27001-credit', 'Credited for ISO/IEC 27001 certification', isoCredit);
  left = c.cap === null ? left : Math.min(left, c.cap);
  steps.push({ id: 'reform-cap', label: 'Capped by a reform', remaining: left });
  return {
    steps,
    inScope: left,
    auditedFirstYear: left,
    auditedRenewalYear: left / c.rotationYears,
  };
}
