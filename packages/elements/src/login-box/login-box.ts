import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { asApiError, type SessionState } from '@biv/client';
import { BivElement } from '../shared/biv-element.js';
import { ErrorSummary, FormController } from '../shared/form.js';
import { checkIdentifier, checkPin, identifierField, pinField } from '../shared/pin-fields.js';
import { FocusController } from '../shared/focus-controller.js';
import { fieldText, problemText } from '../shared/messages.js';
import { blockedWords } from '../shared/card-blocked.js';
import { LocalizeController } from '../shared/localize.js';
import { SessionController } from '../shared/session-controller.js';
import { statusRegion } from '../shared/status-region.js';
import { formStyles, resetStyles, tokenStyles } from '../shared/styles.js';
import { BivLoginEvent, BivLogoutEvent } from './events.js';
import { loginBoxMessages } from './login-box.messages.js';
import { loginBoxStyles } from './login-box.styles.js';

type Field = 'identifier' | 'pin';

/**
 * Log in to the library with a library card number or a personnummer and the 4-digit PIN; when
 * logged in, shows the patron's name (and, for a temporary account, until when it is valid) and a
 * logout button. Every login box on a page shares one session.
 *
 * The fields live in the element's open shadow root, inside a real `<form>` with
 * `autocomplete="username"` / `"current-password"` and `name`s, so browsers' password managers
 * find them (see docs/decisions/0001-login-fields-and-password-managers.md).
 *
 * @summary Log in with card number or personnummer and PIN; logged-in state with name and logout.
 *
 * @tag biv-login-box
 *
 * @attr forgot-pin-href - Where "Har du glömt PIN-koden?" leads. The link is hidden when absent.
 * @attr new-card-href - Where "Så får du ett nytt kort" leads, shown when the card is blocked (a login refused as blocked, or the session ended because the card was blocked). The link is hidden when absent.
 * @attr heading-level - The level (1–6, default 2) of the error summary's heading. Set it to fit the page's outline: 3 under an `<h2>`, and so on.
 *
 * @fires {BivLoginEvent} biv-login - A patron logged in with this box. `detail: { patron }`. Bubbles, composed.
 * @fires {BivLogoutEvent} biv-logout - The patron logged out with this box. `detail: {}`. Bubbles, composed.
 *
 * @csspart form - The `<form>`.
 * @csspart label - Each field's `<label>`.
 * @csspart input - Each `<input>`.
 * @csspart button - The "Logga in" and "Logga ut" buttons.
 * @csspart error - Each inline field error, and the configuration error.
 * @csspart summary - The error summary shown after a failed login.
 * @csspart logged-in - The logged-in view.
 * @csspart notice - The note above the form after the card was blocked on this page or another device.
 * @csspart page-only - The note, when logged in, that the login holds on this page only: the browser keeps no cookie of the API's site (docs/decisions/0005).
 *
 * @cssprop [--biv-login-box-accent=var(--biv-color-accent)] - Accent of this element only.
 * @cssprop [--biv-login-box-accent-contrast=var(--biv-color-accent-contrast)] - Text on this element's accent.
 * @cssprop [--biv-login-box-radius=var(--biv-radius)] - Corner radius of this element.
 * @cssprop [--biv-login-box-spacing=var(--biv-spacing)] - Spacing of this element.
 * @cssprop [--biv-login-box-background=var(--biv-color-surface, transparent)] - Background of the box (transparent unless a surface colour is set).
 * @cssprop [--biv-login-box-border=none] - Border of the box.
 * @cssprop [--biv-login-box-padding=0] - Padding of the box.
 * @cssprop [--biv-login-box-max-width=28rem] - Maximum width.
 * @cssprop [--biv-login-box-note-background=var(--biv-color-note-background)] - Background of the temporary-account note.
 *
 * @cssstate busy - A login or logout is under way; submitting again is not possible.
 * @cssstate logged-in - A patron is logged in.
 */
export class LoginBox extends BivElement {
  static override styles = [tokenStyles, resetStyles, formStyles, loginBoxStyles];


  /** Target of the "Har du glömt PIN-koden?" link; hidden when unset. */
  @property({ attribute: 'forgot-pin-href' }) forgotPinHref?: string;

  /** Target of the "Så får du ett nytt kort" link of a blocked card; hidden when unset. */
  @property({ attribute: 'new-card-href' }) newCardHref?: string;

  #i18n = new LocalizeController(this, loginBoxMessages);
  #session = new SessionController(this);
  #form = new FormController<Field>(this, { identifier: checkIdentifier, pin: checkPin });
  /** The answer that failed the last login (shown in the summary), or logout's failure. */
  #logoutFailed = false;
  #announcement: 'busy' | 'loggedOut' | undefined;
  #focus = new FocusController(this);
  #summary = new ErrorSummary(this, this.#focus);
  #lastStatus: SessionState['status'] | undefined;

  /** The logged-in patron, if any (shared by every element on this endpoint). */
  get patron() {
    const current = this.#session.state;
    return current.status === 'logged-in' ? current.patron : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const status = this.#session.state.status;
    if (status !== this.#lastStatus) {
      // Someone logged in (here or in another box): the next patron starts with an empty form.
      if (status === 'logged-in') {
        this.#clearForm();
        this.#announcement = undefined;
      }
      this.#lastStatus = status;
    }
    this.setCustomState('logged-in', status === 'logged-in');
  }

  #clearForm(): void {
    this.#form.reset();
    this.#summary.hide();
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const store = this.#session.store;
    if (this.busy || !store) return;
    this.#summary.problem = undefined;
    this.#announcement = undefined;
    if (!this.#form.validate()) return this.#summary.show();
    this.busy = true;
    this.#announcement = 'busy';
    try {
      const patron = await store.login(this.#form.value('identifier'), this.#form.value('pin'));
      this.#clearForm();
      this.#announcement = undefined;
      this.#focus.after('#logged-in-as');
      this.emit(new BivLoginEvent(patron));
    } catch (error) {
      const apiError = asApiError(error);
      this.#announcement = undefined;
      this.#summary.fail(this.#form, apiError);
    } finally {
      this.busy = false;
    }
  }

  async #logout(): Promise<void> {
    const store = this.#session.store;
    if (this.busy || !store) return;
    this.busy = true;
    this.#logoutFailed = false;
    try {
      await store.logout();
      this.#clearForm();
      this.#announcement = 'loggedOut';
      this.#focus.after('#identifier');
      this.emit(new BivLogoutEvent());
    } catch {
      this.#logoutFailed = true;
    } finally {
      this.busy = false;
    }
  }

  protected override render(): TemplateResult {
    const locale = this.#i18n.locale;
    const configError = this.#session.configError;
    if (configError) {
      return html`<div class="box" lang=${locale} dir=${this.#i18n.dir}>
        <p class="config-error" part="error" role="alert">${problemText(this.#i18n, configError)}</p>
      </div>`;
    }
    const current = this.#session.state;
    // The status region is outside both views: "Du är utloggad." is set into the region that was
    // there before the logout, not drawn with the new form.
    return html`<div class="box" lang=${locale} dir=${this.#i18n.dir}>
      ${current.status === 'logged-in' ? this.#renderLoggedIn(current) : this.#renderForm()}
      ${statusRegion(this.#announcement ? this.#i18n.t(this.#announcement) : '')}
    </div>`;
  }

  #renderLoggedIn(current: Extract<SessionState, { status: 'logged-in' }>): TemplateResult {
    const { patron } = current;
    const temporary = patron.cardState === 'temporary';
    return html`<div class="logged-in" part="logged-in">
      <p class="logged-in-as" id="logged-in-as">${this.#i18n.t('loggedInAs')} <strong>${patron.name}</strong></p>
      ${temporary
        ? html`<p class="note">
            ${patron.validUntil ? this.#i18n.t('temporary', this.#i18n.dateTime(patron.validUntil)) : this.#i18n.t('temporaryNoDate')}
          </p>`
        : nothing}
      ${current.pageOnly ? html`<p class="note" part="page-only">${this.#i18n.t('pageOnly')}</p>` : nothing}
      ${this.#logoutFailed ? html`<p class="error-message" part="error" role="alert">${this.#i18n.t('logoutFailed')}</p>` : nothing}
      <div class="actions">
        <button part="button" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.#logout}>
          ${this.#i18n.t('logout')}
        </button>
      </div>
    </div>`;
  }

  #renderForm(): TemplateResult {
    const summary = this.#summary.render(this.#form, this.#i18n, (error) => problemText(this.#i18n, error), this.headingAt());
    const t = (key: 'identifierLabel' | 'identifierHint' | 'pinLabel' | 'pinHint' | 'errorPrefix') => this.#i18n.t(key);
    const message = (name: Field, code: string) => fieldText(this.#i18n, name, code);
    const newCard = this.newCardHref ? html`<p><a href=${this.newCardHref}>${this.#i18n.t('blocked.link')}</a></p>` : nothing;
    // The session ended because the card was blocked (here or elsewhere): say so above the form.
    const blocked = blockedWords(this.#i18n, this.#session.state);

    return html`${blocked
        ? html`<div class="note" part="notice">
            <p><strong>${blocked.title}</strong></p>
            <p>${blocked.text}</p>
            ${newCard}
          </div>`
        : nothing}
      ${summary} ${this.#summary.shown && this.#summary.problem?.code === 'card_blocked' ? newCard : nothing}
      <form part="form" novalidate aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#submit}>
        ${identifierField(this.#form, { label: t('identifierLabel'), hint: t('identifierHint'), errorPrefix: t('errorPrefix'), message })}
        ${pinField(this.#form, 'pin', 'current-password', { label: t('pinLabel'), hint: t('pinHint'), errorPrefix: t('errorPrefix'), message })}
        <div class="actions">
          <button part="button" type="submit" @pointerdown=${this.#form.holdBlurChecks} aria-disabled=${this.busy ? 'true' : 'false'}>${this.#i18n.t('submit')}</button>
          ${this.forgotPinHref ? html`<a class="forgot" href=${this.forgotPinHref}>${this.#i18n.t('forgotPin')}</a>` : nothing}
        </div>
      </form>`;
  }
}
