import { catalogue } from '../shared/localize.js';
import { cardBlockedMessages } from '../shared/card-blocked.js';
import { actionProblemMessages, formatMessages } from '../shared/list-messages.js';
import { plural } from '../shared/plural.js';
import { sharedMessages, type SharedMessages } from '../shared/messages.js';

/** The reservations' words, Swedish first. */
const sv = {
  ...sharedMessages,
  ...cardBlockedMessages,
  ...actionProblemMessages,
  'problem.reservation_ready': 'Reservationen väntar redan på att hämtas och kan inte ändras.',
  heading: 'Dina reservationer',
  loading: 'Hämtar dina reservationer …',
  loadFailed: 'Vi kunde inte hämta dina reservationer.',
  retry: 'Försök igen',
  empty: 'Du har inga reservationer just nu.',
  loggedOutTitle: 'Logga in för att se dina reservationer',
  loggedOut: 'Du behöver vara inloggad för att se, avboka och ändra dina reservationer.',
  loginLink: 'Logga in',
  readyCount: (count: number, n: string) => plural('sv', count, { one: 'En reservation är klar att hämta.', other: `${n} reservationer är klara att hämta.` }),
  borrowerIdNeeded: 'Ditt låntagar-ID behövs när du hämtar:',
  borrowerIdNote: 'Med ditt bibliotekskort följer ett låntagar-ID. Detta behöver du när du ska hämta ut din reservation.',
  listLabel: 'Reservationer',
  ready: 'Klar att hämta',
  pickupBy: (date: string) => `Hämta senast ${date}`,
  queuePosition: (position: string) => `Plats ${position} i kön`,
  waiting: 'Väntar på sin tur',
  pickupAt: 'Hämtas på:',
  ...formatMessages,
  changeLabel: 'Byt bibliotek att hämta på',
  changeFor: (title: string) => `, ${title}`,
  save: 'Spara',
  saving: 'Sparar …',
  saved: 'Sparat.',
  unchanged: (library: string) => `Reservationen hämtas redan på ${library}.`,
  changed: (title: string, library: string) => `Reservationen av ${title} hämtas nu på ${library}.`,
  'pickupLibraryId.unknown_library': 'Det biblioteket går inte att hämta på. Välj ett annat bibliotek i listan.',
  'pickupLibraryId.required': 'Välj ett bibliotek i listan.',
  cancel: 'Avboka',
  cancelFor: (title: string) => ` ${title}`,
  confirmTitle: 'Avboka reservationen?',
  confirmText: (title: string) => `Vill du avboka reservationen av ${title}? Om du reserverar den igen hamnar du sist i kön.`,
  confirmReadyText: (title: string) => `Vill du avboka reservationen av ${title}? Den väntar på dig nu och lämnas då vidare till nästa i kön.`,
  confirmYes: 'Avboka reservationen',
  confirmNo: 'Behåll',
  cancelling: 'Avbokar …',
  cancelled: (title: string) => `Reservationen av ${title} är avbokad.`,
  gone: (title: string) => `Reservationen av ${title} finns inte längre. Listan är uppdaterad.`,
  unknownLibrary: 'okänt bibliotek',
};

export type MyReservationsMessages = typeof sv & SharedMessages;

export const myReservationsMessages = catalogue(sv, 'myReservations');
