/**
 * Applying a reform package to a scenario (README, Method: Reforms). Each lever can only lower
 * costs or bring listing forward: a cap only lowers the cap, a credit only raises the credit, and
 * so on, so no package ever makes a vendor worse off than the status quo.
 */
import type { Estimate, Levers, ReformPackage, Scenario } from './schema.ts';

type Rangeable = number | Estimate;

/** Applies f to a point, or to each corner of a range (f monotone keeps the corners ordered). */
function mapValue(value: Rangeable, f: (x: number) => number): Rangeable {
  if (typeof value === 'number') return f(value);
  return { low: f(value.low), mode: f(value.mode), high: f(value.high) };
}

/** The scenario as it would be under the levers; the input is not modified. */
export function applyLevers(scenario: Scenario, levers: Levers): Scenario {
  const s = structuredClone(scenario);
  // ISMAP's reforms leave a vendor outside ISMAP as it is.
  if (s.track === 'iso27017-only') return s;
  const c = s.controls;
  if (levers.controlCap !== undefined) {
    c.cap = c.cap === null ? levers.controlCap : Math.min(c.cap, levers.controlCap);
  }
  const credit = levers.iso27001CreditShare;
  if (credit !== undefined)
    c.iso27001CreditShare = mapValue(c.iso27001CreditShare, (x) => Math.max(x, credit));
  if (levers.inheritanceAllowed) c.inheritanceAllowed = true;
  if (levers.duplicateAuditExempt) c.duplicateAuditExempt = true;
  const rotation = levers.rotationYears;
  if (rotation !== undefined)
    c.rotationYears = mapValue(c.rotationYears, (x) => Math.max(x, rotation));
  if (levers.auditFirms !== undefined) s.audit.firms = Math.max(s.audit.firms, levers.auditFirms);
  const months = levers.monthsToListing;
  if (months !== undefined) {
    s.timeline.monthsToListing = mapValue(s.timeline.monthsToListing, (x) => Math.min(x, months));
  }
  const saas = levers.saasTrack;
  if (saas && s.vendor.serviceModel === 'SaaS') {
    s.track = 'saas-light';
    c.baseline = mapValue(c.baseline, (x) => Math.min(x, saas.baselineControls));
    s.audit.fixedFeeYen = mapValue(s.audit.fixedFeeYen, (x) => x * saas.auditFixedFeeShare);
  }
  return s;
}

export function applyReform(scenario: Scenario, reform: ReformPackage): Scenario {
  return applyLevers(scenario, reform.levers);
}

/** Each lever of a package on its own, for ranking single levers. */
export function singleLevers(levers: Levers): { lever: keyof Levers; levers: Levers }[] {
  return (Object.keys(levers) as (keyof Levers)[])
    .filter((lever) => levers[lever] !== undefined)
    .map((lever) => ({ lever, levers: { [lever]: levers[lever] } as Levers }));
}
