/**
 * One scenario on another track (README, Method: Tracks and comparison). Switching changes only
 * what the track decides, on the cost side: the baseline count of controls, the share of the
 * fixed fee a lighter engagement costs and the share of controls an external audit covers;
 * staff follow through their control-driven share. Which deals the credential can win follows
 * from the track in the engine (credentials.ts), not from here. "ISO 27017 only" drops ISMAP
 * altogether: no ISMAP controls in scope and an ISO audit instead.
 */
import { plainCopy } from './resolve.ts';
import type { Scenario, Track, TrackPresets } from './schema.ts';

export function withTrack(input: Scenario, choice: Track, presets: TrackPresets): Scenario {
  const s = plainCopy(input);
  if (choice === 'iso27017-only') {
    const iso = presets['iso27017-only'];
    s.track = 'iso27017-only';
    s.controls.cap = 0;
    s.controls.mergedEffortKeptShare = 0;
    // The ISO audit fee below already prices the ISMS it builds on.
    s.controls.ismsYenPerYear = 0;
    // ISO bodies are a different market (about 30 of them): the ISMAP firms' price response
    // does not apply.
    s.audit = {
      fixedFeeYen: iso.auditFeeYenPerYear,
      feePerControlYen: 0,
      firms: 5,
      priceElasticity: 0,
      managementShare: 0,
      managementRotationYears: 1,
      engagementFeeShare: 1,
      auditedShare: 1,
    };
    s.staff = { ...s.staff, fteFirstYear: iso.fteFirstYear, fteLaterYears: iso.fteLaterYears };
    s.operations = { ...s.operations, costPerControlYenPerYear: 0, oneOffYen: iso.oneOffYen };
    s.timeline.monthsToListing = iso.monthsToCertificate;
    // Leaving ISMAP is not leaving ISO 27017: the certificate is kept (as Graffer did).
    s.timeline.withdrawalYear = null;
    s.timeline.keepsIso27017AfterWithdrawal = false;
    return s;
  }
  if (s.track === choice) return s;
  s.track = choice;
  s.controls.baseline = presets[choice].baseline;
  s.audit.engagementFeeShare = choice === 'ismap' ? 1 : presets[choice].auditFixedFeeShare;
  s.audit.auditedShare = choice === 'ismap-liu' ? presets['ismap-liu'].auditedShare : 1;
  return s;
}
