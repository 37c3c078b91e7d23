/**
 * One scenario on another track, for the compare view. Switching changes only what the track
 * decides: the baseline count of controls (and the lighter category's audit fee); staff follow
 * through their control-driven share. "ISO 27017 only" drops ISMAP altogether: no ISMAP
 * controls in scope, an ISO audit instead, and only the deals that do not require ISMAP, where
 * the certificate still lifts the win rate as the listing would (an assumption).
 */
import type { Estimate, Scenario, Track, TrackPresets } from './schema.ts';

type Rangeable = number | Estimate;

const scale = (value: Rangeable, factor: number): Rangeable =>
  typeof value === 'number'
    ? value * factor
    : { low: value.low * factor, mode: value.mode * factor, high: value.high * factor };

export function withTrack(input: Scenario, choice: Track, presets: TrackPresets): Scenario {
  const s = structuredClone(input);
  if (choice === 'iso27017-only') {
    const iso = presets['iso27017-only'];
    s.track = 'iso27017-only';
    s.controls.cap = 0;
    // ISO bodies are a different market (about 30 of them): the ISMAP firms' price response
    // does not apply.
    s.audit = {
      fixedFeeYen: iso.auditFeeYenPerYear,
      feePerControlYen: 0,
      firms: 5,
      priceElasticity: 0,
    };
    s.staff = { ...s.staff, fteFirstYear: iso.fteFirstYear, fteLaterYears: iso.fteLaterYears };
    s.operations = { costPerControlYenPerYear: 0, oneOffYen: iso.oneOffYen };
    s.timeline.monthsToListing = iso.monthsToCertificate;
    // Leaving ISMAP is not leaving ISO 27017: the certificate is kept (as Graffer did).
    s.timeline.withdrawalYear = null;
    s.revenue.segments = s.revenue.segments.map((segment) => ({
      ...segment,
      // Deals that require ISMAP are out of reach: keep the others, lifted as before.
      opportunitiesPerYear: scale(
        segment.opportunitiesPerYear,
        1 -
          (typeof segment.requiredShare === 'number'
            ? segment.requiredShare
            : segment.requiredShare.mode),
      ),
      requiredShare: 0,
    }));
    return s;
  }
  if (s.track === choice) return s;
  s.track = choice;
  s.controls.baseline = presets[choice].baseline;
  if (choice === 'saas-light') {
    s.audit.fixedFeeYen = scale(s.audit.fixedFeeYen, presets['saas-light'].auditFixedFeeShare);
  }
  return s;
}
