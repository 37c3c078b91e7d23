/**
 * The scenario being edited. The draft may hold invalid values while someone types; results
 * always come from the last draft that passed the engine's schema, so bad input never blanks
 * or corrupts them.
 *
 * A scenario that comes in whole (shipped, stored, linked, imported) was checked on its way in,
 * so it is not parsed again: the schemas load with the form (`loadValidation`), after the first
 * figures (README, Method: Speed). Only an edit makes a draft that needs them.
 */
import {
  pointReport,
  withTrack,
  type FieldIssue,
  type LocalizedText,
  type MonteCarloResult,
  type Parsed,
  type PointReport,
  type Scenario,
  type Track,
} from '../../engine/compute.ts';
import { createContext } from 'svelte';
import { trackPresets } from '../../data/catalog.ts';
import { locale } from '../i18n/locale.svelte.ts';

let validation: typeof import('./validation.ts') | undefined;

/** Loads what checks an edited draft; whatever edits the draft (the form) waits for it. */
export async function loadValidation(): Promise<void> {
  validation ??= await import('./validation.ts');
}

export type Path = readonly (string | number)[];

function readAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown> | undefined)?.[key],
    root,
  );
}

/**
 * A whole change that can still be taken back in one step: a track switch (the track left, the
 * one chosen) or a scenario picked (the titles of the one left and the one picked).
 */
export type UndoableChange =
  | { kind: 'track'; from: Track; to: Track }
  | { kind: 'scenario'; from: LocalizedText; to: LocalizedText };

/** The frame sets the workspace once; the screens and the form read it. */
export const [getWorkspace, setWorkspace] = createContext<Workspace>();

export class Workspace {
  draft = $state() as Scenario;
  /** Bumped on every whole replacement (load, import), so fields drop what was being typed. */
  revision = $state(0);
  /** Remembered by the writes below (not by a derived, which must not write). */
  #lastValid = $state.raw() as Scenario;
  /** The draft as it came in whole, while no edit has changed it: known valid, not parsed. */
  #whole = $state.raw<Scenario | null>(null);
  /** What the last undoable change replaced, while nothing else has changed the draft since. */
  #before = $state.raw<{
    draft: Scenario;
    lastValid: Scenario;
    whole: Scenario | null;
    wantsNotes: boolean;
    change: UndoableChange;
  } | null>(null);
  /**
   * Whether the draft still waits for its scenario's notes on sources: it came without them (a
   * shipped scenario, before they arrive), whatever notes an edit has given it since (a buyer
   * group's).
   */
  #wantsNotes = $state(false);

  constructor(initial: Scenario) {
    // The workspace's own copy: addNotes writes into it, and `initial` may be the catalogue's.
    const plain = structuredClone(initial);
    this.#plain = structuredClone(initial);
    this.draft = structuredClone(initial);
    this.#lastValid = plain;
    this.#whole = plain;
    this.#wantsNotes = plain.provenance === undefined;
  }

  /** Replaces the whole draft with a copy of `plain` (plain data, not reactive). */
  #replace(plain: Scenario): void {
    this.#plain = structuredClone(plain);
    this.draft = structuredClone(plain);
  }

  /**
   * The draft as plain data, kept in step by every change: what is parsed. Copying the reactive
   * draft for each keystroke was most of the keystroke's work (README, Method: Speed).
   */
  #plain: Scenario;
  /** Bumped by every edit made in place (`set`); the other changes replace the whole draft. */
  #edits = $state(0);

  // Parsed again when the language changes, so zod's messages follow it.
  readonly parsed = $derived.by((): Parsed<Scenario> => {
    const lang = locale.lang;
    void this.#edits;
    void this.draft;
    if (this.#whole) return { ok: true, value: this.#whole };
    if (!validation) throw new Error('Workspace: an edit before loadValidation() finished');
    return validation.parseDraft(this.#plain, lang);
  });

  readonly issues: FieldIssue[] = $derived(this.parsed.ok ? [] : this.parsed.issues);

  /** The last valid scenario: what every result is computed from. */
  readonly scenario: Scenario = $derived(this.parsed.ok ? this.parsed.value : this.#lastValid);

  readonly report: PointReport = $derived(pointReport(this.scenario));

  /** The last Monte Carlo a screen's worker drew, with the scenario it was drawn for. */
  #drawn = $state.raw<{ scenario: Scenario; result: MonteCarloResult } | null>(null);

  /** Kept by the screen that draws the Monte Carlo, for others to reuse (the workbook). */
  keepMonteCarlo(scenario: Scenario, result: MonteCarloResult): void {
    this.#drawn = { scenario, result };
  }

  /** The Monte Carlo of the current scenario, if one was drawn for the same values. */
  get monteCarlo(): MonteCarloResult | null {
    const drawn = this.#drawn;
    if (drawn === null) return null;
    const same =
      drawn.scenario === this.scenario ||
      JSON.stringify(drawn.scenario) === JSON.stringify(this.scenario);
    return same ? drawn.result : null;
  }

  get(path: Path): unknown {
    return readAt(this.draft, path);
  }

  /** Every edit of the draft goes through here, so the last valid scenario is kept. */
  set(path: Path, value: unknown): void {
    const parent = readAt(this.draft, path.slice(0, -1)) as Record<string | number, unknown>;
    parent[path[path.length - 1]!] = value;
    const plain = readAt(this.#plain, path.slice(0, -1)) as Record<string | number, unknown>;
    plain[path[path.length - 1]!] = $state.snapshot(value);
    this.#whole = null;
    this.#edits++;
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
    const change = { kind: 'track', from: draft.track, to: track } as const;
    const lastValid = this.#lastValid;
    const whole = this.#whole;
    this.#replace(withTrack(draft, track, trackPresets));
    this.#whole = null;
    this.#remember();
    this.#before = { draft, lastValid, whole, wantsNotes: this.#wantsNotes, change };
  }

  /** The change `undo` takes back; null once any other change was made after it. */
  get lastChange(): UndoableChange | null {
    return this.#before?.change ?? null;
  }

  /** Restores the draft and the results exactly as they were before the last undoable change. */
  undo(): void {
    const before = this.#before;
    if (before === null) return;
    this.#replace(before.draft);
    this.#lastValid = before.lastValid;
    this.#whole = before.whole;
    this.#wantsNotes = before.wantsNotes;
    this.#before = null;
    // A scenario taken back replaces every field, as loading one does.
    if (before.change.kind === 'scenario') this.revision++;
  }

  /** Replaces the whole scenario (import, share link); it must already be valid. */
  load(scenario: Scenario): void {
    // A snapshot, not structuredClone: a saved scenario may arrive as a reactive proxy.
    const plain = $state.snapshot(scenario) as Scenario;
    this.#replace(plain);
    this.#lastValid = plain;
    this.#whole = plain;
    this.#wantsNotes = plain.provenance === undefined;
    this.#before = null;
    this.revision++;
  }

  /**
   * A scenario picked from the list applies at once (it must be valid), and one step of undo
   * brings back the work it replaced, edits and invalid values included.
   */
  pick(scenario: Scenario): void {
    const draft: Scenario = $state.snapshot(this.draft);
    const lastValid = this.#lastValid;
    const whole = this.#whole;
    const wantsNotes = this.#wantsNotes;
    this.load(scenario);
    this.#before = {
      draft,
      lastValid,
      whole,
      wantsNotes,
      change: { kind: 'scenario', from: draft.title, to: scenario.title },
    };
  }

  /** Whether the draft still waits for its scenario's notes on sources (`addNotes`). */
  get wantsNotes(): boolean {
    return this.#wantsNotes;
  }

  /**
   * Gives a draft that came without notes on sources its scenario's, once they arrive (the
   * built app loads the shipped scenarios' notes after the first figures; README, Method:
   * Speed). Notes an edit gave it meanwhile (a buyer group's, chosen before they came) stay
   * over the scenario's. Not a change of the user's: undo is kept, and the results do not move.
   */
  addNotes(notes: Scenario['provenance']): void {
    if (!this.#wantsNotes || !notes) return;
    this.#wantsNotes = false;
    const provenance = { ...notes, ...this.#plain.provenance };
    this.draft.provenance = structuredClone(provenance);
    this.#plain.provenance = structuredClone(provenance);
    const whole = this.#whole;
    if (whole) {
      // The shipped notes were checked with the rest of the data: a whole draft stays whole, and
      // the same object, written into, so that nothing computed from it runs again (the key
      // figures, the decision, a Monte Carlo: all of it once more on a phone's first load, for
      // no change). What reads the notes (the form, the workbook) reads the draft or reads them
      // when asked.
      whole.provenance = structuredClone(provenance);
      return;
    }
    this.#edits++;
    if (this.parsed.ok) this.#lastValid = this.parsed.value;
  }

  /**
   * After a change of the draft: keep it as the last valid scenario if it is one, and forget the
   * last change's undo, which would now also take back this change.
   */
  #remember(): void {
    if (this.parsed.ok) this.#lastValid = this.parsed.value;
    this.#before = null;
  }
}
