import { catalogue } from '../shared/localize.js';
import { cardBlockedMessages } from '../shared/card-blocked.js';
import { actionProblemMessages, formatMessages } from '../shared/list-messages.js';
import { plural } from '../shared/plural.js';
import { sharedMessages, type SharedMessages } from '../shared/messages.js';

/** The loan history's words, Swedish first (the seed page's "Spara min lånehistorik"). Numbers and dates come formatted. */
const sv = {
  ...sharedMessages,
  ...cardBlockedMessages,
  ...actionProblemMessages,
  heading: 'Min lånehistorik',
  loading: 'Hämtar din lånehistorik …',
  loadFailed: 'Vi kunde inte hämta din lånehistorik.',
  retry: 'Försök igen',
  loggedOutTitle: 'Logga in för att se din lånehistorik',
  loggedOut: 'Du behöver vara inloggad för att se och spara din lånehistorik.',
  loginLink: 'Logga in',
  // The setting
  settingLabel: 'Spara min lånehistorik',
  settingHint:
    'Då sparas titel, författare, medietyp, bibliotek och datum för de lån du lämnar tillbaka från och med nu. Bara du kan se din lånehistorik. Lån som du lämnade tillbaka innan du slog på funktionen går inte att få fram.',
  temporaryNote: 'Du har ett tillfälligt konto. Du kan låna när du har hämtat ditt bibliotekskort på biblioteket. Ta med legitimation.',
  saving: 'Sparar …',
  turnedOn: 'Din lånehistorik sparas från och med nu.',
  turnedOff: 'Din lånehistorik sparas inte längre.',
  turnedOffKept: 'Din lånehistorik sparas inte längre. Det som redan är sparat finns kvar.',
  settingFailed: (problem: string) => `Inställningen kunde inte sparas. ${problem}`,
  offEmpty: 'Din lånehistorik sparas inte. Bocka i rutan ovan om du vill spara de lån du lämnar tillbaka från och med nu.',
  onEmpty: 'Inget har sparats ännu. Lån som lämnas tillbaka från och med nu sparas här.',
  offKept: 'Din lånehistorik sparas inte längre. Det som sparades tidigare finns kvar här tills du raderar det.',
  // The list
  searchLabel: 'Sök på titel eller författare',
  sortLabel: 'Sortera efter',
  'sort.newest': 'Återlämnad, senaste först',
  'sort.oldest': 'Återlämnad, äldsta först',
  'sort.title': 'Titel A–Ö',
  'sort.author': 'Författare A–Ö',
  count: (shown: string, _total: number, n: string) => `Visar ${shown} av ${n} lån`,
  countMatches: (shown: string, _matches: number, n: string) => `Visar ${shown} av ${n} lån som matchar sökningen`,
  noMatches: (query: string) => `Inga lån matchar ”${query}”.`,
  listLabel: 'Lånehistorik',
  showMore: (n: string) => `Visa ${n} till`,
  by: 'av',
  borrowed: (date: string, library: string) => `Lånad ${date} på ${library}`,
  returned: (date: string) => `Återlämnad ${date}`,
  unknownLibrary: 'okänt bibliotek',
  ...formatMessages,
  // Export and deletion
  exportCsv: 'Exportera som CSV',
  exported: (_count: number, n: string) => `${n} lån har exporterats till en CSV-fil.`,
  'csv.title': 'Titel',
  'csv.author': 'Författare',
  'csv.format': 'Medietyp',
  'csv.library': 'Bibliotek',
  'csv.loanDate': 'Lånad',
  'csv.returnDate': 'Återlämnad',
  deleteHistory: 'Radera historiken',
  deleteTitle: 'Radera hela lånehistoriken?',
  deleteText: (count: number, n: string) =>
    plural('sv', count, { one: 'Det sparade lånet raderas för gott.', other: `Alla ${n} sparade lån raderas för gott.` }) + ' Det går inte att ångra.',
  deleteYes: 'Radera historiken',
  offTitle: 'Sluta spara lånehistoriken',
  offText: (_count: number, n: string) => `Radera också den sparade historiken? Du har ${n} sparade lån. Raderade lån går inte att få tillbaka.`,
  offDelete: 'Sluta spara och radera historiken',
  offKeep: 'Sluta spara men behåll historiken',
  cancel: 'Avbryt',
  deleting: 'Raderar …',
  deleted: 'Din lånehistorik är raderad.',
  turnedOffDeleted: 'Din lånehistorik sparas inte längre och det som var sparat är raderat.',
  deleteFailed: (problem: string) => `Lånehistoriken kunde inte raderas. ${problem}`,
};

export type LoanHistoryMessages = typeof sv & SharedMessages;

export const loanHistoryMessages = catalogue(sv, 'loanHistory');
