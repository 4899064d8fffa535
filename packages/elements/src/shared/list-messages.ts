import { elementProblems } from './messages.js';

// Words for the elements that list the patron's items (loans, reservations).

/**
 * The same faults as the shared messages, without "what you typed is kept": the patron acts on a
 * list (renew, cancel) rather than types into a form. The element's own problems follow these.
 */
export const actionProblemMessages = {
  'problem.network': 'Vi fick ingen kontakt med tjänsten. Kontrollera din internetanslutning och försök igen.',
  'problem.timeout': 'Tjänsten svarade inte i tid. Försök igen om en stund.',
  'problem.internal_error': 'Något gick fel hos oss. Försök igen om en stund.',
  'problem.service_unavailable': 'Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.',
  'problem.bad_response': 'Tjänsten gav ett oväntat svar. Försök igen om en stund.',
  ...elementProblems('Tjänsten gav ett oväntat svar. Försök igen om en stund.'),
};

/** The item formats of the contract (`ITEM_FORMATS`), in words. */
export const formatMessages = {
  'format.book': 'Bok',
  'format.audiobook': 'Ljudbok',
  'format.ebook': 'E-bok',
  'format.film': 'Film',
  'format.music': 'Musik',
  'format.magazine': 'Tidskrift',
  'format.game': 'Spel',
  'format.other': 'Övrigt',
};
