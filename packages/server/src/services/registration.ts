import { parsePersonnummer, registrationAge, type FieldIssue, type RegistrationRequest } from '@biv/contract';
import type { Logger } from 'pino';
import type { IlsAdapter } from '../ils/types.js';
import { deliver, type Mailer } from '../mail.js';
import { existingAccountMail, welcomeMail } from '../mail-texts.js';
import { hashPin } from '../pin-hash.js';
import type { Throttle } from '../throttle.js';

export type RegistrationResult =
  | { outcome: 'invalid'; errors: FieldIssue[] }
  | { outcome: 'rate_limited'; retryAfter: number }
  | { outcome: 'created'; borrowerId: string; validUntil: string }
  | { outcome: 'received' };

export interface RegistrationDeps {
  ils: IlsAdapter;
  throttle: Throttle;
  mailer: Mailer;
  logger: Logger;
  now: () => Date;
  temporaryDays: number;
  rulesVersion: string;
}

const DAY = 24 * 3600 * 1000;

/** `411 01`: the usual way to write a Swedish postal code. */
export const normalisePostalCode = (code: string) => {
  const digits = code.replace(/\s/g, '');
  return `${digits.slice(0, 3)} ${digits.slice(3)}`;
};

/**
 * Register a new patron with a temporary account. The request has passed `RegistrationRequest`.
 *
 * An existing personnummer gets the same neutral `received` answer whoever asks, after the same
 * slow PIN hash, and nothing is created or changed: the account holder is told by e-mail at the
 * address the library has, never at the one typed in.
 */
export async function register(deps: RegistrationDeps, request: RegistrationRequest, client: string): Promise<RegistrationResult> {
  const now = deps.now();
  const age = registrationAge(request.personnummer, now);
  if (!age.ok) return { outcome: 'invalid', errors: [{ path: 'personnummer', code: age.reason }] };
  const parsed = parsePersonnummer(request.personnummer, now);
  if (!parsed.ok) return { outcome: 'invalid', errors: [{ path: 'personnummer', code: `personnummer_${parsed.reason}` }] };

  const libraryId = request.homeLibraryId.trim();
  const library = (await deps.ils.listLibraries()).find((l) => l.id === libraryId);
  if (!library) return { outcome: 'invalid', errors: [{ path: 'homeLibraryId', code: 'unknown_library' }] };

  const counted = await deps.throttle.hit([{ scope: 'registration', key: client }]); // every attempt counts, successful or not
  if (!counted.ok) return { outcome: 'rate_limited', retryAfter: counted.retryAfter };

  // The hash first, so that the answer for an existing account takes as long as a new one.
  const pinHash = await hashPin(request.pin);
  const existing = await deps.ils.findPatron({ personnummer: parsed.personnummer });
  const created = existing
    ? undefined
    : await deps.ils.createTemporaryPatron({
        personnummer: parsed.personnummer,
        name: `${request.givenName.trim()} ${request.familyName.trim()}`,
        streetAddress: request.streetAddress.trim(),
        postalCode: normalisePostalCode(request.postalCode),
        city: request.city.trim(),
        email: request.email.trim(),
        phone: request.phone?.trim() || null,
        homeLibraryId: library.id,
        pinHash,
        validUntil: new Date(now.getTime() + deps.temporaryDays * DAY).toISOString(),
        rulesVersion: deps.rulesVersion,
        rulesAcceptedAt: now.toISOString(),
      });

  if (!created) {
    // Already there (found first, or created by a concurrent application a moment ago).
    const holder = existing ?? (await deps.ils.findPatron({ personnummer: parsed.personnummer }));
    if (holder?.email) deliver(deps.mailer, deps.logger, 'existing_account', existingAccountMail(holder.email));
    deps.logger.info({ event: 'registration', outcome: 'received' }, 'registration received');
    return { outcome: 'received' };
  }

  const validUntil = created.validUntil ?? new Date(now.getTime() + deps.temporaryDays * DAY).toISOString();
  deliver(deps.mailer, deps.logger, 'welcome', welcomeMail(request.email.trim(), created.borrowerId, validUntil, library.name));
  deps.logger.info({ event: 'registration', outcome: 'created' }, 'temporary account created');
  return { outcome: 'created', borrowerId: created.borrowerId, validUntil };
}
