import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  asApiError,
  listLibraries,
  listLoans,
  newIdempotencyKey,
  renewLoan,
  renewLoans,
  type ApiError,
  type Loan,
  type RenewalResult,
} from '@biv/client';
import { BivElement } from '../shared/biv-element.js';
import { problemText } from '../shared/messages.js';
import { LocalizeController, TIME_ZONE } from '../shared/localize.js';
import { loadingView, sessionView } from '../shared/logged-out.js';
import { panelStyles } from '../shared/panel-styles.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import { statusRegion } from '../shared/status-region.js';
import { SessionController } from '../shared/session-controller.js';
import { formStyles, resetStyles, tokenStyles } from '../shared/styles.js';
import { BivRenewedEvent, type RenewalOutcome } from './events.js';
import { myLoansMessages } from './my-loans.messages.js';
import { myLoansStyles } from './my-loans.styles.js';

export type LoanSort = 'due' | 'title';

/** Days before the due day from which a loan counts as "due soon" (0 = due today). */
const DUE_SOON_DAYS = 3;
const DAY_MS = 86_400_000;
/** The action id of "renew all"; single renewals use the loan id. */
const ALL = '\u0000all';
/**
 * Loans rendered in the first frame, and added per later task: a long list (300 loans) appears
 * in several short tasks instead of one long one (see `npm run bench -- long-list`).
 */
const FIRST_BATCH = 40;
const NEXT_BATCH = 60;
/** Failures where the request may have reached the server without the answer coming back. */
const UNANSWERED = new Set(['network', 'timeout', 'request_in_progress']);

/** What the patron sees next to a loan after a renewal attempt. */
type ItemOutcome = { kind: 'renewed'; dueDate: string } | { kind: 'refused'; reason: string } | { kind: 'failed'; error: ApiError };

/** Formatters made once per render (never per loan): 300 loans must render in well under 100 ms. */
interface Formatters {
  intlTag: string;
  date: Intl.DateTimeFormat;
  dayKey: Intl.DateTimeFormat;
  /** "i dag", "i morgon" / "today", "tomorrow". */
  relativeNear: Intl.RelativeTimeFormat;
  /** "om 3 dagar" / "in 3 days". */
  relative: Intl.RelativeTimeFormat;
  number: Intl.NumberFormat;
  /** Today's Swedish calendar day, as days since 1970-01-01. */
  today: number;
  /** Due dates already put into words in this render. */
  dues: Map<string, DueWords>;
  /** The level of each loan's title heading (one under the list's). */
  itemLevel: HeadingLevel;
}

interface DueWords {
  /** Days from today to the due day (negative: overdue; NaN for a bad date). */
  days: number;
  date: string;
  relative: string;
}

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
  /** Whose loans are shown (`endpoint|borrowerId`); a change of patron loads again. */
  #loadedFor: string | undefined;
  #generation = 0;
  #loading = false;
  #loadError: ApiError | undefined;
  #loans: Loan[] | undefined;
  #libraryNames = new Map<string, string>();
  /** Loan ids in display order, and what they were sorted for (see `#sortedLoans`). */
  #order: { key: string; ids: string[] } | undefined;
  /** Bumped on each load: fresh loans are sorted afresh. */
  #loadCount = 0;
  #outcomes = new Map<string, ItemOutcome>();
  /** The failure of the last "renew all", shown at its button. */
  #allError: ApiError | undefined;
  /** Idempotency keys of actions (loan id, or ALL) that have had no answer yet. */
  #keys = new Map<string, string>();
  /** Actions whose request is running. */
  #running = new Set<string>();
  #announcement = '';
  /** How many loans are rendered: the list grows batch by batch after a load. */
  #limit = FIRST_BATCH;
  #growing: ReturnType<typeof setTimeout> | undefined;
  #focusNext: { kind: 'outcome'; id: string } | { kind: 'retry-load' } | { kind: 'heading' } | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.#session.state;
    const store = this.#session.store;
    if (state.status === 'logged-in' && store) {
      const key = `${store.endpoint}|${state.patron.borrowerId}`;
      if (key !== this.#loadedFor) {
        this.#clear();
        this.#loadedFor = key;
        void this.#load();
      }
    } else if (state.status === 'logged-out' || this.#session.configError) {
      // Whoever logs in next starts clean: no loans of the previous patron stay in memory.
      this.#clear();
    }
    this.setCustomState('logged-out', state.status === 'logged-out');
    this.setCustomState('loading', this.#loading);
    this.setCustomState('error', this.#loadError !== undefined && !this.#loading);
    this.setCustomState('empty', this.#loans?.length === 0);
    this.setCustomState('busy', this.#running.size > 0);
  }

  protected override updated(): void {
    this.#grow();
    const target = this.#focusNext;
    if (!target) return;
    this.#focusNext = undefined;
    if (target.kind !== 'outcome') {
      this.renderRoot.querySelector<HTMLElement>(target.kind === 'retry-load' ? '.load-error button' : '#loans-heading')?.focus();
      return;
    }
    // The renew button went away (no renewals left): the outcome takes the focus, not the page.
    const item = [...this.renderRoot.querySelectorAll<HTMLElement>('li.loan')].find((li) => li.dataset['id'] === target.id);
    if (item && !item.contains((this.renderRoot as ShadowRoot).activeElement)) item.querySelector<HTMLElement>('.outcome')?.focus();
  }

  /** Render the next batch in a later task, until every loan is in the list. */
  #grow(): void {
    if (this.#growing !== undefined || !this.#loans || this.#limit >= this.#loans.length) return;
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

  #clear(): void {
    this.#generation++;
    this.#loadedFor = undefined;
    this.#loading = false;
    this.#loadError = undefined;
    this.#loans = undefined;
    this.#order = undefined;
    this.#outcomes = new Map();
    this.#allError = undefined;
    this.#keys.clear();
    this.#running.clear();
    this.#announcement = '';
  }

  async #load(): Promise<void> {
    const store = this.#session.store;
    if (!store) return;
    const generation = ++this.#generation;
    this.#loading = true;
    this.#loadError = undefined;
    this.requestUpdate();
    try {
      // Library names are a nicety: without them the list still shows.
      const [loans, libraries] = await Promise.all([listLoans(store.endpoint), listLibraries(store.endpoint).catch(() => [])]);
      if (generation !== this.#generation) return;
      this.#loans = loans;
      this.#limit = FIRST_BATCH;
      this.#loadCount++;
      this.#libraryNames = new Map(libraries.map((library) => [library.id, library.name]));
    } catch (error) {
      if (generation !== this.#generation) return;
      const apiError = asApiError(error);
      if (this.#session.ended(apiError)) return; // the logged-out view follows
      this.#loadError = apiError;
    } finally {
      if (generation === this.#generation) {
        this.#loading = false;
        this.requestUpdate();
      }
    }
  }

  /** "Try again" after a failed load: the focus goes to the list's heading, or back to the button. */
  #reload = async (): Promise<void> => {
    const generation = this.#generation + 1;
    await this.#load();
    if (generation !== this.#generation) return;
    this.#focusNext = this.#loadError ? { kind: 'retry-load' } : { kind: 'heading' };
    this.requestUpdate();
  };

  #onSort = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.sort = value === 'title' ? 'title' : 'due';
    this.#announcement = this.#i18n.t(this.sort === 'title' ? 'sorted.title' : 'sorted.due');
  };

  #problem(error: ApiError): string {
    return problemText(this.#i18n, error);
  }

  #reason(reason: string | undefined): string {
    return this.#i18n.lookup(`reason.${reason ?? 'unknown'}`) ?? this.#i18n.t('reason.unknown');
  }

  #blocked(action: string): boolean {
    return this.#running.has(action) || this.#running.has(ALL) || (action === ALL && this.#running.size > 0);
  }

  /**
   * Send one renewal action. Its key is made when the action starts and kept while it has no
   * answer (timeout, network): the retry sends the same key, so the server renews nothing twice.
   */
  async #renew(action: string): Promise<void> {
    const store = this.#session.store;
    if (!store || this.#blocked(action)) return;
    const loans = this.#loans ?? [];
    const loan = action === ALL ? undefined : loans.find((l) => l.id === action);
    if (action !== ALL && !loan) return;
    let key = this.#keys.get(action);
    if (!key) {
      key = newIdempotencyKey();
      this.#keys.set(action, key);
    }
    const generation = this.#generation;
    this.#running.add(action);
    this.setCustomState('busy', true); // at once, not at the next render
    if (action === ALL) this.#allError = undefined;
    else this.#outcomes.delete(action);
    this.#announcement = this.#i18n.t('renewing');
    this.requestUpdate();
    const t = this.#i18n;
    try {
      const results = action === ALL ? await renewLoans(store.endpoint, undefined, key) : [await renewLoan(store.endpoint, action, key)];
      if (generation !== this.#generation) return;
      this.#keys.delete(action);
      this.#apply(results);
      if (loan) {
        const outcome = this.#outcomes.get(loan.id);
        this.#announcement = t.t('renewOne', loan.title, outcome ? this.#outcomeText(outcome, this.#formatters()) : '');
        this.#focusNext = { kind: 'outcome', id: loan.id };
      } else {
        const number = this.#formatters().number;
        this.#announcement = t.t('renewSummary', number.format(results.filter((r) => r.renewed).length), number.format(results.length));
      }
      this.emit(
        new BivRenewedEvent({
          results: results.map((r): RenewalOutcome => ({ id: r.id, renewed: r.renewed, ...(r.dueDate ? { dueDate: r.dueDate } : {}), ...(r.reason ? { reason: r.reason } : {}) })),
        }),
      );
    } catch (error) {
      if (generation !== this.#generation) return;
      const apiError = asApiError(error);
      // An answer came: the action is over, a new attempt is a new action with a new key.
      if (!UNANSWERED.has(apiError.code)) this.#keys.delete(action);
      if (this.#session.ended(apiError)) return; // the logged-out view follows
      if (loan) {
        this.#outcomes.set(loan.id, { kind: 'failed', error: apiError });
        this.#announcement = t.t('renewFailed', loan.title, this.#problem(apiError));
      } else {
        this.#allError = apiError;
        this.#announcement = t.t('renewAllFailed', this.#problem(apiError));
      }
    } finally {
      if (generation === this.#generation) {
        this.#running.delete(action);
        this.setCustomState('busy', this.#running.size > 0);
        this.requestUpdate();
      }
    }
  }

  /** Fold the answers into the list: new due dates and counts, and each loan's outcome. */
  #apply(results: RenewalResult[]): void {
    const byId = new Map(results.map((r) => [r.id, r]));
    this.#loans = (this.#loans ?? []).map((loan) => {
      const result = byId.get(loan.id);
      if (!result) return loan;
      this.#outcomes.set(
        loan.id,
        result.renewed ? { kind: 'renewed', dueDate: result.dueDate ?? loan.dueDate } : { kind: 'refused', reason: result.reason ?? 'unknown' },
      );
      const next: Loan = {
        ...loan,
        dueDate: result.dueDate ?? loan.dueDate,
        renewalsUsed: result.renewalsUsed ?? loan.renewalsUsed,
        renewalsLeft: result.renewalsLeft ?? loan.renewalsLeft,
      };
      if (!result.renewed) return { ...next, renewable: false, reason: result.reason ?? 'unknown' };
      if (next.renewalsLeft <= 0) return { ...next, renewable: false, reason: 'renewal_limit' };
      return next;
    });
  }

  #onListClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-renew]');
    if (button?.dataset['renew'] !== undefined) void this.#renew(button.dataset['renew']);
  };

  #renewAll = (): void => {
    void this.#renew(ALL);
  };

  #formatters(): Formatters {
    const intlTag = this.#i18n.locale === 'en' ? 'en-GB' : 'sv-SE';
    const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
    return {
      intlTag,
      date: new Intl.DateTimeFormat(intlTag, { dateStyle: 'long', timeZone: TIME_ZONE }),
      dayKey,
      relativeNear: new Intl.RelativeTimeFormat(intlTag, { numeric: 'auto' }),
      relative: new Intl.RelativeTimeFormat(intlTag, { numeric: 'always' }),
      number: new Intl.NumberFormat(intlTag),
      today: dayNumber(dayKey, new Date()),
      dues: new Map(),
      itemLevel: 3,
    };
  }

  /**
   * The loans in the chosen order. The order is made when the loans arrive or the patron sorts,
   * not when a renewal changes a due date: a renewed loan stays where it is, under the patron's
   * focus, instead of jumping away.
   */
  #sortedLoans(loans: Loan[]): Loan[] {
    const sort: LoanSort = this.sort === 'title' ? 'title' : 'due';
    const key = `${sort}|${this.#i18n.locale}|${this.#loadCount}`;
    if (this.#order?.key !== key || this.#order.ids.length !== loans.length) {
      const collator = new Intl.Collator(this.#i18n.locale === 'en' ? 'en-GB' : 'sv-SE');
      const byTitle = (a: Loan, b: Loan) => collator.compare(a.title, b.title);
      const sorted = [...loans].sort(sort === 'title' ? byTitle : (a, b) => Date.parse(a.dueDate) - Date.parse(b.dueDate) || byTitle(a, b));
      this.#order = { key, ids: sorted.map((loan) => loan.id) };
    }
    const byId = new Map(loans.map((loan) => [loan.id, loan]));
    return this.#order.ids.flatMap((id) => byId.get(id) ?? []);
  }

  #outcomeText(outcome: ItemOutcome, f: Formatters): string {
    const t = this.#i18n;
    if (outcome.kind === 'renewed') return t.t('renewed', formatDate(f.date, outcome.dueDate));
    if (outcome.kind === 'refused') return t.t('notRenewed', this.#reason(outcome.reason));
    return this.#problem(outcome.error);
  }

  protected override render(): TemplateResult {
    return sessionView(this.#i18n, this.#session, this, () => {
      if (this.#loading && !this.#loans) return loadingView(this.#i18n);
      if (this.#loadError && !this.#loans) return this.#renderLoadError(this.#loadError);
      return this.#renderLoans(this.#loans ?? []);
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
    const f = this.#formatters();
    f.itemLevel = this.headingAt(1);
    const sorted = this.#sortedLoans(loans);
    const sort = this.sort === 'title' ? 'title' : 'due';
    const allBusy = this.#blocked(ALL);
    const header = html`<div class="header">
      ${heading(this.headingAt(), t.t('heading'), { id: 'loans-heading', part: 'heading', focusable: true })}
      <p class="count" part="count">${t.t('count', loans.length, f.number.format(loans.length))}</p>
    </div>`;
    const status = statusRegion(this.#announcement, { class: 'announce', part: 'status' });
    if (loans.length === 0) return html`${header}<p class="empty">${t.t('empty')}</p>${status}`;
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
        ${sorted.slice(0, this.#limit).map((loan) => this.#renderLoan(loan, f))}
      </ul>`;
  }

  /** The due day's words, made once per due date per render (many loans share a due date). */
  #due(dueDate: string, f: Formatters): DueWords {
    let words = f.dues.get(dueDate);
    if (!words) {
      const days = dayNumber(f.dayKey, new Date(dueDate)) - f.today;
      const relative = Number.isNaN(days)
        ? ''
        : days < 0
          ? this.#i18n.t('overdueBy', -days, f.number.format(-days))
          : (days <= 1 ? f.relativeNear : f.relative).format(days, 'day');
      words = { days, date: formatDate(f.date, dueDate), relative };
      f.dues.set(dueDate, words);
    }
    return words;
  }

  #renderLoan(loan: Loan, f: Formatters): TemplateResult {
    const t = this.#i18n;
    const { days, date, relative } = this.#due(loan.dueDate, f);
    const badge = days < 0 ? 'overdue' : days <= DUE_SOON_DAYS ? 'due-soon' : undefined;
    const outcome = this.#outcomes.get(loan.id);
    const busy = this.#blocked(loan.id);
    const failed = outcome?.kind === 'failed';
    const library = this.#libraryNames.get(loan.libraryId);
    // One template per loan, without nested ones (hidden parts instead): 300 loans render fast.
    return html`<li class="loan" part="item" data-id=${loan.id}>
      ${heading(f.itemLevel, loan.title, { class: 'title', part: 'title' })}
      <p class="badge badge--${badge ?? 'none'}" part="badge" ?hidden=${!badge}>
        ${badge ? t.t(badge === 'overdue' ? 'badge.overdue' : 'badge.dueSoon') : ''}
      </p>
      <dl>
        <div ?hidden=${!loan.author}><dt>${t.t('author')}</dt><dd>${loan.author ?? ''}</dd></div>
        <div><dt>${t.t('format')}</dt><dd>${t.t(`format.${loan.format}`)}</dd></div>
        <div ?hidden=${!library}><dt>${t.t('library')}</dt><dd>${library ?? ''}</dd></div>
        <div><dt>${t.t('due')}</dt><dd><time datetime=${loan.dueDate}>${date}</time>${relative ? ` (${relative})` : ''}</dd></div>
        <div>
          <dt>${t.t('renewals')}</dt>
          <dd>${t.t(
            'renewalCounts',
            f.number.format(loan.renewalsUsed),
            f.number.format(loan.renewalsUsed + loan.renewalsLeft),
            f.number.format(loan.renewalsLeft),
          )}</dd>
        </div>
      </dl>
      <p class="outcome outcome--${outcome?.kind ?? 'none'}" part="outcome" tabindex="-1" ?hidden=${!outcome}>${outcome ? this.#outcomeText(outcome, f) : ''}</p>
      <p class="reason" ?hidden=${!!outcome || loan.renewable}>${outcome || loan.renewable ? '' : t.t('cannotRenew', this.#reason(loan.reason))}</p>
      ${loan.renewable
        ? html`<p class="actions">
            <button
              part="button"
              type="button"
              class=${failed ? '' : 'secondary'}
              data-renew=${loan.id}
              aria-label=${failed ? `${t.t('retry')}: ${t.t('retryRenewal', loan.title)}` : `${t.t('renew')} ${loan.title}`}
              aria-disabled=${busy ? 'true' : 'false'}
            >
              ${failed ? t.t('retry') : t.t('renew')}
            </button>
          </p>`
        : nothing}
    </li>`;
  }
}

/** A Swedish calendar day as days since 1970-01-01 (NaN for a bad date). */
function dayNumber(dayKey: Intl.DateTimeFormat, date: Date): number {
  if (Number.isNaN(date.getTime())) return Number.NaN;
  const [y, m, d] = dayKey.format(date).split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function formatDate(format: Intl.DateTimeFormat, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}
