import { catalogue } from '../shared/localize.js';
import { cardBlockedMessages } from '../shared/card-blocked.js';
import { actionProblemMessages, formatMessages } from '../shared/list-messages.js';
import { sharedMessages, type SharedMessages } from '../shared/messages.js';

/** The wishlist's words (minneslista), Swedish first. */
const sv = {
  ...sharedMessages,
  ...cardBlockedMessages,
  ...actionProblemMessages,
  'problem.wishlist_full': 'Minneslistan är full: den rymmer 500 titlar. Ta bort någon titel och försök igen.',
  heading: 'Din minneslista',
  loading: 'Hämtar din minneslista …',
  loadFailed: 'Vi kunde inte hämta din minneslista.',
  retry: 'Försök igen',
  empty: 'Din minneslista är tom',
  emptyHint: 'Spara titlar med knappen ”Spara i minneslistan” som finns vid titlarna i katalogen och i bibliotekets tips. Då hamnar de här.',
  loggedOutTitle: 'Logga in för att se din minneslista',
  loggedOut: 'Du behöver vara inloggad för att se och ändra din minneslista.',
  loginLink: 'Logga in',
  ...formatMessages,
  savedOn: (date: string) => `Sparad ${date}`,
  remove: 'Ta bort',
  removeFor: (title: string) => ` ${title} från minneslistan`,
  removing: 'Tar bort …',
  removed: (title: string) => `«${title}» togs bort från minneslistan.`,
  undo: 'Ångra',
  undoFor: (title: string) => `, lägg tillbaka ${title}`,
  undoing: 'Lägger tillbaka …',
  restored: (title: string) => `«${title}» finns i minneslistan igen.`,
  undoFailed: (title: string) => `Vi kunde inte lägga tillbaka «${title}».`,
  recordGone: 'Titeln finns inte längre i bibliotekets katalog.',
};

export type WishlistMessages = typeof sv & SharedMessages;

export const wishlistMessages = catalogue(sv, 'wishlist');
