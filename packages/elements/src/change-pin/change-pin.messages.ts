import { catalogue } from '../shared/localize.js';
import { cardBlockedMessages } from '../shared/card-blocked.js';
import { sharedMessages, type FormCatalogue } from '../shared/messages.js';
import { newPinMessages, type NewPinIssues } from '../shared/new-pin-fields.js';

/** The issue codes of the PIN change's fields (`ChangePinRequest` of the contract). */
type ChangePinIssues = {
  currentPin: 'required' | 'pin_format' | 'current_pin_wrong';
  newPin: NewPinIssues['newPin'] | 'pin_unchanged';
  newPinRepeat: NewPinIssues['newPinRepeat'];
};

/** The PIN change's words, Swedish first. */
const sv = {
  ...sharedMessages,
  ...cardBlockedMessages,
  formLabel: 'Byt PIN-kod',
  intro: 'Skriv din nuvarande PIN-kod och välj en ny med fyra siffror. Du använder den när du loggar in och när du lånar i utlåningsautomaterna.',
  currentPinLabel: 'Nuvarande PIN-kod',
  newPinLabel: 'Ny PIN-kod',
  newPinHint: 'Fyra siffror. Undvik årtal, ditt födelsedatum och sifferföljder som 1234.',
  newPinRepeatLabel: 'Upprepa den nya PIN-koden',
  submit: 'Byt PIN-kod',
  busy: 'Sparar …',
  doneTitle: 'Din PIN-kod är ändrad',
  done: 'Använd den nya PIN-koden nästa gång du loggar in eller lånar. Du är fortfarande inloggad här, men utloggad på andra enheter där du var inloggad.',
  changeAgain: 'Byt PIN-kod igen',
  loading: 'Hämtar …',
  loggedOutTitle: 'Logga in för att byta PIN-kod',
  loggedOut: 'Du behöver vara inloggad för att byta PIN-kod. Har du glömt PIN-koden kan du välja en ny via länken "Har du glömt PIN-koden?".',
  loginLink: 'Logga in',
  'problem.account_locked': (when: string) =>
    `Kontot är låst efter för många försök med fel PIN-kod. Försök igen ${when}. Har du glömt PIN-koden kan du välja en ny via "Har du glömt PIN-koden?".`,
  // Field issues
  'currentPin.required': 'Skriv din nuvarande PIN-kod',
  'currentPin.pin_format': 'PIN-koden ska vara fyra siffror',
  'currentPin.current_pin_wrong': 'Den nuvarande PIN-koden stämmer inte. Kontrollera och försök igen',
  'newPin.pin_unchanged': 'Den nya PIN-koden är samma som den nuvarande. Välj en annan',
  ...newPinMessages,
} satisfies FormCatalogue<ChangePinIssues>;

export type ChangePinMessages = typeof sv;

export const changePinMessages = catalogue(sv, 'changePin');
