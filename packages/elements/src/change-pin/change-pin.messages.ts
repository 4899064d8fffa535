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
  ...sharedMessages.sv,
  ...cardBlockedMessages.sv,
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
  ...newPinMessages.sv,
} satisfies FormCatalogue<ChangePinIssues>;

export type ChangePinMessages = typeof sv;

const en: ChangePinMessages = {
  ...sharedMessages.en,
  ...cardBlockedMessages.en,
  formLabel: 'Change PIN',
  intro: 'Enter your current PIN and choose a new four-digit one. You use it to log in and to borrow at the self-service machines.',
  currentPinLabel: 'Current PIN',
  newPinLabel: 'New PIN',
  newPinHint: 'Four digits. Avoid years, your birth date and runs such as 1234.',
  newPinRepeatLabel: 'Repeat the new PIN',
  submit: 'Change PIN',
  busy: 'Saving …',
  doneTitle: 'Your PIN has been changed',
  done: 'Use the new PIN the next time you log in or borrow. You are still logged in here, and logged out on other devices where you were logged in.',
  changeAgain: 'Change the PIN again',
  loading: 'Loading …',
  loggedOutTitle: 'Log in to change your PIN',
  loggedOut: 'You need to be logged in to change your PIN. If you have forgotten your PIN, choose a new one with the link "Forgot your PIN?".',
  loginLink: 'Log in',
  'problem.account_locked': (when: string) =>
    `The account is locked after too many attempts with a wrong PIN. Try again ${when}. If you have forgotten your PIN, choose a new one with "Forgot your PIN?".`,
  'currentPin.required': 'Enter your current PIN',
  'currentPin.pin_format': 'Your PIN must be four digits',
  'currentPin.current_pin_wrong': 'The current PIN is not right. Check it and try again',
  'newPin.pin_unchanged': 'The new PIN is the same as the current one. Choose another',
  ...newPinMessages.en,
};

export const changePinMessages = { sv, en };
