import type { PersonnummerFailure } from '@biv/contract';
import { sharedMessages, type FormCatalogue } from '../shared/messages.js';
import type { NewPinIssues } from '../shared/new-pin-fields.js';
import { weakPinMessages } from '../shared/weak-pin-messages.js';
import { contactMessages, type ContactIssues } from '../shared/contact-messages.js';

type Text = 'required' | 'too_long';
/**
 * The issue codes of the form's fields (`RegistrationRequest` of the contract; the age codes of
 * the personnummer show as the under-18 panel instead).
 */
type GetCardIssues = ContactIssues & {
  personnummer: 'required' | `personnummer_${PersonnummerFailure}`;
  givenName: Text;
  familyName: Text;
  homeLibraryId: Text | 'unknown_library';
  pin: NewPinIssues['newPin'];
  pinRepeat: NewPinIssues['newPinRepeat'];
  acceptRules: 'rules_not_accepted';
};

const weakPins = weakPinMessages('pin');

/**
 * The get-card form's words, Swedish first (wording from biv.se's "Bibliotekskort" page). Field
 * errors are `<field>.<issue code>`; each is specific to its field, so the error summary never
 * repeats itself. A weak PIN gets the reason and what to do instead.
 */
const sv = {
  ...sharedMessages.sv,
  ...contactMessages.sv,
  formLabel: 'Skaffa lånekort',
  personnummerLabel: 'Personnummer',
  personnummerHint: 'ÅÅÅÅMMDD-NNNN. Du behöver vara 18 år eller äldre för att skaffa lånekort här.',
  givenNameLabel: 'Förnamn',
  familyNameLabel: 'Efternamn',
  emailHint: 'Hit skickar vi bekräftelsen och besked om dina reservationer.',
  libraryLabel: 'Hembibliotek',
  libraryHint: 'Där hämtar du ditt bibliotekskort.',
  libraryChoose: 'Välj bibliotek',
  librariesLoading: 'Hämtar biblioteken …',
  librariesFailed: 'Vi kunde inte hämta listan över bibliotek.',
  librariesRetry: 'Försök igen',
  pinLabel: 'Välj en PIN-kod',
  pinHint: 'Fyra siffror. Du använder PIN-koden när du loggar in och när du lånar i utlåningsautomaterna. Undvik årtal, ditt födelsedatum och sifferföljder som 1234.',
  pinRepeatLabel: 'Upprepa PIN-koden',
  rulesBefore: 'Jag har läst och godkänner ',
  rulesLink: 'bibliotekets låneregler',
  rulesNoLink: 'bibliotekets låneregler',
  newTab: '(öppnas i ny flik)',
  submit: 'Skaffa lånekort',
  busy: 'Skickar din ansökan …',
  // Under 18, or no known birth date: come to a library
  underAgeTitle: 'Kom till biblioteket för att få ett kort',
  underAge: 'Är du under 18 år kan du inte använda formuläret. Kom istället direkt till biblioteket tillsammans med din vårdnadshavare för att få ett kort.',
  birthDateUnknown: 'Vi kan inte se ditt födelsedatum i numret du har skrivit, så du kan inte använda formuläret. Kom till biblioteket med legitimation för att få ett kort.',
  childrenLink: 'Läs mer på sidan Biblioteket för barn och unga',
  // Success (201) and the neutral answer (202)
  createdTitle: 'Välkommen! Ditt tillfälliga konto är klart',
  borrowerIdLabel: 'Ditt låntagar-ID',
  borrowerIdNote: 'Spara det: du behöver det när du hämtar ut en reservation.',
  validUntil: (when: string) => `Det tillfälliga kontot gäller till ${when}.`,
  canReserve: 'Med det tillfälliga kontot kan du redan nu ställa dig i kö på medier i bibliotekskatalogen, det vi kallar för att reservera. Du loggar in med ditt personnummer och den PIN-kod du valt.',
  loginLink: 'Logga in',
  collectCard: 'För att låna behöver du hämta ut ditt riktiga bibliotekskort på ett bibliotek inom sju dagar. Ta med legitimation!',
  receivedTitle: 'Tack för din ansökan',
  received: 'Vi har tagit emot din ansökan. Du får ett e-postmeddelande om vad som händer härnäst.',
  // Field issues
  'personnummer.required': 'Skriv ditt personnummer',
  'personnummer.personnummer_format': 'Skriv personnummer som ÅÅÅÅMMDD-NNNN',
  'personnummer.personnummer_date': 'Personnumret har inget giltigt datum. Kontrollera år, månad och dag',
  'personnummer.personnummer_serial': 'Personnumret stämmer inte: de fyra sista siffrorna kan inte börja med 000',
  'personnummer.personnummer_checksum': 'Personnumret stämmer inte: kontrollsiffran (den sista siffran) passar inte. Kontrollera att du har skrivit rätt',
  'givenName.required': 'Skriv ditt förnamn',
  'givenName.too_long': 'Förnamnet får vara högst 100 tecken',
  'familyName.required': 'Skriv ditt efternamn',
  'familyName.too_long': 'Efternamnet får vara högst 100 tecken',
  'homeLibraryId.required': 'Välj ditt hembibliotek',
  'homeLibraryId.too_long': 'Välj ditt hembibliotek i listan',
  'homeLibraryId.unknown_library': 'Det biblioteket går inte att välja. Välj ett annat hembibliotek i listan',
  'pin.required': 'Välj en PIN-kod',
  'pin.pin_format': 'PIN-koden ska vara fyra siffror',
  ...weakPins.sv,
  'pinRepeat.required': 'Skriv PIN-koden en gång till',
  'pinRepeat.pin_mismatch': 'PIN-koderna är inte lika. Skriv samma PIN-kod i båda fälten',
  'acceptRules.rules_not_accepted': 'Du behöver godkänna lånereglerna för att få ett lånekort',
} satisfies FormCatalogue<GetCardIssues>;

export type GetCardFormMessages = typeof sv;

const en: GetCardFormMessages = {
  ...sharedMessages.en,
  ...contactMessages.en,
  formLabel: 'Get a library card',
  personnummerLabel: 'Personal identity number (personnummer)',
  personnummerHint: 'YYYYMMDD-NNNN. You need to be 18 or older to get a library card here.',
  givenNameLabel: 'First name',
  familyNameLabel: 'Last name',
  emailHint: 'We send the confirmation and news about your reservations here.',
  libraryLabel: 'Home library',
  libraryHint: 'Where you collect your library card.',
  libraryChoose: 'Choose a library',
  librariesLoading: 'Loading the libraries …',
  librariesFailed: 'We could not load the list of libraries.',
  librariesRetry: 'Try again',
  pinLabel: 'Choose a PIN',
  pinHint: 'Four digits. You use the PIN to log in and to borrow at the self-service machines. Avoid years, your birth date and runs such as 1234.',
  pinRepeatLabel: 'Repeat the PIN',
  rulesBefore: 'I have read and accept the ',
  rulesLink: 'loan rules',
  rulesNoLink: 'loan rules',
  newTab: '(opens in a new tab)',
  submit: 'Get a library card',
  busy: 'Sending your application …',
  underAgeTitle: 'Come to the library to get a card',
  underAge: 'If you are under 18, you cannot use this form. Come to the library together with your parent or guardian (vårdnadshavare) instead to get a card.',
  birthDateUnknown: 'We cannot tell your date of birth from the number you entered, so you cannot use this form. Come to the library with ID to get a card.',
  childrenLink: 'Read more on the page The library for children and young people',
  createdTitle: 'Welcome! Your temporary account is ready',
  borrowerIdLabel: 'Your borrower ID (låntagar-ID)',
  borrowerIdNote: 'Keep it: you need it when you collect a reservation.',
  validUntil: (when: string) => `The temporary account is valid until ${when}.`,
  canReserve: 'With the temporary account you can already queue for items in the library catalogue, what we call reserving. You log in with your personal identity number and the PIN you chose.',
  loginLink: 'Log in',
  collectCard: 'To borrow, collect your real library card at a library within seven days. Bring ID!',
  receivedTitle: 'Thank you for your application',
  received: 'We have received your application. You will get an email about what happens next.',
  'personnummer.required': 'Enter your personal identity number',
  'personnummer.personnummer_format': 'Enter your personal identity number as YYYYMMDD-NNNN',
  'personnummer.personnummer_date': 'The personal identity number does not contain a real date. Check the year, month and day',
  'personnummer.personnummer_serial': 'The personal identity number is not right: the last four digits cannot start with 000',
  'personnummer.personnummer_checksum': 'The personal identity number is not right: the check digit (the last digit) does not match. Check what you have entered',
  'givenName.required': 'Enter your first name',
  'givenName.too_long': 'Your first name must be 100 characters or fewer',
  'familyName.required': 'Enter your last name',
  'familyName.too_long': 'Your last name must be 100 characters or fewer',
  'homeLibraryId.required': 'Choose your home library',
  'homeLibraryId.too_long': 'Choose your home library from the list',
  'homeLibraryId.unknown_library': 'That library cannot be chosen. Choose another home library from the list',
  'pin.required': 'Choose a PIN',
  'pin.pin_format': 'Your PIN must be four digits',
  ...weakPins.en,
  'pinRepeat.required': 'Enter the PIN again',
  'pinRepeat.pin_mismatch': 'The PINs do not match. Enter the same PIN in both fields',
  'acceptRules.rules_not_accepted': 'You need to accept the loan rules to get a library card',
};

export const getCardFormMessages = { sv, en };
