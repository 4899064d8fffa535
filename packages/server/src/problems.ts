import type { Context } from 'hono';
import { PROBLEM_CONTENT_TYPE, type FieldIssue, type InvalidTokenReason, type ProblemCode } from '@biv/contract';

const TITLES: Record<ProblemCode, string> = {
  validation_failed: 'The request has invalid fields',
  malformed_request: 'The request body is not valid JSON',
  payload_too_large: 'The request body is too large',
  invalid_credentials: 'Unknown identifier or wrong PIN',
  account_locked: 'Too many wrong PINs: the account is locked for a while',
  rate_limited: 'Too many attempts from this client',
  card_blocked: 'The card is blocked',
  card_expired: 'The temporary account has expired',
  invalid_token: 'The PIN reset link cannot be used',
  reservation_ready: 'The reservation is waiting at its pickup library and cannot be changed',
  wishlist_full: 'The wishlist is full',
  request_in_progress: 'A request with this Idempotency-Key is still being handled',
  unauthenticated: 'Not logged in',
  forbidden_origin: 'Requests from this origin are not allowed',
  unsupported_media_type: 'Send the body as application/json',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  internal_error: 'Something went wrong on the server',
  service_unavailable: 'The service is busy or its database cannot be reached: try again shortly',
};

const STATUS: Record<ProblemCode, 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 429 | 500 | 503> = {
  validation_failed: 400,
  malformed_request: 400,
  payload_too_large: 413,
  invalid_credentials: 401,
  account_locked: 429,
  rate_limited: 429,
  card_blocked: 403,
  card_expired: 403,
  invalid_token: 400,
  reservation_ready: 409,
  wishlist_full: 409,
  request_in_progress: 409,
  unauthenticated: 401,
  forbidden_origin: 403,
  unsupported_media_type: 415,
  not_found: 404,
  method_not_allowed: 405,
  internal_error: 500,
  service_unavailable: 503,
};

/** An RFC 9457 problem answer with our stable `code`. */
export function problem(c: Context, code: ProblemCode, extra: { errors?: FieldIssue[]; retryAfter?: number; reason?: string } = {}): Response {
  const status = STATUS[code];
  const headers: Record<string, string> = { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store' };
  if (extra.retryAfter !== undefined) headers['retry-after'] = String(extra.retryAfter);
  const body = { type: `about:blank#${code}`, title: TITLES[code], status, code, ...extra };
  return c.body(JSON.stringify(body), status, headers);
}

/**
 * An outcome of a service (or a handler) that is not a success: what it carries besides the
 * outcome (field issues, when to try again, why a token is refused) goes into the problem as it is.
 */
export type Refusal =
  | { outcome: 'invalid' | 'invalid_identifier'; errors: FieldIssue[] }
  | { outcome: 'account_locked' | 'rate_limited'; retryAfter: number }
  | { outcome: 'invalid_token'; reason: InvalidTokenReason }
  | { outcome: 'invalid_credentials' | 'card_blocked' | 'card_expired' | 'not_found' | 'reservation_ready' | 'wishlist_full' };

/** The one table of which problem answers which refusal. */
const PROBLEM_OF: Record<Refusal['outcome'], ProblemCode> = {
  invalid: 'validation_failed',
  invalid_identifier: 'validation_failed',
  account_locked: 'account_locked',
  rate_limited: 'rate_limited',
  invalid_token: 'invalid_token',
  invalid_credentials: 'invalid_credentials',
  card_blocked: 'card_blocked',
  card_expired: 'card_expired',
  not_found: 'not_found',
  reservation_ready: 'reservation_ready',
  wishlist_full: 'wishlist_full',
};

/** The problem answer to a refusal. */
export function refused(c: Context, refusal: Refusal): Response {
  const { outcome, ...extra } = refusal;
  return problem(c, PROBLEM_OF[outcome], extra);
}
