import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  ApiError,
  asApiError,
  confirmPinReset,
  PIN_RESET_MINUTES,
  PIN_RESET_TOKEN_PATTERN,
  requestPinReset,
  type InvalidTokenReason,
} from '@biv/client';
import { BivElement } from '../shared/biv-element.js';
import { formatsOf } from '../shared/dates.js';
import { ErrorSummary, FormController } from '../shared/form.js';
import { FocusController } from '../shared/focus-controller.js';
import { fieldText, problemText } from '../shared/messages.js';
import { LocalizeController } from '../shared/localize.js';
import { checkNewPin, newPinFields, type NewPinField } from '../shared/new-pin-fields.js';
import { checkIdentifier, identifierField } from '../shared/pin-fields.js';
import { panelStyles } from '../shared/panel-styles.js';
import { heading } from '../shared/heading.js';
import { statusRegion } from '../shared/status-region.js';
import { formStyles, resetStyles, tokenStyles } from '../shared/styles.js';
import { BivPinResetEvent, BivPinResetRequestedEvent } from './events.js';
import { pinResetMessages } from './pin-reset.messages.js';
import { pinResetStyles } from './pin-reset.styles.js';

/** What the element shows. */
type View = 'request' | 'sent' | 'choose' | 'done' | 'invalid';

/** The token in a fragment such as `#token=…` (also among other fragment parameters). */
const TOKEN_IN_FRAGMENT = /(?:^#|&)token=([^&]*)/;

/**
 * "Har du glömt PIN-koden?": a patron who forgot the PIN chooses a new one alone, in two steps.
 *
 * 1. The patron gives a card number or personnummer and asks for a link. The answer is always
 *    the same, whether or not the patron exists: "if the details are right, we have e-mailed a
 *    link"; a patron without an e-mail address is told to visit a library.
 * 2. The link (valid 30 minutes, works once) opens the reset page with `#token=…` in the fragment,
 *    where this element takes the token, removes it from the address bar at once, and asks for
 *    the new PIN twice (the same strength rules as for a new card). A used, expired, replaced or
 *    altered link gets its own message and a way to ask again.
 *
 * A successful reset ends every session of the patron and does not log in: the element says so
 * and offers the login (`login-href`, or whatever is put in the `login` slot, such as a
 * `<biv-login-box>`). Nothing typed is stored in the browser or put in a URL.
 *
 * @summary Forgot the PIN: a link by e-mail, then a new PIN.
 *
 * @tag biv-pin-reset
 *
 * @attr reset-url - The page the e-mailed link opens (a page with this element). Defaults to the page the element is on. The server uses it only when it is on its allowlist (`BIV_PIN_RESET_ALLOWED_URLS`), otherwise its configured reset page.
 * @attr login-href - Where to log in, linked after the new PIN is saved.
 * @attr heading-level - The level (1–6, default 2) of the headings of the error summary and of each view (sent, done, invalid link). Set it to fit the page's outline: 3 under an `<h2>`, and so on.
 *
 * @fires {BivPinResetRequestedEvent} biv-pin-reset-requested - A link was asked for (the answer does not tell whether a mail was sent). No detail. Bubbles, composed.
 * @fires {BivPinResetEvent} biv-pin-reset - The new PIN was saved; the patron is not logged in. No detail. Bubbles, composed.
 *
 * @slot login - Shown after the new PIN is saved, e.g. `<biv-login-box slot="login">`.
 *
 * @csspart form - The `<form>` of either step.
 * @csspart label - Each field's `<label>`.
 * @csspart input - Each `<input>`.
 * @csspart button - The submit buttons and "ask for a new link".
 * @csspart error - Each inline field error, and the configuration error.
 * @csspart summary - The error summary shown after a failed submit.
 * @csspart panel - The view after asking for a link, and the view of a link that cannot be used.
 * @csspart result - The view after the new PIN is saved.
 *
 * @cssprop [--biv-color-success=#1d5c3e] - Border of the result view.
 * @cssprop [--biv-pin-reset-accent=var(--biv-color-accent)] - Accent of this element only.
 * @cssprop [--biv-pin-reset-accent-contrast=var(--biv-color-accent-contrast)] - Text on this element's accent.
 * @cssprop [--biv-pin-reset-radius=var(--biv-radius)] - Corner radius of this element.
 * @cssprop [--biv-pin-reset-spacing=var(--biv-spacing)] - Spacing of this element.
 * @cssprop [--biv-pin-reset-note-background=var(--biv-color-note-background)] - Background of the panels.
 * @cssprop [--biv-pin-reset-max-width=32rem] - Maximum width.
 *
 * @cssstate busy - A request is being sent.
 * @cssstate sent - A link was asked for; the "check your e-mail" view shows.
 * @cssstate choosing - A link was opened; the new PIN form shows.
 * @cssstate done - The new PIN was saved.
 * @cssstate invalid-link - The link cannot be used (used, expired, replaced or altered).
 */
export class PinReset extends BivElement {
  static override styles = [tokenStyles, resetStyles, formStyles, panelStyles, pinResetStyles];


  /** The page the e-mailed link should open; see the `reset-url` attribute. */
  @property({ attribute: 'reset-url' }) resetUrl?: string;

  /** Where to log in, linked after the new PIN is saved. */
  @property({ attribute: 'login-href' }) loginHref?: string;

  #i18n = new LocalizeController(this, pinResetMessages);
  #requestForm = new FormController<'identifier'>(this, { identifier: checkIdentifier });
  #chooseForm: FormController<NewPinField> = new FormController<NewPinField>(this, checkNewPin(() => this.#chooseForm.value('newPin')));
  #view: View = 'request';
  /** The token from the link: in memory only, never stored or shown. */
  #token: string | undefined;
  #invalidReason: InvalidTokenReason = 'unknown';
  #focus = new FocusController(this);
  #summary = new ErrorSummary(this, this.#focus);

  override connectedCallback(): void {
    super.connectedCallback();
    this.#takeToken();
    window.addEventListener('hashchange', this.#takeToken);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#takeToken);
  }

  /**
   * Take the token from the address bar's fragment and remove it there at once, so it is not
   * left in the history, a bookmark or a screenshot. Also when a newer link opens this same page.
   */
  #takeToken = (): void => {
    const match = TOKEN_IN_FRAGMENT.exec(window.location.hash);
    if (!match) return;
    let token = '';
    try {
      token = decodeURIComponent(match[1] ?? '');
    } catch {
      // A malformed escape: an altered link.
    }
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', pathname + search);
    this.#token = token;
    this.#chooseForm.reset();
    this.#summary.hide();
    if (PIN_RESET_TOKEN_PATTERN.test(token)) this.#show('choose', false);
    else this.#showInvalid('unknown', false);
  };

  #show(view: View, focus = true): void {
    this.#view = view;
    if (focus && view === 'request') this.#focus.after('#identifier');
    else if (focus && view !== 'choose') this.#focus.after('#view-title');
    this.requestUpdate();
  }

  #showInvalid(reason: InvalidTokenReason, focus = true): void {
    this.#token = undefined;
    this.#invalidReason = reason;
    this.#show('invalid', focus);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.setCustomState('sent', this.#view === 'sent');
    this.setCustomState('choosing', this.#view === 'choose');
    this.setCustomState('done', this.#view === 'done');
    this.setCustomState('invalid-link', this.#view === 'invalid');
  }

  /** The page the link should open: `reset-url`, or this page (without query and fragment). */
  #resetPage(): string {
    const base = this.resetUrl ? new URL(this.resetUrl, document.baseURI) : new URL(window.location.href);
    return base.origin + base.pathname;
  }

  #fieldMessage(name: 'identifier' | NewPinField, code: string): string {
    return fieldText(this.#i18n, name, code);
  }

  #problemMessage(error: ApiError): string {
    return problemText(this.#i18n, error);
  }

  async #submitRequest(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy || typeof this.resolvedEndpoint !== 'string') return;
    this.#summary.problem = undefined;
    if (!this.#requestForm.validate()) return this.#summary.show();
    this.busy = true;
    try {
      await requestPinReset(this.resolvedEndpoint, { identifier: this.#requestForm.value('identifier').trim(), resetUrl: this.#resetPage() });
      this.#summary.hide();
      this.#show('sent');
      this.emit(new BivPinResetRequestedEvent());
    } catch (error) {
      const apiError = asApiError(error);
      this.#summary.fail(this.#requestForm, apiError);
    } finally {
      this.busy = false;
    }
  }

  async #submitChoose(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy || typeof this.resolvedEndpoint !== 'string') return;
    const token = this.#token;
    if (!token) return this.#showInvalid('unknown');
    this.#summary.problem = undefined;
    if (!this.#chooseForm.validate()) return this.#summary.show();
    this.busy = true;
    try {
      await confirmPinReset(this.resolvedEndpoint, { token, newPin: this.#chooseForm.value('newPin') });
      this.#token = undefined;
      this.#chooseForm.reset();
      this.#summary.hide();
      this.#show('done');
      this.emit(new BivPinResetEvent());
    } catch (error) {
      const apiError = asApiError(error);
      if (apiError.code === 'invalid_token') {
        this.#chooseForm.reset();
        this.#summary.hide();
        this.#showInvalid((apiError.reason as InvalidTokenReason | undefined) ?? 'unknown');
      } else {
        this.#summary.fail(this.#chooseForm, apiError);
      }
    } finally {
      this.busy = false;
    }
  }

  #askAgain = (): void => {
    this.#summary.hide();
    this.#requestForm.clearErrors();
    this.#show('request');
  };

  protected override render(): TemplateResult {
    const locale = this.#i18n.locale;
    if (this.resolvedEndpoint instanceof ApiError) {
      return html`<div class="box" lang=${locale} dir=${this.#i18n.dir}>
        <p class="config-error" part="error" role="alert">${this.#problemMessage(this.resolvedEndpoint)}</p>
      </div>`;
    }
    const views: Record<View, () => TemplateResult> = {
      request: () => this.#renderRequest(),
      sent: () => this.#renderSent(),
      choose: () => this.#renderChoose(),
      done: () => this.#renderDone(),
      invalid: () => this.#renderInvalid(),
    };
    return html`<div class="box" lang=${locale} dir=${this.#i18n.dir}>${views[this.#view]()}</div>`;
  }

  #status(busyKey: 'requestBusy' | 'chooseBusy'): TemplateResult {
    return statusRegion(this.busy ? this.#i18n.t(busyKey) : '');
  }

  #renderRequest(): TemplateResult {
    const t = this.#i18n;
    const form = this.#requestForm;
    return html`${this.#summary.render(form, t, (error) => this.#problemMessage(error), this.headingAt())}
      <form part="form" novalidate aria-label=${t.t('requestLabel')} aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#submitRequest}>
        <p class="intro">${t.t('requestIntro')}</p>
        ${identifierField(form, {
          label: t.t('identifierLabel'),
          hint: t.t('identifierHint'),
          errorPrefix: t.t('errorPrefix'),
          message: (name, code) => this.#fieldMessage(name, code),
        })}
        <button part="button" type="submit" @pointerdown=${form.holdBlurChecks} aria-disabled=${this.busy ? 'true' : 'false'}>
          ${t.t('requestSubmit')}
        </button>
        ${this.#status('requestBusy')}
      </form>`;
  }

  #renderSent(): TemplateResult {
    const t = this.#i18n;
    return html`<div class="panel" part="panel">
      ${heading(this.headingAt(), t.t('sentTitle'), { id: 'view-title', focusable: true })}
      <p>${t.t('sent', PIN_RESET_MINUTES, formatsOf(t.locale).number.format(PIN_RESET_MINUTES))}</p>
      <p>${t.t('sentSpam')}</p>
      <p>${t.t('sentNoEmail')}</p>
      <p><button part="button" class="secondary" type="button" @click=${this.#askAgain}>${t.t('askAgain')}</button></p>
    </div>`;
  }

  #renderChoose(): TemplateResult {
    const t = this.#i18n;
    const form = this.#chooseForm;
    return html`${this.#summary.render(form, t, (error) => this.#problemMessage(error), this.headingAt())}
      <form part="form" novalidate aria-label=${t.t('chooseLabel')} aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#submitChoose}>
        <p class="intro">${t.t('chooseIntro')}</p>
        ${newPinFields(form, {
          label: { newPin: t.t('newPinLabel'), newPinRepeat: t.t('newPinRepeatLabel') },
          hint: t.t('newPinHint'),
          errorPrefix: t.t('errorPrefix'),
          message: (name, code) => this.#fieldMessage(name, code),
        })}
        <button part="button" type="submit" @pointerdown=${form.holdBlurChecks} aria-disabled=${this.busy ? 'true' : 'false'}>
          ${t.t('chooseSubmit')}
        </button>
        ${this.#status('chooseBusy')}
      </form>`;
  }

  #renderDone(): TemplateResult {
    const t = this.#i18n;
    return html`<div class="result" part="result">
        ${heading(this.headingAt(), t.t('doneTitle'), { id: 'view-title', focusable: true })}
        <p>${t.t('done')}</p>
        ${this.loginHref ? html`<p><a href=${this.loginHref}>${t.t('loginLink')}</a></p>` : nothing}
      </div>
      <slot name="login"></slot>`;
  }

  #renderInvalid(): TemplateResult {
    const t = this.#i18n;
    const reason = this.#invalidReason;
    return html`<div class="panel" part="panel">
      ${heading(this.headingAt(), t.t('invalidTitle'), { id: 'view-title', focusable: true })}
      <p>${reason === 'expired' ? t.t('invalid.expired', PIN_RESET_MINUTES, formatsOf(t.locale).number.format(PIN_RESET_MINUTES)) : t.t(`invalid.${reason}`)}</p>
      <p><button part="button" class="secondary" type="button" @click=${this.#askAgain}>${t.t('askAgain')}</button></p>
    </div>`;
  }
}
