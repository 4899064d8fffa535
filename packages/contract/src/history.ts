import * as z from 'zod/mini';
import { ItemFormat } from './loans.js';

// "Min lånehistorik": the loans a patron has returned, recorded only while the patron has chosen
// to keep them. Its own module, so a page without the loan-history element does not carry these
// schemas.

/** One returned loan, as it was when it was returned (it survives the item's removal). */
export const HistoryEntry = z.object({
  id: z.string(),
  /** The catalogue record (the item) that was borrowed. */
  recordId: z.string(),
  title: z.string(),
  author: z.optional(z.string()),
  format: ItemFormat,
  /** Where it was borrowed (a library id of `GET /libraries`). */
  libraryId: z.string(),
  /** ISO 8601 */
  loanDate: z.string(),
  /** ISO 8601 */
  returnDate: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/**
 * The patron's loan history (`GET /me/history`): whether returns are recorded, and every stored
 * entry, newest return first (the client searches, sorts and exports them itself).
 */
export const LoanHistoryResponse = z.object({ enabled: z.boolean(), entries: z.array(HistoryEntry) });
export type LoanHistoryResponse = z.infer<typeof LoanHistoryResponse>;

/**
 * Whether returned loans are recorded ("Spara min lånehistorik"): the body and the answer of
 * `PUT /me/history/setting`. Field issues at `enabled`: `required`, or `invalid_type` for
 * anything but `true` or `false`.
 */
export const LoanHistorySetting = z.object({
  enabled: z.boolean({ error: (issue) => (issue.input === undefined ? 'required' : 'invalid_type') }),
});
export type LoanHistorySetting = z.infer<typeof LoanHistorySetting>;
