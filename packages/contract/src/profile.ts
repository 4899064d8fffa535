import * as z from 'zod/mini';
import { City, Email, Phone, PostalCode, StreetAddress } from './registration.js';
import { CardState } from './schemas.js';

// "Mina uppgifter": the logged-in patron's own details, and the contact details they may change.
// Its own module, so a page without the profile element does not carry these schemas.

/** The logged-in patron's details (`GET /me`). Contact fields the library has no value for are absent. */
export const ProfileResponse = z.object({
  name: z.string(),
  /** Låntagar-ID. */
  borrowerId: z.string(),
  /** The library card's number; absent for a temporary account whose card is not collected yet. */
  cardNumber: z.optional(z.string()),
  /** As in the session: `active`, `temporary` or `blocked` (a blocked card's session has ended, so it is not seen here in practice). */
  cardState: CardState,
  /** ISO 8601; set for temporary accounts: when the account ends unless the card is collected. */
  validUntil: z.optional(z.string()),
  /** The patron's home library (an id of `GET /libraries`); absent when the library system has none on record. */
  homeLibraryId: z.optional(z.string()),
  email: z.optional(z.string()),
  /** Mobile phone. */
  phone: z.optional(z.string()),
  streetAddress: z.optional(z.string()),
  /** As stored, `442 31`. */
  postalCode: z.optional(z.string()),
  city: z.optional(z.string()),
});
export type ProfileResponse = z.infer<typeof ProfileResponse>;

/** The contact fields `PATCH /me` may change. */
export const PROFILE_FIELDS = ['email', 'phone', 'streetAddress', 'postalCode', 'city'] as const;

/**
 * A change of the patron's contact details (`PATCH /me`): the fields to change, at least one
 * (else `no_changes` at the body, path ""). Each field has the rules and issue codes of
 * registration. An absent field stays as it is; `phone: ""` removes the phone number; the e-mail
 * address and the postal address can be changed but not removed (an empty one is `required`).
 */
export const ProfileUpdate = z
  .object({
    email: z.optional(Email),
    phone: z.optional(Phone),
    streetAddress: z.optional(StreetAddress),
    postalCode: z.optional(PostalCode),
    city: z.optional(City),
  })
  .check(
    z.superRefine((data, ctx) => {
      if (PROFILE_FIELDS.every((field) => data[field] === undefined)) ctx.addIssue({ code: 'custom', message: 'no_changes', path: [], input: data });
    }),
  );
export type ProfileUpdate = z.infer<typeof ProfileUpdate>;
