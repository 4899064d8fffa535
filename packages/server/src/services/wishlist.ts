import type { WishlistEntry } from '@biv/contract';
import type { IlsAdapter, IlsWishlistEntry } from '../ils/types.js';
import { withoutNull } from './answer-shape.js';

/** An entry as the API gives it: no author member when the catalogue has none. */
export const toWishlistEntry = (entry: IlsWishlistEntry): WishlistEntry =>
  withoutNull({ recordId: entry.recordId, title: entry.title, author: entry.author || undefined, format: entry.format, addedAt: entry.addedAt });

/** The patron's saved titles, newest first. */
export async function listWishlist(ils: IlsAdapter, patronId: string): Promise<WishlistEntry[]> {
  return (await ils.listWishlist(patronId)).map(toWishlistEntry);
}

/**
 * Save a record in the patron's wishlist: `added` or `exists` with the entry (one entry per
 * record, its first time kept), else why not.
 */
export async function addToWishlist(
  ils: IlsAdapter,
  patronId: string,
  recordId: string,
): Promise<{ added: boolean; entry: WishlistEntry } | 'not_found' | 'full'> {
  const result = await ils.addToWishlist(patronId, recordId);
  if (!('entry' in result)) return result.outcome;
  return { added: result.outcome === 'added', entry: toWishlistEntry(result.entry) };
}

/** Remove a record from the patron's wishlist; false when it is not there. */
export function removeFromWishlist(ils: IlsAdapter, patronId: string, recordId: string): Promise<boolean> {
  return ils.removeFromWishlist(patronId, recordId);
}
