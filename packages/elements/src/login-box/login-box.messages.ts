import { cardBlockedMessages } from '../shared/card-blocked.js';
import { sharedMessages, type FormCatalogue } from '../shared/messages.js';
import { identifierMessages, type IdentifierIssues } from '../shared/identifier-messages.js';

/** The issue codes of the login's fields. */
type LoginIssues = IdentifierIssues & { pin: 'required' | 'pin_format' };

/** The login box's words, Swedish first (wording from biv.se's "Bibliotekskort" page). */
const sv = {
  ...sharedMessages.sv,
  ...cardBlockedMessages.sv,
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
  pageOnly:
    'Din webbläsare sparar inte inloggningen på den här webbplatsen. Du är inloggad på den här sidan tills du laddar om den eller går till en annan sida.',
  logout: 'Logga ut',
  loggedOut: 'Du är utloggad.',
  logoutFailed: 'Utloggningen misslyckades. Kontrollera din internetanslutning och försök igen.',
  // Field issues of the two fields
  ...identifierMessages.sv,
  'pin.required': 'Skriv din PIN-kod',
  'pin.pin_format': 'PIN-koden ska vara fyra siffror',
  // Answers to a login
  'problem.invalid_credentials': 'Fel bibliotekskortsnummer, personnummer eller PIN-kod. Kontrollera och försök igen.',
  'problem.account_locked': (when: string) =>
    `Kontot är låst efter för många försök med fel PIN-kod. Försök igen ${when}. Har du glömt PIN-koden kan du återställa den.`,
  'problem.card_blocked': 'Ditt bibliotekskort är spärrat och kan inte användas för att logga in. Ett nytt kort får du på biblioteket. Ta med legitimation.',
  'problem.card_expired': 'Ditt tillfälliga konto har gått ut. Hämta ditt bibliotekskort på biblioteket – ta med legitimation!',
} satisfies FormCatalogue<LoginIssues>;

export type LoginBoxMessages = typeof sv;

const en: LoginBoxMessages = {
  ...sharedMessages.en,
  ...cardBlockedMessages.en,
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
  pageOnly: 'Your browser does not keep the login on this website. You are logged in on this page until you reload it or go to another page.',
  logout: 'Log out',
  loggedOut: 'You are logged out.',
  logoutFailed: 'Logging out failed. Check your internet connection and try again.',
  ...identifierMessages.en,
  'pin.required': 'Enter your PIN',
  'pin.pin_format': 'Your PIN must be 4 digits',
  'problem.invalid_credentials': 'Wrong library card number, personal identity number or PIN. Check and try again.',
  'problem.account_locked': (when: string) =>
    `The account is locked after too many attempts with a wrong PIN. Try again ${when}. If you have forgotten your PIN, you can reset it.`,
  'problem.card_blocked': 'Your library card is blocked and cannot be used to log in. You get a new card at the library. Bring an ID document.',
  'problem.card_expired': 'Your temporary account has expired. Collect your library card at the library – bring ID!',
};

export const loginBoxMessages = { sv, en };
