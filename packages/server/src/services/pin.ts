import { parseIdentifier, pinWeakness, type FieldIssue, type InvalidTokenReason } from '@biv/contract';
import type { Logger } from 'pino';
import type { IlsAdapter, IlsPatron } from '../ils/types.js';
import { deliver, type Mailer } from '../mail.js';
import { resetLinkMail, resetNotPossibleMail, pinChangedMail } from '../mail-texts.js';
import { hashPin } from '../pin-hash.js';
import type { PinResetTokens } from '../pin-reset-tokens.js';
import type { Store, Transact } from '../store.js';
import { accountKeys, identifierKeys, type Throttle } from '../throttle.js';
import { checkPinAgain, effectiveCardState } from './auth.js';

export interface PinDeps {
  ils: IlsAdapter;
  throttle: Throttle;
  tokens: PinResetTokens;
  mailer: Mailer;
  logger: Logger;
  now: () => Date;
  cardNumberPattern: RegExp;
  pinResetMinutes: number;
  transact: Transact;
  /** Where the link of a patron goes (see `resetPageFor`). */
  resetPage: (patron: IlsPatron) => Promise<string | undefined>;
}

// ---------------------------------------------------------------------------------------------
// Forgot the PIN, step 1

export type ResetRequestResult =
  | { outcome: 'accepted'; /** The work behind the answer (lookup, token, mail); tests wait for it. */ done: Promise<void> }
  | { outcome: 'invalid'; errors: FieldIssue[] }
  | { outcome: 'rate_limited'; retryAfter: number };

/**
 * Ask for a reset link. Every well-formed request gets the same answer at once, before anything
 * that depends on the patron is done: the lookup, the token and the mail happen after it, so
 * neither the answer nor its timing tells whether the patron exists or has an e-mail address.
 * Counted per client and per identifier (unknown identifiers too).
 */
export async function requestPinReset(deps: PinDeps, identifier: string, client: string, requestedPage: string | undefined): Promise<ResetRequestResult> {
  const now = deps.now();
  const parsed = parseIdentifier(identifier, deps.cardNumberPattern, now);
  if (!parsed.ok) return { outcome: 'invalid', errors: [{ path: 'identifier', code: parsed.reason }] };
  const counted = await deps.throttle.hit([{ scope: 'pin_reset_client', key: client }, ...identifierKeys('pin_reset', parsed)]);
  if (!counted.ok) return { outcome: 'rate_limited', retryAfter: counted.retryAfter };

  const done = sendResetLink(deps, parsed, requestedPage).catch((error: unknown) => {
    deps.logger.error({ event: 'pin_reset', err: { type: error instanceof Error ? error.name : typeof error } }, 'pin reset request failed');
  });
  return { outcome: 'accepted', done };
}

async function sendResetLink(
  deps: PinDeps,
  parsed: Extract<ReturnType<typeof parseIdentifier>, { ok: true }>,
  requestedPage: string | undefined,
): Promise<void> {
  let patron: IlsPatron | undefined;
  if (parsed.cardNumber) patron = await deps.ils.findPatron({ cardNumber: parsed.cardNumber });
  if (!patron && parsed.personnummer) patron = await deps.ils.findPatron({ personnummer: parsed.personnummer.personnummer });
  // The log says what happened, never to whom.
  const log = (outcome: string) => deps.logger.info({ event: 'pin_reset', outcome }, 'pin reset requested');
  if (!patron) return log('unknown');
  if (!patron.email) return log('no_email');
  // Per patron too, whichever identifier was typed: the answer was given already, so this tells nothing.
  if (!(await deps.throttle.hit([{ scope: 'pin_reset_patron', key: patron.id }])).ok) return log('rate_limited');
  const state = effectiveCardState(patron, deps.now());
  if (state === 'blocked' || state === 'expired') {
    deliver(deps.mailer, deps.logger, 'pin_reset_not_possible', resetNotPossibleMail(patron.email));
    return log('not_possible');
  }
  const page = requestedPage ?? (await deps.resetPage(patron));
  if (!page) {
    deps.logger.warn(
      { event: 'pin_reset', outcome: 'no_reset_page' },
      'no PIN reset page is configured: set BIV_PIN_RESET_URL (a path needs BIV_PUBLIC_URL too)',
    );
    return;
  }
  const { token, expiresAt } = await deps.tokens.issue(patron.id);
  const link = `${page.replace(/#.*$/, '')}#token=${token}`;
  deliver(deps.mailer, deps.logger, 'pin_reset', resetLinkMail(patron.email, link, expiresAt, deps.pinResetMinutes));
  log('sent');
}

// ---------------------------------------------------------------------------------------------
// Forgot the PIN, step 2

export type ResetConfirmResult =
  | { outcome: 'ok' }
  | { outcome: 'invalid_token'; reason: InvalidTokenReason }
  | { outcome: 'invalid'; errors: FieldIssue[] }
  | { outcome: 'card_blocked' | 'card_expired' }
  | { outcome: 'rate_limited'; retryAfter: number };

/**
 * Set a new PIN with a token from a link. The token is checked first, then the new PIN against
 * the patron's personal rules; only then is the token used (once). Success ends every session of
 * the patron and clears the lockout, but does not log in.
 */
export async function confirmPinReset(deps: PinDeps, token: string, newPin: string, client: string): Promise<ResetConfirmResult> {
  const reservation = await deps.throttle.reserve([{ scope: 'reset_token', key: client }]);
  if (!reservation.ok) return { outcome: 'rate_limited', retryAfter: reservation.retryAfter };
  const check = await deps.tokens.check(token);
  if (!check.ok) {
    await deps.throttle.failed(reservation.attempt);
    deps.logger.info({ event: 'pin_reset_confirm', outcome: check.reason }, 'pin reset link refused');
    return { outcome: 'invalid_token', reason: check.reason };
  }
  await deps.throttle.succeeded(reservation.attempt);
  const patron = await deps.ils.getPatron(check.patronId);
  if (!patron) return { outcome: 'invalid_token', reason: 'unknown' };
  const state = effectiveCardState(patron, deps.now());
  if (state === 'blocked' || state === 'expired') return { outcome: state === 'blocked' ? 'card_blocked' : 'card_expired' };
  const weakness = pinWeakness(newPin, patron.personnummer ?? undefined);
  if (weakness) return { outcome: 'invalid', errors: [{ path: 'newPin', code: `pin_weak_${weakness}` }] };

  const pinHash = await hashPin(newPin);
  const changed = await deps.transact(async (store) => {
    if (!(await store.tokens.consume(token))) return false; // a concurrent use won
    await setNewPin(store, patron, pinHash);
    return true;
  });
  if (!changed) return { outcome: 'invalid_token', reason: 'used' };
  pinChanged(deps, patron);
  deps.logger.info({ event: 'pin_reset_confirm', outcome: 'changed' }, 'PIN changed with a reset link');
  return { outcome: 'ok' };
}

/**
 * The PIN is new: every session ends, reset links still out stop working, the lockout of the
 * account's identifiers is cleared (guesses at the old PIN mean nothing now). Inside one
 * transaction (`transact`) with whatever else the change does: all of it, or none.
 */
async function setNewPin(store: Store, patron: IlsPatron, pinHash: string): Promise<void> {
  await store.ils.setPin(patron.id, pinHash);
  await store.sessions.deleteAllFor(patron.id);
  await store.tokens.revokeAll(patron.id);
  await store.throttle.clear(accountKeys(patron));
}

/** After the change is stored: the patron is told. */
function pinChanged(deps: PinDeps, patron: IlsPatron): void {
  if (patron.email) deliver(deps.mailer, deps.logger, 'pin_changed', pinChangedMail(patron.email, deps.now()));
}

// ---------------------------------------------------------------------------------------------
// Change the PIN while logged in

export type ChangePinResult =
  | { outcome: 'ok'; /** The session that goes on, under a new id. */ session: { id: string; expiresAt: Date } }
  | { outcome: 'invalid'; errors: FieldIssue[] }
  | { outcome: 'account_locked'; retryAfter: number };

/**
 * Change the PIN of a logged-in patron. A wrong current PIN counts toward the same lockout as a
 * login. Every session of the patron ends and reset links still out stop working; the one making
 * the change goes on under a new id (with the same absolute end), so an id seen before the change
 * is worth nothing after it.
 */
export async function changePin(
  deps: PinDeps,
  patron: IlsPatron,
  session: { expiresAt: Date },
  currentPin: string,
  newPin: string,
): Promise<ChangePinResult> {
  const check = await checkPinAgain(deps, patron, currentPin);
  if (check.outcome === 'account_locked') return check;
  if (check.outcome === 'wrong') {
    deps.logger.info({ event: 'pin_change', outcome: 'wrong_pin' }, 'PIN change refused');
    return { outcome: 'invalid', errors: [{ path: 'currentPin', code: 'current_pin_wrong' }] };
  }
  const weakness = pinWeakness(newPin, patron.personnummer ?? undefined);
  if (weakness) return { outcome: 'invalid', errors: [{ path: 'newPin', code: `pin_weak_${weakness}` }] };
  const pinHash = await hashPin(newPin);
  const renewed = await deps.transact(async (store) => {
    await setNewPin(store, patron, pinHash);
    return store.sessions.create(patron.id, session.expiresAt);
  });
  pinChanged(deps, patron);
  deps.logger.info({ event: 'pin_change', outcome: 'changed' }, 'PIN changed');
  return { outcome: 'ok', session: renewed };
}

// ---------------------------------------------------------------------------------------------
// Where links go

export interface ResetPageConfig {
  publicUrl: string | undefined;
  pinResetUrl: string | undefined;
  pinResetPages: Record<string, string>;
  pinResetAllowedUrls: string[];
}

/**
 * Resolve a configured URL or path against the configured public origin; undefined when it is not
 * an http(s) URL (a path without `publicUrl` cannot be resolved: the request's Host is never used).
 */
function absolute(url: string, publicUrl: string | undefined): URL | undefined {
  try {
    const parsed = new URL(url, publicUrl);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const pageOf = (url: URL) => url.origin + url.pathname;

/**
 * The page a requested reset URL stands for, when the configuration allows it: equal (without
 * query and fragment) to an allowed URL or a configured reset page, or starting with an allowed
 * entry that ends in `*`. Anything else is ignored (the configured page is used).
 */
export function allowedResetPage(config: ResetPageConfig, requested: string | undefined): string | undefined {
  if (!requested) return undefined;
  const url = absolute(requested, config.publicUrl);
  if (!url || url.username || url.password) return undefined;
  const page = pageOf(url);
  const entries = [...config.pinResetAllowedUrls, ...(config.pinResetUrl ? [config.pinResetUrl] : []), ...Object.values(config.pinResetPages)];
  const allowed = entries.some((entry) => {
    const prefix = entry.endsWith('*');
    const base = absolute(prefix ? entry.slice(0, -1) : entry, config.publicUrl);
    if (!base) return false;
    return prefix ? page.startsWith(pageOf(base)) : page === pageOf(base);
  });
  return allowed ? page : undefined;
}

/** The configured page for a patron: their municipality's, or the default (with its query, if any). */
export function configuredResetPage(config: ResetPageConfig, municipality: string | undefined): string | undefined {
  const configured = (municipality && config.pinResetPages[municipality]) || config.pinResetUrl;
  const url = configured ? absolute(configured, config.publicUrl) : undefined;
  // Configuration is trusted: its query stays (a CMS page may be addressed by one).
  return url && pageOf(url) + url.search;
}
