/**
 * A tiny stand-in for the biv API, so stories run without a backend. Every answer has the shape
 * of the contract (`SessionResponse`, `LibrariesResponse`, `RegistrationResponse`, `PinResetAccepted`, `Problem`); the server's own tests prove the real answers.
 *
 * Each story gets its own endpoint, `https://api.biv-stories.invalid/<scenario>/api/v1`: the
 * client keeps one session per endpoint per page, so stories shown together on a docs page never
 * share a session, and the fake answers according to the scenario in the URL.
 */
import { setFetch, type Library, type Patron } from '@biv/client';
import type { ProblemCode } from '@biv/client';
import { DEMO_LIBRARIES } from '../../packages/server/src/demo-libraries.js';

export const SCENARIOS = [
  'logged-out',
  'pending',
  'wrong-pin',
  'locked',
  'blocked',
  'expired',
  'network',
  'logged-in',
  'logged-in-temporary',
  // a browser that keeps no cookie of the API's site: the login answer carries a token
  'logged-in-page-only',
  // <biv-get-card-form>
  'card-created',
  'card-received',
  'card-pending',
  'card-network',
  'card-libraries-failing',
  // <biv-pin-reset>
  'reset',
  'reset-used',
  'reset-expired',
  'reset-replaced',
  'reset-weak',
  'reset-rate-limited',
  // <biv-change-pin>
  'change',
  'change-wrong-pin',
  'change-locked',
  // <biv-block-card-button>
  'block',
  'block-wrong-pin',
  'block-locked',
  // the session ended because the card was blocked (on another device): GET /session says why
  'card-blocked-since',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** The `<biv-block-card-button>` scenarios: Alva is logged in (not `blocked`: that one is the login box's refused card). */
const BLOCK_SCENARIOS: ReadonlySet<string> = new Set<Scenario>(['block', 'block-wrong-pin', 'block-locked']);

const ORIGIN = 'https://api.biv-stories.invalid';

/** The API root (the element's `endpoint`) of a scenario. */
export const endpointFor = (scenario: Scenario | (string & {})): string => `${ORIGIN}/${scenario}/api/v1`;

const DAY = 24 * 60 * 60 * 1000;

// Demo patrons of the reference server's seed data.
export const alva: Patron = { name: 'Alva Andersson', borrowerId: 'BIV-000001', cardState: 'active' };
const elin = (): Patron => ({
  name: 'Elin Ek',
  borrowerId: 'BIV-000005',
  cardState: 'temporary',
  validUntil: new Date(Date.now() + 7 * DAY).toISOString(),
});

/** The consortium's libraries: the reference server's demo data, the same list. */
const LIBRARIES: readonly Library[] = DEMO_LIBRARIES;

/** Milliseconds every answer takes, so the busy state shows for a moment. */
const LATENCY = 400;

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const sessionBody = (patron: Patron) => ({
  patron,
  session: { expiresAt: new Date(Date.now() + 8 * 60 * 60 * 1000).toISOString(), idleTimeout: 900 },
});
export const sessionOf = (patron: Patron) => json(200, sessionBody(patron));

const TITLES: Partial<Record<ProblemCode, string>> = {
  unauthenticated: 'Not logged in',
  invalid_credentials: 'Wrong card number, personnummer or PIN',
  account_locked: 'Too many wrong PINs',
  card_blocked: 'The card is blocked',
  card_expired: 'The card has expired',
  validation_failed: 'The request is not valid',
  not_found: 'Not found',
};

export function problem(status: number, code: ProblemCode, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  const body = { type: `about:blank#${code}`, title: TITLES[code] ?? code, status, code, ...extra };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json', ...headers } });
}

/** The answer to `POST /session` in each scenario (after the client's own validation passed). */
function loginAnswer(scenario: Scenario): Response | undefined {
  switch (scenario) {
    case 'wrong-pin':
      return problem(401, 'invalid_credentials');
    case 'locked':
      return problem(429, 'account_locked', { retryAfter: 900 }, { 'retry-after': '900' });
    case 'blocked':
      return problem(403, 'card_blocked');
    case 'expired':
      return problem(403, 'card_expired');
    case 'logged-in-temporary':
      return sessionOf(elin());
    case 'logged-in-page-only':
      return json(200, { ...sessionBody(alva), token: 'story-token-kept-in-memory-only-000000000' });
    default:
      return sessionOf(alva);
  }
}

function answer(scenario: Scenario, method: string, path: string): Response | undefined {
  if (path === '/session' && method === 'GET') {
    if (scenario === 'logged-in' || scenario.startsWith('change') || BLOCK_SCENARIOS.has(scenario)) return sessionOf(alva);
    if (scenario === 'logged-in-temporary') return sessionOf(elin());
    if (scenario === 'card-blocked-since') return problem(401, 'unauthenticated', { reason: 'card_blocked' });
    return problem(401, 'unauthenticated');
  }
  if (path === '/session' && method === 'POST') return loginAnswer(scenario);
  if (path === '/session' && method === 'DELETE') return new Response(null, { status: 204 });
  if (path === '/libraries' && method === 'GET') return json(200, { libraries: LIBRARIES });
  if (path === '/registrations' && method === 'POST') {
    if (scenario === 'card-received') return json(202, { status: 'received' });
    return json(201, { status: 'created', borrowerId: 'BIV-000123', validUntil: new Date(Date.now() + 7 * DAY).toISOString() });
  }
  if (path === '/pin-resets' && method === 'POST') {
    if (scenario === 'reset-rate-limited') return problem(429, 'rate_limited', { retryAfter: 1800 }, { 'retry-after': '1800' });
    return json(202, { status: 'accepted' });
  }
  if (path === '/pin-resets/confirm' && method === 'POST') {
    const reason = { 'reset-used': 'used', 'reset-expired': 'expired', 'reset-replaced': 'replaced' }[scenario as string];
    if (reason) return problem(400, 'invalid_token', { reason });
    if (scenario === 'reset-weak') return problem(400, 'validation_failed', { errors: [{ path: 'newPin', code: 'pin_weak_birth_date' }] });
    return new Response(null, { status: 204 });
  }
  if (path === '/me/pin' && method === 'PUT') {
    if (scenario === 'change-wrong-pin') return problem(400, 'validation_failed', { errors: [{ path: 'currentPin', code: 'current_pin_wrong' }] });
    if (scenario === 'change-locked') return problem(429, 'account_locked', { retryAfter: 900 }, { 'retry-after': '900' });
    return new Response(null, { status: 204 });
  }
  if (path === '/me/card/block' && method === 'POST') {
    if (scenario === 'block-wrong-pin') return problem(400, 'validation_failed', { errors: [{ path: 'pin', code: 'pin_wrong' }] });
    if (scenario === 'block-locked') return problem(429, 'account_locked', { retryAfter: 900 }, { 'retry-after': '900' });
    // Blocked: the client ends the page's session (reason card_blocked). The fake keeps no state, so
    // a story shown again starts logged in.
    return new Response(null, { status: 204 });
  }
  return problem(404, 'not_found');
}

const delay = (ms: number, signal: AbortSignal | null) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    });
  });

/**
 * More of the fake API, for elements with their own scenarios (e.g. `fake-loans.ts`): a handler
 * answers a request of its scenarios and returns undefined for anything else. It may be async.
 */
export type FakeRoutes = (scenario: string, method: string, path: string, request: Request) => Response | undefined | Promise<Response | undefined>;
const extraRoutes: FakeRoutes[] = [];
const extraScenarios = new Set<string>();

/** Add routes for `scenarios` (names of `[a-z-]+`; the endpoint is `endpointFor(scenario)`). */
export function addFakeRoutes(scenarios: readonly string[], routes: FakeRoutes): void {
  for (const scenario of scenarios) extraScenarios.add(scenario);
  // Only for its own scenarios: another file's handler never answers for them (e.g. its GET /session).
  const own = new Set(scenarios);
  extraRoutes.push((scenario, method, path, request) => (own.has(scenario) ? routes(scenario, method, path, request) : undefined));
}

/** The fake `fetch`: requests to other hosts go to the real network. */
export const fakeFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  if (url.origin !== ORIGIN) return fetch(input, init);
  const match = /^\/([a-z-]+)\/api\/v1(\/.*)$/.exec(url.pathname);
  const scenario = match?.[1] as Scenario | undefined;
  if (!match || !scenario || !(SCENARIOS.includes(scenario) || extraScenarios.has(scenario))) return problem(404, 'not_found');
  const path = match[2] ?? '/';
  if (extraScenarios.has(scenario)) {
    await delay(LATENCY, request.signal);
    for (const routes of extraRoutes) {
      const response = await routes(scenario, request.method, path, request);
      if (response) return response;
    }
  }
  const isLogin = request.method === 'POST' && path === '/session';
  const isRegistration = request.method === 'POST' && path === '/registrations';
  if ((isLogin && scenario === 'pending') || (isRegistration && scenario === 'card-pending')) {
    // The busy state: the login request never answers; the client gives up after its timeout.
    await new Promise<never>((_, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason as Error));
    });
  }
  await delay(LATENCY, request.signal);
  if (isLogin && scenario === 'network') throw new TypeError('Failed to fetch');
  if (isRegistration && scenario === 'card-network') throw new TypeError('Failed to fetch');
  if (path === '/libraries' && scenario === 'card-libraries-failing') throw new TypeError('Failed to fetch');
  return answer(scenario, request.method, path) ?? problem(404, 'not_found');
};

/** Route every `@biv/client` request on this page through the fake. */
export function installFakeApi(): void {
  setFetch(fakeFetch);
}
