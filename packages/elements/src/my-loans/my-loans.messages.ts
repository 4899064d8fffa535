import { catalogue } from '../shared/localize.js';
import { cardBlockedMessages } from '../shared/card-blocked.js';
import { actionProblemMessages, formatMessages } from '../shared/list-messages.js';
import { plural } from '../shared/plural.js';
import { sharedMessages, type SharedMessages } from '../shared/messages.js';

/** The loans list's words, Swedish first. Counts and dates come formatted for the locale. */
const sv = {
  ...sharedMessages,
  ...cardBlockedMessages,
  ...actionProblemMessages,
  'problem.request_in_progress': 'Din förra begäran behandlas fortfarande. Vänta en stund och försök igen.',
  heading: 'Mina lån',
  count: (_count: number, n: string) => `${n} lån`,
  loading: 'Hämtar dina lån …',
  empty: 'Du har inga lån just nu.',
  loadFailed: 'Det gick inte att hämta dina lån.',
  retry: 'Försök igen',
  retryRenewal: (title: string) => `förnya ${title}`,
  retryAll: 'förnya alla',
  loggedOutTitle: 'Logga in för att se dina lån',
  loggedOut: 'Du behöver vara inloggad för att se vad du har lånat och förnya dina lån.',
  loginLink: 'Logga in',
  sortLabel: 'Sortera efter',
  'sort.due': 'Återlämningsdag',
  'sort.title': 'Titel',
  'sorted.due': 'Sorterat efter återlämningsdag.',
  'sorted.title': 'Sorterat efter titel.',
  listLabel: 'Dina lån',
  author: 'Av',
  format: 'Medietyp',
  library: 'Lånad på',
  due: 'Återlämnas senast',
  renewals: 'Förnyelser',
  renewalCounts: (used: string, total: string, left: string) => `${used} av ${total} gjorda, ${left} kvar`,
  ...formatMessages,
  overdueBy: (days: number, n: string) => plural('sv', days, { one: `förfallen sedan ${n} dag`, other: `förfallen sedan ${n} dagar` }),
  'badge.overdue': 'Försenad',
  'badge.dueSoon': 'Förfaller snart',
  renew: 'Förnya',
  renewAll: 'Förnya alla',
  renewing: 'Förnyar …',
  renewed: (date: string) => `Förnyad – ny återlämningsdag ${date}`,
  notRenewed: (reason: string) => `Kunde inte förnyas: ${reason}`,
  cannotRenew: (reason: string) => `Kan inte förnyas: ${reason}`,
  'reason.reserved': 'en annan låntagare har reserverat den.',
  'reason.renewal_limit': 'den har förnyats så många gånger som går.',
  'reason.overdue_limit': 'den är försenad för länge för att förnyas. Lämna tillbaka den på ett bibliotek.',
  'reason.card_blocked': 'ditt lånekort är spärrat. Kontakta biblioteket.',
  'reason.card_expired': 'ditt lånekort har gått ut. Kontakta biblioteket.',
  'reason.card_temporary': 'du har ett tillfälligt konto. Hämta ditt lånekort på biblioteket, sedan kan du förnya.',
  'reason.not_renewable': 'det här lånet går inte att förnya.',
  'reason.not_found': 'lånet finns inte längre, det kan redan vara återlämnat.',
  'reason.unknown': 'biblioteket tillåter det inte just nu.',
  renewSummary: (renewed: string, total: string) => `${renewed} av ${total} lån förnyades.`,
  renewOne: (title: string, outcome: string) => `${title}: ${outcome}`,
  renewFailed: (title: string, problem: string) => `${title} kunde inte förnyas. ${problem}`,
  renewAllFailed: (problem: string) => `Lånen kunde inte förnyas. ${problem}`,
};

export type MyLoansMessages = typeof sv & SharedMessages;

export const myLoansMessages = catalogue(sv, 'myLoans');
