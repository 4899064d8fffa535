import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { isRecordId, wishlistStore, type ApiError, type WishlistEntry, type WishlistStore } from '@biv/client';
import { BivElement } from '../shared/biv-element.js';
import { cardBlocked } from '../shared/card-blocked.js';
import { problemText } from '../shared/messages.js';
import { LocalizeController } from '../shared/localize.js';
import { heading } from '../shared/heading.js';
import { statusRegion } from '../shared/status-region.js';
import { SessionController } from '../shared/session-controller.js';
import { DialogController } from '../shared/dialog-controller.js';
import { ItemActions } from '../shared/item-actions.js';
import { PatronData } from '../shared/patron-data.js';
import { dialogStyles } from '../shared/dialog-styles.js';
import { formStyles, resetStyles, tokenStyles } from '../shared/styles.js';
import { BivWishlistAddedEvent, BivWishlistRemovedEvent } from '../wishlist/events.js';
import { wishlistButtonMessages } from './wishlist-button.messages.js';
import { wishlistButtonStyles } from './wishlist-button.styles.js';

const TOGGLE = 'toggle';

/** A bookmark, outlined, filled once saved. */
const icon = (filled: boolean) =>
  svg`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3.5 1.5h9v13L8 11l-4.5 3.5z" fill=${filled ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/></svg>`;

/**
 * A small toggle button that saves a title of the catalogue in the patron's wishlist
 * (minneslista), for catalogue and news pages to put beside a title: "Spara i minneslistan", and
 * "Sparad i minneslistan" (`aria-pressed="true"`) once it is saved. Pressing a saved one removes
 * it. Saving twice keeps one entry. A status message next to it says what happened; a fault
 * (network, a full wishlist, a record the catalogue does not have) is said next to it, and
 * pressing again tries again.
 *
 * Pressed while the page's session (or the wishlist) is still being read, the press is kept: the
 * button shows busy (`aria-disabled`, the `busy` state, "Vänta …" in its status message) and
 * the press is carried out once the session is known: logged in, the title is saved (never
 * removed: the button said "Spara"); logged out, the login is offered.
 *
 * The accessible name holds the title (`title`), so fifty buttons on a page are told apart. Every
 * button and `<biv-wishlist>` of the page with the same endpoint share one list, loaded once.
 *
 * Logged out, pressing it offers to log in: with `with-login` a login box opens in a dialog (its
 * code loads only then) and the title is saved once the patron has logged in; with `login-href`
 * a link "Logga in för att spara" appears next to it. A missing or malformed `record-id` shows a
 * configuration error instead of the button.
 *
 * @summary "Spara i minneslistan": saves one title in the patron's wishlist.
 *
 * @tag biv-wishlist-button
 *
 * @attr record-id - The catalogue record to save (1–64 letters, digits, `.`, `_`, `:` or `-`). Required.
 * @attr title - The title's name, for the button's accessible name and its messages. It is also HTML's global `title` attribute, so browsers show it as a tooltip on the host; the button's own content has none.
 * @attr login-href - Where to log in: a link "Logga in för att spara" appears when a logged-out visitor presses the button.
 * @attr with-login - Pressed while logged out, open a login box in a dialog (its code loads only then); the title is saved after the login.
 * @attr heading-level - The level (1–6, default 2) of the login dialog's heading.
 *
 * @fires {BivWishlistAddedEvent} biv-wishlist-added - The title was saved. `detail: { recordId }`. Bubbles, composed.
 * @fires {BivWishlistRemovedEvent} biv-wishlist-removed - The title was removed. `detail: { recordId }`. Bubbles, composed.
 *
 * @csspart button - The toggle button, and the dialog's close button.
 * @csspart login-link - The "Logga in för att spara" link.
 * @csspart status - The status message after saving or removing.
 * @csspart error - The error message, and the configuration error.
 * @csspart dialog - The login `<dialog>` of `with-login`.
 * @csspart login - The login box in the dialog.
 *
 * @cssprop [--biv-wishlist-button-accent=var(--biv-color-accent)] - Border and text of the button; its background once saved.
 * @cssprop [--biv-wishlist-button-radius=var(--biv-radius)] - Corner radius of the button.
 *
 * @cssstate loading - The session or the wishlist is being loaded.
 * @cssstate logged-out - Nobody is logged in.
 * @cssstate blocked - The session ended because the card was blocked; pressing says so.
 * @cssstate saved - The title is in the wishlist.
 * @cssstate busy - Saving or removing is under way, or a press waits for the session to be known.
 * @cssstate error - The last press failed.
 */
export class WishlistButton extends BivElement {
  static override styles = [tokenStyles, resetStyles, formStyles, dialogStyles, wishlistButtonStyles];

  /** The catalogue record to save; see the `record-id` attribute. */
  @property({ attribute: 'record-id' }) recordId?: string;

  /** The title's name, from the `title` attribute (HTML's own `title` property is left alone). */
  @property({ attribute: 'title' }) itemTitle?: string;

  /** Where to log in; see the `login-href` attribute. */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** Open a login box in a dialog when pressed logged out; see the `with-login` attribute. */
  @property({ type: Boolean, attribute: 'with-login' }) withLogin = false;

  #i18n = new LocalizeController(this, wishlistButtonMessages);
  #session = new SessionController(this);
  #list = new PatronData<readonly WishlistEntry[]>(this, this.#session, {
    load: (endpoint) => wishlistStore(endpoint).load(),
    onReset: () => {
      this.#actions.clear();
      this.#error = undefined;
      this.#notice = '';
      this.#localSaved = undefined;
    },
  });
  #actions = new ItemActions<never>(this);
  #dialog = new DialogController(this, {
    busy: () => false,
    onClose: () => {
      this.#pendingSave = false;
    },
  });
  #notice = '';
  #error: ApiError | undefined;
  /** Logged out, pressed: the login link shows. */
  #offerLogin = false;
  /** Pressed logged out with `with-login`: save once the patron has logged in. */
  #pendingSave = false;
  /** Pressed while the session or the wishlist was still being read: carried out once they are known. */
  #pressKept = false;
  /** Whether the last press saved (true) or removed (false) it, for when the page's list could not be loaded. */
  #localSaved: boolean | undefined;
  #store: WishlistStore | undefined;
  #unsubscribe: (() => void) | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#store = undefined;
  }

  get #validRecord(): boolean {
    return isRecordId(this.recordId);
  }

  get #title(): string {
    return this.itemTitle?.trim() || this.#store?.entries?.find((e) => e.recordId === this.recordId)?.title || this.#i18n.t('thisTitle');
  }

  /** Whether the title is saved: as the page's list says, else as the last press left it. */
  get #saved(): boolean {
    const entries = this.#store?.entries;
    return entries ? entries.some((e) => e.recordId === this.recordId) : (this.#localSaved ?? false);
  }

  /** Follow the page's shared list, so what another button or the list changes shows here. */
  #follow(): void {
    const endpoint = this.#session.store?.endpoint;
    const store = endpoint ? wishlistStore(endpoint) : undefined;
    if (store === this.#store) return;
    this.#unsubscribe?.();
    this.#store = store;
    this.#unsubscribe = store?.subscribe(() => this.requestUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#list.sync();
    this.#follow();
    const state = this.#session.state;
    const loggedIn = state.status === 'logged-in';
    if (loggedIn) this.#offerLogin = false;
    if (loggedIn && this.#pendingSave) {
      // Logged in through the dialog: close it (focus back on the button) and save.
      this.#pendingSave = false;
      this.#dialog.close();
      queueMicrotask(() => void this.#toggle(true));
    }
    // The session may be known now: look once this update is done, when the patron's wishlist has
    // started loading (its task starts after willUpdate), so the press waits for it too.
    if (this.#pressKept && !this.#settling) void this.updateComplete.then(this.#carryOutKeptPress);
    this.setCustomState('logged-out', state.status === 'logged-out');
    this.setCustomState('blocked', cardBlocked(state));
    this.setCustomState('loading', state.status === 'unknown' || state.status === 'loading' || this.#list.loading);
    this.setCustomState('saved', loggedIn && this.#saved);
    this.setCustomState('busy', this.#actions.busy || this.#pressKept);
    this.setCustomState('error', this.#error !== undefined);
  }

  /** Whether the session, or the logged-in patron's wishlist, is still being read. */
  get #settling(): boolean {
    const status = this.#session.state.status;
    return status === 'unknown' || status === 'loading' || this.#list.loading;
  }

  get #waiting(): boolean {
    return this.#settling || this.#actions.busy || this.#pressKept;
  }

  #press = (event: Event): void => {
    if (this.#actions.busy || this.#pressKept) return;
    if (this.#settling) {
      // Too early to know what the press means: keep it, and show that it is being seen to.
      this.#pressKept = true;
      this.#error = undefined;
      this.#notice = '';
      this.requestUpdate();
      return;
    }
    this.#act(event.currentTarget as HTMLElement);
  };

  /** The session and the wishlist are known: carry out the press kept meanwhile. */
  #carryOutKeptPress = (): void => {
    if (!this.#pressKept || this.#settling || !this.isConnected) return;
    this.#pressKept = false;
    this.#act(this.renderRoot.querySelector<HTMLElement>('button.toggle'), true);
  };

  /**
   * Carry out a press once the session is known: save or remove when logged in, else say why not
   * or offer the login. `kept`: pressed before the session was known, when the button offered to
   * save, so it saves and never removes.
   */
  #act(opener: HTMLElement | null, kept = false): void {
    const state = this.#session.state;
    this.#error = undefined;
    if (state.status === 'logged-in') {
      void this.#toggle(kept);
      return;
    }
    this.#notice = '';
    if (cardBlocked(state)) {
      this.#notice = this.#i18n.t('blocked');
    } else if (this.withLogin) {
      this.#pendingSave = true;
      void this.#openLogin(opener);
    } else {
      this.#offerLogin = true;
      this.#notice = this.#i18n.t('loginNeeded');
    }
    this.requestUpdate();
  }

  /**
   * Open the login dialog, and once the login box (loaded now) has rendered, put focus on its
   * first field: the dialog itself would focus its first focusable element when it opens, before
   * the box has any (the close button).
   */
  async #openLogin(opener: HTMLElement | null): Promise<void> {
    const loaded = import('../login-box/define.js');
    await this.#dialog.show(opener);
    await loaded;
    const box = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('biv-login-box');
    await box?.updateComplete;
    if (this.#dialog.open) box?.shadowRoot?.querySelector<HTMLElement>('input')?.focus();
  }

  /** Save the title, or remove it when it is saved; `saveOnly` (after a login for it): save, never remove. */
  async #toggle(saveOnly = false): Promise<void> {
    const store = this.#store;
    const recordId = this.recordId;
    if (!store || !recordId || !this.#validRecord) return;
    const saved = !saveOnly && this.#saved;
    const title = this.#title;
    this.#notice = '';
    this.#error = undefined;
    await this.#actions.run(
      TOGGLE,
      async () => {
        if (saved) await store.remove(recordId);
        else await store.add(recordId);
      },
      (result) => {
        if (!result.ok) {
          if (!this.#session.ended(result.error)) this.#error = result.error;
          return;
        }
        this.#notice = this.#i18n.t(saved ? 'removed' : 'added', title);
        this.#localSaved = !saved;
        // The page's list could not be loaded before: try again, quietly, now that the API answered.
        if (!store.entries) void this.#list.refresh();
        this.emit(saved ? new BivWishlistRemovedEvent(recordId) : new BivWishlistAddedEvent(recordId));
      },
    );
  }

  #close = (): void => {
    this.#dialog.close();
  };

  protected override render(): TemplateResult {
    const t = this.#i18n;
    const content = this.#session.configError
      ? html`<p class="config-error" part="error" role="alert">${problemText(t, this.#session.configError)}</p>`
      : !this.#validRecord
        ? html`<p class="config-error" part="error" role="alert">${t.t('badRecord')}</p>`
        : this.#renderButton();
    // title="": the host's `title` attribute would otherwise be every inner element's tooltip too.
    return html`<div class="box" lang=${t.locale} dir=${t.dir} title="">${content}</div>`;
  }

  #renderButton(): TemplateResult {
    const t = this.#i18n;
    const loggedIn = this.#session.state.status === 'logged-in';
    const saved = loggedIn && this.#saved;
    const busy = this.#actions.busy;
    const status = busy ? t.t(saved ? 'removing' : 'saving') : this.#pressKept ? t.t('wait') : this.#notice;
    const error = this.#error;
    return html`<div class="wrap">
        <button
          part="button"
          class="toggle"
          type="button"
          aria-label=${t.t(saved ? 'saved' : 'save') + t.t('forTitle', this.#title)}
          aria-pressed=${saved ? 'true' : 'false'}
          aria-disabled=${this.#waiting ? 'true' : 'false'}
          aria-describedby=${error ? 'error' : nothing}
          @click=${this.#press}
        >
          ${icon(saved)}<span>${t.t(saved ? 'saved' : 'save')}</span>
        </button>
        ${this.#offerLogin && this.loginHref && !loggedIn ? html`<a part="login-link" href=${this.loginHref}>${t.t('loginLink')}</a>` : nothing}
      </div>
      ${statusRegion(status, { part: 'status' })}
      ${error
        ? html`<p class="error-message" part="error" id="error" role="alert">
            <span class="visually-hidden">${t.t('errorPrefix')}</span> ${problemText(t, error)}
          </p>`
        : nothing}
      ${this.withLogin ? this.#renderDialog() : nothing}`;
  }

  #renderDialog(): TemplateResult {
    const t = this.#i18n;
    const open = this.#dialog.open;
    return html`<dialog part="dialog" aria-labelledby="login-title">
      ${heading(this.headingAt(), t.t('loginTitle'), { id: 'login-title' })}
      ${open ? html`<biv-login-box part="login" endpoint=${this.#session.store?.endpoint ?? ''} heading-level=${this.headingAt(1)}></biv-login-box>` : nothing}
      <div class="dialog-buttons">
        <button part="button" class="secondary" type="button" @click=${this.#close}>${t.t('close')}</button>
      </div>
    </dialog>`;
  }
}
