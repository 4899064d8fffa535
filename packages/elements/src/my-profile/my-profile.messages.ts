import { catalogue } from '../shared/localize.js';
import { cardBlockedMessages } from '../shared/card-blocked.js';
import { contactMessages, type ContactIssues } from '../shared/contact-messages.js';
import { actionProblemMessages } from '../shared/list-messages.js';
import { sharedMessages, type FormCatalogue } from '../shared/messages.js';

/**
 * "Mina uppgifter", Swedish first, in the words of biv.se's "Bibliotekskort" page (Användarprofil;
 * Lånekort och PIN-kod; låntagar-ID). The contact fields' labels and errors are the get-card form's
 * (shared/contact-messages.ts), so both forms say the same about the same field.
 */
const sv = {
  ...sharedMessages,
  ...cardBlockedMessages,
  ...contactMessages,
  // Without "what you typed is kept": a fault of loading says nothing of it; a fault of saving adds `kept`.
  ...actionProblemMessages,
  kept: 'Det du har skrivit finns kvar.',
  heading: 'Mina uppgifter',
  loading: 'Hämtar dina uppgifter …',
  loadFailed: 'Vi kunde inte hämta dina uppgifter.',
  retry: 'Försök igen',
  loggedOutTitle: 'Logga in för att se dina uppgifter',
  loggedOut: 'Du behöver vara inloggad för att se och ändra dina uppgifter.',
  loginLink: 'Logga in',
  // Användarprofil
  profileHeading: 'Användarprofil',
  name: 'Namn',
  borrowerId: 'Låntagar-ID',
  borrowerIdNote: 'Du behöver ditt låntagar-ID när du ska hämta ut en reservation.',
  copy: 'Kopiera låntagar-ID',
  copied: 'Låntagar-ID är kopierat.',
  copyFailed: 'Det gick inte att kopiera automatiskt. Låntagar-ID är markerat: markera och kopiera det själv, till exempel med Ctrl+C.',
  homeLibrary: 'Hembibliotek',
  noValue: 'Ingen uppgift',
  // Lånekort och PIN-kod
  cardHeading: 'Lånekort och PIN-kod',
  cardNumber: 'Kortnummer',
  cardState: 'Kortet',
  'state.active': 'Aktivt',
  'state.temporary': 'Tillfälligt konto',
  'state.expired': 'Det tillfälliga kontot har gått ut',
  'state.blocked': 'Spärrat',
  temporaryUntil: (when: string) => `Tillfälligt konto till ${when}`,
  noCardYet: 'Du har inte hämtat ut ditt bibliotekskort än. Hämta det på ett bibliotek inom Bibliotek i Väst. Ta med legitimation!',
  temporaryEnds: (when: string) => `Det tillfälliga kontot gäller till ${when}. Med det kan du reservera, men för att låna behöver du ditt riktiga bibliotekskort.`,
  changePin: 'Byt PIN-kod',
  blockCard: 'Spärra kortet',
  blockCardNote: 'Har du tappat kortet? Spärra det direkt: du ansvarar själv för allt som lånas på ditt kort.',
  // Kontaktuppgifter
  contactHeading: 'Kontaktuppgifter',
  address: 'Adress',
  phoneShown: 'Mobiltelefon',
  edit: 'Ändra kontaktuppgifter',
  formLabel: 'Ändra kontaktuppgifter',
  emailHint: 'Hit skickar vi besked om dina reservationer och lån. Ändrar du adressen skickar vi en bekräftelse till den gamla.',
  phoneEditHint: 'För sms om dina reservationer. Töm fältet om du inte vill få sms.',
  save: 'Spara',
  cancel: 'Avbryt',
  saving: 'Sparar dina kontaktuppgifter …',
  saved: 'Dina kontaktuppgifter är sparade.',
  savedEmail: 'Dina kontaktuppgifter är sparade. Vi har skickat en bekräftelse om ändringen till din gamla e-postadress.',
  unchanged: 'Du ändrade ingenting, så inget har sparats.',
  saveFailed: 'Dina kontaktuppgifter är inte sparade.',
} satisfies FormCatalogue<ContactIssues>;

export type MyProfileMessages = typeof sv;

export const myProfileMessages = catalogue(sv, 'myProfile');
