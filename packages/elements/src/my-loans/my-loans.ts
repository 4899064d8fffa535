import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { listLoans, renewLoan, renewLoans, type ApiError, type Loan, type RenewalResult } from '@biv/client';
import { BivElement } from '../shared/biv-element.js';
import { problemText } from '../shared/messages.js';
import { LocalizeController } from '../shared/localize.js';
import { loadingView, sessionView } from '../shared/logged-out.js';
import { panelStyles } from '../shared/panel-styles.js';
import { heading } from '../shared/heading.js';
import { statusRegion } from '../shared/status-region.js';
import { SessionController } from '../shared/session-controller.js';
import { FocusController } from '../shared/focus-controller.js';
import { formatsOf } from '../shared/dates.js';
import { ItemActions, type ActionResult } from '../shared/item-actions.js';
import { LibraryList } from '../shared/libraries.js';
import { PatronData } from '../shared/patron-data.js';
import { formStyles, resetStyles, tokenStyles } from '../shared/styles.js';
import { BivRenewedEvent } from './events.js';
import { applied, loanItem, outcomeText, renewalOutcomes, type ItemOutcome, type LoanContext } from './loan-item.js';
import { myLoansMessages } from './my-loans.messages.js';
import { myLoansStyles } from './my-loans.styles.js';

export type LoanSort = 'due' | 'title';

/** The action id of "renew all"; single renewals use the loan id. */
const ALL = '\u0000all';
/**
 * Loans rendered in the first frame, and added per later task: a long list (300 loans) appears
 * in several short tasks instead of one long one (see `npm run bench -- long-list`).
 */
const FIRST_BATCH = 40;
const NEXT_BATCH = 60;

/**
 * The logged-in patron's loans ("Mina lån"): title, author, format, the library it was borrowed
 * at, the due date (with "in 3 days" / "2 days overdue"), a badge when overdue or due within three
 * days, renewals used and left, and why a loan cannot be renewed. Sort by due date or title.
 *
 * Renew one loan, or all at once: each loan shows its own outcome (the new due date or the reason
 * it was not renewed) and a summary is announced. Renewals are idempotent: each action sends one
 * `Idempotency-Key`, and "Try again" after a timeout or network fault sends the same key, so a
 * retried request never renews twice; a second click while a request runs does nothing.
 *
 * The element shares the page's session with `<biv-login-box>` (same endpoint): logged out, it
 * says so and links to the login (`login-href`), or shows what is in its `login` slot.
 *
 * @summary The logged-in patron's loans, with renewal.
 *
 * @tag biv-my-loans
 *
 * @attr login-href - Where to log in, linked when nobody is logged in.
 * @attr with-login - Show a login box inside the logged-out view (its code loads only then), instead of the `login` slot.
 * @attr heading-level - The level (1–6, default 2) of the list's heading "Mina lån" and the logged-out view's; each loan's title one level deeper. Set it to fit the page's outline: 3 under an `<h2>`, and so on.
 * @attr sort - `due` (default: the earliest due date first) or `title`; reflects the patron's choice.
 *
 * @fires {BivRenewedEvent} biv-renewed - A renewal (one loan or all) was answered. `detail: { results: [{ id, renewed, dueDate?, reason? }] }`. Bubbles, composed.
 *
 * @slot login - Shown when nobody is logged in, e.g. `<biv-login-box slot="login">`.
 *
 * @csspart heading - The heading "Mina lån".
 * @csspart count - The number of loans.
 * @csspart sort - The sort `<select>`.
 * @csspart list - The `<ul>` of loans.
 * @csspart item - Each loan's `<li>`.
 * @csspart title - Each loan's title heading.
 * @csspart badge - The "overdue" / "due soon" badge.
 * @csspart button - The renew buttons, "renew all" and "try again".
 * @csspart outcome - A loan's renewal outcome.
 * @csspart status - The announced summary (sorting, renewals).
 * @csspart error - A failure to load or renew, and the configuration error.
 * @csspart panel - The view when nobody is logged in.
 * @csspart login - The login box of `with-login`.
 *
 * @cssprop [--biv-color-success=#1d5c3e] - A renewed loan's outcome.
 * @cssprop [--biv-my-loans-accent=var(--biv-color-accent)] - Accent of this element only.
 * @cssprop [--biv-my-loans-accent-contrast=var(--biv-color-accent-contrast)] - Text on this element's accent.
 * @cssprop [--biv-my-loans-radius=var(--biv-radius)] - Corner radius of this element.
 * @cssprop [--biv-my-loans-spacing=var(--biv-spacing)] - Spacing of this element.
 * @cssprop [--biv-my-loans-note-background=var(--biv-color-note-background)] - Background of the panel.
 * @cssprop [--biv-my-loans-due-soon=#7a4d00] - Text and border of the "due soon" badge.
 * @cssprop [--biv-my-loans-max-width=48rem] - Maximum width.
 *
 * @cssstate loading - The loans are being fetched.
 * @cssstate logged-out - Nobody is logged in; the list is not shown.
 * @cssstate empty - The patron has no loans.
 * @cssstate error - The loans could not be fetched.
 * @cssstate busy - A renewal is being sent.
 */
export class MyLoans extends BivElement {
  static override styles = [tokenStyles, resetStyles, formStyles, panelStyles, myLoansStyles];

  /** Where to log in, linked when nobody is logged in. */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** Show a login box inside the logged-out view; see the `with-login` attribute. */
  @property({ type: Boolean, attribute: 'with-login' }) withLogin = false;

  /** The order of the list: `due` (default) or `title`. Reflected to the `sort` attribute. */
  @property({ reflect: true }) sort: LoanSort = 'due';

  #i18n = new LocalizeController(this, myLoansMessages);
  #session = new SessionController(this);
  #focus = new FocusController(this);
  #loans = new PatronData<Loan[]>(this, this.#session, {
    load: listLoans,
    // Whoever logs in next starts clean: no loans of the previous patron stay in memory.
    onReset: () => {
      this.#order = undefined;
      this.#allError = undefined;
      this.#actions.clear();
      this.#announcement = '';
    },
    onLoad: () => {
      this.#limit = FIRST_BATCH;
      this.#loadCount++;
    },
  });
  /** Library names are a nicety: without them the list still shows. */
  #libraries = new LibraryList(this, () => (this.#loans.active ? this.#session.store?.endpoint : undefined));
  /** Renewals: per loan (its id) and of all (ALL); a loan's outcome shows at it. */
  #actions = new ItemActions<ItemOutcome>(this, (busy) => this.setCustomState('busy', busy));
  /** Loan ids in display order, and what they were sorted for (see `#sortedLoans`). */
  #order: { key: string; ids: string[] } | undefined;
  /** Bumped on each load: fresh loans are sorted afresh. */
  #loadCount = 0;
  /** The failure of the last "renew all", shown at its button. */
  #allError: ApiError | undefined;
  #announcement = '';
  /** How many loans are rendered: the list grows batch by batch after a load. */
  #limit = FIRST_BATCH;
  #growing: ReturnType<typeof setTimeout> | undefined;

  get #loading(): boolean {
    return this.#loans.loading || this.#libraries.pending;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#loans.sync();
    const error = this.#loans.error;
    this.setCustomState('logged-out', this.#session.state.status === 'logged-out');
    this.setCustomState('loading', this.#loading);
    this.setCustomState('error', error !== undefined && !this.#loading);
    this.setCustomState('empty', !this.#loading && this.#loans.value?.length === 0);
    this.setCustomState('busy', this.#actions.busy);
  }

  protected override updated(): void {
    this.#grow();
  }

  /** Render the next batch in a later task, until every loan is in the list. */
  #grow(): void {
    const loans = this.#loans.value;
    if (this.#growing !== undefined || !loans || this.#loading || this.#limit >= loans.length) return;
    this.#growing = setTimeout(() => {
      this.#growing = undefined;
      this.#limit += NEXT_BATCH;
      this.requestUpdate();
    }, 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#growing);
    this.#growing = undefined;
  }

  /** "Try again" after a failed load: the focus goes to the list's heading, or back to the button. */
  #reload = async (): Promise<void> => {
    await this.#loans.reload();
    if (!this.#loans.active) return;
    this.#focus.after(this.#loans.error ? '.load-error button' : '#loans-heading');
  };

  #onSort = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.sort = value === 'title' ? 'title' : 'due';
    this.#announcement = this.#i18n.t(this.sort === 'title' ? 'sorted.title' : 'sorted.due');
  };

  #problem(error: ApiError): string {
    return problemText(this.#i18n, error);
  }

  #blocked(action: string): boolean {
    return this.#actions.running(action) || this.#actions.running(ALL) || (action === ALL && this.#actions.busy);
  }

  /**
   * Send one renewal action. Its key is kept while it has no answer (timeout, network): the retry
   * sends the same key, so the server renews nothing twice.
   */
  async #renew(action: string): Promise<void> {
    const store = this.#session.store;
    if (!store || this.#blocked(action)) return;
    const loan = action === ALL ? undefined : this.#loans.value?.find((l) => l.id === action);
    if (action !== ALL && !loan) return;
    if (loan) this.#actions.outcomes.delete(loan.id);
    else this.#allError = undefined;
    this.#announcement = this.#i18n.t('renewing');
    let answered = false;
    await this.#actions.run(
      action,
      async (key) => (loan ? [await renewLoan(store.endpoint, loan.id, key)] : renewLoans(store.endpoint, undefined, key)),
      (result) => {
        answered = true;
        this.#answered(result, loan);
      },
    );
    if (!answered || !loan) return;
    // The renew button went away (no renewals left): the outcome takes the focus, not the page.
    await this.updateComplete;
    const item = [...this.renderRoot.querySelectorAll<HTMLElement>('li.loan')].find((li) => li.dataset['id'] === loan.id);
    if (item && !item.contains((this.renderRoot as ShadowRoot).activeElement)) item.querySelector<HTMLElement>('.outcome')?.focus();
  }

  #answered(result: ActionResult<RenewalResult[]>, loan: Loan | undefined): void {
    const t = this.#i18n;
    if (!result.ok) {
      if (this.#session.ended(result.error)) return; // the logged-out view follows
      if (loan) {
        this.#actions.outcomes.set(loan.id, { kind: 'failed', error: result.error });
        this.#announcement = t.t('renewFailed', loan.title, this.#problem(result.error));
      } else {
        this.#allError = result.error;
        this.#announcement = t.t('renewAllFailed', this.#problem(result.error));
      }
      return;
    }
    const results = result.value;
    const loans = this.#loans.value ?? [];
    for (const r of results) {
      const before = loans.find((l) => l.id === r.id);
      if (!before) continue;
      this.#actions.outcomes.set(r.id, r.renewed ? { kind: 'renewed', dueDate: r.dueDate ?? before.dueDate } : { kind: 'refused', reason: r.reason ?? 'unknown' });
    }
    this.#loans.value = applied(loans, results);
    const n = formatsOf(t.locale).number;
    const outcome = loan && this.#actions.outcomes.get(loan.id);
    this.#announcement = loan
      ? t.t('renewOne', loan.title, outcome ? outcomeText(t, outcome) : '')
      : t.t('renewSummary', n.format(results.filter((r) => r.renewed).length), n.format(results.length));
    this.emit(new BivRenewedEvent({ results: renewalOutcomes(results) }));
  }

  #onListClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-renew]');
    if (button?.dataset['renew'] !== undefined) void this.#renew(button.dataset['renew']);
  };

  #renewAll = (): void => {
    void this.#renew(ALL);
  };

  /**
   * The loans in the chosen order. The order is made when the loans arrive or the patron sorts,
   * not when a renewal changes a due date: a renewed loan stays where it is, under the patron's
   * focus, instead of jumping away.
   */
  #sortedLoans(loans: Loan[]): Loan[] {
    const sort: LoanSort = this.sort === 'title' ? 'title' : 'due';
    const key = `${sort}|${this.#i18n.locale}|${this.#loadCount}`;
    if (this.#order?.key !== key || this.#order.ids.length !== loans.length) {
      const { collator } = formatsOf(this.#i18n.locale);
      const byTitle = (a: Loan, b: Loan) => collator.compare(a.title, b.title);
      const sorted = [...loans].sort(sort === 'title' ? byTitle : (a, b) => Date.parse(a.dueDate) - Date.parse(b.dueDate) || byTitle(a, b));
      this.#order = { key, ids: sorted.map((loan) => loan.id) };
    }
    const byId = new Map(loans.map((loan) => [loan.id, loan]));
    return this.#order.ids.flatMap((id) => byId.get(id) ?? []);
  }

  protected override render(): TemplateResult {
    return sessionView(this.#i18n, this.#session, this, () => {
      const loans = this.#loans.value;
      const error = this.#loans.error;
      if (error && !loans) return this.#renderLoadError(error);
      if (this.#loading || !loans) return loadingView(this.#i18n);
      return this.#renderLoans(loans);
    });
  }

  #renderLoadError(error: ApiError): TemplateResult {
    const t = this.#i18n;
    return html`<div class="load-error" part="error" role="alert">
      <p><strong>${t.t('loadFailed')}</strong> ${this.#problem(error)}</p>
      <p><button part="button" type="button" @click=${this.#reload}>${t.t('retry')}</button></p>
    </div>`;
  }

  #renderLoans(loans: Loan[]): TemplateResult {
    const t = this.#i18n;
    const sort = this.sort === 'title' ? 'title' : 'due';
    const allBusy = this.#blocked(ALL);
    const header = html`<div class="header">
      ${heading(this.headingAt(), t.t('heading'), { id: 'loans-heading', part: 'heading', focusable: true })}
      <p class="count" part="count">${t.t('count', loans.length, formatsOf(t.locale).number.format(loans.length))}</p>
    </div>`;
    const status = statusRegion(this.#announcement, { class: 'announce', part: 'status' });
    if (loans.length === 0) return html`${header}<p class="empty">${t.t('empty')}</p>${status}`;
    const context: LoanContext = {
      i18n: t,
      level: this.headingAt(1),
      outcome: (id) => this.#actions.outcomes.get(id),
      busy: (id) => this.#blocked(id),
      library: (id) => this.#libraries.name(id),
      dues: new Map(),
      now: new Date(),
    };
    return html`${header}
      <div class="controls">
        <div class="sort">
          <label for="sort">${t.t('sortLabel')}</label>
          <select id="sort" part="sort" .value=${sort} @change=${this.#onSort}>
            <option value="due" ?selected=${sort === 'due'}>${t.t('sort.due')}</option>
            <option value="title" ?selected=${sort === 'title'}>${t.t('sort.title')}</option>
          </select>
        </div>
        <div class="renew-all">
          <button part="button" type="button" aria-disabled=${allBusy ? 'true' : 'false'} @click=${this.#renewAll}>${t.t('renewAll')}</button>
        </div>
      </div>
      ${this.#allError
        ? html`<div class="all-error" part="error">
            <p>${t.t('renewAllFailed', this.#problem(this.#allError))}</p>
            <p>
              <button
                part="button"
                class="secondary"
                type="button"
                aria-label=${`${t.t('retry')}: ${t.t('retryAll')}`}
                aria-disabled=${allBusy ? 'true' : 'false'}
                @click=${this.#renewAll}
              >
                ${t.t('retry')}
              </button>
            </p>
          </div>`
        : nothing}
      ${status}
      <ul class="loans" part="list" aria-label=${t.t('listLabel')} @click=${this.#onListClick}>
        ${this.#sortedLoans(loans).slice(0, this.#limit).map((loan) => loanItem(loan, context))}
      </ul>`;
  }
}
