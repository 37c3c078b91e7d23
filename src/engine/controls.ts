/**
 * The control pipeline (README, Method: Controls in scope): from the track's baseline to the
 * controls in scope. Each share applies to the controls still left after the step before it (the
 * steps are taken as independent), so every count stays within [0, baseline].
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
  /**
   * Controls' worth of effort: the controls in scope plus, for those a cap removed by merging,
   * the share of effort a merged control keeps. Costs follow the effort, counts the scope.
   */
  effort: number;
  /** The first audit covers the effort of every control in scope. */
  auditedFirstYear: number;
  /** Renewal audits rotate over `rotationYears`: effort ÷ rotation years each year. */
  auditedRenewalYear: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * Example: baseline 1,000, 20 % not applicable, hosted with 25 % inheritable and inheritance
 * allowed, no other listed service, ISO 27001 with 90 % overlap credited at 50 %, no cap,
 * rotation 3 years → 1,000 → 800 → 600 → 600 → 330 → 330; renewal audits 110 a year. A cap of
 * 200 with 40 % of a merged control's effort kept → 200 in scope, 200 + 0.4 × 130 = 252 of effort.
 */
export function controlPipeline(p: PointScenario, isoCreditUsed = true): ControlPipeline {
  const c = p.controls;
  const v = p.vendor;
  const baseline = c.baseline;
  const inherited = v.hostedOnListedPlatform && c.inheritanceAllowed ? c.inheritableShare : 0;
  const reused = v.listedServicesCount > 0 && c.duplicateAuditExempt ? c.alreadyAuditedShare : 0;
  const isoCredit =
    v.iso27001 && isoCreditUsed ? c.iso27001OverlapShare * c.iso27001CreditShare : 0;
  const afterNotApplicable = remove(baseline, c.notApplicableShare, baseline);
  const afterInherited = remove(afterNotApplicable, inherited, baseline);
  const afterReused = remove(afterInherited, reused, baseline);
  const afterIso = remove(afterReused, isoCredit, baseline);
  const inScope = c.cap === null ? afterIso : Math.min(afterIso, c.cap);
  const effort = inScope + c.mergedEffortKeptShare * (afterIso - inScope);
  return {
    steps: [
      { id: 'baseline', label: 'Baseline controls of the track', remaining: baseline },
      {
        id: 'not-applicable',
        label: 'Not applicable to the service',
        remaining: afterNotApplicable,
      },
      { id: 'inherited', label: 'Inherited from a listed IaaS/PaaS', remaining: afterInherited },
      {
        id: 'already-audited',
        label: 'Already audited for the vendor’s other listed services',
        remaining: afterReused,
      },
      {
        id: 'iso27001-credit',
        label: 'Credited for ISO/IEC 27001 certification',
        remaining: afterIso,
      },
      { id: 'reform-cap', label: 'Capped by a reform', remaining: inScope },
    ],
    inScope,
    effort,
    auditedFirstYear: effort,
    auditedRenewalYear: effort / c.rotationYears,
  };
}

/** What is left after removing a share of `count`, kept within [0, baseline]. */
function remove(count: number, share: number, baseline: number): number {
  return clamp(count * (1 - clamp(share, 0, 1)), 0, baseline);
}
