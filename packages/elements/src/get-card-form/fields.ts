import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { pinWeakness, RegistrationRequest, toFieldIssues } from '@biv/client';
import { field, type FieldCheck, type FormController } from '../shared/form.js';
import { normaliseIdentifier, normaliseInput, normalisePin, pasteNormalised, type Normalise } from '../shared/typed-values.js';
import type { GetCardFormField as Field } from './get-card-form.js';

// The get-card form's fields: their checks (the contract's registration schema) and the text
// inputs, out of the element so that it keeps to its flow (submit, age, result).

type TextField = Exclude<Field, 'homeLibraryId' | 'acceptRules'>;

interface Schema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: { code: string; path: PropertyKey[]; message: string }[] } };
}

/** A field's check with the contract's schema: its first issue code, or null. */
const bySchema =
  (schema: Schema, toInput: (value: string) => unknown = (v) => v): FieldCheck =>
  (value) => {
    const result = schema.safeParse(toInput(value));
    return result.success ? null : (toFieldIssues(result.error.issues)[0]?.code ?? 'invalid');
  };

const shape = RegistrationRequest.shape;

/**
 * The checks of every field of `form()`: the registration schema's, and in the browser the PIN
 * rules that need the personnummer (birth date, last four digits) and the repeated PIN.
 */
export function registrationChecks(form: () => FormController<Field>): Record<Field, FieldCheck> {
  const value = (name: Field) => form().value(name);
  const personalWeakness = (pin: string): string | null => {
    const weakness = pinWeakness(pin, value('personnummer'));
    return weakness ? `pin_weak_${weakness}` : null;
  };
  return {
    personnummer: bySchema(shape.personnummer),
    givenName: bySchema(shape.givenName),
    familyName: bySchema(shape.familyName),
    streetAddress: bySchema(shape.streetAddress),
    postalCode: bySchema(shape.postalCode),
    city: bySchema(shape.city),
    email: bySchema(shape.email),
    phone: bySchema(shape.phone),
    homeLibraryId: bySchema(shape.homeLibraryId),
    pin: (pin) => bySchema(shape.pin)(pin) ?? personalWeakness(pin),
    pinRepeat: (pin): string | null => (pin === '' ? 'required' : pin === value('pin') ? null : 'pin_mismatch'),
    acceptRules: bySchema(shape.acceptRules, (checked) => checked === 'true'),
  };
}

/** Text inputs: name, autocomplete token, type and inputmode. */
type Autocomplete = 'off' | 'given-name' | 'family-name' | 'street-address' | 'postal-code' | 'address-level2' | 'email' | 'tel' | 'new-password';
const TEXT_INPUTS: Record<TextField, { autocomplete: Autocomplete; type?: 'email' | 'tel' | 'password'; inputmode?: string; short?: boolean; maxlength?: number }> = {
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
};

/** The fields whose typed and pasted values are tidied: white space, and a PIN's separators. */
const TIDY: Partial<Record<TextField, Normalise>> = { personnummer: normaliseIdentifier, pin: normalisePin, pinRepeat: normalisePin };
const tidy = (name: TextField, input: HTMLInputElement): string => {
  const normalise = TIDY[name];
  return normalise ? normaliseInput(input, normalise) : input.value;
};
const pasteTidy = Object.fromEntries(Object.entries(TIDY).map(([name, normalise]) => [name, pasteNormalised(normalise)]));
/** A paste into a tidied field: tidied at once (the others paste as the browser does). */
const pasteTidied = (event: ClipboardEvent): void => pasteTidy[(event.target as HTMLInputElement).id]?.(event);

export interface TextFieldOptions {
  label: string | TemplateResult;
  hint?: string | undefined;
  /** The field's error in words, when it has one. */
  error: string | undefined;
  errorPrefix: string;
  /** A new (tidied) value was typed. */
  onInput: (name: Field, value: string) => void;
}

/** The text input of the field `name` of `form`, with its label, hint and error. */
export function textField(form: FormController<Field>, name: TextField, options: TextFieldOptions): TemplateResult {
  const spec = TEXT_INPUTS[name];
  return field({
    id: name,
    label: options.label,
    ...(options.hint ? { hint: options.hint } : {}),
    error: options.error,
    errorPrefix: options.errorPrefix,
    input: (describedBy, invalid) =>
      html`<input
        id=${name}
        class=${spec.short ? 'short' : ''}
        part="input"
        name=${name}
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
