import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { parseIdentifier, PIN_PATTERN } from '@biv/client';
import { field, type FormController } from './form.js';
import { normaliseIdentifier, normaliseInput, normalisePin, pasteNormalised } from './typed-values.js';

const pasteIdentifier = pasteNormalised(normaliseIdentifier);
const pastePin = pasteNormalised(normalisePin);

// The fields several elements share: card number or personnummer, and a PIN. A new PIN twice is in
// new-pin-fields.ts, so that the login box does not carry the PIN strength rules.

const IDENTIFIER_MAX = 40;

/** A card number or personnummer as typed (the server checks the card number pattern). */
export function checkIdentifier(value: string): string | null {
  if (value.trim().length > IDENTIFIER_MAX) return 'too_long';
  const result = parseIdentifier(value);
  return result.ok ? null : result.reason;
}

/** A PIN as typed: four digits. */
export function checkPin(value: string): string | null {
  if (value === '') return 'required';
  return PIN_PATTERN.test(value) ? null : 'pin_format';
}

export interface InputOptions<F extends string> {
  label: string;
  hint?: string | undefined;
  errorPrefix: string;
  /** The localised message of a field issue code. */
  message: (name: F, code: string) => string;
}

/** The card number or personnummer field, named `identifier`, filled in as a username. */
export function identifierField<F extends string>(form: FormController<F | 'identifier'>, options: InputOptions<F | 'identifier'>): TemplateResult {
  const code = form.error('identifier');
  return field({
    id: 'identifier',
    label: options.label,
    ...(options.hint ? { hint: options.hint } : {}),
    error: code === undefined ? undefined : options.message('identifier', code),
    errorPrefix: options.errorPrefix,
    input: (describedBy, invalid) =>
      html`<input
        id="identifier"
        part="input"
        name="username"
        type="text"
        autocomplete="username"
        autocapitalize="off"
        spellcheck="false"
        required
        aria-describedby=${ifDefined(describedBy)}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${live(form.value('identifier'))}
        @input=${(event: InputEvent) => form.input('identifier', normaliseInput(event.target as HTMLInputElement, normaliseIdentifier))}
        @paste=${pasteIdentifier}
        @blur=${() => form.blur('identifier')}
      />`,
  });
}

/**
 * A 4-digit PIN field: masked, a numeric keypad on phones, and `current-password` (named
 * `password`) or `new-password`, so password managers fill it or offer to save it. Typed and
 * pasted values lose white space and separators before the four characters are kept
 * (typed-values.ts), so there is no `maxlength` to cut a pasted " 1357" to " 135".
 */
export function pinField<F extends string>(
  form: FormController<F>,
  name: F,
  autocomplete: 'current-password' | 'new-password',
  options: InputOptions<F>,
): TemplateResult {
  const code = form.error(name);
  const id: string = name;
  return field({
    id,
    label: options.label,
    ...(options.hint ? { hint: options.hint } : {}),
    error: code === undefined ? undefined : options.message(name, code),
    errorPrefix: options.errorPrefix,
    input: (describedBy, invalid) =>
      html`<input
        id=${id}
        class="short"
        part="input"
        name=${autocomplete === 'current-password' ? 'password' : id}
        type="password"
        inputmode="numeric"
        autocomplete=${autocomplete}
        required
        aria-describedby=${ifDefined(describedBy)}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${live(form.value(name))}
        @input=${(event: InputEvent) => {
          form.input(name, normaliseInput(event.target as HTMLInputElement, normalisePin));
          if (name === 'newPin') form.recheck('newPinRepeat' as F); // the repetition follows the PIN
        }}
        @paste=${pastePin}
        @blur=${() => form.blur(name)}
      />`,
  });
}
