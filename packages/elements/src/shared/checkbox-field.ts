import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FormController } from './form.js';

// A single checkbox (the loan rules, the block confirmation). Its own module, so the login box's
// page does not carry it.

export interface CheckboxOptions {
  id: string;
  /** The label's content (may hold a link). */
  label: TemplateResult | string;
  error?: string | undefined;
  errorPrefix: string;
  /** Renders the checkbox, given its aria-describedby value and whether it is invalid. */
  input: (describedBy: string | undefined, invalid: boolean) => TemplateResult;
}

/**
 * The checkbox of `form`'s field `name` (for `checkboxField`'s `input`): its value is `'true'`
 * when ticked and `''` when not, so a required tick is checked like any field.
 */
export function checkboxInput<F extends string>(form: FormController<F>, name: F): CheckboxOptions['input'] {
  const id: string = name;
  return (describedBy, invalid) =>
    html`<input
      id=${id}
      part="input"
      name=${id}
      type="checkbox"
      value="true"
      required
      aria-describedby=${ifDefined(describedBy)}
      aria-invalid=${invalid ? 'true' : 'false'}
      .checked=${live(form.value(name) === 'true')}
      @change=${(event: Event) => form.input(name, (event.target as HTMLInputElement).checked ? 'true' : '')}
    />`;
}

/** A single checkbox with its label beside it, and its inline error above (GOV.UK layout). */
export function checkboxField(options: CheckboxOptions): TemplateResult {
  const errorId = options.error ? `${options.id}-error` : undefined;
  return html`<div class="field ${options.error ? 'field--error' : ''}">
    ${options.error
      ? html`<p class="error-message" part="error" id=${ifDefined(errorId)}>
          <span class="visually-hidden">${options.errorPrefix}</span> ${options.error}
        </p>`
      : nothing}
    <div class="checkbox">
      ${options.input(errorId, Boolean(options.error))}
      <label part="label" for=${options.id}>${options.label}</label>
    </div>
  </div>`;
}
