/**
 * Applying a reform package to a scenario (README, Method: Reforms). Each lever can only lower
 * costs, bring listing forward or widen what buyers accept: a cap only lowers the cap, a credit
 * only raises the credit, and so on, so no package ever makes a vendor worse off than the status
 * quo. A lever may carry the fiscal year it takes effect.
 */
import { npvOf } from './evaluate.ts';
import { plainCopy, resolveMode } from './resolve.ts';
import type { Estimate, Levers, ReformPackage, Scenario } from './schema.ts';
import { LEVER_KEYS } from './vocabulary.ts';

type Rangeable = number | Estimate;

/** Applies f to a point, or to each corner of a range (f monotone keeps the corners ordered). */
function mapValue(value: Rangeable, f: (x: number) => number): Rangeable {
  if (typeof value === 'number') return f(value);
  return { low: f(value.low), mode: f(value.mode), high: f(value.high) };
}

/** f over two values corner by corner; a point on both sides stays a point. */
function mapPair(a: Rangeable, b: Rangeable, f: (x: number, y: number) => number): Rangeable {
  if (typeof a === 'number' && typeof b === 'number') return f(a, b);
  const corner = (v: Rangeable, c: keyof Estimate) => (typeof v === 'number' ? v : v[c]);
  return {
    low: f(corner(a, 'low'), corner(b, 'low')),
    mode: f(corner(a, 'mode'), corner(b, 'mode')),
    high: f(corner(a, 'high'), corner(b, 'high')),
  };
}

/** The levers of a package in force in a fiscal year: undated ones always. */
export function leversInForce(reform: ReformPackage, fiscalYear: number): Levers {
  const dates = reform.effectiveFiscalYear ?? {};
  const inForce: Record<string, unknown> = {};
  for (const key of LEVER_KEYS) {
    const value = reform.levers[key];
    const from = dates[key];
    if (value !== undefined && (from === undefined || from <= fiscalYear)) inForce[key] = value;
  }
  return inForce as Levers;
}

/** The fiscal year a package's last lever takes effect, or null when none is dated. */
export function fullyInForceFrom(reform: ReformPackage): number | null {
  const years = Object.values(reform.effectiveFiscalYear ?? {});
  return years.length === 0 ? null : Math.max(...years);
}

/** The scenario as it would be under the levers; the input is not modified. */
export function applyLevers(scenario: Scenario, levers: Levers): Scenario {
  const s = plainCopy(scenario);
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
  const management = levers.managementRotationYears;
  if (management !== undefined) {
    s.audit.managementRotationYears = mapValue(s.audit.managementRotationYears, (x) =>
      Math.max(x, management),
    );
  }
  if (levers.multiCloudAllowed) s.operations.singleCloudRule = false;
  const accepted = levers.liuAcceptedShare;
  if (accepted !== undefined) {
    // Tenders that required ISMAP and now accept ISMAP-LIU (or the lighter category) move down
    // one level; the mix still adds up to what it did.
    s.revenue.segments = s.revenue.segments.map((segment) => ({
      ...segment,
      requiresLiuShare: mapPair(
        segment.requiresLiuShare,
        segment.requiresIsmapShare,
        (liu, ismap) => liu + ismap * accepted,
      ),
      requiresIsmapShare: mapValue(segment.requiresIsmapShare, (x) => x * (1 - accepted)),
    }));
  }
  const light = levers.saasTrack;
  if (!light || s.vendor.serviceModel !== 'SaaS') return s;
  // The lighter category is an offer, not an order: a SaaS vendor moves onto it when that pays
  // better at the point estimate (it may lose tenders that still require ISMAP itself).
  const moved = toLightCategory(s, light);
  return npvOf(resolveMode(moved)) > npvOf(resolveMode(s)) ? moved : s;
}

/** The scenario moved onto the lighter SaaS category a reform defines. */
export function toLightCategory(
  scenario: Scenario,
  light: NonNullable<Levers['saasTrack']>,
): Scenario {
  const s = plainCopy(scenario);
  s.track = 'saas-light';
  s.controls.baseline = mapValue(s.controls.baseline, (x) => Math.min(x, light.baselineControls));
  s.audit.engagementFeeShare = Math.min(s.audit.engagementFeeShare, light.auditFixedFeeShare);
  return s;
}

/** The scenario under the levers in force in the fiscal year its work starts. */
export function applyReform(scenario: Scenario, reform: ReformPackage): Scenario {
  return applyLevers(scenario, leversInForce(reform, scenario.timeline.startFiscalYear));
}

/** Each lever of a package on its own, for ranking single levers. */
export function singleLevers(levers: Levers): { lever: keyof Levers; levers: Levers }[] {
  return LEVER_KEYS.filter((lever) => levers[lever] !== undefined).map((lever) => ({
    lever,
    levers: { [lever]: levers[lever] } as Levers,
  }));
}
