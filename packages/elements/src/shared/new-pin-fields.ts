import { html, type TemplateResult } from 'lit';
import { NewPin, toFieldIssues, type PinWeakness } from '@biv/client';
import type { FieldCheck, FormController } from './form.js';
import { pinField, type InputOptions } from './pin-fields.js';
import { weakPinMessages } from './weak-pin-messages.js';

// Choosing a new PIN (reset, change): the contract's strength rules, and the PIN twice.

export type NewPinField = 'newPin' | 'newPinRepeat';

/** The issue codes of the two fields: the contract's `NewPin`, and the browser's check that they match. */
export type NewPinIssues = { newPin: 'required' | 'pin_format' | `pin_weak_${PinWeakness}`; newPinRepeat: 'required' | 'pin_mismatch' };

/** A new PIN by the contract's rules (those that need no personnummer), and the same again. */
export function checkNewPin(newPin: () => string): Record<NewPinField, FieldCheck> {
  return {
    newPin: (value) => {
      const result = NewPin.safeParse(value);
      return result.success ? null : (toFieldIssues(result.error.issues)[0]?.code ?? 'invalid');
    },
    newPinRepeat: (value) => (value === '' ? 'required' : value === newPin() ? null : 'pin_mismatch'),
  };
}

/** The new PIN and its repetition. */
export function newPinFields<F extends string>(
  form: FormController<F | NewPinField>,
  options: Omit<InputOptions<F | NewPinField>, 'label'> & { label: Record<NewPinField, string> },
): TemplateResult {
  return html`${pinField(form, 'newPin', 'new-password', { ...options, label: options.label.newPin })}
  ${pinField(form, 'newPinRepeat', 'new-password', { ...options, label: options.label.newPinRepeat, hint: undefined })}`;
}

const weak = weakPinMessages('newPin');

/** The words of the two fields, for the catalogue of an element that has them. */
export const newPinMessages = {
  'newPin.required': 'Skriv en ny PIN-kod',
  'newPin.pin_format': 'PIN-koden ska vara fyra siffror',
  ...weak,
  'newPinRepeat.required': 'Skriv den nya PIN-koden en gång till',
  'newPinRepeat.pin_mismatch': 'PIN-koderna är inte lika. Skriv samma PIN-kod i båda fälten',
};
