import * as z from 'zod/mini';
import { parseIdentifier } from './identifier.js';
import { PIN_PATTERN } from './pin.js';

/** Messages of our own checks are field issue codes (see `toFieldIssues`). */
export const requiredString = () =>
  z.string({ error: (issue) => (issue.input === undefined ? 'required' : 'invalid_type') });

/** Card number or personnummer, as typed in the login field. */
export const Identifier = requiredString().check(
  z.maxLength(40, 'too_long'),
  z.superRefine((value, ctx) => {
    const parsed = parseIdentifier(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.reason, input: value });
  }),
);

/** A PIN as typed: exactly four digits. */
export const Pin = requiredString().check(
  z.superRefine((value, ctx) => {
    if (value === '') ctx.addIssue({ code: 'custom', message: 'required', input: value });
    else if (!PIN_PATTERN.test(value)) ctx.addIssue({ code: 'custom', message: 'pin_format', input: value });
  }),
);

export const LoginRequest = z.object({ identifier: Identifier, pin: Pin });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const CARD_STATES = ['active', 'temporary', 'expired', 'blocked'] as const;
export const CardState = z.enum(CARD_STATES);
export type CardState = z.infer<typeof CardState>;

export const Patron = z.object({
  name: z.string(),
  borrowerId: z.string(),
  cardState: CardState,
  /** ISO 8601; set for temporary accounts. */
  validUntil: z.optional(z.string()),
});
export type Patron = z.infer<typeof Patron>;

export const SessionResponse = z.object({
  patron: Patron,
  session: z.object({
    /** ISO 8601 time at which the session ends regardless of activity. */
    expiresAt: z.string(),
    /** Seconds of inactivity after which the session ends. */
    idleTimeout: z.number(),
  }),
  /**
   * Only at a login from a page of another site whose browser keeps no partitioned cookie: the
   * session id, to send as `Authorization: Bearer` and to keep in memory only (never in storage).
   * Such a session ends after at most `BIV_TOKEN_SESSION_SECONDS`.
   */
  token: z.optional(z.string()),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

/** A PIN change by a Bearer session: the session's new id (the old one ends with the change). */
export const PinChangedResponse = z.object({ token: z.string() });
export type PinChangedResponse = z.infer<typeof PinChangedResponse>;

export const Library = z.object({ id: z.string(), name: z.string(), municipality: z.string() });
export type Library = z.infer<typeof Library>;
export const LibrariesResponse = z.object({ libraries: z.array(Library) });
export type LibrariesResponse = z.infer<typeof LibrariesResponse>;
