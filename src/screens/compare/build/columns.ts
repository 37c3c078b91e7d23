/**
 * One compare column (README, Method: Tracks and comparison) as the scenario it stands for, its
 * label and its results. A column names a scenario (null: the one being edited, else a shipped one
 * by id), optionally puts it on another track, then optionally applies a reform package: scenario →
 * `withTrack` → `applyReform` → `pointReport`.
 *
 * One exception to that order: a reform package changes ISMAP, so it leaves an "ISO 27017 only"
 * column as it is. (Applied anyway, its SaaS lever would halve the ISO audit fee.)
 */
import {
  pointReport,
  reformed,
  withTrack,
  type PointReport,
  type ReformPackage,
  type Scenario,
  type Track,
  type TrackPresets,
} from '../../../engine/index.ts';
import { shippedReforms, shippedScenarios, trackPresets } from '../../../data/catalog.ts';
import type { Lang } from '../../../kits/i18n/lang.ts';
import { localized } from '../../../kits/i18n/localized.ts';
import type { CompareColumn } from '../state.ts';
import type { Words } from '../../../kits/i18n/catalogue.ts';
import type { CompareMessageKey } from '../messages.ts';

/** What a column can choose from: the shipped data unless a test says otherwise. */
export interface Catalog {
  scenarios: readonly Scenario[];
  reforms: readonly ReformPackage[];
  presets: TrackPresets;
}

export const SHIPPED: Catalog = {
  scenarios: shippedScenarios,
  reforms: shippedReforms,
  presets: trackPresets,
};

/** Most columns the view holds (the share link's schema allows no more). */
export const MAX_COLUMNS = 6;

/** Why a column shows something other than what it asks for. */
export type ColumnProblem =
  | { kind: 'missing-scenario'; id: string }
  | { kind: 'missing-reform'; id: string }
  | { kind: 'reform-ignored' };

export interface ResolvedColumn {
  column: CompareColumn;
  /** The scenario as chosen, before track and reform. */
  base: Scenario;
  /** True when `base` is the scenario being edited. */
  edited: boolean;
  /** The track the column is on: the chosen one, or the scenario's own. */
  track: Track;
  /** The reform that was applied; null when none was (or it was left out). */
  reform: ReformPackage | null;
  /** The scenario on its track, before the reform (what `report` is computed from). */
  scenario: Scenario;
  /**
   * The scenario `report` describes: on its track, under the reform. What changed between two
   * columns is split from these, so its ends are the columns' NPVs exactly.
   */
  evaluated: Scenario;
  report: PointReport;
  problems: ColumnProblem[];
}

/** Resolves one column against the edited scenario and the catalog; never throws. */
export function resolveColumn(
  column: CompareColumn,
  edited: Scenario,
  catalog: Catalog = SHIPPED,
): ResolvedColumn {
  const problems: ColumnProblem[] = [];
  const shipped =
    column.scenarioId === null
      ? undefined
      : catalog.scenarios.find((s) => s.id === column.scenarioId);
  if (column.scenarioId !== null && !shipped) {
    problems.push({ kind: 'missing-scenario', id: column.scenarioId });
  }
  const base = shipped ?? edited;
  const track: Track = column.track ?? base.track;
  const scenario = column.track === null ? base : withTrack(base, column.track, catalog.presets);

  let reform: ReformPackage | null = null;
  if (column.reformId !== null) {
    const found = catalog.reforms.find((r) => r.id === column.reformId);
    if (!found) problems.push({ kind: 'missing-reform', id: column.reformId });
    else reform = found;
    // Applied all the same (the engine leaves a vendor outside ISMAP as it is); say so.
    if (found && scenario.track === 'iso27017-only') problems.push({ kind: 'reform-ignored' });
  }

  return {
    column,
    base,
    edited: shipped === undefined,
    track,
    reform,
    scenario,
    evaluated: reformed(scenario, reform ?? undefined),
    report: pointReport(scenario, reform ?? undefined),
    problems,
  };
}

export interface LabelledColumn extends ResolvedColumn {
  /** Scenario, track and reform: 'グラファー：… ／ ISMAP なし（ISO 27017 のみ）'. */
  label: string;
  /** The label with the column's number, for charts and headers: '列2：…'. */
  name: string;
  /** The column's number alone: '列2'. */
  short: string;
}

/**
 * Every column resolved and labelled. The edited scenario is marked "(edited)" only when a
 * shipped column carries the same id, which would otherwise read the same.
 */
export function resolveColumns(
  columns: readonly CompareColumn[],
  edited: Scenario,
  lang: Lang,
  t: Words<CompareMessageKey>,
  catalog: Catalog = SHIPPED,
): LabelledColumn[] {
  const resolved = columns.map((column) => resolveColumn(column, edited, catalog));
  const ambiguous = resolved.some((r) => !r.edited && r.base.id === edited.id);
  return resolved.map((r, i) => {
    const title = localized(r.base.title, lang) + (r.edited && ambiguous ? t('editedMark') : '');
    const parts = [title, t(`track.${r.track}`)];
    if (r.reform) parts.push(localized(r.reform.title, lang));
    const label = parts.join(t('separator'));
    return {
      ...r,
      label,
      name: t('columnLabel', { n: i + 1, label }),
      short: t('columnN', { n: i + 1 }),
    };
  });
}
