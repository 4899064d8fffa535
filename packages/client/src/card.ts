import { BlockCardRequest } from '@biv/contract';
import { checkBody, request } from './http.js';
import { getSession } from './session.js';

/**
 * Block the logged-in patron's card (`POST /me/card/block`), with the PIN asked for again. On
 * success every session of the patron has ended, and the page's session store for this endpoint
 * moves to `{ status: 'logged-out', reason: 'card_blocked' }`, so every element on the page shows
 * that the card is blocked.
 *
 * Rejects with `validation_failed` (`pin_format`, or `pin_wrong` at `pin`, which counts toward the
 * lockout), `account_locked` (with `retryAfter`) or `unauthenticated`. Repeating it after a lost
 * answer is safe: the server answers 204 again.
 */
export async function blockCard(endpoint: string, body: BlockCardRequest): Promise<void> {
  await request(endpoint, { method: 'post', path: '/me/card/block', json: checkBody(BlockCardRequest, body) });
  getSession(endpoint).end('card_blocked');
}
