import { sharedMessages } from '../shared/messages.js';

/** Mina sidor's words, Swedish first: the tabs' names and the frame around them. */
const sv = {
  ...sharedMessages.sv,
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

const en: MyPagesMessages = {
  ...sharedMessages.en,
  tabsLabel: 'My pages',
  'tab.profile': 'My details',
  'tab.loans': 'Loans',
  'tab.reservations': 'Reservations',
  'tab.history': 'Loan history',
  'tab.wishlist': 'Wishlist',
  'tab.pin': 'Change PIN',
  'tab.block': 'Block card',
  loading: 'Loading …',
  partFailed: 'This part of My pages could not be loaded. Check your connection and try again.',
  retry: 'Try again',
  blockIntro: 'If you lose your card, block it at once: you are responsible for everything borrowed on it.',
};

export const myPagesMessages = { sv, en };
