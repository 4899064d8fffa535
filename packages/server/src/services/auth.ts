import { parseIdentifier, type FieldIssue, type Patron } from '@biv/contract';
import type { IlsAdapter, IlsPatron } from '../ils/types.js';
import { verifyAgainstDummy } from '../pin-hash.js';
import type { Sessions } from '../sessions.js';
import { accountKeys, identifierKeys, type Throttle } from '../throttle.js';

export type LoginResult =
  | { outcome: 'ok'; patron: Patron; sessionId: string; expiresAt: Date }
  | { outcome: 'invalid_identifier'; errors: FieldIssue[] }
  | { outcome: 'invalid_credentials' }
  | { outcome: 'account_locked'; retryAfter: number }
  | { outcome: 'rate_limited'; retryAfter: number }
  | { outcome: 'card_blocked' }
  | { outcome: 'card_expired' };

export interface AuthDeps {
  ils: IlsAdapter;
  sessions: Sessions;
  throttle: Throttle;
  cardNumberPattern: RegExp;
  now: () => Date;
}

/** The state a patron's card is in now: a temporary account past its end is expired. */
export function effectiveCardState(patron: IlsPatron, now: Date): Patron['cardState'] {
  if (patron.cardState === 'temporary' && patron.validUntil && new Date(patron.validUntil) <= now) return 'expired';
  return patron.cardState;
}

export function toPublicPatron(patron: IlsPatron, now: Date): Patron {
  const base = { name: patron.name, borrowerId: patron.borrowerId, cardState: effectiveCardState(patron, now) };
  return patron.validUntil ? { ...base, validUntil: patron.validUntil } : base;
}

/**
 * Log in with a card number or personnummer and a PIN.
 *
 * Before the PIN is checked, one attempt is reserved on the client and on every identifier key
 * of the input (`identifierKeys`): requests sent at once cannot all pass, and the keys depend on
 * the input only, so a lock tells nothing about which card number and personnummer go together.
 * Unknown identifiers are indistinguishable from wrong PINs: the same answer, a dummy hash for
 * the same time, and the same lock. The PIN is checked before the card state, so only someone who
 * knows the PIN learns that a card is blocked or expired.
 */
export async function login(deps: AuthDeps, identifier: string, pin: string, client: string): Promise<LoginResult> {
  const parsed = parseIdentifier(identifier, deps.cardNumberPattern, deps.now());
  if (!parsed.ok) return { outcome: 'invalid_identifier', errors: [{ path: 'identifier', code: parsed.reason }] };

  const reservation = await deps.throttle.reserve([{ scope: 'client', key: client }, ...identifierKeys('account', parsed)]);
  if (!reservation.ok) {
    return reservation.scope === 'client'
      ? { outcome: 'rate_limited', retryAfter: reservation.retryAfter }
      : { outcome: 'account_locked', retryAfter: reservation.retryAfter };
  }

  let patron: IlsPatron | undefined;
  if (parsed.cardNumber) patron = await deps.ils.findPatron({ cardNumber: parsed.cardNumber });
  if (!patron && parsed.personnummer) patron = await deps.ils.findPatron({ personnummer: parsed.personnummer.personnummer });

  const valid = patron ? await deps.ils.verifyPin(patron.id, pin) : await verifyAgainstDummy(pin);
  if (!valid || !patron) {
    await deps.throttle.failed(reservation.attempt);
    return { outcome: 'invalid_credentials' };
  }
  await deps.throttle.succeeded(reservation.attempt);

  const now = deps.now();
  const state = effectiveCardState(patron, now);
  if (state === 'blocked') return { outcome: 'card_blocked' };
  if (state === 'expired') return { outcome: 'card_expired' };

  const session = await deps.sessions.create(patron.id);
  return { outcome: 'ok', patron: toPublicPatron(patron, now), sessionId: session.id, expiresAt: session.expiresAt };
}

export type PinCheckResult = { outcome: 'right' } | { outcome: 'wrong' } | { outcome: 'account_locked'; retryAfter: number };

/**
 * Check the PIN of a logged-in patron asked for again (PIN change, card block): it counts on
 * every identifier of the account, like a login, and a wrong one that reaches the limit locks.
 */
export async function checkPinAgain(deps: Pick<AuthDeps, 'ils' | 'throttle'>, patron: IlsPatron, pin: string): Promise<PinCheckResult> {
  const reservation = await deps.throttle.reserve(accountKeys(patron));
  if (!reservation.ok) return { outcome: 'account_locked', retryAfter: reservation.retryAfter };
  if (await deps.ils.verifyPin(patron.id, pin)) {
    await deps.throttle.succeeded(reservation.attempt);
    return { outcome: 'right' };
  }
  const locked = (await deps.throttle.failed(reservation.attempt)).get('account');
  return locked ? { outcome: 'account_locked', retryAfter: locked } : { outcome: 'wrong' };
}
