import { parsePersonnummer, registrationAge, type FieldIssue, type RegistrationRequest } from '@biv/contract';
import type { Logger } from 'pino';
import type { IlsAdapter } from '../ils/types.js';
import { bilingual, deliver, formatStockholmTime, type Mailer, type MailMessage } from '../mail.js';
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
const normalisePostalCode = (code: string) => {
  const digits = code.replace(/\s/g, '');
  return `${digits.slice(0, 3)} ${digits.slice(3)}`;
};

export function welcomeMail(to: string, borrowerId: string, validUntil: string, libraryName: string): MailMessage {
  const until = formatStockholmTime(new Date(validUntil));
  return bilingual(
    to,
    { sv: 'Välkommen till Bibliotek i Väst', en: 'Welcome to Bibliotek i Väst' },
    [
      'Hej!',
      'Du har nu ett tillfälligt konto hos Bibliotek i Väst.',
      `Ditt låntagar-ID: ${borrowerId}\nKontot gäller till: ${until.sv}`,
      'Du kan redan nu reservera (ställa dig i kö) och logga in på Mina sidor med ditt personnummer och den PIN-kod du valde.',
      `För att låna behöver du hämta ut ditt riktiga bibliotekskort. Ta med legitimation och kom till ett bibliotek inom Bibliotek i Väst, till exempel ${libraryName}, innan kontot slutar gälla.`,
      'Har du inte ansökt om ett bibliotekskort? Kontakta ditt bibliotek.',
    ],
    [
      'Hello,',
      'You now have a temporary account with Bibliotek i Väst.',
      `Your borrower ID: ${borrowerId}\nThe account is valid until: ${until.en}`,
      'You can already reserve (join the queue for) titles and log in to My pages with your personnummer and the PIN you chose.',
      `To borrow, collect your real library card: bring an ID document to any library in Bibliotek i Väst, for example ${libraryName}, before the account ends.`,
      'Did not apply for a library card? Please contact your library.',
    ],
  );
}

export function existingAccountMail(to: string): MailMessage {
  return bilingual(
    to,
    { sv: 'Någon försökte skaffa ett nytt bibliotekskort', en: 'Someone tried to get a new library card' },
    [
      'Hej!',
      'Någon har just försökt skaffa ett nytt bibliotekskort hos Bibliotek i Väst med ditt personnummer. Du har redan ett konto, så inget nytt skapades och ingenting ändrades.',
      'Har du glömt din PIN-kod? Välj "Har du glömt PIN-koden?" när du loggar in.',
      'Var det inte du? Kontakta ditt bibliotek.',
    ],
    [
      'Hello,',
      'Someone has just tried to get a new library card with Bibliotek i Väst using your personnummer. You already have an account, so nothing new was created and nothing was changed.',
      'Forgot your PIN? Choose "Har du glömt PIN-koden?" (Forgot your PIN?) when you log in.',
      'Was it not you? Please contact your library.',
    ],
  );
}

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
