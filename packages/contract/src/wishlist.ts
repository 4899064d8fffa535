import * as z from 'zod/mini';
import { ItemFormat } from './loans.js';

// The wishlist ("minneslista"): titles of the catalogue the patron saved for later. Its own
// module, so a page without the wishlist elements does not carry these schemas.

/**
 * A catalogue record's id as the library system gives it, in a path (`/me/wishlist/:recordId`)
 * and in `<biv-wishlist-button record-id>`: 1–64 letters, digits, `.`, `_`, `:` or `-`.
 */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;

/** Whether a text is a record id the API accepts (the client checks before it sends). */
export const isRecordId = (value: unknown): value is string => typeof value === 'string' && RECORD_ID_PATTERN.test(value);

/** The most entries one patron's wishlist holds; one more is refused with `wishlist_full` (409). */
export const WISHLIST_MAX_ENTRIES = 500;

/** A saved title. */
export const WishlistEntry = z.object({
  /** The catalogue record (a `RECORD_ID_PATTERN` id). */
  recordId: z.string(),
  title: z.string(),
  author: z.optional(z.string()),
  format: ItemFormat,
  /** ISO 8601: when it was first saved (saving it again keeps this). */
  addedAt: z.string(),
});
export type WishlistEntry = z.infer<typeof WishlistEntry>;

/** `GET /me/wishlist`: the patron's saved titles, newest first. */
export const WishlistResponse = z.object({ entries: z.array(WishlistEntry) });
export type WishlistResponse = z.infer<typeof WishlistResponse>;
