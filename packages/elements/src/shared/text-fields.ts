import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { toFieldIssues } from '@biv/client';
import { field, type FieldCheck, type FormController } from './form.js';
import { normaliseIdentifier, normaliseInput, normalisePin, pasteNormalised, type Normalise } from './typed-values.js';

// The text inputs of the forms that ask for personal and contact details (<biv-get-card-form>,
// <biv-my-profile>): one name, autocomplete token, type and input mode per field, and the check
// of a field by the contract's schema, so both forms ask and check alike.

interface Schema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: { code: string; path: PropertyKey[]; message: string }[] } };
}

/** A field's check with the contract's schema: its first issue code, or null. */
export const bySchema =
  (schema: Schema, toInput: (value: string) => unknown = (v) => v): FieldCheck =>
  (value) => {
    const result = schema.safeParse(toInput(value));
    return result.success ? null : (toFieldIssues(result.error.issues)[0]?.code ?? 'invalid');
  };

/** Text inputs: name, autocomplete token, type and inputmode. */
type Autocomplete = 'off' | 'given-name' | 'family-name' | 'street-address' | 'postal-code' | 'address-level2' | 'email' | 'tel' | 'new-password';
const TEXT_INPUTS = {
  personnummer: { autocomplete: 'off', inputmode: 'numeric', short: true, maxlength: 20 },
  givenName: { autocomplete: 'given-name' },
  familyName: { autocomplete: 'family-name' },
  streetAddress: { autocomplete: 'street-address' },
  postalCode: { autocomplete: 'postal-code', inputmode: 'numeric', short: true, maxlength: 10 },
  city: { autocomplete: 'address-level2' },
  email: { autocomplete: 'email', type: 'email' },
  phone: { autocomplete: 'tel', type: 'tel' },
  // No maxlength on the PINs: a pasted " 1357" is tidied to four digits instead (typed-values.ts).
  pin: { autocomplete: 'new-password', type: 'password', inputmode: 'numeric', short: true },
  pinRepeat: { autocomplete: 'new-password', type: 'password', inputmode: 'numeric', short: true },
} satisfies Record<string, { autocomplete: Autocomplete; type?: 'email' | 'tel' | 'password'; inputmode?: string; short?: boolean; maxlength?: number }>;

/** The fields `textField` knows. */
export type TextFieldName = keyof typeof TEXT_INPUTS;
type Spec = { autocomplete: Autocomplete; type?: 'email' | 'tel' | 'password'; inputmode?: string; short?: boolean; maxlength?: number };

/** The fields whose typed and pasted values are tidied: white space, and a PIN's separators. */
const TIDY: Partial<Record<TextFieldName, Normalise>> = { personnummer: normaliseIdentifier, pin: normalisePin, pinRepeat: normalisePin };
const tidy = (name: TextFieldName, input: HTMLInputElement): string => {
  const normalise = TIDY[name];
  return normalise ? normaliseInput(input, normalise) : input.value;
};
const pasteTidy = Object.fromEntries(Object.entries(TIDY).map(([name, normalise]) => [name, pasteNormalised(normalise)]));
/** A paste into a tidied field: tidied at once (the others paste as the browser does). */
const pasteTidied = (event: ClipboardEvent): void => pasteTidy[(event.target as HTMLInputElement).id]?.(event);

export interface TextFieldOptions<F extends string> {
  label: string | TemplateResult;
  hint?: string | undefined;
  /** The field's error in words, when it has one. */
  error: string | undefined;
  errorPrefix: string;
  /** A new (tidied) value was typed. */
  onInput: (name: F, value: string) => void;
}

/** The text input of the field `name` of `form`, with its label, hint and error. Every field but the phone is required. */
export function textField<F extends string>(form: FormController<F>, name: F & TextFieldName, options: TextFieldOptions<F>): TemplateResult {
  const spec: Spec = TEXT_INPUTS[name];
  const id: string = name;
  return field({
    id,
    label: options.label,
    ...(options.hint ? { hint: options.hint } : {}),
    error: options.error,
    errorPrefix: options.errorPrefix,
    input: (describedBy, invalid) =>
      html`<input
        id=${id}
        class=${spec.short ? 'short' : ''}
        part="input"
        name=${id}
        type=${spec.type ?? 'text'}
        inputmode=${ifDefined(spec.inputmode)}
        autocomplete=${spec.autocomplete}
        maxlength=${ifDefined(spec.maxlength)}
        spellcheck="false"
        ?required=${name !== 'phone'}
        aria-describedby=${ifDefined(describedBy)}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${live(form.value(name))}
        @input=${(event: InputEvent) => options.onInput(name, tidy(name, event.target as HTMLInputElement))}
        @paste=${pasteTidied}
        @blur=${() => form.blur(name)}
      />`,
  });
}
