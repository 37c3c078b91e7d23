/**
 * Keeping the work: where the first scenario comes from (share link, then autosave, then a
 * shipped one), autosave of every valid change, the user's saved scenarios, share links, and
 * the notices that say what was refused and why, or that a new version of the app is ready. A
 * refused document never touches the work.
 */
import { loadScenarioNotes, loadSources, withoutProvenance } from '../data/notes.svelte.ts';
import { describeIssues, type FieldIssue, type Scenario } from '../engine/compute.ts';
import { locale } from '../kits/i18n/locale.svelte.ts';
import { localized } from '../kits/i18n/localized.ts';
import type { SavedScenario } from '../kits/persistence/autosave.ts';
import { downloadBlob } from '../kits/persistence/files.ts';
import { holdsShareState } from '../kits/persistence/shareLink.ts';
import { holdsStoredWork, probeStorage } from '../kits/persistence/storage.ts';
import type { AppShareStateSchema } from './shareState.ts';
import type { Views } from './views.svelte.ts';
import type { Workspace } from '../kits/workspace/workspace.svelte.ts';

export type NoticeKind =
  | 'linkRefused'
  | 'storedRefused'
  | 'savedRefused'
  | 'savedCleared'
  | 'importRefused'
  | 'imported'
  | 'migrated'
  | 'saved'
  | 'linkReady'
  | 'storageFull'
  | 'offlineReady'
  | 'updateReady'
  | 'workbookFailed';

export interface Notice {
  kind: NoticeKind;
  /** One line per problem: the field's path and what is expected. */
  details: string[];
  tone: 'error' | 'info';
  /** The unreadable stored value the notice is about, which it offers to delete. */
  unreadable?: Unreadable;
  /** Reloads the page into the new version the notice announces. */
  reload?: () => void;
}

/** What is stored: the autosaved work, or the list of saved scenarios. */
export type Unreadable = 'work' | 'saved';

const AUTOSAVE_SETTLE_MS = 300;

/** What reads and writes the user's data, with the schema a share link is read against. */
export type Store = typeof import('./store.ts') & { appShareState: AppShareStateSchema };
let store: Store | undefined;

/**
 * The store (src/app/store.ts): zod, the schemas and lz-string, which only reading or writing
 * the user's data needs. A first visit has none to read: its first figures come without them
 * (README, Method: Speed).
 */
export async function loadStore(): Promise<Store> {
  if (!store) {
    const module = await import('./store.ts');
    store = { ...module, appShareState: await module.loadAppShareState() };
  }
  return store;
}

/** Whether the page opens on data to read, a share link or stored work: then `loadStore()` first. */
export const storeNeededAtStart = (): boolean =>
  holdsShareState(location.hash) || holdsStoredWork();

export class Session {
  notices = $state<Notice[]>([]);
  /** False when the browser will not store anything: the app works, autosave does not. */
  autosaveOn = $state(true);
  saved = $state<SavedScenario[]>([]);
  shareUrl = $state('');
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The scenario autosave is waiting to write. */
  #pending: Scenario | undefined;
  /**
   * The scenario the page opened on, shipped or stored, while it is unchanged: not written, as the
   * next visit opens on it anyway, and a first visit then never needs the store.
   */
  #openedOn: Scenario | undefined;

  constructor(
    private readonly workspace: Workspace,
    private readonly views: Views,
  ) {}

  /**
   * The scenario to open with; called once, before anything is autosaved, and after
   * `loadStore()` when `storeNeededAtStart()` (src/app/main.ts).
   */
  start(fallback: Scenario): Scenario {
    this.autosaveOn = probeStorage().ok;
    const { scenario, fromLink } = this.#opening(fallback);
    // A link's scenario is written at once, as any change is; the others are stored already, or
    // shipped.
    this.#openedOn = fromLink ? undefined : scenario;
    return scenario;
  }

  #opening(fallback: Scenario): { scenario: Scenario; fromLink: boolean } {
    if (!store) {
      if (storeNeededAtStart()) throw new Error('Session.start: loadStore() has not finished');
      return { scenario: fallback, fromLink: false };
    }
    store.useZodLocale(locale.lang);
    this.#refreshSaved(store);
    const shared = store.decodeShareHash(location.hash, store.appShareState);
    if (shared?.ok) {
      locale.set(shared.value.state.lang);
      this.views.restore(shared.value.state);
      this.noteMigration(shared.value.migratedFrom);
      // Without its notes on sources: the app gives a shipped scenario its own (App.svelte).
      return { scenario: shared.value.state.scenario, fromLink: true };
    }
    if (shared) this.refuse('linkRefused', shared.issues);
    const work = store.loadWork();
    if (work.ok && work.scenario) {
      this.noteMigration(work.migratedFrom);
      return { scenario: work.scenario, fromLink: false };
    }
    if (!work.ok && work.reason === 'invalid') {
      this.refuse('storedRefused', work.issues, { unreadable: 'work' });
    }
    return { scenario: fallback, fromLink: false };
  }

  /** The store, with zod's messages in the UI language for what it reads. */
  async #store(): Promise<Store> {
    const loaded = await loadStore();
    loaded.useZodLocale(locale.lang);
    return loaded;
  }

  /** Saves the last valid scenario a moment after the last change. */
  autosave(scenario: Scenario): void {
    // The notes on sources arrive after the first figures (App.svelte): no change of the user's.
    const opened = this.#openedOn;
    if (opened && sameNumbers(scenario, opened)) return;
    this.#openedOn = undefined;
    clearTimeout(this.#timer);
    this.#pending = scenario;
    // Loading for the write in the time the change settles; `flush` says if it cannot load.
    loadStore().catch(() => undefined);
    this.#timer = setTimeout(() => this.flush(), AUTOSAVE_SETTLE_MS);
  }

  /**
   * Saves a waiting autosave now: the page is going away (a reload, a new version, closing). The
   * store is loaded with the first change; a write that finds it still loading waits for it.
   */
  flush(): void {
    clearTimeout(this.#timer);
    const scenario = this.#pending;
    if (!scenario) return;
    if (!store) {
      loadStore().then(
        () => this.flush(),
        () => (this.autosaveOn = false), // the network gone before the store came
      );
      return;
    }
    this.#pending = undefined;
    const result = store.saveWork(scenario);
    this.autosaveOn = result.ok;
    if (!result.ok && result.reason === 'full') this.notify('storageFull', 'error');
  }

  /** The app's files are kept in this browser: it opens with no network from now on. */
  noteOfflineReady(): void {
    this.notify('offlineReady', 'info');
  }

  /** A new version is downloaded and waits; `reload` switches this page to it. */
  offerUpdate(reload: () => void): void {
    this.notify('updateReady', 'info', [], { reload });
  }

  /** A link that opens this scenario, in this language, in any browser. */
  async share(): Promise<string> {
    const store = await this.#store();
    const hash = store.encodeShareHash({
      scenario: withoutProvenance(this.workspace.scenario),
      lang: locale.lang,
      ...this.views.snapshot(),
    });
    history.replaceState(null, '', hash);
    this.shareUrl = location.href;
    this.notify('linkReady', 'info');
    return this.shareUrl;
  }

  /** Opens a share link pasted into this tab's address bar. */
  async openHash(hash: string): Promise<void> {
    if (!holdsShareState(hash)) return;
    const store = await this.#store();
    const shared = store.decodeShareHash(hash, store.appShareState);
    if (!shared) return;
    if (!shared.ok) {
      this.refuse('linkRefused', shared.issues);
      return;
    }
    locale.set(shared.value.state.lang);
    this.views.restore(shared.value.state);
    this.workspace.load(shared.value.state.scenario);
    this.clear('linkRefused');
  }

  async import(file: Blob): Promise<void> {
    const read = await (await this.#store()).readScenarioFile(file);
    if (!read.ok) {
      this.refuse('importRefused', read.issues);
      return;
    }
    this.workspace.load(read.value.scenario);
    this.noteMigration(read.value.migratedFrom);
    this.clear('importRefused');
    this.notify('imported', 'info');
  }

  /**
   * Offers the scenario as an Excel workbook whose yearly results are formulas over its inputs.
   * The writer (exceljs, several hundred kB) is loaded now, never with the page. Its Monte Carlo
   * percentiles are the estimate screen's: the worker's own draws when it has drawn this
   * scenario, else the same draws and seed run again.
   */
  async exportWorkbook(): Promise<void> {
    const lang = locale.lang;
    try {
      const { appWorkbook, WORKBOOK_MIME } = await import('../kits/workbook/scenarioWorkbook.ts');
      // The notes and sources come after the first figures (App.svelte): a workbook asked for
      // before waits for them, and the draft takes its notes as it would on their arrival.
      const [notes, sources] = await Promise.all([
        loadScenarioNotes(this.workspace.draft.id),
        loadSources(),
      ]);
      this.workspace.addNotes(notes);
      const { scenario, report, monteCarlo: drawn } = this.workspace;
      const input = { scenario, lang, sources, report };
      const bytes = await appWorkbook(input, drawn);
      const blob = new Blob([bytes], { type: WORKBOOK_MIME });
      if (!downloadBlob(`${scenario.id}.xlsx`, blob)) throw new Error('download refused');
      this.clear('workbookFailed');
    } catch (error) {
      // Offline with the writer never loaded, or a browser that refuses the download.
      this.notify('workbookFailed', 'error', [
        error instanceof Error ? error.message : String(error),
      ]);
    }
  }

  /** Keeps a copy under its own id, titled with the time it was saved. */
  async saveAs(): Promise<void> {
    const store = await this.#store();
    const now = new Date();
    const base = this.workspace.scenario;
    const when = now.toLocaleString(locale.lang === 'ja' ? 'ja-JP' : 'en-GB', {
      dateStyle: 'short',
      timeStyle: 'short',
    });
    const copy: Scenario = {
      ...base,
      id: `mine-${now.getTime()}`,
      title: {
        ja: `${base.title.ja}（${when}）`,
        en: `${localized(base.title, 'en')} (${when})`,
      },
    };
    const result = store.saveScenarioAs(copy, undefined, { id: copy.id, now });
    if (result.ok) {
      this.#refreshSaved(store);
      this.notify('saved', 'info');
    } else if (result.reason === 'invalid') {
      this.refuse('savedRefused', result.issues, { unreadable: 'saved' });
    } else {
      this.autosaveOn = false;
      this.notify('storageFull', 'error');
    }
  }

  async remove(id: string): Promise<void> {
    const store = await this.#store();
    store.removeSaved(id);
    this.#refreshSaved(store);
  }

  /** Removes every saved scenario, readable or not; the picker asks the user first. */
  async clearAllSaved(): Promise<void> {
    const store = await this.#store();
    const result = store.clearSaved();
    this.#refreshSaved(store);
    this.clear('savedRefused');
    if (result.ok) this.notify('savedCleared', 'info');
  }

  /**
   * Deletes a stored value that cannot be read. Read again first: another tab may have replaced
   * it with a valid one since, and valid data is never deleted from here.
   */
  async clearUnreadable(which: Unreadable): Promise<void> {
    const store = await this.#store();
    const stored = which === 'work' ? store.loadWork() : store.loadSaved();
    if (!stored.ok && stored.reason === 'invalid') {
      if (which === 'work') store.clearWork();
      else store.clearSaved();
    }
    this.clear(which === 'work' ? 'storedRefused' : 'savedRefused');
    this.#refreshSaved(store);
  }

  private clear(kind: NoticeKind): void {
    this.notices = this.notices.filter((n) => n.kind !== kind);
  }

  dismiss(notice: Notice): void {
    this.notices = this.notices.filter((n) => n !== notice);
  }

  #refreshSaved(store: Store): void {
    const saved = store.loadSaved();
    this.saved = saved.ok ? saved.items : [];
    // Otherwise an unreadable list would look like an empty one.
    if (!saved.ok && saved.reason === 'invalid') {
      this.refuse('savedRefused', saved.issues, { unreadable: 'saved' });
    }
  }

  /**
   * Says what was refused and why, each problem at its field's label. The words for it come
   * with the first refusal, not with the page (README, Method: Speed).
   */
  private refuse(kind: NoticeKind, issues: FieldIssue[], offers: Pick<Notice, 'unreadable'> = {}) {
    import('../kits/inputs/describeForPeople.ts')
      .then(({ describeForPeople }) =>
        describeForPeople(issues, this.workspace.scenario, locale.lang),
      )
      // Offline with the words never loaded: the engine's own description of each problem.
      .catch(() => describeIssues(issues))
      .then((details) => this.notify(kind, 'error', details, offers));
  }

  private noteMigration(from: number | null): void {
    if (from !== null) this.notify('migrated', 'info', [`v${from} → v1`]);
  }

  private notify(
    kind: NoticeKind,
    tone: Notice['tone'],
    details: string[] = [],
    offers: Pick<Notice, 'unreadable' | 'reload'> = {},
  ): void {
    const notice: Notice = { kind, tone, details, ...offers };
    // A new notice of a kind replaces the old one, so repeated actions do not pile up.
    this.notices = [...this.notices.filter((n) => n.kind !== kind), notice];
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }
}

/** The same scenario but perhaps for its notes on sources. */
function sameNumbers(a: Scenario, b: Scenario): boolean {
  return a === b || JSON.stringify(withoutProvenance(a)) === JSON.stringify(withoutProvenance(b));
}
