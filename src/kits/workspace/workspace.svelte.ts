/**
 * The scenario being edited. The draft may hold invalid values while someone types; results
 * always come from the last draft that passed the engine's schema, so bad input never blanks
 * or corrupts them.
 */
import {
  parseScenario,
  pointReport,
  type FieldIssue,
  type PointReport,
  type Scenario,
} from '../../engine/index.ts';
import { createContext } from 'svelte';
import { locale } from '../i18n/locale.svelte.ts';

export type Path = readonly (string | number)[];

function readAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown> | undefined)?.[key],
    root,
  );
}

/** The frame sets the workspace once; the screens and the form read it. */
export const [getWorkspace, setWorkspace] = createContext<Workspace>();

export class Workspace {
  draft = $state() as Scenario;
  /** Bumped on every whole replacement (load, import), so fields drop what was being typed. */
  revision = $state(0);
  /** Remembered by the writes below (not by a derived, which must not write). */
  #lastValid = $state.raw() as Scenario;

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
    if (this.parsed.ok) this.#lastValid = this.parsed.value;
  }

  /** Replaces the whole scenario (picker, import, share link); it must already be valid. */
  load(scenario: Scenario): void {
    this.draft = structuredClone(scenario);
    this.#lastValid = scenario;
    this.revision++;
  }
}
