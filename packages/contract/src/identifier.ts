import { parsePersonnummer, type ParsedPersonnummer, type PersonnummerFailure } from './personnummer.js';

/**
 * Card numbers as the browser checks them: digits only, 6 to 14 of them. The server checks
 * its own, stricter, configured format (demo cards: 10 digits).
 */
export const LOOSE_CARD_NUMBER = /^\d{6,14}$/;

/** Field-level reasons an identifier is refused. */
export type IdentifierFailure = 'required' | 'identifier_format' | `personnummer_${PersonnummerFailure}`;

export type IdentifierResult =
  | {
      ok: true;
      /** Set when the input has the form of a card number. */
      cardNumber?: string;
      /** Set when the input is a valid personnummer or samordningsnummer. */
      personnummer?: ParsedPersonnummer;
    }
  | { ok: false; reason: IdentifierFailure };

/**
 * Read what a patron typed in the one "card number or personnummer" field. A 10-digit input can be
 * both a card number and a personnummer without century: then both are returned and the server
 * tries the card number first.
 */
export function parseIdentifier(
  input: string,
  cardPattern: RegExp = LOOSE_CARD_NUMBER,
  now: Date = new Date(),
): IdentifierResult {
  const compact = input.trim();
  if (compact === '') return { ok: false, reason: 'required' };
  const pnr = parsePersonnummer(compact, now);
  const cardNumber = cardPattern.test(compact) ? compact : undefined;
  if (pnr.ok) {
    const { ok: _ok, ...personnummer } = pnr;
    return cardNumber ? { ok: true, cardNumber, personnummer } : { ok: true, personnummer };
  }
  // Written like a personnummer (a separator, or 12 digits starting with a century and a month):
  // the patron meant one, so the precise reason beats a card-number reading.
  const looksLikePersonnummer = /^\d{6,8}[-+]\d{4}$/.test(compact) || /^(18|19|20)\d\d(0\d|1[0-2])\d{6}$/.test(compact);
  if (looksLikePersonnummer) return { ok: false, reason: `personnummer_${pnr.reason}` };
  return cardNumber ? { ok: true, cardNumber } : { ok: false, reason: 'identifier_format' };
}
