/**
 * The fake API for the `<biv-my-pages>` stories: a patron logged in (or not), and each part's
 * requests answered by the scenario of that element's own stories (`loans`, `reservations`, …),
 * so Mina sidor shows the same data as the parts' stories. Stateless, like the rest of the fake.
 */
import { addFakeRoutes, alva, endpointFor, fakeFetch, problem, sessionOf } from './fake-api.js';
// The parts' scenarios, which the delegation below answers with.
import './fake-history.js';
import './fake-loans.js';
import './fake-profile.js';
import './fake-reservations.js';
import './fake-wishlist.js';

export const MY_PAGES_SCENARIOS = ['my-pages', 'my-pages-logged-out', 'my-pages-temporary'] as const;
export type MyPagesScenario = (typeof MY_PAGES_SCENARIOS)[number];

const DAY = 86_400_000;

/** Which scenario of a part's stories answers a path (first match), for Alva and for a temporary account. */
const PARTS: [path: RegExp, alva: string, temporary: string][] = [
  [/^\/me$/, 'profile', 'profile-temporary'],
  [/^\/me\/loans/, 'loans', 'loans-empty'],
  [/^\/me\/reservations/, 'reservations', 'reservations-empty'],
  [/^\/me\/history/, 'history', 'history-temporary'],
  [/^\/me\/wishlist/, 'wishlist', 'wishlist-temporary'],
  [/^\/me\/pin$/, 'change', 'change'],
  [/^\/me\/card\/block$/, 'block', 'block'],
];

addFakeRoutes(MY_PAGES_SCENARIOS, async (scenario, method, path, request) => {
  if (path === '/session') {
    if (method === 'DELETE') return new Response(null, { status: 204 });
    if (scenario === 'my-pages-logged-out' && method === 'GET') return problem(401, 'unauthenticated');
    if (scenario === 'my-pages-temporary') {
      return sessionOf({ name: 'Elin Ek', borrowerId: 'BIV-000005', cardState: 'temporary', validUntil: new Date(Date.now() + 7 * DAY).toISOString() });
    }
    return sessionOf(alva);
  }
  const part = PARTS.find(([pattern]) => pattern.test(path));
  if (!part) return undefined; // /libraries and the rest: the fake's common answers
  const target = scenario === 'my-pages-temporary' ? part[2] : part[1];
  const url = endpointFor(target) + path;
  const body = method === 'GET' || method === 'HEAD' ? undefined : await request.text();
  return fakeFetch(url, { method, headers: request.headers, body });
});
