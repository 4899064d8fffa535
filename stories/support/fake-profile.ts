/**
 * The fake API's "Mina uppgifter" for the `<biv-my-profile>` stories: Alva's details (active card)
 * and Elin's (a temporary account, no card yet), as `GET /me` gives them; `PATCH /me` changes them
 * in memory, checked by the contract's own schema. Each scenario keeps its own details.
 */
import { ProfileUpdate, toFieldIssues, type ProfileResponse } from '@biv/client';
import { addFakeRoutes, alva, json, problem, sessionOf } from './fake-api.js';

export const PROFILE_SCENARIOS = [
  'profile',
  'profile-temporary',
  'profile-logged-out',
  'profile-loading',
  'profile-empty',
  'profile-error',
  'profile-blocked',
  'profile-edit',
  'profile-save-fails',
] as const;
export type ProfileScenario = (typeof PROFILE_SCENARIOS)[number];

const DAY = 24 * 60 * 60 * 1000;

/** Elin's temporary account ends in 7 days, at this time of day. */
const elinUntil = () => new Date(Date.now() + 7 * DAY).toISOString();

function profileOf(scenario: string): ProfileResponse {
  if (scenario === 'profile-temporary') {
    return { name: 'Elin Ek', borrowerId: 'BIV-000005', cardState: 'temporary', validUntil: elinUntil(), homeLibraryId: 'henan', email: 'elin.ek@example.org', streetAddress: 'Stora vägen 5', postalCode: '473 31', city: 'Henån' };
  }
  const base: ProfileResponse = { name: alva.name, borrowerId: alva.borrowerId, cardNumber: '1000000001', cardState: 'active', homeLibraryId: 'nodinge' };
  if (scenario === 'profile-empty') return base;
  return { ...base, email: 'alva.andersson@example.org', phone: '070-123 45 67', streetAddress: 'Bibliotekstorget 1', postalCode: '449 30', city: 'Nödinge' };
}

const profiles = new Map<string, ProfileResponse>();
const stored = (scenario: string): ProfileResponse => {
  let found = profiles.get(scenario);
  if (!found) profiles.set(scenario, (found = profileOf(scenario)));
  return found;
};

/** Never answers: the client gives up after its timeout (the loading story is looked at before). */
const never = (request: Request) =>
  new Promise<never>((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason as Error));
  });

addFakeRoutes(PROFILE_SCENARIOS, async (scenario, method, path, request) => {
  if (path === '/session' && method === 'GET') {
    if (scenario === 'profile-logged-out') return problem(401, 'unauthenticated');
    if (scenario === 'profile-blocked') return problem(401, 'unauthenticated', { reason: 'card_blocked' });
    const profile = stored(scenario);
    return sessionOf({ name: profile.name, borrowerId: profile.borrowerId, cardState: profile.cardState, ...(profile.validUntil ? { validUntil: profile.validUntil } : {}) });
  }
  if (path !== '/me') return undefined;
  if (method === 'GET') {
    if (scenario === 'profile-loading') return never(request);
    if (scenario === 'profile-error') throw new TypeError('Failed to fetch');
    return json(200, stored(scenario));
  }
  if (method === 'PATCH') {
    if (scenario === 'profile-save-fails') throw new TypeError('Failed to fetch');
    const parsed = ProfileUpdate.safeParse(await request.json());
    if (!parsed.success) return problem(400, 'validation_failed', { errors: toFieldIssues(parsed.error.issues) });
    const changes = Object.fromEntries(Object.entries(parsed.data).map(([name, value]) => [name, value.trim()]));
    const next = { ...stored(scenario), ...changes } as ProfileResponse & Record<string, string>;
    if (next.phone === '') delete next.phone;
    profiles.set(scenario, next);
    return json(200, next);
  }
  return undefined;
});
