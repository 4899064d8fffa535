import { RegistrationRequest, RegistrationResponse, toFieldIssues } from '@biv/contract';
import { ApiError } from './errors.js';
import { request } from './http.js';

/**
 * Apply for a library card (`POST /registrations`). The request is checked with the contract's
 * schema first (nothing is sent when it fails: `validation_failed` with the field issues).
 * Resolves with `{ status: 'created', borrowerId, validUntil }` (201) or the neutral
 * `{ status: 'received' }` (202); rejects with an `ApiError` whose `fieldIssues` carry the
 * server's field codes on a 400. The request is never logged or kept.
 */
export async function register(endpoint: string, body: RegistrationRequest): Promise<RegistrationResponse> {
  const checked = RegistrationRequest.safeParse(body);
  if (!checked.success) throw new ApiError('validation_failed', { fieldIssues: toFieldIssues(checked.error.issues) });
  return request(endpoint, { method: 'post', path: '/registrations', json: body, schema: RegistrationResponse });
}
