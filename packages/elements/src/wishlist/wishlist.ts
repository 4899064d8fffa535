import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { wishlistStore, type ApiError, type WishlistEntry, type WishlistStore } from '@biv/client';
import { BivElement } from '../shared/biv-element.js';
import { problemText } from '../shared/messages.js';
import { LocalizeController } from '../shared/localize.js';
import { sessionView } from '../shared/logged-out.js';
import { cardBlocked } from '../shared/card-blocked.js';
import { panelStyles } from '../shared/panel-styles.js';
import { heading } from '../shared/heading.js';
import { statusRegion } from '../shared/status-region.js';
import { SessionController } from '../shared/session-controller.js';
import { FocusController } from '../shared/focus-controller.js';
import { ItemActions } from '../shared/item-actions.js';
import { PatronData } from '../shared/patron-data.js';
import { formStyles, resetStyles, tokenStyles } from '../shared/styles.js';
import { BivWishlistAddedEvent, BivWishlistRemovedEvent } from './events.js';
import { keyOf, wishlistItem, type EntryContext } from './wishlist-item.js';
import { wishlistMessages } from './wishlist.messages.js';
import { wishlistStyles } from './wishlist.styles.js';

/** The action id of an undo (one at a time: the last removal's); a removal's is `remove:<record id>`. */
const UNDO = 'undo';
const removal = (recordId: string) => `remove:${recordId}`;

/** The last removal, offered for undo: the entry and where it stood in the list. */
interface Removal {
  entry: WishlistEntry;
  index: number;
}

/**
 * The logged-in patron's wishlist (minneslista): the saved titles, newest first, each with its
 * author, format and the day it was saved, and "Ta bort". After a removal a status message says
 * which title went, with an "Ångra" button that puts it back where it was; the undo stays offered
 * until the next removal or undo (no time limit: WCAG 2.2.1), and focus moves to the next title
 * (or the heading), and after an undo to the restored title.
 *
 * It shares the page's wishlist with every `<biv-wishlist-button>` of the same endpoint: one
 * request for all of them, and a title saved or removed with a button shows here at once. Works
 * for temporary accounts too. Logged out, it says so and links to the login (`login-href`), shows
 * a login box (`with-login`) or what is in its `login` slot.
 *
 * @summary The patron's wishlist (minneslista): saved titles, remove with undo.
 *
 * @tag biv-wishlist
 *
 * @attr login-href - Where to log in, linked when nobody is logged in.
 * @attr with-login - Show a login box inside the logged-out view (its code loads only then), instead of the `login` slot.
 * @attr heading-level - The level (1–6, default 2) of the list's heading and the logged-out view's; each title's heading one level deeper. Set it to fit the page's outline: 3 under an `<h2>`, and so on.
 *
 * @fires {BivWishlistRemovedEvent} biv-wishlist-removed - A title was removed from the wishlist. `detail: { recordId }`. Bubbles, composed.
 * @fires {BivWishlistAddedEvent} biv-wishlist-added - A removed title was put back (undo). `detail: { recordId }`. Bubbles, composed.
 *
 * @slot login - Shown when nobody is logged in, e.g. `<biv-login-box slot="login">`.
 *
 * @csspart list - The `<ul>` of saved titles.
 * @csspart item - Each saved title (`<li>`).
 * @csspart notice - The status message after a removal or an undo, with the undo button.
 * @csspart button - Every button: remove, undo and "try again".
 * @csspart error - Each error message (at a title, the list's, the undo's and the configuration error).
 * @csspart empty - The view of an empty wishlist.
 * @csspart panel - The view when nobody is logged in.
 * @csspart login - The login box of `with-login`.
 *
 * @cssprop [--biv-wishlist-accent=var(--biv-color-accent)] - Accent of this element only.
 * @cssprop [--biv-wishlist-radius=var(--biv-radius)] - Corner radius of this element.
 * @cssprop [--biv-wishlist-spacing=var(--biv-spacing)] - Spacing of this element.
 * @cssprop [--biv-wishlist-note-background=var(--biv-color-note-background)] - Background of the panel, the empty view and the status message.
 * @cssprop [--biv-wishlist-max-width=40rem] - Maximum width.
 *
 * @cssstate loading - The session or the wishlist is being loaded.
 * @cssstate logged-out - Nobody is logged in; the list is not shown.
 * @cssstate blocked - The session ended because the card was blocked; the view says so.
 * @cssstate error - The wishlist could not be loaded; a "try again" button shows.
 * @cssstate empty - The wishlist has no titles.
 * @cssstate busy - A removal or an undo is being sent.
 * @cssstate can-undo - The last removal can be undone.
 */
export class Wishlist extends BivElement {
  static override styles = [tokenStyles, resetStyles, formStyles, panelStyles, wishlistStyles];

  /** Where to log in, linked when nobody is logged in. */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** Show a login box inside the logged-out view; see the `with-login` attribute. */
  @property({ type: Boolean, attribute: 'with-login' }) withLogin = false;

  #i18n = new LocalizeController(this, wishlistMessages);
  #session = new SessionController(this);
  #focus = new FocusController(this);
  #entries = new PatronData<readonly WishlistEntry[]>(this, this.#session, {
    // The page's shared list: one request for this list and every button on the page.
    load: (endpoint) => wishlistStore(endpoint).load(),
    onReset: () => {
      this.#actions.clear();
      this.#notice = '';
      this.#undo = undefined;
      this.#undoError = undefined;
    },
  });
  #actions = new ItemActions<ApiError>(this);
  /** The last outcome, in the status message (a live region). */
  #notice = '';
  #undo: Removal | undefined;
  #undoError: ApiError | undefined;
  #store: WishlistStore | undefined;
  #unsubscribe: (() => void) | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#store = undefined;
  }

  get #status(): 'idle' | 'loading' | 'loaded' | 'error' {
    if (!this.#entries.active) return 'idle';
    if (this.#entries.loading) return 'loading';
    if (this.#entries.error) return 'error';
    return this.#entries.value ? 'loaded' : 'loading';
  }

  /** Follow the page's shared list: what a button saves or removes shows here. */
  #follow(): void {
    const endpoint = this.#session.store?.endpoint;
    const store = endpoint ? wishlistStore(endpoint) : undefined;
    if (store === this.#store) return;
    this.#unsubscribe?.();
    this.#store = store;
    this.#unsubscribe = store?.subscribe((entries) => {
      if (entries && this.#entries.active && entries !== this.#entries.value) this.#entries.value = entries;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#entries.sync();
    this.#follow();
    const state = this.#session.state;
    const status = this.#status;
    const loggedIn = state.status === 'logged-in';
    this.setCustomState('logged-out', state.status === 'logged-out' || Boolean(this.#session.configError));
    this.setCustomState('blocked', cardBlocked(state));
    this.setCustomState('loading', !this.#session.configError && (state.status === 'unknown' || state.status === 'loading' || status === 'loading'));
    this.setCustomState('error', loggedIn && status === 'error');
    this.setCustomState('empty', loggedIn && status === 'loaded' && (this.#entries.value ?? []).length === 0);
    this.setCustomState('busy', this.#actions.busy);
    this.setCustomState('can-undo', loggedIn && this.#undo !== undefined);
  }

  #retry = (): void => {
    this.#focus.after('#list-title');
    void this.#entries.reload();
  };

  #problem = (error: ApiError): string => problemText(this.#i18n, error);

  #remove = async (entry: WishlistEntry): Promise<void> => {
    const store = this.#store;
    const id = entry.recordId;
    if (!store || this.#actions.running(removal(id))) return;
    const list = this.#entries.value ?? [];
    const index = Math.max(0, list.findIndex((e) => e.recordId === id));
    this.#actions.outcomes.delete(id);
    await this.#actions.run(
      removal(id),
      () => store.remove(id),
      (result) => {
        if (!result.ok) {
          if (!this.#session.ended(result.error)) this.#actions.outcomes.set(id, result.error);
          return;
        }
        const rest = store.entries ?? list.filter((e) => e.recordId !== id);
        this.#entries.value = rest;
        this.#undo = { entry, index };
        this.#undoError = undefined;
        this.#notice = this.#i18n.t('removed', entry.title);
        const next = rest[Math.min(index, rest.length - 1)];
        this.#focus.after(next ? `#t-${keyOf(next.recordId)}` : '#list-title');
        this.emit(new BivWishlistRemovedEvent(id));
      },
    );
  };

  #restore = async (): Promise<void> => {
    const undo = this.#undo;
    const store = this.#store;
    if (!undo || !store || this.#actions.running(UNDO)) return;
    this.#undoError = undefined;
    await this.#actions.run(
      UNDO,
      () => store.add(undo.entry.recordId, undo.index),
      (result) => {
        if (!result.ok) {
          if (!this.#session.ended(result.error)) this.#undoError = result.error;
          return;
        }
        if (store.entries) this.#entries.value = store.entries;
        this.#undo = undefined;
        this.#notice = this.#i18n.t('restored', undo.entry.title);
        this.#focus.after(`#t-${keyOf(undo.entry.recordId)}`);
        this.emit(new BivWishlistAddedEvent(undo.entry.recordId));
      },
    );
  };

  // Rendering

  protected override render(): TemplateResult {
    return sessionView(this.#i18n, this.#session, this, () => this.#renderLoggedIn());
  }

  #renderLoggedIn(): TemplateResult {
    const t = this.#i18n;
    const status = this.#status;
    const entries = this.#entries.value ?? [];
    const loadError = this.#entries.error;
    let body: TemplateResult;
    if (status === 'error' && loadError) {
      body = html`<div class="load-error" part="error" role="alert">
        <p>${t.t('loadFailed')} ${this.#problem(loadError)}</p>
        <button part="button" class="secondary" type="button" @click=${this.#retry}>${t.t('retry')}</button>
      </div>`;
    } else if (status !== 'loaded') {
      body = html`<p class="status" role="status">${t.t('loading')}</p>`;
    } else if (entries.length === 0) {
      body = html`<div class="empty" part="empty">
        <p><strong>${t.t('empty')}</strong></p>
        <p>${t.t('emptyHint')}</p>
      </div>`;
    } else {
      const context: EntryContext = {
        i18n: t,
        level: this.headingAt(1),
        problem: this.#problem,
        error: (id) => this.#actions.outcomes.get(id),
        removing: (id) => this.#actions.running(removal(id)),
        onRemove: (entry) => void this.#remove(entry),
      };
      body = html`<ul class="entries" part="list" aria-labelledby="list-title">
        ${repeat(
          entries,
          (e) => e.recordId,
          (e) => wishlistItem(e, context),
        )}
      </ul>`;
    }
    return html`<section aria-labelledby="list-title" aria-busy=${status === 'loading' ? 'true' : 'false'}>
      ${heading(this.headingAt(), t.t('heading'), { id: 'list-title', class: 'list-title', focusable: true })}
      <div class="notice-box ${this.#notice ? '' : 'notice-box--empty'}" part="notice">
        ${statusRegion(this.#actions.running(UNDO) ? t.t('undoing') : this.#notice, { class: 'notice' })} ${this.#renderUndo()}
      </div>
      ${body}
    </section>`;
  }

  #renderUndo(): TemplateResult | typeof nothing {
    const undo = this.#undo;
    if (!undo) return nothing;
    const t = this.#i18n;
    const error = this.#undoError;
    return html`${error
        ? html`<p class="error-message" part="error" id="undo-error" role="alert">
            <span class="visually-hidden">${t.t('errorPrefix')}</span> ${t.t('undoFailed', undo.entry.title)}
            ${error.code === 'not_found' ? t.t('recordGone') : this.#problem(error)}
          </p>`
        : nothing}
      <button
        part="button"
        class="secondary undo"
        type="button"
        aria-label=${t.t('undo') + t.t('undoFor', undo.entry.title)}
        aria-describedby=${error ? 'undo-error' : nothing}
        aria-disabled=${this.#actions.running(UNDO) ? 'true' : 'false'}
        @click=${() => void this.#restore()}
      >
        ${t.t('undo')}
      </button>`;
  }
}
