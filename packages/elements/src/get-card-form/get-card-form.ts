import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ApiError, asApiError, register, registrationAge, type RegistrationRequest, type RegistrationResponse } from '@biv/client';
import { BivElement } from '../shared/biv-element.js';
import { checkboxField, checkboxInput } from '../shared/checkbox-field.js';
import { ErrorSummary, field, FormController } from '../shared/form.js';
import { FocusController } from '../shared/focus-controller.js';
import { LibraryList } from '../shared/libraries.js';
import { fieldText, problemText } from '../shared/messages.js';
import { LocalizeController } from '../shared/localize.js';
import { panelStyles } from '../shared/panel-styles.js';
import { heading } from '../shared/heading.js';
import { statusRegion } from '../shared/status-region.js';
import { swedishTerms } from '../shared/swedish-terms.js';
import { formStyles, resetStyles, tokenStyles } from '../shared/styles.js';
import { BivCardCreatedEvent } from './events.js';
import { registrationChecks, textField } from './fields.js';
import { getCardFormMessages } from './get-card-form.messages.js';
import { getCardFormStyles } from './get-card-form.styles.js';

/** The form's fields, by their names in the registration request (plus the repeated PIN). */
export type GetCardFormField =
  | 'personnummer'
  | 'givenName'
  | 'familyName'
  | 'streetAddress'
  | 'postalCode'
  | 'city'
  | 'email'
  | 'phone'
  | 'homeLibraryId'
  | 'pin'
  | 'pinRepeat'
  | 'acceptRules';
type Field = GetCardFormField;
/** Why the form cannot be used: the applicant is under 18, or the birth date is unknown. */
type AgeRefusal = 'under_18' | 'birth_date_unknown';


/**
 * Get a library card online: the applicant fills in personnummer, name, address, e-mail, an
 * optional mobile number, a home library and a new 4-digit PIN (twice), accepts the loan rules,
 * and gets a temporary account at once (valid 7 days) with a borrower ID, to reserve and log in
 * with until the real card is collected at a library with ID. Applicants under 18 (on the day, in
 * Swedish time) are told to come to a library with a guardian, and nothing is sent.
 *
 * Every field has a label, a hint where it helps and the right `autocomplete` token. Errors
 * appear after a field is left or on submit, inline and in an error summary that receives focus.
 * What was typed is kept through every fault. The PIN leaves the form only in the request; nothing
 * is stored in the browser or put in a URL.
 *
 * @summary Apply for a library card: a temporary account at once, or a clear way to the library.
 *
 * @tag biv-get-card-form
 *
 * @attr rules-href - The loan rules page, linked from the checkbox label (opens in a new tab, so nothing typed is lost).
 * @attr children-href - The page for children and young people, linked when the applicant is under 18.
 * @attr login-href - Where to log in, linked from the success view.
 * @attr heading-level - The level (1–6, default 2) of the headings of the error summary, the under-18 panel and the result. Set it to fit the page's outline: 3 under an `<h2>`, and so on.
 *
 * @fires {BivCardCreatedEvent} biv-card-created - A temporary account was created. `detail: { borrowerId }` (no personal data). Bubbles, composed.
 *
 * @csspart form - The `<form>`.
 * @csspart label - Each field's `<label>`.
 * @csspart input - Each `<input>` and the library `<select>`.
 * @csspart button - The submit button and the retry button of the library list.
 * @csspart error - Each inline field error, and the configuration error.
 * @csspart summary - The error summary shown after a failed submit.
 * @csspart panel - The panel telling applicants under 18 to come to a library.
 * @csspart result - The view after sending: the new account, or the neutral receipt.
 *
 * @cssprop [--biv-color-success=#1d5c3e] - Border of the result view.
 * @cssprop [--biv-get-card-form-accent=var(--biv-color-accent)] - Accent of this element only.
 * @cssprop [--biv-get-card-form-accent-contrast=var(--biv-color-accent-contrast)] - Text on this element's accent.
 * @cssprop [--biv-get-card-form-radius=var(--biv-radius)] - Corner radius of this element.
 * @cssprop [--biv-get-card-form-spacing=var(--biv-spacing)] - Spacing of this element.
 * @cssprop [--biv-get-card-form-note-background=var(--biv-color-note-background)] - Background of the panel and notes.
 * @cssprop [--biv-get-card-form-max-width=36rem] - Maximum width.
 *
 * @cssstate busy - The application is being sent; submitting again is not possible.
 * @cssstate under-age - The applicant cannot use the form (under 18, or birth date unknown).
 * @cssstate created - The temporary account was created; the success view shows.
 * @cssstate received - The application was received; the neutral view shows.
 */
export class GetCardForm extends BivElement {
  static override styles = [tokenStyles, resetStyles, formStyles, panelStyles, getCardFormStyles];


  /** The loan rules page, linked from the checkbox label. */
  @property({ attribute: 'rules-href' }) rulesHref?: string;

  /** The page for children and young people, linked in the under-18 panel. */
  @property({ attribute: 'children-href' }) childrenHref?: string;

  /** Where to log in, linked from the success view. */
  @property({ attribute: 'login-href' }) loginHref?: string;

  #i18n = new LocalizeController(this, getCardFormMessages);
  #form: FormController<Field> = new FormController<Field>(this, registrationChecks(() => this.#form));
  #libraries = new LibraryList(this, () => (typeof this.resolvedEndpoint === 'string' ? this.resolvedEndpoint : undefined));
  /** The server's under_18 / birth_date_unknown for the personnummer as it was sent. */
  #serverAge: { personnummer: string; reason: AgeRefusal } | undefined;
  #result: RegistrationResponse | undefined;
  #focus = new FocusController(this);
  #summary = new ErrorSummary(this, this.#focus);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.setCustomState('under-age', this.#ageRefusal() !== undefined && !this.#result);
    this.setCustomState('created', this.#result?.status === 'created');
    this.setCustomState('received', this.#result?.status === 'received');
  }

  /** Whether the applicant must come to a library instead: from the personnummer once it is valid, or the server. */
  #ageRefusal(): AgeRefusal | undefined {
    const personnummer = this.#form.value('personnummer');
    const fromServer = this.#serverAge;
    if (fromServer?.personnummer === personnummer) return fromServer.reason;
    if (this.#form.issue('personnummer') !== null) return undefined;
    const age = registrationAge(personnummer);
    return age.ok ? undefined : age.reason;
  }

  #request(): RegistrationRequest {
    const v = (name: Field) => this.#form.value(name);
    const phone = v('phone').trim();
    return {
      personnummer: v('personnummer').trim(),
      givenName: v('givenName').trim(),
      familyName: v('familyName').trim(),
      streetAddress: v('streetAddress').trim(),
      postalCode: v('postalCode').trim(),
      city: v('city').trim(),
      email: v('email').trim(),
      ...(phone ? { phone } : {}),
      homeLibraryId: v('homeLibraryId'),
      pin: v('pin'),
      acceptRules: true,
    };
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy || typeof this.resolvedEndpoint !== 'string') return;
    this.#summary.problem = undefined;
    const valid = this.#form.validate();
    if (this.#ageRefusal()) {
      // Nothing is sent: the panel says where to go instead.
      this.#summary.hide();
      this.#focus.after('#age-title');
      return;
    }
    if (!valid) return this.#summary.show();
    const body = this.#request();
    this.busy = true;
    try {
      const result = await register(this.resolvedEndpoint, body);
      this.#form.reset();
      this.#summary.hide();
      this.#result = result;
      this.#focus.after('#result-title');
      if (result.status === 'created') this.emit(new BivCardCreatedEvent(result.borrowerId));
    } catch (error) {
      const apiError = asApiError(error);
      const isAge = (issue: { path: string; code: string }) =>
        issue.path === 'personnummer' && (issue.code === 'under_18' || issue.code === 'birth_date_unknown');
      const ageIssue = apiError.fieldIssues.find(isAge);
      if (ageIssue) this.#serverAge = { personnummer: this.#form.value('personnummer'), reason: ageIssue.code as AgeRefusal };
      if (this.#serverAge && this.#ageRefusal()) {
        this.#focus.after('#age-title');
        this.requestUpdate();
      } else {
        this.#summary.fail(this.#form, apiError, apiError.fieldIssues.filter((issue) => !isAge(issue)));
      }
    } finally {
      this.busy = false;
    }
  }


  #onInput(name: Field, value: string): void {
    this.#form.input(name, value);
    if (name === 'personnummer') this.#form.recheck('pin');
    if (name === 'pin') this.#form.recheck('pinRepeat');
  }

  protected override render(): TemplateResult {
    const locale = this.#i18n.locale;
    if (this.resolvedEndpoint instanceof ApiError) {
      return html`<div class="box" lang=${locale} dir=${this.#i18n.dir}>
        <p class="config-error" part="error" role="alert">${problemText(this.#i18n, this.resolvedEndpoint)}</p>
      </div>`;
    }
    return html`<div class="box" lang=${locale} dir=${this.#i18n.dir}>${this.#result ? this.#renderResult(this.#result) : this.#renderForm()}</div>`;
  }

  #renderResult(result: RegistrationResponse): TemplateResult {
    const t = this.#i18n;
    if (result.status === 'received') {
      return html`<div class="result" part="result">
        ${heading(this.headingAt(), t.t('receivedTitle'), { id: 'result-title', focusable: true })}
        <p>${t.t('received')}</p>
      </div>`;
    }
    return html`<div class="result" part="result">
      ${heading(this.headingAt(), t.t('createdTitle'), { id: 'result-title', focusable: true })}
      <p>${swedishTerms(t.t('borrowerIdLabel'), t.locale)}: <strong class="borrower-id">${result.borrowerId}</strong></p>
      <p>${t.t('borrowerIdNote')}</p>
      <p><strong>${t.t('validUntil', t.dateTime(result.validUntil))}</strong></p>
      <p>${t.t('canReserve')}</p>
      ${this.loginHref ? html`<p><a href=${this.loginHref}>${t.t('loginLink')}</a></p>` : nothing}
      <p class="note">${t.t('collectCard')}</p>
    </div>`;
  }

  #renderAgePanel(reason: AgeRefusal): TemplateResult {
    const t = this.#i18n;
    return html`<div class="panel" part="panel">
      ${heading(this.headingAt(), t.t('underAgeTitle'), { id: 'age-title', focusable: true })}
      <p>${reason === 'under_18' ? swedishTerms(t.t('underAge'), t.locale) : t.t('birthDateUnknown')}</p>
      ${reason === 'under_18' && this.childrenHref ? html`<p><a href=${this.childrenHref}>${t.t('childrenLink')}</a></p>` : nothing}
    </div>`;
  }

  #errorOf(name: Field): string | undefined {
    const code = this.#form.error(name);
    return code === undefined ? undefined : fieldText(this.#i18n, name, code);
  }

  #textField(name: Parameters<typeof textField>[1], label: string | TemplateResult, hint?: string): TemplateResult {
    const onInput = (field: Field, value: string) => this.#onInput(field, value);
    return textField(this.#form, name, { label, hint, error: this.#errorOf(name), errorPrefix: this.#i18n.t('errorPrefix'), onInput });
  }

  #librarySelect(): TemplateResult {
    const t = this.#i18n;
    const status = this.#libraries.render({
      pending: () => html`<p class="hint" id="homeLibraryId-status">${t.t('librariesLoading')}</p>`,
      error: () => html`<div class="libraries-failed">
        <p class="error-message" id="homeLibraryId-status">${t.t('librariesFailed')}</p>
        <button part="button" class="secondary" type="button" @click=${() => void this.#libraries.run()}>${t.t('librariesRetry')}</button>
      </div>`,
      complete: () => nothing,
    });
    const groups = this.#libraries.groups;
    const ready = groups.length > 0;
    const selected = this.#form.value('homeLibraryId');
    return html`${field({
        id: 'homeLibraryId',
        label: t.t('libraryLabel'),
        hint: t.t('libraryHint'),
        error: this.#errorOf('homeLibraryId'),
        errorPrefix: t.t('errorPrefix'),
        input: (describedBy, invalid) =>
          html`<select
            id="homeLibraryId"
            part="input"
            name="homeLibraryId"
            required
            ?disabled=${!ready}
            aria-describedby=${ifDefined([describedBy, status === nothing ? undefined : 'homeLibraryId-status'].filter(Boolean).join(' ') || undefined)}
            aria-invalid=${invalid ? 'true' : 'false'}
            @change=${(event: Event) => this.#onInput('homeLibraryId', (event.target as HTMLSelectElement).value)}
            @blur=${() => this.#form.blur('homeLibraryId')}
          >
            <option value="" ?selected=${selected === ''}>${t.t('libraryChoose')}</option>
            ${groups.map(
              ([municipality, libraries]) => html`<optgroup label=${municipality}>
                ${libraries.map((library) => html`<option value=${library.id} ?selected=${library.id === selected}>${library.name}</option>`)}
              </optgroup>`,
            )}
          </select>`,
      })}
      ${status}`;
  }

  #rulesCheckbox(): TemplateResult {
    const t = this.#i18n;
    const label = this.rulesHref
      ? html`${t.t('rulesBefore')}<a href=${this.rulesHref} target="_blank" rel="noopener">${t.t('rulesLink')} ${t.t('newTab')}</a>`
      : html`${t.t('rulesBefore')}${t.t('rulesNoLink')}`;
    return checkboxField({
      id: 'acceptRules',
      label,
      error: this.#errorOf('acceptRules'),
      errorPrefix: t.t('errorPrefix'),
      input: checkboxInput(this.#form, 'acceptRules'),
    });
  }

  #renderForm(): TemplateResult {
    const t = this.#i18n;
    const age = this.#ageRefusal();
    const summary = age ? nothing : this.#summary.render(this.#form, t, (error) => problemText(t, error), this.headingAt());
    return html`${summary}
      <form part="form" novalidate aria-label=${t.t('formLabel')} aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#submit}>
        ${this.#textField('personnummer', swedishTerms(t.t('personnummerLabel'), t.locale), t.t('personnummerHint'))}
        <div aria-live="polite">${age ? this.#renderAgePanel(age) : nothing}</div>
        ${this.#textField('givenName', t.t('givenNameLabel'))} ${this.#textField('familyName', t.t('familyNameLabel'))}
        ${this.#textField('streetAddress', t.t('streetAddressLabel'))}
        ${this.#textField('postalCode', t.t('postalCodeLabel'), t.t('postalCodeHint'))} ${this.#textField('city', t.t('cityLabel'))}
        ${this.#textField('email', t.t('emailLabel'), t.t('emailHint'))} ${this.#textField('phone', t.t('phoneLabel'), t.t('phoneHint'))}
        ${this.#librarySelect()} ${this.#textField('pin', t.t('pinLabel'), t.t('pinHint'))}
        ${this.#textField('pinRepeat', t.t('pinRepeatLabel'))} ${this.#rulesCheckbox()}
        <button part="button" type="submit" @pointerdown=${this.#form.holdBlurChecks} aria-disabled=${this.busy ? 'true' : 'false'}>${t.t('submit')}</button>
        ${statusRegion(this.busy ? t.t('busy') : '')}
      </form>`;
  }
}
