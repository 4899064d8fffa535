import { ChangePinRequest, PinResetAccepted, PinResetConfirm, PinResetRequest, toFieldIssues } from '@biv/contract';
import { ApiError } from './errors.js';
import { request } from './http.js';

/** Check a body with the contract's schema first: nothing is sent when it fails. */
function checked<T>(schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: Parameters<typeof toFieldIssues>[0] } } }, body: T): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new ApiError('validation_failed', { fieldIssues: toFieldIssues(result.error.issues) });
  return result.data;
}

/**
 * Forgot the PIN, step 1 (`POST /pin-resets`): ask for a link by e-mail. Resolves the same way
 * whether or not the patron exists or has an e-mail address (202); rejects with `rate_limited`
 * (with `retryAfter`) or `validation_failed` for a malformed identifier.
 */
export async function requestPinReset(endpoint: string, body: PinResetRequest): Promise<void> {
  await request(endpoint, { method: 'post', path: '/pin-resets', json: checked(PinResetRequest, body), schema: PinResetAccepted });
}

/**
 * Forgot the PIN, step 2 (`POST /pin-resets/confirm`): the token from the link and the new PIN.
 * Rejects with `invalid_token` (its `reason`: expired, used, replaced or unknown),
 * `validation_failed` (a weak new PIN, at `newPin`), `card_blocked` or `card_expired`. Does not log in.
 */
export async function confirmPinReset(endpoint: string, body: PinResetConfirm): Promise<void> {
  await request(endpoint, { method: 'post', path: '/pin-resets/confirm', json: checked(PinResetConfirm, body) });
}

/**
 * Change the PIN while logged in (`PUT /me/pin`). Rejects with `validation_failed`
 * (`current_pin_wrong` at `currentPin`, a weak or unchanged new PIN at `newPin`), `account_locked`
 * after too many wrong PINs, or `unauthenticated`. This session stays; the patron's others end.
 */
export async function changePin(endpoint: string, body: ChangePinRequest): Promise<void> {
  await request(endpoint, { method: 'put', path: '/me/pin', json: checked(ChangePinRequest, body) });
}
