import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { asApiError, blockCard, type ApiError } from '@biv/client';
import { BivElement } from '../shared/biv-element.js';
import { cardBlocked } from '../shared/card-blocked.js';
import { checkboxField, checkboxInput } from '../shared/checkbox-field.js';
import { ErrorSummary, FormController } from '../shared/form.js';
import { FocusController } from '../shared/focus-controller.js';
import { DialogController } from '../shared/dialog-controller.js';
import { fieldText, problemText } from '../shared/messages.js';
import { LocalizeController } from '../shared/localize.js';
import { sessionView } from '../shared/logged-out.js';
import { dialogStyles } from '../shared/dialog-styles.js';
import { panelStyles } from '../shared/panel-styles.js';
import { checkPin, pinField } from '../shared/pin-fields.js';
import { SessionController } from '../shared/session-controller.js';
import { statusRegion } from '../shared/status-region.js';
import { heading } from '../shared/heading.js';
import { formStyles, resetStyles, tokenStyles } from '../shared/styles.js';
import { BivCardBlockedEvent } from './events.js';
import { blockCardButtonMessages } from './block-card-button.messages.js';
import { blockCardButtonStyles } from './block-card-button.styles.js';

type Field = 'pin' | 'confirm';

/** The checkbox's value in the form: `'true'` when ticked, `''` when not. */
const checkConfirm = (value: string): string | null => (value === 'true' ? null : 'required');

/**
 * Block a lost card at once, but never by accident: a button opens a modal dialog that says what
 * blocking means (the card stops working for loans, the self-service machines and login; a new
 * card is issued at a library; the loans stay on the account; a blocked card cannot be unblocked
 * on the web), asks for the PIN again and for an explicit confirmation. Escape or "Avbryt" closes
 * it, sends nothing and forgets what was typed. A wrong PIN counts toward the same lockout as a
 * wrong login and blocks nothing.
 *
 * On success every session of the patron ends, so every element on the page that shares the
 * session (same endpoint) shows that the card is blocked; this one also links to how to get a new
 * card (`new-card-href`) and moves focus to its heading. Logging in with that card or personnummer
 * is refused afterwards.
 *
 * Logged out, the element says so and links to the login (`login-href`), or shows what is in its
 * `login` slot.
 *
 * @summary Block the logged-in patron's card, after a confirmation that asks for the PIN again.
 *
 * @tag biv-block-card-button
 *
 * @attr login-href - Where to log in, linked when nobody is logged in.
 * @attr with-login - Show a login box inside the logged-out view (its code loads only then), instead of the `login` slot.
 * @attr new-card-href - Where "Så får du ett nytt kort" leads, shown once the card is blocked; no link without it.
 * @attr heading-level - The level (1–6, default 2) of the dialog's title and the logged-out or blocked view's; the error summary in the dialog one level deeper. Set it to fit the page's outline: 3 under an `<h2>`, and so on.
 *
 * @fires {BivCardBlockedEvent} biv-card-blocked - The server blocked the card (never before it answered). No detail. Bubbles, composed.
 *
 * @slot - The button's text; "Spärra kortet" / "Block the card" when empty. It is also the button's accessible name.
 * @slot login - Shown when nobody is logged in, e.g. `<biv-login-box slot="login">`.
 *
 * @csspart button - Every button: the one that opens the dialog, and the dialog's confirm and cancel buttons.
 * @csspart trigger - The button that opens the dialog.
 * @csspart confirm - The dialog's "Spärra kortet" (submit) button.
 * @csspart cancel - The dialog's "Avbryt" button.
 * @csspart dialog - The confirmation `<dialog>`.
 * @csspart form - The `<form>` in the dialog.
 * @csspart label - The labels of the PIN field and the checkbox.
 * @csspart input - The PIN `<input>` and the checkbox.
 * @csspart error - Each inline field error, and the configuration error.
 * @csspart summary - The error summary shown in the dialog after a failed submit.
 * @csspart panel - The view when nobody is logged in, and the view after the card was blocked.
 * @csspart login - The login box of `with-login`.
 *
 * @cssprop [--biv-block-card-button-color=var(--biv-color-error)] - Text and border of the button, background of the dialog's confirm button.
 * @cssprop [--biv-block-card-button-color-contrast=var(--biv-color-accent-contrast)] - Text on the confirm button.
 * @cssprop [--biv-block-card-button-accent=var(--biv-color-accent)] - Accent of this element only (cancel button, links, panel).
 * @cssprop [--biv-block-card-button-accent-contrast=var(--biv-color-accent-contrast)] - Text on this element's accent.
 * @cssprop [--biv-block-card-button-radius=var(--biv-radius)] - Corner radius of this element.
 * @cssprop [--biv-block-card-button-spacing=var(--biv-spacing)] - Spacing of this element.
 * @cssprop [--biv-block-card-button-note-background=var(--biv-color-note-background)] - Background of the panel.
 * @cssprop [--biv-block-card-button-max-width=28rem] - Maximum width (the dialog is at most 32rem wide).
 *
 * @cssstate busy - The block is being sent.
 * @cssstate confirming - The confirmation dialog is open.
 * @cssstate logged-out - Nobody is logged in (also after the card was blocked); the button is not shown.
 * @cssstate blocked - The session ended because the card was blocked (here or on another device).
 */
export class BlockCardButton extends BivElement {
  static override styles = [tokenStyles, resetStyles, formStyles, panelStyles, dialogStyles, blockCardButtonStyles];


  /** Where to log in, linked when nobody is logged in. */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** Show a login box inside the logged-out view; see the `with-login` attribute. */
  @property({ type: Boolean, attribute: 'with-login' }) withLogin = false;

  /** Where to read how to get a new card, linked once the card is blocked. */
  @property({ attribute: 'new-card-href' }) newCardHref?: string;

  #i18n = new LocalizeController(this, blockCardButtonMessages);
  #session = new SessionController(this);
  #form: FormController<Field> = new FormController<Field>(this, { pin: checkPin, confirm: checkConfirm });
  #focus = new FocusController(this);
  #dialog = new DialogController(this, {
    busy: () => this.busy,
    // Closed while a request is under way (the browser insisted): what was typed stays for the outcome.
    onClose: () => {
      if (!this.busy) this.#clear();
    },
  });
  #summary = new ErrorSummary(this, this.#focus);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.#session.state;
    const loggedOut = state.status === 'logged-out';
    if (loggedOut) {
      // The dialog goes with the logged-in view; whoever logs in next starts clean.
      this.#clear();
      this.#dialog.close({ restoreFocus: false });
    }
    this.setCustomState('logged-out', loggedOut);
    this.setCustomState('blocked', cardBlocked(state));
    this.setCustomState('confirming', this.#dialog.open);
  }

  /** Forget the PIN, the tick and the errors: a PIN must not linger in a closed dialog. */
  #clear(): void {
    this.#form.reset();
    this.#summary.hide();
  }

  #fieldMessage(name: Field, code: string): string {
    return fieldText(this.#i18n, name, code);
  }

  #problemMessage(error: ApiError): string {
    return problemText(this.#i18n, error);
  }

  #open = async (event: Event): Promise<void> => {
    if (this.busy) return;
    if (await this.#dialog.show(event.currentTarget as HTMLElement)) this.#focus.field('pin');
  };

  #cancel = (): void => {
    if (!this.busy) this.#dialog.close();
  };

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const store = this.#session.store;
    if (this.busy || !store) return;
    this.#summary.problem = undefined;
    if (!this.#form.validate()) return this.#summary.show();
    this.busy = true;
    try {
      // On success the client ends the page's session with reason card_blocked: every element on
      // the page, this one too, re-renders as blocked.
      await blockCard(store.endpoint, { pin: this.#form.value('pin') });
      this.#dialog.close({ restoreFocus: false });
      this.#clear();
      this.#focus.after('#view-title');
      this.emit(new BivCardBlockedEvent());
    } catch (error) {
      const apiError = asApiError(error);
      if (apiError.code === 'unauthenticated') {
        // The session ended meanwhile: the logged-out view follows, with focus on its heading.
        this.#dialog.close({ restoreFocus: false });
        await store.refresh();
        this.#focus.after('#view-title');
        return;
      }
      this.#dialog.reopen();
      this.#summary.fail(this.#form, apiError);
    } finally {
      this.busy = false;
    }
  }

  protected override render(): TemplateResult {
    return sessionView(this.#i18n, this.#session, this, () => this.#renderLoggedIn());
  }

  #renderLoggedIn(): TemplateResult {
    const t = this.#i18n;
    return html`<button part="button trigger" class="trigger" type="button" @click=${this.#open}><slot>${t.t('button')}</slot></button>
      ${this.#renderDialog()}`;
  }

  #renderDialog(): TemplateResult {
    const t = this.#i18n;
    const form = this.#form;
    // In the dialog the summary is under the dialog's title.
    const summary = this.#summary.render(form, t, (error) => this.#problemMessage(error), this.headingAt(1));
    const confirmCode = form.error('confirm');
    return html`<dialog
      part="dialog"
      aria-labelledby="dialog-title"
      aria-describedby="dialog-text"
    >
      ${heading(this.headingAt(), t.t('dialogTitle'), { id: 'dialog-title' })}
      <div id="dialog-text" class="explanation">
        <p>${t.t('why')}</p>
        <p>${t.t('what')}</p>
        <p>${t.t('loans')}</p>
      </div>
      ${summary}
      <form part="form" novalidate aria-label=${t.t('formLabel')} aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#submit}>
        ${pinField(form, 'pin', 'current-password', {
          label: t.t('pinLabel'),
          errorPrefix: t.t('errorPrefix'),
          message: (name: Field, code: string) => this.#fieldMessage(name, code),
        })}
        ${checkboxField({
          id: 'confirm',
          label: t.t('confirmLabel'),
          error: confirmCode === undefined ? undefined : this.#fieldMessage('confirm', confirmCode),
          errorPrefix: t.t('errorPrefix'),
          input: checkboxInput(form, 'confirm'),
        })}
        <div class="dialog-buttons">
          <button part="button confirm" class="confirm" type="submit" @pointerdown=${form.holdBlurChecks} aria-disabled=${this.busy ? 'true' : 'false'}>
            ${t.t('submit')}
          </button>
          <button part="button cancel" class="secondary" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.#cancel}>
            ${t.t('cancel')}
          </button>
        </div>
        ${statusRegion(this.busy ? t.t('busy') : '')}
      </form>
    </dialog>`;
  }
}
