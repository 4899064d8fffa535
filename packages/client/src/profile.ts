import { ProfileResponse, ProfileUpdate } from '@biv/contract';
import { checkBody, request } from './http.js';

/** The logged-in patron's own details (`GET /me`). Rejects with `unauthenticated` without a session. */
export async function getProfile(endpoint: string): Promise<ProfileResponse> {
  return request(endpoint, { method: 'get', path: '/me', schema: ProfileResponse });
}

/**
 * Change the logged-in patron's contact details (`PATCH /me`): only the fields given change, at
 * least one; `phone: ""` removes the phone number. The body is checked with the contract's schema
 * before anything is sent (`validation_failed` with the field issues the server would give);
 * resolves with the details as they are after the change. A changed e-mail address is told to
 * the old one by the server.
 */
export async function updateProfile(endpoint: string, body: ProfileUpdate): Promise<ProfileResponse> {
  return request(endpoint, { method: 'patch', path: '/me', json: checkBody(ProfileUpdate, body), schema: ProfileResponse });
}
