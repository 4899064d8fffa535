import { RegistrationRequest, RegistrationResponse } from '@biv/contract';
import { checkBody, request } from './http.js';

/**
 * Apply for a library card (`POST /registrations`). The request is checked with the contract's
 * schema first (nothing is sent when it fails: `validation_failed` with the field issues).
 * Resolves with `{ status: 'created', borrowerId, validUntil }` (201) or the neutral
 * `{ status: 'received' }` (202); rejects with an `ApiError` whose `fieldIssues` carry the
 * server's field codes on a 400. The request is never logged or kept.
 */
export async function register(endpoint: string, body: RegistrationRequest): Promise<RegistrationResponse> {
  return request(endpoint, { method: 'post', path: '/registrations', json: checkBody(RegistrationRequest, body), schema: RegistrationResponse });
}
