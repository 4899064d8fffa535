// First: configure zod before any schema of the contract is created (strict CSP, see the module).
import './zod-config.js';

export { ApiError, asApiError, isApiError, isProblemCode, type ApiErrorCode, type ApiErrorInit } from './errors.js';
export { resolveEndpoint, normaliseEndpoint } from './endpoint.js';
export { request, setFetch, REQUEST_TIMEOUT, type RequestOptions, type ResponseSchema } from './http.js';
export { getSession, resetSessions, type SessionListener, type SessionState, type SessionStore } from './session.js';
export { listLibraries, resetLibraries } from './libraries.js';
export { register } from './registration.js';
export { changePin, confirmPinReset, requestPinReset } from './pin.js';
export { blockCard } from './card.js';
export { getProfile, updateProfile } from './profile.js';
export { addToWishlist, getWishlist, removeFromWishlist, wishlistStore, type WishlistListener, type WishlistStore } from './wishlist.js';
export { deleteLoanHistory, getLoanHistory, setLoanHistoryEnabled } from './history.js';
export { cancelReservation, listLoans, listReservations, newIdempotencyKey, renewLoan, renewLoans, updateReservation } from './loans.js';
// What elements need from the contract comes through here, so the zod configuration above is
// always evaluated before the contract's schemas.
export {
  parseIdentifier,
  parsePersonnummer,
  PIN_PATTERN,
  RegistrationRequest,
  ChangePinRequest,
  NewPin,
  PinResetConfirm,
  PinResetRequest,
  PIN_RESET_MINUTES,
  PIN_RESET_TOKEN_PATTERN,
  type InvalidTokenReason,
  RENEWAL_REASONS,
  ITEM_FORMATS,
  type ItemFormat,
  type Loan,
  type RenewalReason,
  type RenewalResult,
  type Reservation,
  pinWeakness,
  registrationAge,
  toFieldIssues,
  type Library,
  type PinWeakness,
  type RegistrationResponse,
  type FieldIssue,
  type IdentifierFailure,
  type Patron,
  type CardState,
  type ProblemCode,
  BlockCardRequest,
  type SessionEndReason,
  ProfileUpdate,
  PROFILE_FIELDS,
  type ProfileResponse,
  isRecordId,
  RECORD_ID_PATTERN,
  WISHLIST_MAX_ENTRIES,
  type WishlistEntry,
  type WishlistResponse,
  type HistoryEntry,
  type LoanHistoryResponse,
  type LoanHistorySetting,
} from '@biv/contract';
