import { plural } from '../shared/plural.js';
import { sharedMessages, type FormCatalogue } from '../shared/messages.js';
import { identifierMessages, type IdentifierIssues } from '../shared/identifier-messages.js';
import { newPinMessages, type NewPinIssues } from '../shared/new-pin-fields.js';

const minutesSv = (n: number) => plural('sv', n, { one: `${n} minut`, other: `${n} minuter` });
const minutesEn = (n: number) => plural('en', n, { one: `${n} minute`, other: `${n} minutes` });

/** The PIN reset's words, Swedish first. */
const sv = {
  ...sharedMessages.sv,
  // Step 1: ask for a link
  requestLabel: 'Begär en länk för att välja ny PIN-kod',
  requestIntro: 'Skriv ditt bibliotekskortsnummer eller personnummer. Vi skickar ett mejl med en länk där du väljer en ny PIN-kod.',
  identifierLabel: 'Bibliotekskortsnummer eller personnummer',
  identifierHint: 'Personnummer skrivs ÅÅÅÅMMDD-NNNN.',
  requestSubmit: 'Skicka länk',
  requestBusy: 'Skickar …',
  sentTitle: 'Titta i din e-post',
  sent: (minutes: number) =>
    `Om uppgifterna stämmer har vi skickat ett mejl med en länk till den e-postadress vi har till dig. Länken fungerar en gång och i ${minutesSv(minutes)}.`,
  sentSpam: 'Hittar du inget mejl inom några minuter? Titta i skräpposten.',
  sentNoEmail: 'Har du ingen e-postadress hos oss? Besök ett bibliotek och ta med legitimation, så hjälper vi dig med en ny PIN-kod.',
  askAgain: 'Begär en ny länk',
  // Step 2: choose the new PIN
  chooseLabel: 'Välj ny PIN-kod',
  chooseIntro: 'Välj en ny PIN-kod med fyra siffror. Du använder den när du loggar in och när du lånar i utlåningsautomaterna.',
  newPinLabel: 'Ny PIN-kod',
  newPinHint: 'Fyra siffror. Undvik årtal, ditt födelsedatum och sifferföljder som 1234.',
  newPinRepeatLabel: 'Upprepa den nya PIN-koden',
  chooseSubmit: 'Spara ny PIN-kod',
  chooseBusy: 'Sparar …',
  doneTitle: 'Din PIN-kod är ändrad',
  done: 'Logga in med din nya PIN-kod. Om du var inloggad någon annanstans har du loggats ut där.',
  loginLink: 'Logga in',
  // A link that cannot be used
  invalidTitle: 'Länken går inte att använda',
  'invalid.expired': (minutes: number) => `Länken har slutat gälla. En länk fungerar i ${minutesSv(minutes)}.`,
  'invalid.used': 'Länken har redan använts. En länk fungerar bara en gång.',
  'invalid.replaced': 'Du har begärt en nyare länk. Använd länken i det senaste mejlet, eller begär en ny.',
  'invalid.pin_changed': 'Din PIN-kod har ändrats sedan länken skickades, så länken fungerar inte längre. Begär en ny länk om du behöver.',
  'invalid.unknown': 'Länken är inte giltig. Kontrollera att du har öppnat hela länken från mejlet, eller begär en ny.',
  'problem.card_blocked': 'Ditt bibliotekskort är spärrat, så PIN-koden kan inte ändras här. Besök ett bibliotek och ta med legitimation.',
  'problem.card_expired': 'Ditt tillfälliga konto har gått ut, så PIN-koden kan inte ändras här. Hämta ditt bibliotekskort på biblioteket – ta med legitimation!',
  // Field issues
  ...identifierMessages.sv,
  ...newPinMessages.sv,
} satisfies FormCatalogue<IdentifierIssues & NewPinIssues>;

export type PinResetMessages = typeof sv;

const en: PinResetMessages = {
  ...sharedMessages.en,
  requestLabel: 'Ask for a link to choose a new PIN',
  requestIntro: 'Enter your library card number or personal identity number. We will e-mail you a link where you choose a new PIN.',
  identifierLabel: 'Library card number or personal identity number',
  identifierHint: 'Write a personal identity number as YYYYMMDD-NNNN.',
  requestSubmit: 'Send link',
  requestBusy: 'Sending …',
  sentTitle: 'Check your e-mail',
  sent: (minutes: number) =>
    `If the details are right, we have e-mailed a link to the address we have for you. The link works once and for ${minutesEn(minutes)}.`,
  sentSpam: 'No e-mail within a few minutes? Look in your spam folder.',
  sentNoEmail: 'No e-mail address with us? Visit a library and bring ID, and we will help you with a new PIN.',
  askAgain: 'Ask for a new link',
  chooseLabel: 'Choose a new PIN',
  chooseIntro: 'Choose a new four-digit PIN. You use it to log in and to borrow at the self-service machines.',
  newPinLabel: 'New PIN',
  newPinHint: 'Four digits. Avoid years, your birth date and runs such as 1234.',
  newPinRepeatLabel: 'Repeat the new PIN',
  chooseSubmit: 'Save new PIN',
  chooseBusy: 'Saving …',
  doneTitle: 'Your PIN has been changed',
  done: 'Log in with your new PIN. If you were logged in anywhere else, you have been logged out there.',
  loginLink: 'Log in',
  invalidTitle: 'The link cannot be used',
  'invalid.expired': (minutes: number) => `The link has expired. A link works for ${minutesEn(minutes)}.`,
  'invalid.used': 'The link has already been used. A link works only once.',
  'invalid.replaced': 'You have asked for a newer link. Use the link in the latest e-mail, or ask for a new one.',
  'invalid.pin_changed': 'Your PIN has been changed since the link was sent, so the link no longer works. Ask for a new link if you need one.',
  'invalid.unknown': 'The link is not valid. Check that you opened the whole link from the e-mail, or ask for a new one.',
  'problem.card_blocked': 'Your library card is blocked, so the PIN cannot be changed here. Visit a library and bring ID.',
  'problem.card_expired': 'Your temporary account has expired, so the PIN cannot be changed here. Collect your library card at the library – bring ID!',
  ...identifierMessages.en,
  ...newPinMessages.en,
};

export const pinResetMessages = { sv, en };
