import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { asApiError, getProfile, RegistrationRequest, updateProfile, type ApiError, type ProfileResponse, type ProfileUpdate } from '@biv/client';
import { BivElement } from '../shared/biv-element.js';
import { cardBlocked } from '../shared/card-blocked.js';
import { ErrorSummary, FormController, type FieldCheck } from '../shared/form.js';
import { FocusController } from '../shared/focus-controller.js';
import { heading } from '../shared/heading.js';
import { LibraryList } from '../shared/libraries.js';
import { LocalizeController } from '../shared/localize.js';
import { sessionView } from '../shared/logged-out.js';
import { fieldText, problemText } from '../shared/messages.js';
import { panelStyles } from '../shared/panel-styles.js';
import { PatronData } from '../shared/patron-data.js';
import { SessionController } from '../shared/session-controller.js';
import { statusRegion } from '../shared/status-region.js';
import { formStyles, resetStyles, tokenStyles } from '../shared/styles.js';
import { bySchema, textField } from '../shared/text-fields.js';
import { BivProfileUpdatedEvent, type ProfileField } from './events.js';
import { myProfileMessages } from './my-profile.messages.js';
import { myProfileStyles } from './my-profile.styles.js';
import { cardPart, contactList, userPart, type PartsContext } from './profile-parts.js';

/** The contact fields, in the form's order. */
const CONTACT: readonly ProfileField[] = ['email', 'phone', 'streetAddress', 'postalCode', 'city'];
const shape = RegistrationRequest.shape;

/**
 * The contract's rules, the same as at registration (`ProfileUpdate` uses the same schemas). A
 * field the library has no value for may stay empty (it is not sent); one it has cannot be emptied,
 * except the phone number.
 */
function contactChecks(stored: () => ProfileResponse | undefined): Record<ProfileField, FieldCheck> {
  const check =
    (name: ProfileField): FieldCheck =>
    (value) =>
      value.trim() === '' && !stored()?.[name] ? null : bySchema(shape[name])(value);
  return { email: check('email'), phone: check('phone'), streetAddress: check('streetAddress'), postalCode: check('postalCode'), city: check('city') };
}

/** Whether a typed value is what the library has already (a postal code with or without its space). */
const same = (name: ProfileField, typed: string, stored: string): boolean =>
  name === 'postalCode' ? typed.replace(/\s/g, '') === stored.replace(/\s/g, '') : typed === stored;

/**
 * "Mina uppgifter": the logged-in patron's own details. Användarprofil: the name, the borrower ID
 * (låntagar-ID, needed to collect a reservation) with a button that copies it, and the home
 * library. Lånekort och PIN-kod: the card number and the card's state (active; a temporary account
 * until a date and time, with a note that the real card is collected at a library with ID), and the
 * ways to change the PIN and to block the card: links when `change-pin-href` / `block-card-href`
 * are set, else inline (a "Byt PIN-kod" button that shows `<biv-change-pin>`, and
 * `<biv-block-card-button>`; their code loads only then). Kontaktuppgifter: the e-mail address,
 * mobile phone and postal address, changed in a form opened by "Ändra kontaktuppgifter".
 *
 * The form has the get-card form's fields, rules, messages and `autocomplete` tokens. Only the
 * changed fields are sent; an emptied phone number is removed. Errors show GOV.UK style at the
 * fields and in an error summary that takes focus; a fault keeps what was typed and offers to try
 * again. After saving, the details are updated and focus moves to the message that says so; when
 * the e-mail address changed, the library has sent a confirmation to the old one.
 *
 * If copying is not allowed (no clipboard, or refused), the ID is selected for the patron to copy;
 * a status message says which happened.
 *
 * The element shares the page's session with `<biv-login-box>` (same endpoint): logged out, it
 * says so and links to the login (`login-href`), or shows what is in its `login` slot.
 *
 * @summary The logged-in patron's details: borrower ID, card, home library; change contact details, PIN, block the card.
 *
 * @tag biv-my-profile
 *
 * @attr login-href - Where to log in, linked when nobody is logged in.
 * @attr with-login - Show a login box inside the logged-out view (its code loads only then), instead of the `login` slot.
 * @attr change-pin-href - A page to change the PIN on, linked as "Byt PIN-kod". Without it, the button shows `<biv-change-pin>` here.
 * @attr block-card-href - A page to block the card on, linked as "Spärra kortet". Without it, `<biv-block-card-button>` is shown here.
 * @attr new-card-href - Where "Så får du ett nytt kort" leads once the card is blocked; also given to the inline block button.
 * @attr heading-level - The level (1–6, default 2) of the element's heading ("Mina uppgifter") and the logged-out view's; its three parts one level deeper, the error summary and the inline elements' headings two. Set it to fit the page's outline: 3 under an `<h2>`, and so on.
 *
 * @fires {BivProfileUpdatedEvent} biv-profile-updated - Contact details were saved. `detail: { fields }`, the names of the changed fields (never their values). Bubbles, composed.
 *
 * @slot login - Shown when nobody is logged in, e.g. `<biv-login-box slot="login">`.
 *
 * @csspart borrower-id - The borrower ID.
 * @csspart notice - The status message after copying or saving.
 * @csspart form - The contact details' `<form>`.
 * @csspart label - Each field's `<label>`.
 * @csspart input - Each `<input>`.
 * @csspart button - Every button of the element: copy, change, save, cancel, "Byt PIN-kod", "try again".
 * @csspart error - Each inline field error, the load and save errors and the configuration error.
 * @csspart summary - The error summary shown after a failed save.
 * @csspart panel - The view when nobody is logged in, or the card was blocked.
 * @csspart login - The login box of `with-login`.
 *
 * @cssprop [--biv-color-success=#1d5c3e] - Edge of the status message.
 * @cssprop [--biv-my-profile-accent=var(--biv-color-accent)] - Accent of this element only.
 * @cssprop [--biv-my-profile-accent-contrast=var(--biv-color-accent-contrast)] - Text on this element's accent.
 * @cssprop [--biv-my-profile-radius=var(--biv-radius)] - Corner radius of this element.
 * @cssprop [--biv-my-profile-spacing=var(--biv-spacing)] - Spacing of this element.
 * @cssprop [--biv-my-profile-note-background=var(--biv-color-note-background)] - Background of the panel, notes and the status message.
 * @cssprop [--biv-my-profile-max-width=40rem] - Maximum width.
 *
 * @cssstate loading - The session or the details are being loaded.
 * @cssstate logged-out - Nobody is logged in (also after the card was blocked); no details are shown.
 * @cssstate blocked - The session ended because the card was blocked.
 * @cssstate error - The details could not be loaded; a "try again" button shows.
 * @cssstate temporary - The patron has a temporary account.
 * @cssstate editing - The contact details' form is open.
 * @cssstate busy - The contact details are being saved.
 */
export class MyProfile extends BivElement {
  static override styles = [tokenStyles, resetStyles, formStyles, panelStyles, myProfileStyles];

  /** Where to log in, linked when nobody is logged in. */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** Show a login box inside the logged-out view; see the `with-login` attribute. */
  @property({ type: Boolean, attribute: 'with-login' }) withLogin = false;

  /** A page to change the PIN on; see the `change-pin-href` attribute. */
  @property({ attribute: 'change-pin-href' }) changePinHref?: string;

  /** A page to block the card on; see the `block-card-href` attribute. */
  @property({ attribute: 'block-card-href' }) blockCardHref?: string;

  /** Where to read how to get a new card, linked once the card is blocked. */
  @property({ attribute: 'new-card-href' }) newCardHref?: string;

  #i18n = new LocalizeController(this, myProfileMessages);
  #session = new SessionController(this);
  #focus = new FocusController(this);
  #profile = new PatronData<ProfileResponse>(this, this.#session, {
    load: (endpoint) => getProfile(endpoint),
    // Forget everything of the previous patron, what was typed too.
    onReset: () => {
      this.#closeForm();
      this.#notice = '';
      this.#pinOpen = false;
    },
  });
  #libraries = new LibraryList(this, () => (this.#profile.active ? this.#session.store?.endpoint : undefined));
  #form = new FormController<ProfileField>(this, contactChecks(() => this.#profile.value));
  #summary = new ErrorSummary(this, this.#focus);
  #editing = false;
  /** Why the last save failed, when not at a field (a network fault): shown with "try again". */
  #saveError: ApiError | undefined;
  /** The last outcome (copied, saved), in the status message (a live region). */
  #notice = '';
  #pinOpen = false;
  /** The inline block button blocked the card: focus goes to the blocked view once it shows. */
  #blockedHere = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#profile.sync();
    const state = this.#session.state;
    const configError = Boolean(this.#session.configError);
    const loggedIn = state.status === 'logged-in';
    if (this.#blockedHere && cardBlocked(state)) {
      this.#blockedHere = false;
      this.#focus.after('#view-title');
    }
    this.setCustomState('logged-out', state.status === 'logged-out' || configError);
    this.setCustomState('blocked', cardBlocked(state));
    this.setCustomState('loading', !configError && (state.status === 'unknown' || state.status === 'loading' || this.#profile.loading));
    this.setCustomState('error', loggedIn && this.#profile.error !== undefined);
    this.setCustomState('temporary', loggedIn && this.#profile.value?.cardState === 'temporary');
    this.setCustomState('editing', loggedIn && this.#editing);
  }

  #retry = (): void => {
    this.#focus.after('#profile-title');
    void this.#profile.reload();
  };

  // Copying the borrower ID

  #copy = async (): Promise<void> => {
    const id = this.#profile.value?.borrowerId;
    if (!id) return;
    const t = this.#i18n;
    this.#notice = '';
    this.requestUpdate();
    await this.updateComplete; // an emptied region, so the same words are read out again
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(id);
      this.#notice = t.t('copied');
    } catch {
      // Not allowed here (an insecure page, a refusal): selected, for the patron to copy.
      const node = this.renderRoot.querySelector('.borrower-id');
      if (node) globalThis.getSelection?.()?.selectAllChildren(node);
      this.#notice = t.t('copyFailed');
    }
    this.requestUpdate();
  };

  // Changing the contact details

  #openForm = (): void => {
    const profile = this.#profile.value;
    if (!profile) return;
    this.#closeForm();
    for (const name of CONTACT) this.#form.input(name, profile[name] ?? '');
    this.#notice = '';
    this.#editing = true;
    this.#focus.after('#email');
  };

  #cancel = (): void => {
    if (this.busy) return;
    this.#closeForm();
    this.#focus.after('#edit-contact');
  };

  /** Closed, and what was typed forgotten. */
  #closeForm(): void {
    this.#editing = false;
    this.#saveError = undefined;
    this.#form.reset();
    this.#summary.hide();
  }

  /** The fields typed differently from what the library has, trimmed. */
  #changes(profile: ProfileResponse): ProfileUpdate {
    const changes: Partial<Record<ProfileField, string>> = {};
    for (const name of CONTACT) {
      const typed = this.#form.value(name).trim();
      if (!same(name, typed, profile[name] ?? '')) changes[name] = typed;
    }
    return changes;
  }

  #save = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const store = this.#session.store;
    const profile = this.#profile.value;
    const state = this.#session.state;
    if (this.busy || !store || !profile || state.status !== 'logged-in') return;
    const t = this.#i18n;
    this.#saveError = undefined;
    this.#summary.problem = undefined;
    if (!this.#form.validate()) return this.#summary.show();
    this.#summary.hide();
    const changes = this.#changes(profile);
    const fields = CONTACT.filter((name) => changes[name] !== undefined);
    if (fields.length === 0) return this.#saved(t.t('unchanged'));
    const borrowerId = state.patron.borrowerId;
    this.busy = true;
    try {
      const updated = await updateProfile(store.endpoint, changes);
      if (!this.#isStill(borrowerId)) return;
      this.#profile.value = updated;
      const oldEmail = profile.email;
      const emailChanged = changes.email !== undefined && oldEmail !== undefined && changes.email.toLowerCase() !== oldEmail.toLowerCase();
      this.#saved(emailChanged ? t.t('savedEmail') : t.t('saved'));
      this.emit(new BivProfileUpdatedEvent(fields));
    } catch (error) {
      const apiError = asApiError(error);
      if (!this.#isStill(borrowerId) || this.#session.ended(apiError)) return;
      if (apiError.fieldIssues.some((issue) => (CONTACT as readonly string[]).includes(issue.path))) {
        this.#summary.fail(this.#form, apiError);
      } else {
        this.#saveError = apiError;
        this.#focus.after('.save-error');
      }
    } finally {
      this.busy = false;
    }
  };

  /** Whether the patron who sent a change is still the one logged in (else the answer is not theirs to see). */
  #isStill(borrowerId: string): boolean {
    const state = this.#session.state;
    return state.status === 'logged-in' && state.patron.borrowerId === borrowerId;
  }

  /** The form closes, and focus moves to the message of what happened. */
  #saved(notice: string): void {
    this.#closeForm();
    this.#notice = notice;
    this.#focus.after('.notice');
  }

  // PIN and card

  #togglePin = (): void => {
    this.#pinOpen = !this.#pinOpen;
    this.requestUpdate();
  };

  #onBlocked = (): void => {
    this.#blockedHere = true;
  };

  // Rendering

  protected override render(): TemplateResult {
    return sessionView(this.#i18n, this.#session, this, () => this.#renderLoggedIn());
  }

  #renderLoggedIn(): TemplateResult {
    const t = this.#i18n;
    const profile = this.#profile.value;
    const error = this.#profile.error;
    let body: TemplateResult;
    if (error) {
      body = html`<div class="load-error" part="error" role="alert">
        <p>${t.t('loadFailed')} ${problemText(t, error)}</p>
        <button part="button" class="secondary" type="button" @click=${this.#retry}>${t.t('retry')}</button>
      </div>`;
    } else if (!profile) {
      body = html`<p class="status" role="status">${t.t('loading')}</p>`;
    } else {
      const parts = this.#parts();
      body = html`${userPart(profile, parts)} ${cardPart(profile, parts)} ${this.#renderContact(profile)}`;
    }
    return html`<section aria-labelledby="profile-title" aria-busy=${!profile && !error ? 'true' : 'false'}>
      ${heading(this.headingAt(), t.t('heading'), { id: 'profile-title', class: 'profile-title', focusable: true })}
      ${statusRegion(this.#notice, { class: 'notice', part: 'notice' })} ${body}
    </section>`;
  }

  #parts(): PartsContext {
    const libraries = this.#libraries;
    return {
      i18n: this.#i18n,
      level: this.headingAt(1),
      innerLevel: this.headingAt(2),
      endpoint: this.#session.store?.endpoint ?? '',
      // The id itself when the list could not be loaded: the details matter more than its name.
      libraryName: (id) => libraries.name(id) ?? (libraries.pending ? '…' : id),
      changePinHref: this.changePinHref,
      blockCardHref: this.blockCardHref,
      newCardHref: this.newCardHref,
      pinOpen: this.#pinOpen,
      onCopy: () => void this.#copy(),
      onTogglePin: this.#togglePin,
      onBlocked: this.#onBlocked,
    };
  }

  #renderContact(profile: ProfileResponse): TemplateResult {
    const t = this.#i18n;
    return html`<section class="group" aria-labelledby="contact-title">
      ${heading(this.headingAt(1), t.t('contactHeading'), { id: 'contact-title', class: 'group-title' })}
      ${this.#editing
        ? this.#renderForm()
        : html`${contactList(profile, t)}
            <button id="edit-contact" part="button" class="secondary" type="button" @click=${this.#openForm}>${t.t('edit')}</button>`}
    </section>`;
  }

  #errorOf(name: ProfileField): string | undefined {
    const code = this.#form.error(name);
    return code === undefined ? undefined : fieldText(this.#i18n, name, code);
  }

  #field(name: ProfileField, label: string, hint?: string): TemplateResult {
    const onInput = (field: ProfileField, value: string) => this.#form.input(field, value);
    return textField(this.#form, name, { label, hint, error: this.#errorOf(name), errorPrefix: this.#i18n.t('errorPrefix'), onInput });
  }

  #renderForm(): TemplateResult {
    const t = this.#i18n;
    const saveError = this.#saveError;
    return html`${this.#summary.render(this.#form, t, (error) => problemText(t, error), this.headingAt(2))}
      <form class="contact-form" part="form" novalidate aria-label=${t.t('formLabel')} aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#save}>
        ${this.#field('email', t.t('emailLabel'), t.t('emailHint'))} ${this.#field('phone', t.t('phoneLabel'), t.t('phoneEditHint'))}
        ${this.#field('streetAddress', t.t('streetAddressLabel'))} ${this.#field('postalCode', t.t('postalCodeLabel'), t.t('postalCodeHint'))}
        ${this.#field('city', t.t('cityLabel'))}
        ${saveError
          ? html`<div class="save-error" part="error" role="alert">
              <p>${t.t('saveFailed')} ${problemText(t, saveError)} ${t.t('kept')}</p>
              <button part="button" class="secondary" type="button" @click=${() => void this.#save()}>${t.t('retry')}</button>
            </div>`
          : nothing}
        <div class="actions">
          <button part="button" type="submit" @pointerdown=${this.#form.holdBlurChecks} aria-disabled=${this.busy ? 'true' : 'false'}>${t.t('save')}</button>
          <button part="button" class="secondary" type="button" @click=${this.#cancel}>${t.t('cancel')}</button>
        </div>
        ${statusRegion(this.busy ? t.t('saving') : '')}
      </form>`;
  }
}
