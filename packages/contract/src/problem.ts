import * as z from 'zod/mini';

/**
 * Stable machine codes of API problems (RFC 9457 `code` member). Elements map them to text.
 */
export const PROBLEM_CODES = [
  'validation_failed',
  'malformed_request',
  'payload_too_large',
  'invalid_credentials',
  'account_locked',
  'rate_limited',
  'card_blocked',
  'card_expired',
  'invalid_token',
  'reservation_ready',
  'wishlist_full',
  'request_in_progress',
  'unauthenticated',
  'forbidden_origin',
  'unsupported_media_type',
  'not_found',
  'method_not_allowed',
  'internal_error',
  'service_unavailable',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Field-level issue codes, shared by the browser and the server. */
export const FIELD_ISSUE_CODES = [
  'required',
  'invalid_type',
  'too_long',
  'identifier_format',
  'personnummer_format',
  'personnummer_date',
  'personnummer_serial',
  'personnummer_checksum',
  'pin_format',
  'pin_weak_common',
  'pin_weak_repeated',
  'pin_weak_sequence',
  'pin_weak_keypad',
  'pin_weak_year',
  'pin_weak_birth_date',
  'pin_weak_personnummer',
  'postal_code_format',
  'email_format',
  'phone_format',
  'rules_not_accepted',
  'unknown_library',
  'under_18',
  'birth_date_unknown',
  'current_pin_wrong',
  'pin_unchanged',
  'pin_wrong',
] as const;
export type FieldIssueCode = (typeof FIELD_ISSUE_CODES)[number];

export const FieldIssue = z.object({
  /** Dotted path of the field, e.g. `identifier`. */
  path: z.string(),
  code: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  code: z.string(),
  detail: z.optional(z.string()),
  /** Seconds until a locked account or throttled client may try again (also in `Retry-After`). */
  retryAfter: z.optional(z.number()),
  errors: z.optional(z.array(FieldIssue)),
  /**
   * Why a PIN reset link cannot be used (`invalid_token`: expired, used, replaced or unknown), or
   * why a session ended (`unauthenticated`: card_blocked).
   */
  reason: z.optional(z.string()),
});
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
