/**
 * What every lab table is built from: the population and packages, the point results (always
 * current) and the latest Monte Carlo answer (possibly a moment old while the worker runs).
 */
import type {
  Population,
  PopulationResult,
  Provenance,
  ReformPackage,
} from '../../../engine/index.ts';
import type { Lang } from '../../../kits/i18n/lang.ts';
import { sourceTitle } from '../../../data/notes.svelte.ts';
import { localized } from '../../../kits/i18n/localized.ts';
import { afterPackage, type LabResult } from './computeLab.ts';
import type { Words } from '../../../kits/i18n/catalogue.ts';
import type { LabMessageKey } from '../messages.ts';

export interface LabView {
  population: Population;
  packages: readonly ReformPackage[];
  /** The chosen package's id. */
  selected: string;
  /** Point values (no samples) for the population and packages above. */
  point: LabResult;
  /** The latest Monte Carlo answer, null before the first. */
  monteCarlo: LabResult | null;
  lang: Lang;
  t: Words<LabMessageKey>;
}

export function packageTitle(view: Pick<LabView, 'packages' | 'lang'>, reformId: string): string {
  const reform = view.packages.find((p) => p.id === reformId);
  return reform ? localized(reform.title, view.lang) : reformId;
}

export function archetypeTitle(
  view: Pick<LabView, 'population' | 'lang'>,
  archetypeId: string,
): string {
  const archetype = view.population.archetypes.find((a) => a.id === archetypeId);
  return archetype ? localized(archetype.title, view.lang) : archetypeId;
}

/**
 * The Monte Carlo's population result before any reform (reformId null) or after a package;
 * null when there is no answer yet or the answer predates that package (a new custom one).
 */
export function monteCarloResult(
  view: Pick<LabView, 'monteCarlo'>,
  reformId: string | null,
): PopulationResult | null {
  const mc = view.monteCarlo;
  if (!mc || mc.samples === 0) return null;
  if (reformId === null) return mc.before;
  return mc.after.some((a) => a.reform === reformId) ? afterPackage(mc, reformId) : null;
}

/** A default's provenance in one line: "Assumption: … (based on …)" or "<source>: <note>". */
export function provenanceText(
  provenance: Provenance | undefined,
  lang: Lang,
  t: (key: 'assumption' | 'basedOn' | 'noSource') => string,
): string {
  if (!provenance) return t('noSource');
  if (provenance.source) {
    const title = sourceTitle(provenance.source);
    return provenance.note ? `${title}: ${localized(provenance.note, lang)}` : title;
  }
  const based = provenance.basedOn?.length
    ? ` (${t('basedOn')}: ${provenance.basedOn.map(sourceTitle).join(' / ')})`
    : '';
  const assumption = provenance.assumption ? localized(provenance.assumption, lang) : '';
  return `${t('assumption')}: ${assumption}${based}`;
}

/** A lab table's CSV file name. */
export const csvFileName = (table: { id: string }) => `ismap-policy-lab-${table.id}.csv`;
