import { catalogue } from '../shared/localize.js';
import { sharedMessages } from '../shared/messages.js';

/** Mina sidor's words, Swedish first: the tabs' names and the frame around them. */
const sv = {
  ...sharedMessages,
  tabsLabel: 'Mina sidor',
  'tab.profile': 'Mina uppgifter',
  'tab.loans': 'Lån',
  'tab.reservations': 'Reservationer',
  'tab.history': 'Lånehistorik',
  'tab.wishlist': 'Minneslista',
  'tab.pin': 'Byt PIN-kod',
  'tab.block': 'Spärra kortet',
  loading: 'Hämtar …',
  partFailed: 'Den här delen av Mina sidor kunde inte hämtas. Kontrollera din anslutning och försök igen.',
  retry: 'Försök igen',
  blockIntro: 'Om du förlorar ditt kort är det viktigt att spärra kortet, eftersom du själv ansvarar för allt som lånas på ditt kort.',
};

export type MyPagesMessages = typeof sv;

export const myPagesMessages = catalogue(sv, 'myPages');
