import type { ProfileResponse, ProfileUpdate } from '@biv/contract';
import type { Logger } from 'pino';
import type { AuditLog } from '../audit.js';
import type { ContactChanges, IlsAdapter, IlsContact, IlsPatron } from '../ils/types.js';
import { deliver, type Mailer } from '../mail.js';
import { emailChangedMail } from '../mail-texts.js';
import type { Transact } from '../store.js';
import { effectiveCardState } from './auth.js';
import { normalisePostalCode } from './registration.js';
import { withoutNull } from './answer-shape.js';

export interface ProfileDeps {
  ils: IlsAdapter;
  audit: AuditLog;
  transact: Transact;
  mailer: Mailer;
  logger: Logger;
  now: () => Date;
}

/** What the patron sees of themselves: the patron as the session has them, and their contact details. */
export function toProfile(patron: IlsPatron, contact: IlsContact | undefined, now: Date): ProfileResponse {
  const optional = (value: string | null | undefined) => (value ? value : undefined);
  const profile: ProfileResponse = {
    name: patron.name,
    borrowerId: patron.borrowerId,
    cardNumber: optional(patron.cardNumber),
    cardState: effectiveCardState(patron, now),
    validUntil: optional(patron.validUntil),
    homeLibraryId: optional(patron.homeLibraryId),
    email: optional(contact?.email ?? patron.email),
    phone: optional(contact?.phone),
    streetAddress: optional(contact?.streetAddress),
    postalCode: optional(contact?.postalCode),
    city: optional(contact?.city),
  };
  // Absent rather than undefined members: the JSON answer is the same either way, tests compare objects.
  return withoutNull(profile);
}

/** The logged-in patron's own details. */
export async function getProfile(deps: Pick<ProfileDeps, 'ils' | 'now'>, patron: IlsPatron): Promise<ProfileResponse> {
  return toProfile(patron, await deps.ils.getContact(patron.id), deps.now());
}

/** The change as the library system stores it: trimmed, the postal code as `442 31`, an empty phone removed. */
function normalise(update: ProfileUpdate): ContactChanges {
  const changes: ContactChanges = {};
  if (update.email !== undefined) changes.email = update.email.trim();
  if (update.phone !== undefined) changes.phone = update.phone.trim() || null;
  if (update.streetAddress !== undefined) changes.streetAddress = update.streetAddress.trim();
  if (update.postalCode !== undefined) changes.postalCode = normalisePostalCode(update.postalCode.trim());
  if (update.city !== undefined) changes.city = update.city.trim();
  return changes;
}

/**
 * Change the logged-in patron's contact details (the request has passed `ProfileUpdate`). A new
 * e-mail address (other than the old one, letter case aside) is recorded in the audit trail in
 * the change's transaction, and the OLD address is told, after the commit, without the new one.
 * Should the server stop between the commit and the mail, that mail is not sent later: the old
 * address is no longer known (`sendDueNotices` only marks the record). The log says which
 * fields changed, never their values.
 */
export async function updateProfile(deps: ProfileDeps, patron: IlsPatron, update: ProfileUpdate): Promise<ProfileResponse> {
  const changes = normalise(update);
  const { contact, before, record } = await deps.transact(async (store) => {
    const before = await store.ils.getContact(patron.id);
    const contact = await store.ils.updateContact(patron.id, changes);
    const oldEmail = before?.email ?? null;
    const emailChanged = changes.email !== undefined && changes.email.toLowerCase() !== (oldEmail ?? '').toLowerCase();
    const record = emailChanged ? await store.audit.record(patron.id, 'email_changed', 'web') : undefined;
    return { contact, before, record };
  });
  if (record) {
    if (before?.email) deliver(deps.mailer, deps.logger, 'email_changed', emailChangedMail(before.email, deps.now()));
    await deps.audit.notified(record).catch(() => undefined); // the change stands; the mark is only bookkeeping
  }
  deps.logger.info({ event: 'profile_update', fields: Object.keys(changes), emailChanged: record !== undefined }, 'contact details changed');
  return toProfile({ ...patron, email: contact?.email ?? patron.email }, contact, deps.now());
}
