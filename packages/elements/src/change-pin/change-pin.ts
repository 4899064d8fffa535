import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { asApiError, changePin, type ApiError } from '@biv/client';
import { BivElement } from '../shared/biv-element.js';
import { ErrorSummary, FormController } from '../shared/form.js';
import { FocusController } from '../shared/focus-controller.js';
import { fieldText, problemText } from '../shared/messages.js';
import { LocalizeController } from '../shared/localize.js';
import { sessionView } from '../shared/logged-out.js';
import { panelStyles } from '../shared/panel-styles.js';
import { checkNewPin, newPinFields, type NewPinField } from '../shared/new-pin-fields.js';
import { checkPin, pinField } from '../shared/pin-fields.js';
import { SessionController } from '../shared/session-controller.js';
import { statusRegion } from '../shared/status-region.js';
import { heading } from '../shared/heading.js';
import { formStyles, resetStyles, tokenStyles } from '../shared/styles.js';
import { BivPinChangedEvent } from './events.js';
import { changePinMessages } from './change-pin.messages.js';
import { changePinStyles } from './change-pin.styles.js';

type Field = 'currentPin' | NewPinField;

/**
 * Change the PIN while logged in: the current PIN, and the new one twice (the same strength rules
 * as for a new card; the server also refuses the patron's own birth date and personnummer
 * digits). A wrong current PIN counts toward the same lockout as a wrong login. On success this
 * session stays and the patron's other sessions end, and a notice goes to the patron's e-mail.
 *
 * The element shares the page's session with `<biv-login-box>` (same endpoint): logged out, it
 * says so and links to the login (`login-href`), or shows what is in its `login` slot.
 *
 * @summary Change the PIN of the logged-in patron.
 *
 * @tag biv-change-pin
 *
 * @attr login-href - Where to log in, linked when nobody is logged in.
 * @attr with-login - Show a login box inside the logged-out view (its code loads only then), instead of the `login` slot.
 * @attr heading-level - The level (1–6, default 2) of the headings of the error summary, the logged-out view and the result. Set it to fit the page's outline: 3 under an `<h2>`, and so on.
 *
 * @fires {BivPinChangedEvent} biv-pin-changed - The PIN was changed. No detail. Bubbles, composed.
 *
 * @slot login - Shown when nobody is logged in, e.g. `<biv-login-box slot="login">`.
 *
 * @csspart form - The `<form>`.
 * @csspart label - Each field's `<label>`.
 * @csspart input - Each `<input>`.
 * @csspart button - The submit button and "change the PIN again".
 * @csspart error - Each inline field error, and the configuration error.
 * @csspart summary - The error summary shown after a failed submit.
 * @csspart panel - The view when nobody is logged in.
 * @csspart login - The login box of `with-login`.
 * @csspart result - The view after the PIN was changed.
 *
 * @cssprop [--biv-color-success=#1d5c3e] - Border of the result view.
 * @cssprop [--biv-change-pin-accent=var(--biv-color-accent)] - Accent of this element only.
 * @cssprop [--biv-change-pin-accent-contrast=var(--biv-color-accent-contrast)] - Text on this element's accent.
 * @cssprop [--biv-change-pin-radius=var(--biv-radius)] - Corner radius of this element.
 * @cssprop [--biv-change-pin-spacing=var(--biv-spacing)] - Spacing of this element.
 * @cssprop [--biv-change-pin-note-background=var(--biv-color-note-background)] - Background of the panel.
 * @cssprop [--biv-change-pin-max-width=28rem] - Maximum width.
 *
 * @cssstate busy - The change is being sent.
 * @cssstate logged-out - Nobody is logged in; the form is not shown.
 * @cssstate done - The PIN was changed.
 */
export class ChangePin extends BivElement {
  static override styles = [tokenStyles, resetStyles, formStyles, panelStyles, changePinStyles];


  /** Where to log in, linked when nobody is logged in. */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** Show a login box inside the logged-out view; see the `with-login` attribute. */
  @property({ type: Boolean, attribute: 'with-login' }) withLogin = false;

  #i18n = new LocalizeController(this, changePinMessages);
  #session = new SessionController(this);
  #form: FormController<Field> = new FormController<Field>(this, {
    currentPin: checkPin,
    ...checkNewPin(() => this.#form.value('newPin')),
  });
  #done = false;
  #focus = new FocusController(this);
  #summary = new ErrorSummary(this, this.#focus);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loggedOut = this.#session.state.status === 'logged-out';
    if (loggedOut) {
      // Whoever logs in next starts clean.
      this.#form.reset();
      this.#done = false;
      this.#summary.hide();
    }
    this.setCustomState('logged-out', loggedOut);
    this.setCustomState('done', this.#done);
  }

  #fieldMessage(name: Field, code: string): string {
    return fieldText(this.#i18n, name, code);
  }

  #problemMessage(error: ApiError): string {
    return problemText(this.#i18n, error);
  }

  /** The rules that need the personnummer are the server's: the patron's personnummer is not in the browser. */
  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const store = this.#session.store;
    if (this.busy || !store) return;
    this.#summary.problem = undefined;
    if (!this.#form.validate()) return this.#summary.show();
    // The rules that need both PINs (not the same one again) are the contract's: the client checks
    // them before sending, and they come back as field issues like the server's.
    this.busy = true;
    try {
      await changePin(store.endpoint, { currentPin: this.#form.value('currentPin'), newPin: this.#form.value('newPin') });
      this.#form.reset();
      this.#summary.hide();
      this.#done = true;
      this.#focus.after('#view-title');
      this.emit(new BivPinChangedEvent());
    } catch (error) {
      const apiError = asApiError(error);
      if (this.#session.ended(apiError)) return; // the logged-out view follows
      this.#summary.fail(this.#form, apiError);
    } finally {
      this.busy = false;
    }
  }

  #changeAgain = (): void => {
    this.#done = false;
    this.#focus.after('#currentPin');
    this.requestUpdate();
  };

  protected override render(): TemplateResult {
    return sessionView(this.#i18n, this.#session, this, () => (this.#done ? this.#renderDone() : this.#renderForm()));
  }

  #renderDone(): TemplateResult {
    const t = this.#i18n;
    return html`<div class="result" part="result">
      ${heading(this.headingAt(), t.t('doneTitle'), { id: 'view-title', focusable: true })}
      <p>${t.t('done')}</p>
      <p><button part="button" class="secondary" type="button" @click=${this.#changeAgain}>${t.t('changeAgain')}</button></p>
    </div>`;
  }

  #renderForm(): TemplateResult {
    const t = this.#i18n;
    const form = this.#form;
    const summary = this.#summary.render(form, t, (error) => this.#problemMessage(error), this.headingAt());
    const options = { errorPrefix: t.t('errorPrefix'), message: (name: Field, code: string) => this.#fieldMessage(name, code) };
    return html`${summary}
      <form part="form" novalidate aria-label=${t.t('formLabel')} aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#submit}>
        <p class="intro">${t.t('intro')}</p>
        ${pinField(form, 'currentPin', 'current-password', { ...options, label: t.t('currentPinLabel') })}
        ${newPinFields(form, { ...options, label: { newPin: t.t('newPinLabel'), newPinRepeat: t.t('newPinRepeatLabel') }, hint: t.t('newPinHint') })}
        <button part="button" type="submit" @pointerdown=${form.holdBlurChecks} aria-disabled=${this.busy ? 'true' : 'false'}>${t.t('submit')}</button>
        ${statusRegion(this.busy ? t.t('busy') : '')}
      </form>`;
  }
}
