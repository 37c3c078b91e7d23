/**
 * The scenario being edited. The draft may hold invalid values while someone types; results
 * always come from the last draft that passed the engine's schema, so bad input never blanks
 * or corrupts them.
 */
import {
  parseScenario,
  pointReport,
  withTrack,
  type FieldIssue,
  type PointReport,
  type Scenario,
  type Track,
} from '../../engine/index.ts';
import { createContext } from 'svelte';
import { trackPresets } from '../../data/catalog.ts';
import { locale } from '../i18n/locale.svelte.ts';

export type Path = readonly (string | number)[];

function readAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown> | undefined)?.[key],
    root,
  );
}

/** A track switch that can still be taken back: the track left, the one chosen. */
export interface TrackSwitch {
  from: Track;
  to: Track;
}

/** The frame sets the workspace once; the screens and the form read it. */
export const [getWorkspace, setWorkspace] = createContext<Workspace>();

export class Workspace {
  draft = $state() as Scenario;
  /** Bumped on every whole replacement (load, import), so fields drop what was being typed. */
  revision = $state(0);
  /** Remembered by the writes below (not by a derived, which must not write). */
  #lastValid = $state.raw() as Scenario;
  /** What the last track switch replaced, while nothing else has changed the draft since. */
  #beforeSwitch = $state.raw<{ draft: Scenario; lastValid: Scenario; change: TrackSwitch } | null>(
    null,
  );

  constructor(initial: Scenario) {
    this.draft = structuredClone(initial);
    this.#lastValid = initial;
  }

  // Parsed again when the language changes, so zod's messages (set by the language switch)
  // follow it.
  readonly parsed = $derived.by(() => {
    void locale.lang;
    return parseScenario($state.snapshot(this.draft));
  });

  readonly issues: FieldIssue[] = $derived(this.parsed.ok ? [] : this.parsed.issues);

  /** The last valid scenario: what every result is computed from. */
  readonly scenario: Scenario = $derived(this.parsed.ok ? this.parsed.value : this.#lastValid);

  readonly report: PointReport = $derived(pointReport(this.scenario));

  get(path: Path): unknown {
    return readAt(this.draft, path);
  }

  /** Every edit of the draft goes through here, so the last valid scenario is kept. */
  set(path: Path, value: unknown): void {
    const parent = readAt(this.draft, path.slice(0, -1)) as Record<string | number, unknown>;
    parent[path[path.length - 1]!] = value;
    this.#remember();
  }

  /**
   * Puts the draft on another track the way the compare view does (the engine's `withTrack`):
   * the baseline, the audit's shares and, for "ISO 27017 only", the whole cost side change with
   * it. Applied to the draft, not to the last valid scenario, so that an input still being
   * corrected is neither lost nor taken as valid: the results follow once it is.
   */
  switchTrack(track: Track): void {
    const draft: Scenario = $state.snapshot(this.draft);
    if (track === draft.track) return;
    const change = { from: draft.track, to: track };
    const lastValid = this.#lastValid;
    this.draft = withTrack(draft, track, trackPresets);
    this.#remember();
    this.#beforeSwitch = { draft, lastValid, change };
  }

  /** The track switch `undo` takes back; null once any other change was made after it. */
  get lastSwitch(): TrackSwitch | null {
    return this.#beforeSwitch?.change ?? null;
  }

  /** Restores the draft and the results exactly as they were before the last track switch. */
  undo(): void {
    const before = this.#beforeSwitch;
    if (before === null) return;
    this.draft = structuredClone(before.draft);
    this.#lastValid = before.lastValid;
    this.#beforeSwitch = null;
  }

  /** Replaces the whole scenario (picker, import, share link); it must already be valid. */
  load(scenario: Scenario): void {
    this.draft = structuredClone(scenario);
    this.#lastValid = scenario;
    this.#beforeSwitch = null;
    this.revision++;
  }

  /**
   * After a change of the draft: keep it as the last valid scenario if it is one, and forget the
   * track switch's undo, which would now also take back this change.
   */
  #remember(): void {
    if (this.parsed.ok) this.#lastValid = this.parsed.value;
    this.#beforeSwitch = null;
  }
}
