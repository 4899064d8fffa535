import { catalogue } from '../shared/localize.js';
import { plural } from '../shared/plural.js';
import { sharedMessages, type FormCatalogue } from '../shared/messages.js';
import { identifierMessages, type IdentifierIssues } from '../shared/identifier-messages.js';
import { newPinMessages, type NewPinIssues } from '../shared/new-pin-fields.js';

/** `minutes` in words; `n` is the number as the locale writes it. */
const minutesSv = (minutes: number, n: string) => plural('sv', minutes, { one: `${n} minut`, other: `${n} minuter` });

/** The PIN reset's words, Swedish first. */
const sv = {
  ...sharedMessages,
  // Step 1: ask for a link
  requestLabel: 'Begär en länk för att välja ny PIN-kod',
  requestIntro: 'Skriv ditt bibliotekskortsnummer eller personnummer. Vi skickar ett mejl med en länk där du väljer en ny PIN-kod.',
  identifierLabel: 'Bibliotekskortsnummer eller personnummer',
  identifierHint: 'Personnummer skrivs ÅÅÅÅMMDD-NNNN.',
  requestSubmit: 'Skicka länk',
  requestBusy: 'Skickar …',
  sentTitle: 'Titta i din e-post',
  sent: (minutes: number, n: string) =>
    `Om uppgifterna stämmer har vi skickat ett mejl med en länk till den e-postadress vi har till dig. Länken fungerar en gång och i ${minutesSv(minutes, n)}.`,
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
  'invalid.expired': (minutes: number, n: string) => `Länken har slutat gälla. En länk fungerar i ${minutesSv(minutes, n)}.`,
  'invalid.used': 'Länken har redan använts. En länk fungerar bara en gång.',
  'invalid.replaced': 'Du har begärt en nyare länk. Använd länken i det senaste mejlet, eller begär en ny.',
  'invalid.pin_changed': 'Din PIN-kod har ändrats sedan länken skickades, så länken fungerar inte längre. Begär en ny länk om du behöver.',
  'invalid.unknown': 'Länken är inte giltig. Kontrollera att du har öppnat hela länken från mejlet, eller begär en ny.',
  'problem.card_blocked': 'Ditt bibliotekskort är spärrat, så PIN-koden kan inte ändras här. Besök ett bibliotek och ta med legitimation.',
  'problem.card_expired': 'Ditt tillfälliga konto har gått ut, så PIN-koden kan inte ändras här. Hämta ditt bibliotekskort på biblioteket – ta med legitimation!',
  // Field issues
  ...identifierMessages,
  ...newPinMessages,
} satisfies FormCatalogue<IdentifierIssues & NewPinIssues>;

export type PinResetMessages = typeof sv;

export const pinResetMessages = catalogue(sv, 'pinReset');
