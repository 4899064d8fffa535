import { pinWeakness, RegistrationRequest } from '@biv/client';
import type { FieldCheck, FormController } from '../shared/form.js';
import { bySchema } from '../shared/text-fields.js';
import type { GetCardFormField as Field } from './get-card-form.js';

// The get-card form's fields: their checks (the contract's registration schema), out of the
// element so that it keeps to its flow (submit, age, result). The text inputs are shared with
// <biv-my-profile> (shared/text-fields.ts).

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

export { textField } from '../shared/text-fields.js';
