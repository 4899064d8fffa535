import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ApiError, FieldIssue } from '@biv/client';
import type { FocusController } from './focus-controller.js';
import { fieldText } from './messages.js';
import { heading, type HeadingLevel } from './heading.js';

/** A field's check: an issue code, or null when the value is acceptable. */
export type FieldCheck = (value: string) => string | null;

/**
 * Values, checks and feedback of a form, GOV.UK and Lion style: a field's error appears after it
 * was left with something in it, or after a submit; once shown it follows the input (and clears
 * when fixed). Values live here, so a re-render never loses what the patron typed.
 */
export class FormController<F extends string> implements ReactiveController {
  #host: ReactiveControllerHost;
  #checks: Record<F, FieldCheck>;
  #values: Record<F, string>;
  #errors = new Map<F, string>();
  /** Errors decided elsewhere (the server's), with the value each was about: leaving the field keeps them. */
  #decided = new Map<F, string>();
  #submitPressed = false;

  constructor(host: ReactiveControllerHost, checks: Record<F, FieldCheck>) {
    this.#host = host;
    this.#checks = checks;
    this.#values = Object.fromEntries(Object.keys(checks).map((name) => [name, ''])) as Record<F, string>;
    host.addController(this);
  }

  hostConnected(): void {}

  get fields(): F[] {
    return Object.keys(this.#checks) as F[];
  }

  value(name: F): string {
    return this.#values[name];
  }

  /** The issue code shown for a field, if any. */
  error(name: F): string | undefined {
    return this.#errors.get(name);
  }

  get hasErrors(): boolean {
    return this.#errors.size > 0;
  }

  /** Fields with a shown error, in form order. */
  get errors(): { name: F; code: string }[] {
    return this.fields.flatMap((name) => {
      const code = this.#errors.get(name);
      return code === undefined ? [] : [{ name, code }];
    });
  }

  input(name: F, value: string): void {
    this.#values[name] = value;
    if (this.#errors.has(name)) this.#check(name);
    else this.#host.requestUpdate(); // what depends on a value (not only its error) follows it
  }

  blur(name: F): void {
    if (this.#values[name] === '' || this.#submitPressed) return;
    // The server said this value is wrong (a wrong PIN): the browser's rules cannot take that back.
    if (this.#decided.has(name) && this.#decided.get(name) === this.#values[name]) return;
    this.#check(name);
  }

  /**
   * For the submit button's `pointerdown`. Pressing it blurs the field being edited; an error shown
   * by that blur would push the button away before the pointer is released, and the click would be
   * lost. So blur checks wait until the pointer is up: the submit then checks every field anyway.
   */
  readonly holdBlurChecks = (event: PointerEvent): void => {
    this.#submitPressed = true;
    const release = () => {
      this.#submitPressed = false;
    };
    (event.view ?? globalThis).addEventListener('pointerup', release, { once: true, capture: true });
    (event.view ?? globalThis).addEventListener('pointercancel', release, { once: true, capture: true });
  };

  /** Check a field again when its error is shown (another field it depends on changed). */
  recheck(name: F): void {
    if (this.#errors.has(name)) this.#check(name);
  }

  /** The code a field's check gives now, shown or not. */
  issue(name: F): string | null {
    return this.#checks[name](this.#values[name]);
  }

  /** Check every field; true when all pass. */
  validate(): boolean {
    for (const name of this.fields) this.#check(name);
    return !this.hasErrors;
  }

  /** Show errors decided elsewhere (the server's field issues). */
  setErrors(errors: Partial<Record<F, string>>): void {
    for (const [name, code] of Object.entries(errors) as [F, string][]) {
      this.#errors.set(name, code);
      this.#decided.set(name, this.#values[name]);
    }
    this.#host.requestUpdate();
  }

  /**
   * Show the server's field issues (`{ path, code }` of a problem) at this form's fields, the first
   * issue of each field. Returns false when none of them belongs to a field here.
   */
  setServerIssues(issues: readonly { path: string; code: string }[]): boolean {
    const errors: Partial<Record<F, string>> = {};
    for (const { path, code } of issues) {
      if ((this.fields as string[]).includes(path)) errors[path as F] ??= code;
    }
    if (Object.keys(errors).length === 0) return false;
    this.setErrors(errors);
    return true;
  }

  clearErrors(): void {
    this.#errors.clear();
    this.#decided.clear();
    this.#host.requestUpdate();
  }

  /** Forget everything (after logout, so the next patron starts clean). */
  reset(): void {
    for (const name of this.fields) this.#values[name] = '';
    this.clearErrors();
  }

  #check(name: F): void {
    this.#decided.delete(name);
    const code = this.#checks[name](this.#values[name]);
    if (code === null) this.#errors.delete(name);
    else this.#errors.set(name, code);
    this.#host.requestUpdate();
  }
}

export interface FieldOptions {
  id: string;
  /** Its text, or a template (an English label with a Swedish term marked `lang="sv"`). */
  label: string | TemplateResult;
  hint?: string;
  /** The localised error message, when the field has one. */
  error?: string | undefined;
  errorPrefix: string;
  /** Renders the input, given its aria-describedby value and whether it is invalid. */
  input: (describedBy: string | undefined, invalid: boolean) => TemplateResult;
}

/**
 * A field: label, optional hint, inline error with a visually hidden prefix, and the input,
 * all in one shadow root so `for` and `aria-describedby` reach each other.
 */
export function field(options: FieldOptions): TemplateResult {
  const hintId = options.hint ? `${options.id}-hint` : undefined;
  const errorId = options.error ? `${options.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return html`<div class="field ${options.error ? 'field--error' : ''}">
    <label part="label" for=${options.id}>${options.label}</label>
    ${options.hint ? html`<span class="hint" id=${ifDefined(hintId)}>${options.hint}</span>` : nothing}
    ${options.error
      ? html`<p class="error-message" part="error" id=${ifDefined(errorId)}>
          <span class="visually-hidden">${options.errorPrefix}</span> ${options.error}
        </p>`
      : nothing}
    ${options.input(describedBy, Boolean(options.error))}
  </div>`;
}

export interface SummaryOptions {
  title: string;
  /** The level of its heading (the element's `heading-level`, or one deeper inside a dialog). */
  level?: HeadingLevel;
  /** Field errors: each links to its field. */
  items: { fieldId: string; text: string }[];
  /** An error of the whole form (a server answer), shown as text. */
  message?: string | undefined;
  /** Focus a field of the same shadow root (fragment links do not reach into shadow roots). */
  onLink: (fieldId: string) => void;
}

/**
 * The error summary: focused after a failed submit (the `FocusController` gives it `tabindex="-1"`
 * only while it has focus, as GOV.UK Frontend does), announced as an alert, linking to the fields.
 */
export function errorSummary(options: SummaryOptions): TemplateResult {
  const click = (fieldId: string) => (event: Event) => {
    event.preventDefault();
    options.onLink(fieldId);
  };
  return html`<div class="error-summary" part="summary">
    <div role="alert">
      ${heading(options.level ?? 2, options.title, { id: 'error-summary-title' })}
      ${options.message ? html`<p>${options.message}</p>` : nothing}
      ${options.items.length
        ? html`<ul>
            ${options.items.map((item) => html`<li><a href="#${item.fieldId}" @click=${click(item.fieldId)}>${item.text}</a></li>`)}
          </ul>`
        : nothing}
    </div>
  </div>`;
}

/**
 * A form's error summary, GOV.UK style: hidden until a submit fails, then focused (its alert is
 * announced), listing the form's field errors as links to the fields, and a problem of the whole
 * form when the server's answer had no issue at one of its fields. One per element; the forms it
 * speaks for are passed in.
 */
export class ErrorSummary {
  /** The problem of the whole form, shown above the field errors; clear it when a submit starts. */
  problem: ApiError | undefined;
  #shown = false;
  #host: ReactiveControllerHost;
  #focus: FocusController;

  constructor(host: ReactiveControllerHost, focus: FocusController) {
    this.#host = host;
    this.#focus = focus;
  }

  get shown(): boolean {
    return this.#shown;
  }

  /** Show it after a failed submit; focus moves to it once rendered. */
  show(): void {
    this.#shown = true;
    this.#focus.after('.error-summary');
    this.#host.requestUpdate();
  }

  /** A refused submit: the issues go to `form`'s fields, or else the answer is the form's problem; then shown. */
  fail<F extends string>(form: FormController<F>, error: ApiError, issues: readonly FieldIssue[] = error.fieldIssues): void {
    if (!form.setServerIssues(issues)) this.problem = error;
    this.show();
  }

  /** Hidden and without a problem: after a success, or for the next patron. */
  hide(): void {
    this.#shown = false;
    this.problem = undefined;
    this.#host.requestUpdate();
  }

  /** The summary of `form`, when shown and there is something to say; the element's words for a problem; its heading at `level`. */
  render<F extends string>(
    form: FormController<F>,
    i18n: Parameters<typeof fieldText>[0] & { t(key: 'summaryTitle'): string },
    problemText: (error: ApiError) => string,
    level: HeadingLevel = 2,
  ): TemplateResult | typeof nothing {
    const errors = form.errors;
    if (!this.#shown || (errors.length === 0 && !this.problem)) return nothing;
    return errorSummary({
      title: i18n.t('summaryTitle'),
      level,
      items: errors.map((e) => ({ fieldId: e.name, text: fieldText(i18n, e.name, e.code) })),
      message: this.problem && problemText(this.problem),
      onLink: this.#focus.link,
    });
  }
}
