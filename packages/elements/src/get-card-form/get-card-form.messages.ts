import { catalogue } from '../shared/localize.js';
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
  ...sharedMessages,
  ...contactMessages,
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
  ...weakPins,
  'pinRepeat.required': 'Skriv PIN-koden en gång till',
  'pinRepeat.pin_mismatch': 'PIN-koderna är inte lika. Skriv samma PIN-kod i båda fälten',
  'acceptRules.rules_not_accepted': 'Du behöver godkänna lånereglerna för att få ett lånekort',
} satisfies FormCatalogue<GetCardIssues>;

export type GetCardFormMessages = typeof sv;

export const getCardFormMessages = catalogue(sv, 'getCardForm');
