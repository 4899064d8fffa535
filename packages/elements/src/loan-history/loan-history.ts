import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { deleteLoanHistory, getLoanHistory, setLoanHistoryEnabled, type ApiError, type HistoryEntry, type LoanHistoryResponse, type Patron } from '@biv/client';
import { BivElement } from '../shared/biv-element.js';
import { problemText } from '../shared/messages.js';
import { LocalizeController } from '../shared/localize.js';
import { loadingView, sessionView } from '../shared/logged-out.js';
import { dialogStyles } from '../shared/dialog-styles.js';
import { panelStyles } from '../shared/panel-styles.js';
import { heading } from '../shared/heading.js';
import { statusRegion } from '../shared/status-region.js';
import { SessionController } from '../shared/session-controller.js';
import { FocusController } from '../shared/focus-controller.js';
import { DialogController } from '../shared/dialog-controller.js';
import { ItemActions } from '../shared/item-actions.js';
import { LibraryList } from '../shared/libraries.js';
import { PatronData } from '../shared/patron-data.js';
import { formatsOf } from '../shared/dates.js';
import { formStyles, resetStyles, tokenStyles } from '../shared/styles.js';
import { BivHistoryDeletedEvent, BivHistorySettingChangedEvent } from './events.js';
import type { HistoryContext } from './history-item.js';
import type * as ListModuleType from './history-list.js';
import type { HistorySearch } from './history-search.js';
import { historyDialog, settingView } from './history-views.js';
import { HISTORY_SORTS, PAGE, type HistorySort } from './sort.js';
import { loanHistoryMessages } from './loan-history.messages.js';
import { loanHistoryStyles } from './loan-history.styles.js';

type ListModule = typeof ListModuleType;
let listModule: Promise<ListModule> | undefined;
/** The list's code (search, rows, CSV), loaded once per page with the first history; a failed load is tried again next time. */
const loadList = (): Promise<ListModule> =>
  (listModule ??= import('./history-list.js').catch((error: unknown) => {
    listModule = undefined;
    throw error;
  }));

/** The actions: the setting, and the deletion (alone, or with turning it off). */
const SETTING = 'setting';
const DELETE = 'delete';

/**
 * The logged-in patron's loan history, "Min lånehistorik". Nothing is saved until the patron ticks
 * "Spara min lånehistorik" (saved at once); from then on the library records each loan when it is
 * returned. Unticking asks, in a modal dialog, whether to delete what is stored as well: stop and
 * delete, stop and keep, or cancel (it stays on). "Radera historiken" deletes everything stored,
 * after a confirmation; the server deletes the rows for good.
 *
 * The list shows title, author, format, the library it was borrowed at, and when it was borrowed and
 * returned. Search by title or author (case and accents do not matter, except that å, ä and ö are
 * letters of their own), sort by return date, title or author (Swedish alphabetical order), and
 * export what the search finds, in the order shown, as a CSV file (`lanehistorik-YYYY-MM-DD.csv`:
 * UTF-8 with a byte order mark, `;` between fields in Swedish and `,` in English). The first 100
 * loans show, and "Visa 100 till" adds the next 100 and moves the focus to the first of them:
 * real rows, which the browser's find in page and screen readers see, even for 5 000 loans.
 *
 * The element shares the page's session with `<biv-login-box>` (same endpoint): logged out, it
 * says so and links to the login (`login-href`), or shows what is in its `login` slot.
 *
 * @summary The patron's loan history: opt in, search, sort, export as CSV, delete.
 *
 * @tag biv-loan-history
 *
 * @attr login-href - Where to log in, linked when nobody is logged in.
 * @attr with-login - Show a login box inside the logged-out view (its code loads only then), instead of the `login` slot.
 * @attr new-card-href - Where "Så får du ett nytt kort" leads when the session ended because the card was blocked.
 * @attr heading-level - The level (1–6, default 2) of the heading "Min lånehistorik", the dialog's and the logged-out view's; each loan's title one level deeper.
 * @attr sort - `newest` (default: the latest return first), `oldest`, `title` or `author`; reflects the patron's choice.
 *
 * @fires {BivHistorySettingChangedEvent} biv-history-setting-changed - "Spara min lånehistorik" was turned on or off. `detail: { enabled }`. Bubbles, composed.
 * @fires {BivHistoryDeletedEvent} biv-history-deleted - The stored history was deleted. `detail: {}`. Bubbles, composed.
 *
 * @slot login - Shown when nobody is logged in, e.g. `<biv-login-box slot="login">`.
 *
 * @csspart heading - The heading "Min lånehistorik".
 * @csspart setting - The box with the checkbox "Spara min lånehistorik" and its explanation.
 * @csspart input - The checkbox, the search field and the sort `<select>`.
 * @csspart label - Their labels.
 * @csspart count - "Visar 100 av 5 000 lån".
 * @csspart list - The `<ul>` of loans.
 * @csspart item - Each loan's `<li>`.
 * @csspart title - Each loan's title heading.
 * @csspart button - Every button: export, delete, "Visa 100 till", the dialog's and "try again".
 * @csspart notice - The status message after a change of the setting, a deletion or an export.
 * @csspart error - A failure to load, save the setting or delete, and the configuration error.
 * @csspart dialog - The confirmation `<dialog>`.
 * @csspart panel - The view when nobody is logged in.
 * @csspart login - The login box of `with-login`.
 *
 * @cssprop [--biv-color-success=#1d5c3e] - Edge of the status message.
 * @cssprop [--biv-loan-history-accent=var(--biv-color-accent)] - Accent of this element only.
 * @cssprop [--biv-loan-history-accent-contrast=var(--biv-color-accent-contrast)] - Text on this element's accent.
 * @cssprop [--biv-loan-history-radius=var(--biv-radius)] - Corner radius of this element.
 * @cssprop [--biv-loan-history-spacing=var(--biv-spacing)] - Spacing of this element.
 * @cssprop [--biv-loan-history-note-background=var(--biv-color-note-background)] - Background of the setting box, the panel and the status message.
 * @cssprop [--biv-loan-history-max-width=48rem] - Maximum width.
 *
 * @cssstate loading - The session or the history is being loaded.
 * @cssstate logged-out - Nobody is logged in; nothing of the history is shown.
 * @cssstate error - The history could not be loaded; a "try again" button shows.
 * @cssstate enabled - Returned loans are being saved.
 * @cssstate empty - Nothing is stored.
 * @cssstate busy - The setting or a deletion is being sent.
 * @cssstate confirming - The confirmation dialog is open.
 */
export class LoanHistory extends BivElement {
  static override styles = [tokenStyles, resetStyles, formStyles, panelStyles, dialogStyles, loanHistoryStyles];

  /** Where to log in, linked when nobody is logged in. */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** Show a login box inside the logged-out view; see the `with-login` attribute. */
  @property({ type: Boolean, attribute: 'with-login' }) withLogin = false;

  /** Where "Så får du ett nytt kort" leads once the card is blocked. */
  @property({ attribute: 'new-card-href' }) newCardHref?: string;

  /** The order of the list; reflected to the `sort` attribute. */
  @property({ reflect: true }) sort: HistorySort = 'newest';

  #i18n = new LocalizeController(this, loanHistoryMessages);
  #session = new SessionController(this);
  #focus = new FocusController(this);
  #history = new PatronData<LoanHistoryResponse>(this, this.#session, {
    // The list's code comes with the data, in parallel: the page's own script stays small.
    load: async (endpoint) => {
      const [history, list] = await Promise.all([getLoanHistory(endpoint), loadList()]);
      this.#list = list;
      return history;
    },
    // Nothing of the previous patron stays: not the history, the search, the messages.
    onReset: () => {
      this.#actions.clear();
      this.#search?.reset();
      this.#notice = '';
      this.#settingError = undefined;
      this.#deleteError = undefined;
      this.#confirming = undefined;
      this.#dialog.close({ restoreFocus: false });
    },
    onLoad: (value) => {
      const list = this.#list;
      if (!list) return;
      this.#search ??= new list.HistorySearch(this);
      this.#search.loaded(value.entries, list.HistoryIndex);
    },
  });
  /** Library names are a nicety: without them the list still shows. */
  #libraries = new LibraryList(this, () => (this.#history.active ? this.#session.store?.endpoint : undefined));
  #actions = new ItemActions<never>(this, (busy) => this.setCustomState('busy', busy));
  #dialog = new DialogController(this, {
    busy: () => this.#actions.busy,
    onClose: () => {
      this.#confirming = undefined;
    },
  });
  /** What the dialog asks: turn it off (and delete?), or delete. */
  #confirming: 'off' | 'delete' | undefined;
  /** The search state: made with the list's code (see `loadList`). */
  #search: HistorySearch | undefined;
  #notice = '';
  #settingError: ApiError | undefined;
  #deleteError: ApiError | undefined;
  /** The list's code, once loaded. */
  #list: ListModule | undefined;
  /** Days in words, for the locale they were made in. */
  #days = { locale: '', words: new Map<string, string>() };

  get #loading(): boolean {
    return this.#history.loading || this.#libraries.pending;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#history.sync();
    const value = this.#history.value;
    const loggedIn = this.#session.state.status === 'logged-in';
    this.setCustomState('logged-out', this.#session.state.status === 'logged-out' || Boolean(this.#session.configError));
    this.setCustomState('loading', !this.#session.configError && (this.#session.state.status === 'unknown' || this.#session.state.status === 'loading' || (loggedIn && this.#loading)));
    this.setCustomState('error', loggedIn && !this.#loading && this.#history.error !== undefined && !value);
    this.setCustomState('enabled', loggedIn && value?.enabled === true);
    this.setCustomState('empty', loggedIn && value?.entries.length === 0);
    this.setCustomState('busy', this.#actions.busy);
    this.setCustomState('confirming', this.#confirming !== undefined);
  }

  /** The matches of the search in the chosen order. */
  #matching(entries: readonly HistoryEntry[]): HistoryEntry[] {
    return this.#list && this.#search ? this.#search.matching(entries, HISTORY_SORTS.includes(this.sort) ? this.sort : 'newest', this.#list.HistoryIndex) : [];
  }

  #countText(shown: number, matches: number): string {
    const t = this.#i18n;
    const n = formatsOf(t.locale).number;
    return this.#search?.applied.trim() ? t.t('countMatches', n.format(shown), matches, n.format(matches)) : t.t('count', n.format(shown), matches, n.format(matches));
  }

  /** The count (or that nothing matches) as it is when the list has settled. */
  #announce = (): string => {
    const matches = this.#matching(this.#history.value?.entries ?? []);
    const search = this.#search;
    if (!search) return '';
    return matches.length === 0 ? this.#i18n.t('noMatches', search.applied.trim()) : this.#countText(Math.min(search.limit, matches.length), matches.length);
  };

  #onSearch = (event: Event): void => {
    this.#search?.input((event.target as HTMLInputElement).value, false, this.#announce);
  };

  /** Enter in the search field filters at once (it is not a form: nothing is sent). */
  #onSearchKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.#search?.input((event.target as HTMLInputElement).value, true, this.#announce);
  };

  #onSort = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value as HistorySort;
    this.sort = HISTORY_SORTS.includes(value) ? value : 'newest';
    if (this.#search) this.#search.limit = PAGE;
  };

  #showMore = (): void => {
    const search = this.#search;
    if (!search) return;
    const first = search.limit;
    search.limit += PAGE;
    this.#focus.after(`#row-${first}`);
    search.announceLater(this.#announce);
  };

  #retry = async (): Promise<void> => {
    await this.#history.reload();
    if (!this.#history.active) return;
    this.#focus.after(this.#history.error ? '.load-error button' : '#history-title');
  };

  #problem(error: ApiError): string {
    return problemText(this.#i18n, error);
  }

  // The setting

  #onToggle = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    const value = this.#history.value;
    if (!value || this.#actions.busy) {
      this.requestUpdate(); // the box shows the stored setting again
      return;
    }
    if (box.checked) {
      void this.#setEnabled(true);
    } else if (value.entries.length === 0) {
      void this.#setEnabled(false);
    } else {
      this.#confirming = 'off';
      void this.#dialog.show(box);
    }
  };

  async #setEnabled(enabled: boolean, keepNote = false): Promise<void> {
    const store = this.#session.store;
    if (!store || this.#actions.busy) return;
    this.#settingError = undefined;
    this.#notice = this.#i18n.t('saving');
    await this.#actions.run(
      SETTING,
      () => setLoanHistoryEnabled(store.endpoint, enabled),
      (result) => {
        this.#notice = '';
        if (!result.ok) {
          if (!this.#session.ended(result.error)) this.#settingError = result.error;
          this.#dialog.close();
          return;
        }
        const value = this.#history.value;
        if (value) this.#history.value = { ...value, enabled: result.value.enabled };
        this.#notice = this.#i18n.t(result.value.enabled ? 'turnedOn' : keepNote ? 'turnedOffKept' : 'turnedOff');
        this.emit(new BivHistorySettingChangedEvent(result.value.enabled));
        this.#dialog.close();
      },
    );
  }

  // Deleting

  #askDelete = (event: Event): void => {
    if (this.#actions.busy) return;
    this.#confirming = 'delete';
    void this.#dialog.show(event.currentTarget as HTMLElement);
  };

  #cancel = (): void => {
    if (!this.#actions.busy) this.#dialog.close();
  };

  /** Delete everything stored; with `turnOff`, stop saving first. */
  async #delete(turnOff: boolean): Promise<void> {
    const store = this.#session.store;
    if (!store || this.#actions.busy) return;
    const t = this.#i18n;
    this.#settingError = undefined;
    this.#deleteError = undefined;
    this.#notice = '';
    let turnedOff = false;
    await this.#actions.run(
      DELETE,
      async () => {
        if (turnOff) {
          const setting = await setLoanHistoryEnabled(store.endpoint, false);
          const value = this.#history.value;
          if (value) this.#history.value = { ...value, enabled: setting.enabled };
          turnedOff = true;
          this.emit(new BivHistorySettingChangedEvent(setting.enabled));
        }
        await deleteLoanHistory(store.endpoint);
      },
      (result) => {
        if (!result.ok) {
          if (this.#session.ended(result.error)) return;
          if (turnOff && !turnedOff) this.#settingError = result.error;
          else this.#deleteError = result.error;
          if (turnedOff) this.#notice = t.t('turnedOff');
          this.#dialog.close();
          return;
        }
        const value = this.#history.value;
        if (value) this.#history.value = { ...value, entries: [] };
        this.#search?.reset();
        this.#notice = t.t(turnOff ? 'turnedOffDeleted' : 'deleted');
        this.emit(new BivHistoryDeletedEvent());
        // The list and its buttons are gone: the checkbox (turning off) or the heading takes the focus.
        this.#dialog.close({ restoreFocus: false });
        this.#focus.after(turnOff ? '#history-enabled' : '#history-title');
      },
    );
  }

  // Exporting

  #export = (): void => {
    const entries = this.#history.value?.entries;
    const list = this.#list;
    if (!entries || !list) return;
    const t = this.#i18n;
    const rows = this.#matching(entries);
    const text = list.historyCsv(rows, {
      separator: t.locale === 'sv' ? ';' : ',',
      header: {
        title: t.t('csv.title'),
        author: t.t('csv.author'),
        format: t.t('csv.format'),
        library: t.t('csv.library'),
        loanDate: t.t('csv.loanDate'),
        returnDate: t.t('csv.returnDate'),
      },
      formatName: (e) => t.t(`format.${e.format}`),
      libraryName: (e) => this.#libraries.name(e.libraryId) ?? e.libraryId,
    });
    list.download(text, list.csvFileName(), this.renderRoot as ShadowRoot);
    this.#notice = t.t('exported', rows.length, formatsOf(t.locale).number.format(rows.length));
    this.requestUpdate();
  };

  // Rendering

  protected override render(): TemplateResult {
    return sessionView(this.#i18n, this.#session, this, (patron) => this.#renderLoggedIn(patron));
  }

  #renderLoggedIn(patron: Patron): TemplateResult {
    const t = this.#i18n;
    const value = this.#history.value;
    const error = this.#history.error;
    let body: TemplateResult;
    if (error && !value && !this.#loading) {
      body = html`<div class="load-error" part="error" role="alert">
        <p><strong>${t.t('loadFailed')}</strong> ${this.#problem(error)}</p>
        <p><button part="button" type="button" @click=${this.#retry}>${t.t('retry')}</button></p>
      </div>`;
    } else if (this.#loading || !value) {
      body = loadingView(t);
    } else {
      const error = this.#settingError ? t.t('settingFailed', this.#problem(this.#settingError)) : undefined;
      const setting = settingView(t, { enabled: value.enabled || this.#confirming === 'off', temporary: patron.cardState === 'temporary', error, onToggle: this.#onToggle });
      body = html`${setting}${this.#renderEntries(value)}`;
    }
    return html`<section aria-labelledby="history-title">
        ${heading(this.headingAt(), t.t('heading'), { id: 'history-title', part: 'heading', class: 'list-title', focusable: true })}
        ${statusRegion(this.#notice, { class: 'notice', part: 'notice' })} ${body}
      </section>
      ${historyDialog(t, this.headingAt(), {
        asking: this.#confirming,
        count: value?.entries.length ?? 0,
        busy: this.#actions.busy,
        deleting: this.#actions.running(DELETE),
        onDelete: () => void this.#delete(this.#confirming === 'off'),
        onKeep: () => void this.#setEnabled(false, true),
        onCancel: this.#cancel,
      })}`;
  }

  #renderEntries(value: LoanHistoryResponse): TemplateResult {
    const t = this.#i18n;
    const all = value.entries;
    const list = this.#list;
    const search = this.#search;
    if (all.length === 0 || !list || !search) return html`<p class="empty">${t.t(value.enabled ? 'onEmpty' : 'offEmpty')}</p>`;
    const matches = this.#matching(all);
    const shown = Math.min(search.limit, matches.length);
    const more = Math.min(PAGE, matches.length - shown);
    const sort = HISTORY_SORTS.includes(this.sort) ? this.sort : 'newest';
    if (this.#days.locale !== t.locale) this.#days = { locale: t.locale, words: new Map() };
    const level = this.headingAt(1);
    return html`${value.enabled ? nothing : html`<p class="note">${t.t('offKept')}</p>`}
    ${list.controlsView(t, {
      query: search.query,
      sort,
      deleteError: this.#deleteError ? t.t('deleteFailed', this.#problem(this.#deleteError)) : undefined,
      onSearch: this.#onSearch,
      onSearchKey: this.#onSearchKey,
      onSort: this.#onSort,
      onExport: this.#export,
      onDelete: this.#askDelete,
    })}
    ${list.listView(t, {
      key: `${search.loads}|${sort}|${search.applied}|${t.locale}|${level}|${String(this.#libraries.loaded)}`,
      matches,
      limit: search.limit,
      page: PAGE,
      count: matches.length === 0 ? t.t('noMatches', search.applied.trim()) : this.#countText(shown, matches.length),
      announcement: search.announcement,
      more: more > 0 ? t.t('showMore', formatsOf(t.locale).number.format(more)) : undefined,
      context: { i18n: t, level, library: (id) => this.#libraries.name(id), days: this.#days.words } satisfies HistoryContext,
      onMore: this.#showMore,
    })}`;
  }
}
