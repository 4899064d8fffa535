import { catalogue } from '../shared/localize.js';
import { actionProblemMessages } from '../shared/list-messages.js';
import { sharedMessages, type SharedMessages } from '../shared/messages.js';

/** The wishlist button's words (minneslista), Swedish first. */
const sv = {
  ...sharedMessages,
  ...actionProblemMessages,
  'problem.wishlist_full': 'Minneslistan är full: den rymmer 500 titlar. Ta bort någon titel ur minneslistan och försök igen.',
  'problem.not_found': 'Titeln finns inte i bibliotekets katalog och kan inte sparas.',
  save: 'Spara i minneslistan',
  saved: 'Sparad i minneslistan',
  /** After the visible words, for the accessible name: which title. */
  forTitle: (title: string) => `: ${title}`,
  added: (title: string) => `«${title}» sparades i minneslistan.`,
  removed: (title: string) => `«${title}» togs bort från minneslistan.`,
  saving: 'Sparar …',
  removing: 'Tar bort …',
  /** Pressed before the page knows whether the patron is logged in: the press is carried out soon. */
  wait: 'Vänta …',
  loginLink: 'Logga in för att spara',
  loginNeeded: 'Du behöver logga in för att spara titlar i minneslistan.',
  loginTitle: 'Logga in för att spara i minneslistan',
  close: 'Stäng',
  blocked: 'Ditt kort är spärrat, så du kan inte logga in och spara titlar. Ett nytt kort får du på biblioteket.',
  badRecord: 'Knappen för minneslistan är inte rätt inställd: record-id saknas eller är ogiltigt. Kontakta webbplatsens ansvariga.',
  thisTitle: 'titeln',
};

export type WishlistButtonMessages = typeof sv & SharedMessages;

export const wishlistButtonMessages = catalogue(sv, 'wishlistButton');
