import * as z from 'zod/mini';
import { pinWeakness } from './pin-rules.js';
import { Identifier, Pin, requiredString } from './schemas.js';

// Choosing a new PIN: after a forgotten PIN (a link by e-mail) or while logged in. Its own module,
// so a page without these forms does not carry the schemas (the package has no side effects).

/** A new PIN: four digits that are not among the easiest to guess (the personal rules need the personnummer too). */
export const NewPin = Pin.check(
  z.superRefine((value, ctx) => {
    const weakness = pinWeakness(value);
    if (weakness) ctx.addIssue({ code: 'custom', message: `pin_weak_${weakness}`, input: value });
  }),
);

/** Minutes a PIN reset link stays valid. */
export const PIN_RESET_MINUTES = 30;

/**
 * A reset token as it travels in the link's fragment (`#token=…`): 32 random bytes (256 bits) in
 * base64url without padding.
 */
export const PIN_RESET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Step 1: ask for a link. */
export const PinResetRequest = z.object({
  identifier: Identifier,
  /**
   * The page the link should open (the element's `reset-url`, or the page it is on). The server
   * uses it only when it is on its allowlist; otherwise the configured reset page.
   */
  resetUrl: z.optional(z.string().check(z.maxLength(2000, 'too_long'))),
});
export type PinResetRequest = z.infer<typeof PinResetRequest>;

/** The same answer whoever asks: whether a mail was sent is never told. */
export const PinResetAccepted = z.object({ status: z.literal('accepted') });
export type PinResetAccepted = z.infer<typeof PinResetAccepted>;

/** Step 2: the token from the link and the new PIN. */
export const PinResetConfirm = z.object({
  /** Any text is accepted here: a malformed or altered token is answered with `invalid_token`. */
  token: requiredString().check(z.maxLength(200, 'too_long')),
  newPin: NewPin,
});
export type PinResetConfirm = z.infer<typeof PinResetConfirm>;

/** Why a reset link cannot be used (`reason` of the `invalid_token` problem). */
export const INVALID_TOKEN_REASONS = ['expired', 'used', 'replaced', 'pin_changed', 'unknown'] as const;
export type InvalidTokenReason = (typeof INVALID_TOKEN_REASONS)[number];

/** Change the PIN while logged in. */
export const ChangePinRequest = z
  .object({ currentPin: Pin, newPin: NewPin })
  .check(
    z.superRefine((data, ctx) => {
      if (data.currentPin === data.newPin && /^\d{4}$/.test(data.newPin)) {
        ctx.addIssue({ code: 'custom', message: 'pin_unchanged', path: ['newPin'], input: data.newPin });
      }
    }),
  );
export type ChangePinRequest = z.infer<typeof ChangePinRequest>;
