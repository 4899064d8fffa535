import * as z from 'zod/mini';
import { requiredString } from './schemas.js';

// Loans and reservations of the logged-in patron ("Mina sidor"). Own module, so a page without
// these elements does not carry the schemas (the package has no side effects).

export const ITEM_FORMATS = ['book', 'audiobook', 'ebook', 'film', 'music', 'magazine', 'game', 'other'] as const;
export const ItemFormat = z.enum(ITEM_FORMATS);
export type ItemFormat = z.infer<typeof ItemFormat>;

/**
 * Why a loan cannot be renewed:
 * - `reserved`: another patron is waiting for it
 * - `renewal_limit`: renewed the most times allowed
 * - `overdue_limit`: overdue longer than renewals are allowed for (return it at a library)
 * - `card_blocked`, `card_expired`: the card cannot be used
 * - `card_temporary`: a temporary account (collect the real card first)
 * - `not_renewable`: this item cannot be renewed (e.g. a short loan)
 * - `not_found`: no such loan of this patron (bulk renewal only; one loan answers 404)
 */
export const RENEWAL_REASONS = [
  'reserved',
  'renewal_limit',
  'overdue_limit',
  'card_blocked',
  'card_expired',
  'card_temporary',
  'not_renewable',
  'not_found',
] as const;
export type RenewalReason = (typeof RENEWAL_REASONS)[number];
/** A reason the client does not know yet is kept as text, so an older page still shows something. */
const Reason = z.string();

export const Loan = z.object({
  id: z.string(),
  title: z.string(),
  author: z.optional(z.string()),
  format: ItemFormat,
  /** Where it was borrowed (a library id of `GET /libraries`). */
  libraryId: z.string(),
  /** ISO 8601 */
  loanDate: z.string(),
  /** ISO 8601: the end of the due day, in Swedish time. */
  dueDate: z.string(),
  renewalsUsed: z.number(),
  renewalsLeft: z.number(),
  renewable: z.boolean(),
  /** Set when `renewable` is false: a `RenewalReason`. */
  reason: z.optional(Reason),
});
export type Loan = z.infer<typeof Loan>;
export const LoansResponse = z.object({ loans: z.array(Loan) });
export type LoansResponse = z.infer<typeof LoansResponse>;

export const RenewalResult = z.object({
  id: z.string(),
  renewed: z.boolean(),
  /** The due date after the attempt: the new one when renewed, else the unchanged one (absent for `not_found`). */
  dueDate: z.optional(z.string()),
  renewalsUsed: z.optional(z.number()),
  renewalsLeft: z.optional(z.number()),
  /** Set when `renewed` is false: a `RenewalReason`. */
  reason: z.optional(Reason),
});
export type RenewalResult = z.infer<typeof RenewalResult>;

/**
 * An id as the library system gives it (a loan, a reservation, a library), in a body or a path:
 * at most 64 characters, never a control character (PostgreSQL cannot even hold a NUL).
 */
export const ItemId = requiredString().check(
    z.maxLength(64, 'too_long'),
  z.superRefine((value, ctx) => {
    if (/\p{Cc}/u.test(value)) ctx.addIssue({ code: 'custom', message: 'invalid', input: value });
  }),
);

export const RenewalsRequest = z.object({
  /** The loans to renew; every loan of the patron when absent. */
  ids: z.optional(z.array(ItemId).check(z.maxLength(1000, 'too_long'))),
});
export type RenewalsRequest = z.infer<typeof RenewalsRequest>;
export const RenewalsResponse = z.object({ results: z.array(RenewalResult) });
export type RenewalsResponse = z.infer<typeof RenewalsResponse>;

/**
 * Renewals are idempotent through this request header: a repeated or retried request with the
 * same key (per patron, for 24 hours) gets the first answer again and renews nothing twice.
 */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

export const Reservation = z.object({
  id: z.string(),
  title: z.string(),
  author: z.optional(z.string()),
  format: ItemFormat,
  /** Where it will be collected (a library id of `GET /libraries`). */
  pickupLibraryId: z.string(),
  /** ISO 8601 */
  reservedAt: z.string(),
  /** 1 = next in line; absent when ready for pickup. */
  queuePosition: z.optional(z.number()),
  readyForPickup: z.boolean(),
  /** ISO 8601: the last day to collect it (the end of that day, Swedish time), when ready. */
  pickupBy: z.optional(z.string()),
});
export type Reservation = z.infer<typeof Reservation>;
export const ReservationsResponse = z.object({ reservations: z.array(Reservation) });
export type ReservationsResponse = z.infer<typeof ReservationsResponse>;

export const ReservationUpdate = z.object({ pickupLibraryId: ItemId });
export type ReservationUpdate = z.infer<typeof ReservationUpdate>;
