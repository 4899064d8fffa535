import type * as z from 'zod/mini';
import { LibrariesResponse, LoginRequest, PinChangedResponse, SessionResponse } from './schemas.js';
import { RegistrationCreated, RegistrationReceived, RegistrationRequest } from './registration.js';
import { IDEMPOTENCY_HEADER, LoansResponse, RenewalResult, RenewalsRequest, RenewalsResponse, Reservation, ReservationsResponse, ReservationUpdate } from './loans.js';
import { ChangePinRequest, PinResetAccepted, PinResetConfirm, PinResetRequest } from './pin-change.js';
import { BlockCardRequest } from './card.js';
import { ProfileResponse, ProfileUpdate } from './profile.js';
import { RECORD_ID_PATTERN, WishlistEntry, WishlistResponse } from './wishlist.js';
import { LoanHistoryResponse, LoanHistorySetting } from './history.js';

export interface RouteResponse {
  description: string;
  schema?: z.ZodMiniType;
  headers?: Record<string, string>;
}

export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Path below the API root (the endpoint), e.g. `/session`; parameters as `:id`. */
  path: string;
  /** The path's parameters (`:name`): what each is and the pattern it must match. Undescribed ones are plain strings. */
  params?: Record<string, { description: string; pattern?: RegExp }>;
  /** Optional request headers and what they mean. */
  headers?: Record<string, string>;
  summary: string;
  /** True when a valid session is required. */
  auth?: boolean;
  body?: z.ZodMiniType;
  responses: Record<number, RouteResponse>;
}

const problem = (description: string, headers?: Record<string, string>): RouteResponse =>
  headers ? { description, headers } : { description };

/** The route table: the single source for the server's routing and the OpenAPI document. */
export const routes = {
  createSession: {
    method: 'post',
    path: '/session',
    summary: 'Log in with a card number or personnummer and the PIN',
    body: LoginRequest,
    responses: {
      200: { description: 'Logged in; the session cookie is set', schema: SessionResponse },
      400: problem('validation_failed: malformed identifier or PIN'),
      401: problem('invalid_credentials: unknown identifier or wrong PIN'),
      403: problem('card_blocked or card_expired'),
      429: problem('account_locked or rate_limited', { 'Retry-After': 'Seconds until a new attempt is allowed' }),
    },
  },
  getSession: {
    method: 'get',
    path: '/session',
    summary: 'The current session',
    auth: true,
    responses: {
      200: { description: 'Logged in', schema: SessionResponse },
      401: problem('unauthenticated; with `reason: card_blocked` when the card was blocked since this session began'),
    },
  },
  deleteSession: {
    method: 'delete',
    path: '/session',
    summary: 'Log out: the session ends on the server',
    responses: { 204: { description: 'Logged out (also when there was no session)' } },
  },
  listLibraries: {
    method: 'get',
    path: '/libraries',
    summary: "The consortium's libraries",
    headers: { 'If-None-Match': 'The ETag of an answer the client keeps: 304 while the list is unchanged' },
    responses: {
      200: {
        description: 'All libraries; browsers and shared caches may keep the answer for a while (Cache-Control) and then ask with its ETag',
        schema: LibrariesResponse,
        headers: { ETag: 'Tag of this list', 'Cache-Control': 'How long the answer may be kept (public, max-age in seconds)' },
      },
      304: { description: 'Not modified: the list is still the one of the ETag sent', headers: { ETag: 'Tag of this list', 'Cache-Control': 'As for 200' } },
    },
  },
  createRegistration: {
    method: 'post',
    path: '/registrations',
    summary: 'Get a library card online: a temporary account valid 7 days (18 years and older)',
    body: RegistrationRequest,
    responses: {
      201: { description: 'The temporary account exists; log in with the personnummer and the chosen PIN', schema: RegistrationCreated },
      202: { description: 'Received; the account holder is told by e-mail (a neutral answer that never says why)', schema: RegistrationReceived },
      400: problem('validation_failed: a field is invalid, the PIN is too easy to guess, the applicant is under 18 (under_18) or the birth date is unknown (birth_date_unknown), or the library is unknown'),
      429: problem('rate_limited: too many applications from this client', { 'Retry-After': 'Seconds until a new attempt is allowed' }),
    },
  },
  requestPinReset: {
    method: 'post',
    path: '/pin-resets',
    summary: 'Forgot the PIN: ask for a single-use link by e-mail (valid 30 minutes)',
    body: PinResetRequest,
    responses: {
      202: {
        description:
          'Always the same answer: a link is mailed when a patron with an e-mail address exists; a patron without one is told to visit a library',
        schema: PinResetAccepted,
      },
      400: problem('validation_failed: malformed identifier'),
      429: problem('rate_limited: too many requests for this identifier or from this client', { 'Retry-After': 'Seconds until a new attempt is allowed' }),
    },
  },
  confirmPinReset: {
    method: 'post',
    path: '/pin-resets/confirm',
    summary: 'Choose a new PIN with the token from the link; ends every session of the patron and clears the lockout',
    body: PinResetConfirm,
    responses: {
      204: { description: 'The PIN is changed; the patron is not logged in by this' },
      400: problem('invalid_token (with `reason`: expired, used, replaced or unknown) or validation_failed: the new PIN is malformed or too easy to guess'),
      403: problem('card_blocked or card_expired: the PIN cannot be changed on the web'),
      429: problem('rate_limited: too many invalid tokens from this client', { 'Retry-After': 'Seconds until a new attempt is allowed' }),
    },
  },
  getProfile: {
    method: 'get',
    path: '/me',
    summary: "The logged-in patron's own details (Mina uppgifter): name, borrower ID, card, home library and contact details",
    auth: true,
    responses: { 200: { description: "The patron's details", schema: ProfileResponse }, 401: problem('unauthenticated') },
  },
  updateProfile: {
    method: 'patch',
    path: '/me',
    summary:
      'Change the patron\'s own contact details: only the fields sent change (at least one); `phone: ""` removes the phone number, the e-mail address and the postal address cannot be removed. A changed e-mail address is told to the old one',
    auth: true,
    body: ProfileUpdate,
    responses: {
      200: { description: 'Changed: the details as they are now', schema: ProfileResponse },
      400: problem('validation_failed: a field is invalid (email_format, postal_code_format, phone_format, required, too_long, invalid), or no field was sent (no_changes)'),
      401: problem('unauthenticated'),
    },
  },
  changePin: {
    method: 'put',
    path: '/me/pin',
    summary: 'Change the PIN while logged in; this session stays, every other session of the patron ends',
    auth: true,
    body: ChangePinRequest,
    responses: {
      200: { description: 'The PIN is changed; the request came with `Authorization: Bearer`: the session goes on under the new id in `token`', schema: PinChangedResponse },
      204: { description: 'The PIN is changed; the session cookie carries the session\'s new id' },
      400: problem('validation_failed: the current PIN is wrong (current_pin_wrong, counts toward the lockout), or the new PIN is malformed, too easy to guess or unchanged'),
      401: problem('unauthenticated'),
      429: problem('account_locked: too many wrong PINs', { 'Retry-After': 'Seconds until a new attempt is allowed' }),
    },
  },
  listLoans: {
    method: 'get',
    path: '/me/loans',
    summary: "The patron's loans, by due date",
    auth: true,
    responses: { 200: { description: 'Every loan, with whether and why not it can be renewed', schema: LoansResponse }, 401: problem('unauthenticated') },
  },
  renewLoan: {
    method: 'post',
    path: '/me/loans/:id/renewal',
    summary: 'Renew one loan (idempotent with an Idempotency-Key)',
    auth: true,
    headers: { [IDEMPOTENCY_HEADER]: 'A key of 16-64 letters, digits, - or _: a repeated request with the same key gets the first answer and renews nothing twice' },
    responses: {
      200: { description: 'The outcome: renewed with the new due date, or the reason it could not be', schema: RenewalResult },
      400: problem('validation_failed: a malformed Idempotency-Key'),
      401: problem('unauthenticated'),
      404: problem('not_found: no such loan of this patron'),
      409: problem('request_in_progress: a request with this Idempotency-Key is still being handled'),
    },
  },
  renewLoans: {
    method: 'post',
    path: '/me/loans/renewals',
    summary: 'Renew several loans, or all (idempotent with an Idempotency-Key)',
    auth: true,
    body: RenewalsRequest,
    headers: { [IDEMPOTENCY_HEADER]: 'As for one renewal' },
    responses: {
      200: { description: 'One outcome per loan', schema: RenewalsResponse },
      400: problem('validation_failed'),
      401: problem('unauthenticated'),
      409: problem('request_in_progress'),
    },
  },
  listReservations: {
    method: 'get',
    path: '/me/reservations',
    summary: "The patron's reservations: ready for pickup first, then by queue",
    auth: true,
    responses: { 200: { description: 'Every reservation', schema: ReservationsResponse }, 401: problem('unauthenticated') },
  },
  cancelReservation: {
    method: 'delete',
    path: '/me/reservations/:id',
    summary: 'Cancel a reservation',
    auth: true,
    responses: { 204: { description: 'Cancelled' }, 401: problem('unauthenticated'), 404: problem('not_found: no such reservation of this patron') },
  },
  updateReservation: {
    method: 'patch',
    path: '/me/reservations/:id',
    summary: 'Change where a reservation is collected',
    auth: true,
    body: ReservationUpdate,
    responses: {
      200: { description: 'The changed reservation', schema: Reservation },
      400: problem('validation_failed: unknown_library at pickupLibraryId'),
      401: problem('unauthenticated'),
      404: problem('not_found'),
      409: problem('reservation_ready: it is already waiting at its pickup library'),
    },
  },
  blockCard: {
    method: 'post',
    path: '/me/card/block',
    summary: "Block the patron's card (lost or stolen); every session of the patron ends. Idempotent",
    auth: true,
    body: BlockCardRequest,
    responses: {
      204: {
        description:
          'The card is blocked (also when it already was, by this session): it no longer works for loans, self-service machines or login. The session cookie is cleared',
      },
      400: problem('validation_failed: the PIN is malformed, or wrong (pin_wrong at pin, counts toward the lockout)'),
      401: problem('unauthenticated'),
      429: problem('account_locked: too many wrong PINs', { 'Retry-After': 'Seconds until a new attempt is allowed' }),
    },
  },
  getLoanHistory: {
    method: 'get',
    path: '/me/history',
    summary: "The patron's loan history (Min lånehistorik): whether returned loans are recorded, and every stored entry, newest return first",
    auth: true,
    responses: { 200: { description: 'The setting and every stored entry', schema: LoanHistoryResponse }, 401: problem('unauthenticated') },
  },
  updateLoanHistorySetting: {
    method: 'put',
    path: '/me/history/setting',
    summary:
      'Turn the recording of returned loans on or off. On: loans returned from now on are recorded (nothing earlier is recovered). Off: nothing more is recorded and what is stored is kept (delete it with DELETE /me/history). Idempotent',
    auth: true,
    body: LoanHistorySetting,
    responses: {
      200: { description: 'The setting as it is now', schema: LoanHistorySetting },
      400: problem('validation_failed: `enabled` is missing or not a boolean'),
      401: problem('unauthenticated'),
    },
  },
  deleteLoanHistory: {
    method: 'delete',
    path: '/me/history',
    summary: "Delete the patron's whole loan history from the database (the setting stays as it is). Idempotent",
    auth: true,
    responses: { 204: { description: 'Every stored entry is deleted (also when there was none)' }, 401: problem('unauthenticated') },
  },
  getWishlist: {
    method: 'get',
    path: '/me/wishlist',
    summary: "The patron's wishlist (minneslista): the saved titles, newest first",
    auth: true,
    responses: { 200: { description: 'Every saved title', schema: WishlistResponse }, 401: problem('unauthenticated') },
  },
  addToWishlist: {
    method: 'put',
    path: '/me/wishlist/:recordId',
    params: { recordId: { description: 'A record of the catalogue', pattern: RECORD_ID_PATTERN } },
    summary:
      'Save a catalogue record in the wishlist. Idempotent: a record already there stays one entry with its first `addedAt`, also when requests come at once. At most 500 entries',
    auth: true,
    responses: {
      200: { description: 'It was in the wishlist already: the entry as it is', schema: WishlistEntry },
      201: { description: 'Saved: the new entry', schema: WishlistEntry },
      401: problem('unauthenticated'),
      404: problem('not_found: no such record in the catalogue (or not a record id: 1-64 of A-Z a-z 0-9 . _ : -)'),
      409: problem('wishlist_full: the wishlist holds 500 entries already'),
    },
  },
  removeFromWishlist: {
    method: 'delete',
    path: '/me/wishlist/:recordId',
    params: { recordId: { description: 'A record of the catalogue', pattern: RECORD_ID_PATTERN } },
    summary: 'Remove a record from the wishlist',
    auth: true,
    responses: { 204: { description: 'Removed' }, 401: problem('unauthenticated'), 404: problem('not_found: the record is not in this patron\'s wishlist') },
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteId = keyof typeof routes;
