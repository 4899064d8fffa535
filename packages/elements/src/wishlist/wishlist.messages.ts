import { cardBlockedMessages } from '../shared/card-blocked.js';
import { actionProblemMessages, formatMessages } from '../shared/list-messages.js';
import { sharedMessages, type SharedMessages } from '../shared/messages.js';

/** The wishlist's words (minneslista), Swedish first. */
const sv = {
  ...sharedMessages.sv,
  ...cardBlockedMessages.sv,
  ...actionProblemMessages.sv,
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
  ...formatMessages.sv,
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

const en: WishlistMessages = {
  ...sharedMessages.en,
  ...cardBlockedMessages.en,
  ...actionProblemMessages.en,
  'problem.wishlist_full': 'The wishlist is full: it holds 500 titles. Remove a title and try again.',
  heading: 'Your wishlist',
  loading: 'Loading your wishlist …',
  loadFailed: 'We could not load your wishlist.',
  retry: 'Try again',
  empty: 'Your wishlist is empty',
  emptyHint: 'Save titles with the “Save to wishlist” button next to the titles in the catalogue and in the library’s tips. They will show up here.',
  loggedOutTitle: 'Log in to see your wishlist',
  loggedOut: 'You need to be logged in to see and change your wishlist.',
  loginLink: 'Log in',
  ...formatMessages.en,
  savedOn: (date: string) => `Saved ${date}`,
  remove: 'Remove',
  removeFor: (title: string) => ` ${title} from the wishlist`,
  removing: 'Removing …',
  removed: (title: string) => `“${title}” was removed from the wishlist.`,
  undo: 'Undo',
  undoFor: (title: string) => `, put ${title} back`,
  undoing: 'Putting it back …',
  restored: (title: string) => `“${title}” is in the wishlist again.`,
  undoFailed: (title: string) => `We could not put “${title}” back.`,
  recordGone: 'The title is no longer in the library’s catalogue.',
};

export const wishlistMessages = { sv, en };
