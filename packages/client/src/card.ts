import { BlockCardRequest, toFieldIssues } from '@biv/contract';
import { ApiError } from './errors.js';
import { request } from './http.js';
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
  const checked = BlockCardRequest.safeParse(body);
  if (!checked.success) throw new ApiError('validation_failed', { fieldIssues: toFieldIssues(checked.error.issues) });
  await request(endpoint, { method: 'post', path: '/me/card/block', json: checked.data });
  getSession(endpoint).end('card_blocked');
}
