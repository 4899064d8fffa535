import { expect } from '@open-wc/testing';
import { getSession, request, REQUEST_TIMEOUT, resetSessions, setFetch, type SessionState } from './index.js';
import { rejection } from '../../../test/element-helpers.js';

// The real reference server with its demo data, proxied same-origin by web-test-runner.config.mjs.
const ENDPOINT = new URL('/api/v1', location.href).href;

/** Count the requests the client makes, passing every one to the real server. */
function countRequests() {
  const seen: string[] = [];
  setFetch((input, init) => {
    const req = input instanceof Request ? input : new Request(input, init);
    seen.push(`${req.method} ${new URL(req.url).pathname}`);
    return fetch(input, init);
  });
  return seen;
}

afterEach(async () => {
  setFetch();
  await fetch('/api/v1/session', { method: 'DELETE', credentials: 'include' });
  resetSessions();
});

describe('session store', () => {
  it('is one store per endpoint per page, kept on globalThis', () => {
    const store = getSession(ENDPOINT);
    expect(getSession(ENDPOINT)).to.equal(store);
    expect(getSession('https://other.example/api/v1')).not.to.equal(store);
    const registry = (globalThis as unknown as Record<symbol, Map<string, unknown>>)[Symbol.for('biv.sessions')];
    expect(registry?.get(ENDPOINT)).to.equal(store);
  });

  it('asks GET /session once for many concurrent refreshes', async () => {
    const seen = countRequests();
    const store = getSession(ENDPOINT);
    const states = await Promise.all([store.refresh(), store.refresh(), store.refresh()]);
    expect(seen).to.deep.equal(['GET /api/v1/session']);
    expect(states.map((s) => s.status)).to.deep.equal(['logged-out', 'logged-out', 'logged-out']);
  });

  it('logs in, notifies subscribers, survives a new store, and logs out on the server', async () => {
    const store = getSession(ENDPOINT);
    const seen: SessionState['status'][] = [];
    const unsubscribe = store.subscribe((state) => seen.push(state.status));
    const patron = await store.login('1000000001', '1357');
    expect(patron).to.include({ name: 'Alva Andersson', borrowerId: 'BIV-000001', cardState: 'active' });
    expect(store.state.status).to.equal('logged-in');

    resetSessions(); // as after a reload: the cookie alone brings the session back
    const again = await getSession(ENDPOINT).refresh();
    expect(again.status === 'logged-in' && again.patron.name).to.equal('Alva Andersson');

    await store.logout();
    expect(seen).to.deep.equal(['unknown', 'logged-in', 'logged-out']);
    unsubscribe();
    resetSessions();
    expect((await getSession(ENDPOINT).refresh()).status).to.equal('logged-out');
  });

  it('ends with a reason: every subscriber hears it, and an older refresh cannot undo it', async () => {
    const store = getSession(ENDPOINT);
    await store.login('1000000001', '1357');
    const heard: SessionState[] = [];
    const unsubscribe = store.subscribe((state) => heard.push(state));
    const reading = store.refresh(); // still logged in on the server: its answer comes after the end
    store.end('card_blocked');
    expect(store.state).to.deep.equal({ status: 'logged-out', reason: 'card_blocked' });
    await reading;
    expect(store.state).to.deep.equal({ status: 'logged-out', reason: 'card_blocked' });
    expect(heard.map((state) => state.status)).to.deep.equal(['logged-in', 'logged-out']);
    unsubscribe();
  });

  describe('turns every refusal into a typed ApiError', () => {
    const cases: { name: string; identifier: string; pin: string; code: string; status?: number }[] = [
      // A card of nobody: answered exactly as a wrong PIN, without counting one on Alva's card.
      { name: 'wrong PIN', identifier: '1000000094', pin: '9999', code: 'invalid_credentials', status: 401 },
      { name: 'blocked card', identifier: '19771020-9318', pin: '2468', code: 'card_blocked', status: 403 },
      { name: 'expired temporary account', identifier: '1000000006', pin: '6802', code: 'card_expired', status: 403 },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const error = await rejection(getSession(ENDPOINT).login(c.identifier, c.pin));
        expect([error.code, error.status]).to.deep.equal([c.code, c.status]);
        expect(error.message).not.to.contain(c.identifier);
        expect(getSession(ENDPOINT).state.status).not.to.equal('logged-in');
      });
    }

    it('checks the request with the contract before sending it', async () => {
      const seen = countRequests();
      const error = await rejection(getSession(ENDPOINT).login('19850322-2386', '12'));
      expect(error.code).to.equal('validation_failed');
      expect(error.fieldIssues).to.deep.equal([
        { path: 'identifier', code: 'personnummer_checksum' },
        { path: 'pin', code: 'pin_format' },
      ]);
      expect(seen).to.deep.equal([]);
    });

    it("reads the server's validation problem (400) with its field issues", async () => {
      const error = await rejection(request(ENDPOINT, { method: 'post', path: '/session', json: { identifier: '850399-2385', pin: '1357' } }));
      expect([error.code, error.status]).to.deep.equal(['validation_failed', 400]);
      expect(error.fieldIssues).to.deep.include({ path: 'identifier', code: 'personnummer_date' });
    });
  });

  describe('reports faults (fetch replaced only to produce them)', () => {
    const problem = (status: number, body: object, headers: Record<string, string> = {}) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json', ...headers } });
    const faults: { name: string; fetch: typeof fetch; code: string; retryAfter?: number }[] = [
      { name: 'network down', fetch: () => Promise.reject(new TypeError('Failed to fetch')), code: 'network' },
      { name: 'a 500 HTML page', fetch: async () => new Response('<h1>oops</h1>', { status: 500, headers: { 'content-type': 'text/html' } }), code: 'internal_error' },
      { name: 'a 502 without body', fetch: async () => new Response(null, { status: 502 }), code: 'internal_error' },
      { name: 'a problem with an unknown code', fetch: async () => problem(418, { type: 'x', title: 'x', status: 418, code: 'teapot' }), code: 'bad_response' },
      { name: 'a 200 that breaks the schema', fetch: async () => Response.json({ patron: { name: 'A' } }), code: 'bad_response' },
      { name: 'a 200 that is not JSON', fetch: async () => new Response('hello', { status: 200 }), code: 'bad_response' },
      {
        name: 'a lock with retryAfter in the body',
        fetch: async () => problem(429, { type: 'x', title: 'x', status: 429, code: 'account_locked', retryAfter: 840 }, { 'retry-after': '840' }),
        code: 'account_locked',
        retryAfter: 840,
      },
      {
        name: 'a 503 service_unavailable with Retry-After (the database cannot be reached)',
        fetch: async () => problem(503, { type: 'about:blank#service_unavailable', title: 'x', status: 503, code: 'service_unavailable', retryAfter: 5 }, { 'retry-after': '5' }),
        code: 'service_unavailable',
        retryAfter: 5,
      },
      { name: 'a bare 429 with Retry-After', fetch: async () => new Response(null, { status: 429, headers: { 'retry-after': '120' } }), code: 'rate_limited', retryAfter: 120 },
    ];
    for (const fault of faults) {
      it(fault.name, async () => {
        setFetch(fault.fetch);
        const error = await rejection(getSession(ENDPOINT).login('1000000001', '1357'));
        expect(error.code).to.equal(fault.code);
        if (fault.retryAfter !== undefined) expect(error.retryAfter).to.equal(fault.retryAfter);
      });
    }

    it('reports a 503 service_unavailable on a read, with the wait from Retry-After when the body has none', async () => {
      setFetch(async () => problem(503, { type: 'about:blank#service_unavailable', title: 'x', status: 503, code: 'service_unavailable' }, { 'retry-after': '1' }));
      const state = await getSession(ENDPOINT).refresh();
      const error = state.status === 'logged-out' ? state.error : undefined;
      expect([error?.code, error?.status, error?.retryAfter]).to.deep.equal(['service_unavailable', 503, 1]);
    });

    it('gives up after REQUEST_TIMEOUT with code timeout', async function () {
      this.timeout(REQUEST_TIMEOUT + 5_000);
      // A server that never answers: the request only ends when the client aborts it.
      setFetch((_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
      const started = performance.now();
      const error = await rejection(getSession(ENDPOINT).login('1000000001', '1357'));
      expect(error.code).to.equal('timeout');
      expect(performance.now() - started).to.be.within(REQUEST_TIMEOUT - 100, REQUEST_TIMEOUT + 3_000);
    });

    it('keeps the patron logged in when logout cannot reach the server', async () => {
      const store = getSession(ENDPOINT);
      await store.login('1000000001', '1357');
      setFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      expect((await rejection(store.logout())).code).to.equal('network');
      expect(store.state.status).to.equal('logged-in');
    });

    it('marks a failed session read as logged out with the error', async () => {
      setFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const state = await getSession(ENDPOINT).refresh();
      expect(state.status === 'logged-out' && state.error?.code).to.equal('network');
    });
  });
});
