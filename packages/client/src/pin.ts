import { ChangePinRequest, PinChangedResponse, PinResetAccepted, PinResetConfirm, PinResetRequest } from '@biv/contract';
import { checkBody, request } from './http.js';
import { sessionRegistry } from './session-registry.js';

/**
 * Forgot the PIN, step 1 (`POST /pin-resets`): ask for a link by e-mail. Resolves the same way
 * whether or not the patron exists or has an e-mail address (202); rejects with `rate_limited`
 * (with `retryAfter`) or `validation_failed` for a malformed identifier.
 */
export async function requestPinReset(endpoint: string, body: PinResetRequest): Promise<void> {
  await request(endpoint, { method: 'post', path: '/pin-resets', json: checkBody(PinResetRequest, body), schema: PinResetAccepted });
}

/**
 * Forgot the PIN, step 2 (`POST /pin-resets/confirm`): the token from the link and the new PIN.
 * Rejects with `invalid_token` (its `reason`: expired, used, replaced or unknown),
 * `validation_failed` (a weak new PIN, at `newPin`), `card_blocked` or `card_expired`. Does not log in.
 */
export async function confirmPinReset(endpoint: string, body: PinResetConfirm): Promise<void> {
  await request(endpoint, { method: 'post', path: '/pin-resets/confirm', json: checkBody(PinResetConfirm, body) });
}

/**
 * Change the PIN while logged in (`PUT /me/pin`). Rejects with `validation_failed`
 * (`current_pin_wrong` at `currentPin`, a weak or unchanged new PIN at `newPin`), `account_locked`
 * after too many wrong PINs, or `unauthenticated`. This session stays; the patron's others end.
 */
export async function changePin(endpoint: string, body: ChangePinRequest): Promise<void> {
  const answer = await request<PinChangedResponse | undefined>(endpoint, { method: 'put', path: '/me/pin', json: checkBody(ChangePinRequest, body), schema: PinChangedResponse });
  // A token session goes on under a new token (a cookie session's new id came in the cookie).
  if (answer) sessionRegistry().get(endpoint)?.replaceToken(answer.token);
}
