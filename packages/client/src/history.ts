import { LoanHistoryResponse, LoanHistorySetting } from '@biv/contract';
import { request } from './http.js';

/**
 * The logged-in patron's loan history (`GET /me/history`): whether returned loans are recorded,
 * and every stored entry, newest return first. Rejects with `unauthenticated` without a session.
 */
export async function getLoanHistory(endpoint: string): Promise<LoanHistoryResponse> {
  return request(endpoint, { method: 'get', path: '/me/history', schema: LoanHistoryResponse });
}

/**
 * Turn the recording of returned loans on or off (`PUT /me/history/setting`); resolves with the
 * setting as it is now. Turning it off keeps what is stored: delete it with `deleteLoanHistory`.
 */
export async function setLoanHistoryEnabled(endpoint: string, enabled: boolean): Promise<LoanHistorySetting> {
  return request(endpoint, { method: 'put', path: '/me/history/setting', json: { enabled }, schema: LoanHistorySetting });
}

/** Delete every stored entry of the patron's loan history (`DELETE /me/history`); the setting stays. */
export async function deleteLoanHistory(endpoint: string): Promise<void> {
  await request(endpoint, { method: 'delete', path: '/me/history' });
}
