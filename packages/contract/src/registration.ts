import * as z from 'zod/mini';
import { parsePersonnummer } from './personnummer.js';
import { NewPin } from './pin-change.js';
import { pinWeakness } from './pin-rules.js';
import { requiredString } from './schemas.js';

// Registration lives in its own module so that a page without the registration form does not
// carry these schemas: the package has no side effects, and bundlers drop what is not imported.

/**
 * Trimmed text that must be there, not be longer than `max`, and hold no control characters
 * (`invalid`): no name or address has them, and PostgreSQL cannot store a NUL at all.
 */
const requiredText = (max: number) =>
  requiredString().check(
    z.superRefine((value, ctx) => {
      const trimmed = value.trim();
      if (trimmed === '') ctx.addIssue({ code: 'custom', message: 'required', input: value });
      else if (trimmed.length > max) ctx.addIssue({ code: 'custom', message: 'too_long', input: value });
      else if (/\p{Cc}/u.test(trimmed)) ctx.addIssue({ code: 'custom', message: 'invalid', input: value });
    }),
  );

/** A personnummer or samordningsnummer in any usual form. */
export const Personnummer = requiredString().check(
  z.superRefine((value, ctx) => {
    if (value.trim() === '') return ctx.addIssue({ code: 'custom', message: 'required', input: value });
    const parsed = parsePersonnummer(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `personnummer_${parsed.reason}`, input: value });
  }),
);

export const POSTAL_CODE_PATTERN = /^\d{3} ?\d{2}$/;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE_PATTERN = /^\+?[\d\s-]{7,20}$/;

const patterned = (pattern: RegExp, code: string, max: number) =>
  requiredText(max).check(
    z.superRefine((value, ctx) => {
      const trimmed = value.trim();
      if (trimmed !== '' && trimmed.length <= max && !pattern.test(trimmed)) ctx.addIssue({ code: 'custom', message: code, input: value });
    }),
  );

// The contact fields, one schema each: registration and the profile change (`ProfileUpdate`) share them.

export const StreetAddress = requiredText(200);
/** `44231` or `442 31`. */
export const PostalCode = patterned(POSTAL_CODE_PATTERN, 'postal_code_format', 6);
export const City = requiredText(100);
export const Email = patterned(EMAIL_PATTERN, 'email_format', 254);
/** A mobile phone number; an empty string (or white space) is no number. */
export const Phone = z.string({ error: 'invalid_type' }).check(
  z.superRefine((value, ctx) => {
    const trimmed = value.trim();
    if (trimmed !== '' && !PHONE_PATTERN.test(trimmed)) ctx.addIssue({ code: 'custom', message: 'phone_format', input: value });
  }),
);

export const RegistrationRequest = z
  .object({
    personnummer: Personnummer,
    givenName: requiredText(100),
    familyName: requiredText(100),
    streetAddress: StreetAddress,
    postalCode: PostalCode,
    city: City,
    email: Email,
    /** Optional; an empty string counts as absent. */
    phone: z.optional(Phone),
    homeLibraryId: requiredText(64),
    pin: NewPin,
    /** The patron accepts the loan rules; the server records which version, and when. */
    acceptRules: z.literal(true, { error: 'rules_not_accepted' }),
  })
  .check(
    z.superRefine((data, ctx) => {
      const weakness = pinWeakness(data.pin, data.personnummer);
      if (weakness) ctx.addIssue({ code: 'custom', message: `pin_weak_${weakness}`, path: ['pin'], input: data.pin });
    }),
  );
export type RegistrationRequest = z.infer<typeof RegistrationRequest>;

/** A new temporary account: it can reserve and log in at once, and borrow once the card is collected. */
export const RegistrationCreated = z.object({
  status: z.literal('created'),
  borrowerId: z.string(),
  /** ISO 8601: when the temporary account ends unless the card is collected. */
  validUntil: z.string(),
});
/**
 * The neutral answer when the application could not create an account right away (for example
 * when one already exists): the account holder is told by e-mail. It never says why.
 */
export const RegistrationReceived = z.object({ status: z.literal('received') });
export const RegistrationResponse = z.union([RegistrationCreated, RegistrationReceived]);
export type RegistrationResponse = z.infer<typeof RegistrationResponse>;
