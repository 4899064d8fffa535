import { sharedMessages, type SharedMessages } from '../shared/messages.js';

/** The login box's words, Swedish first (wording from biv.se's "Bibliotekskort" page). */
const sv = {
  ...sharedMessages.sv,
  formLabel: 'Logga in',
  identifierLabel: 'Bibliotekskortsnummer eller personnummer',
  identifierHint: 'Personnummer skrivs ÅÅÅÅMMDD-NNNN.',
  pinLabel: 'PIN-kod',
  pinHint: 'Fyra siffror.',
  submit: 'Logga in',
  busy: 'Loggar in …',
  forgotPin: 'Har du glömt PIN-koden?',
  loggedInAs: 'Inloggad som',
  temporary: (until: string) =>
    `Ditt konto är tillfälligt och gäller till ${until}. Med det kan du reservera. För att låna behöver du hämta ut ditt riktiga bibliotekskort – ta med legitimation!`,
  temporaryNoDate: 'Ditt konto är tillfälligt. För att låna behöver du hämta ut ditt riktiga bibliotekskort – ta med legitimation!',
  logout: 'Logga ut',
  loggedOut: 'Du är utloggad.',
  logoutFailed: 'Utloggningen misslyckades. Kontrollera din internetanslutning och försök igen.',
  // Field issues of the two fields
  'identifier.required': 'Skriv ditt bibliotekskortsnummer eller personnummer',
  'identifier.too_long': 'Bibliotekskortsnummer och personnummer är inte så långa. Kontrollera det du har skrivit',
  'identifier.identifier_format': 'Skriv bibliotekskortsnummer med bara siffror, eller personnummer som ÅÅÅÅMMDD-NNNN',
  'identifier.personnummer_format': 'Skriv personnummer som ÅÅÅÅMMDD-NNNN',
  'identifier.personnummer_date': 'Personnumret har inget giltigt datum. Kontrollera år, månad och dag',
  'identifier.personnummer_serial': 'Personnumret stämmer inte: de fyra sista siffrorna kan inte börja med 000',
  'identifier.personnummer_checksum': 'Personnumret stämmer inte: kontrollsiffran (den sista siffran) passar inte. Kontrollera att du har skrivit rätt',
  'pin.required': 'Skriv din PIN-kod',
  'pin.pin_format': 'PIN-koden ska vara fyra siffror',
  // Answers to a login
  'login.invalid_credentials': 'Fel bibliotekskortsnummer, personnummer eller PIN-kod. Kontrollera och försök igen.',
  'login.account_locked': (when: string) =>
    `Kontot är låst efter för många försök med fel PIN-kod. Försök igen ${when}. Har du glömt PIN-koden kan du återställa den.`,
  'login.card_blocked': 'Ditt bibliotekskort är spärrat. Kontakta biblioteket för att få ett nytt kort.',
  'login.card_expired': 'Ditt tillfälliga konto har gått ut. Hämta ditt bibliotekskort på biblioteket – ta med legitimation!',
  soon: 'om en stund',
};

export type LoginBoxMessages = typeof sv & SharedMessages;

const en: LoginBoxMessages = {
  ...sharedMessages.en,
  formLabel: 'Log in',
  identifierLabel: 'Library card number or personal identity number',
  identifierHint: 'Write a personal identity number as YYYYMMDD-NNNN.',
  pinLabel: 'PIN',
  pinHint: 'Four digits.',
  submit: 'Log in',
  busy: 'Logging in …',
  forgotPin: 'Forgot your PIN?',
  loggedInAs: 'Logged in as',
  temporary: (until: string) =>
    `Your account is temporary and valid until ${until}. You can reserve with it. To borrow, collect your library card at the library – bring ID!`,
  temporaryNoDate: 'Your account is temporary. To borrow, collect your library card at the library – bring ID!',
  logout: 'Log out',
  loggedOut: 'You are logged out.',
  logoutFailed: 'Logging out failed. Check your internet connection and try again.',
  'identifier.required': 'Enter your library card number or personal identity number',
  'identifier.too_long': 'Library card numbers and personal identity numbers are not that long. Check what you have entered',
  'identifier.identifier_format': 'Enter a library card number using digits only, or a personal identity number as YYYYMMDD-NNNN',
  'identifier.personnummer_format': 'Enter a personal identity number as YYYYMMDD-NNNN',
  'identifier.personnummer_date': 'The personal identity number does not contain a real date. Check the year, month and day',
  'identifier.personnummer_serial': 'The personal identity number is not right: the last four digits cannot start with 000',
  'identifier.personnummer_checksum': 'The personal identity number is not right: the check digit (the last digit) does not match. Check what you have entered',
  'pin.required': 'Enter your PIN',
  'pin.pin_format': 'Your PIN must be 4 digits',
  'login.invalid_credentials': 'Wrong library card number, personal identity number or PIN. Check and try again.',
  'login.account_locked': (when: string) =>
    `The account is locked after too many attempts with a wrong PIN. Try again ${when}. If you have forgotten your PIN, you can reset it.`,
  'login.card_blocked': 'Your library card is blocked. Contact the library to get a new card.',
  'login.card_expired': 'Your temporary account has expired. Collect your library card at the library – bring ID!',
  soon: 'in a while',
};

export const loginBoxMessages = { sv, en };
