import { parseIdentifier, type FieldIssue, type Patron } from '@biv/contract';
import type { IlsAdapter, IlsPatron } from '../ils/types.js';
import { verifyAgainstDummy } from '../pin-hash.js';
import type { Sessions } from '../sessions.js';
import type { Throttle } from '../throttle.js';

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
 * Unknown identifiers are indistinguishable from wrong PINs: the same answer, a dummy hash for the
 * same time, and their own lock after the same number of failures. The PIN is checked before the
 * card state, so only someone who knows the PIN learns that a card is blocked or expired.
 */
export async function login(deps: AuthDeps, identifier: string, pin: string, client: string): Promise<LoginResult> {
  const parsed = parseIdentifier(identifier, deps.cardNumberPattern, deps.now());
  if (!parsed.ok) return { outcome: 'invalid_identifier', errors: [{ path: 'identifier', code: parsed.reason }] };

  const clientWait = await deps.throttle.lockedFor('client', client);
  if (clientWait > 0) return { outcome: 'rate_limited', retryAfter: clientWait };

  let patron: IlsPatron | undefined;
  if (parsed.cardNumber) patron = await deps.ils.findPatron({ cardNumber: parsed.cardNumber });
  if (!patron && parsed.personnummer) patron = await deps.ils.findPatron({ personnummer: parsed.personnummer.personnummer });

  // One counter per account, whichever identifier was used; unknown identifiers count on their own.
  const accountKey = patron
    ? `patron:${patron.id}`
    : `identifier:${parsed.personnummer?.personnummer ?? parsed.cardNumber ?? identifier}`;
  const accountWait = await deps.throttle.lockedFor('account', accountKey);
  if (accountWait > 0) return { outcome: 'account_locked', retryAfter: accountWait };

  const valid = patron ? await deps.ils.verifyPin(patron.id, pin) : await verifyAgainstDummy(pin);
  if (!valid || !patron) {
    await deps.throttle.fail('account', accountKey);
    await deps.throttle.fail('client', client);
    return { outcome: 'invalid_credentials' };
  }
  await deps.throttle.clear('account', accountKey);

  const now = deps.now();
  const state = effectiveCardState(patron, now);
  if (state === 'blocked') return { outcome: 'card_blocked' };
  if (state === 'expired') return { outcome: 'card_expired' };

  const session = await deps.sessions.create(patron.id);
  return { outcome: 'ok', patron: toPublicPatron(patron, now), sessionId: session.id, expiresAt: session.expiresAt };
}
