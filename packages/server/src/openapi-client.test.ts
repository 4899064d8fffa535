// A client generated from the OpenAPI document, as a municipality's own app or a chatbot would make
// one (docs/api-clients.md): openapi-typescript's types (test/api-v1.d.ts, checked current here)
// and openapi-fetch run the login and loans flow against the server. The type-check step of
// `npm test` compiles this file, so a path, a parameter or a field the document does not have is
// an error there; at run time every answer must be one the document lists for its operation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import createClient, { type Middleware } from 'openapi-fetch';
import { LoansResponse, RenewalResult, SessionResponse, routes, type RouteSpec } from '@biv/contract';
import { buildOpenApiDocument } from '@biv/contract/openapi';
import type { paths } from '../../../test/api-v1.js';
import { API_TYPES_FILE, apiTypes } from '../../../scripts/openapi-types.js';
import { API, Harness, json, ownPostgresDatabase } from './test-harness.js';

const ALVA = { card: '1000000001', pin: '1357' };
const OWN_ORIGIN = new URL(API).origin;

type Operation = { responses: Record<string, unknown> };
const document = buildOpenApiDocument('/api/v1') as { paths: Record<string, Record<string, Operation>> };
/** The statuses the document lists for an operation. */
const listed = (schemaPath: string, method: string) => Object.keys(document.paths[schemaPath]?.[method.toLowerCase()]?.responses ?? {});

/**
 * What a server-side client must do itself: node's fetch has no cookie jar, so the session cookie
 * is kept here; and it says where it comes from (Origin), as the API's cross-site guard wants of
 * every state-changing request. It also records every answer to check it against the document.
 */
function sessionMiddleware(origin: string) {
  let cookie: string | undefined;
  const answers: { schemaPath: string; method: string; status: number }[] = [];
  const middleware: Middleware = {
    onRequest({ request }) {
      if (cookie) request.headers.set('cookie', cookie);
      request.headers.set('origin', origin);
      return request;
    },
    onResponse({ request, response, schemaPath }) {
      answers.push({ schemaPath, method: request.method, status: response.status });
      for (const line of response.headers.getSetCookie()) {
        const [pair = '', ...attributes] = line.split(';');
        const name = pair.slice(0, pair.indexOf('='));
        if (name !== 'biv_session') continue;
        const gone = pair.endsWith('=') || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
        cookie = gone ? undefined : pair.trim();
      }
    },
  };
  return { middleware, answers, hasCookie: () => cookie !== undefined };
}

const pgUrl = await ownPostgresDatabase(process.env.BIV_TEST_DATABASE_URL, 'openapi_client');
const databases: [string, string | undefined][] = [['SQLite', undefined], ['PostgreSQL', pgUrl]];

describe('the generated types (test/api-v1.d.ts)', () => {
  it('are what openapi-typescript makes of the current document (else run `npm run openapi:types`)', async () => {
    assert.equal(readFileSync(API_TYPES_FILE, 'utf8'), await apiTypes(), 'test/api-v1.d.ts is stale: run `npm run openapi:types`');
  });
});

for (const [label, databaseUrl] of databases) {
  describe(`a client generated from the OpenAPI document, on ${label}`, { skip: label === 'PostgreSQL' && !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' }, () => {
    const h = new Harness(databaseUrl);
    before(() => h.start());
    after(() => h.stop());

    /** A client of the server's API (in process: `fetch` hands the request to the app). */
    const client = () => {
      const api = createClient<paths>({ baseUrl: API, fetch: (request) => Promise.resolve(h.services.app.request(request)) });
      const jar = sessionMiddleware(OWN_ORIGIN);
      api.use(jar.middleware);
      return { api, jar };
    };

    it('logs in, sees the session and the loans, renews one, and logs out', async () => {
      const { api, jar } = client();

      const login = await api.POST('/session', { body: { identifier: ALVA.card, pin: ALVA.pin } });
      assert.equal(login.response.status, 200);
      assert.equal(login.data?.patron.name, 'Alva Andersson');
      assert.ok(SessionResponse.safeParse(login.data).success, 'the generated type and the contract describe the same body');
      assert.ok(jar.hasCookie(), 'the session cookie is kept');

      const session = await api.GET('/session');
      assert.equal(session.data?.patron.borrowerId, 'BIV-000001');
      assert.ok((session.data?.session.idleTimeout ?? 0) > 0);

      const loans = await api.GET('/me/loans');
      assert.ok(LoansResponse.safeParse(loans.data).success);
      const list = loans.data?.loans ?? [];
      assert.ok(list.length > 0, 'Alva has loans');
      const renewable = list.find((loan) => loan.renewable);
      assert.ok(renewable, 'one of them can be renewed');

      const renewal = await api.POST('/me/loans/{id}/renewal', {
        params: { path: { id: renewable.id }, header: { 'Idempotency-Key': 'openapi-client-test-0001' } },
      });
      assert.equal(renewal.response.status, 200);
      assert.ok(RenewalResult.safeParse(renewal.data).success);
      assert.equal(renewal.data?.renewed, true);
      assert.equal(renewal.data?.renewalsUsed, renewable.renewalsUsed + 1);
      assert.ok(renewal.data?.dueDate && renewal.data.dueDate > renewable.dueDate, 'a later due date');

      const logout = await api.DELETE('/session');
      assert.equal(logout.response.status, 204);
      assert.equal(jar.hasCookie(), false, 'the server cleared the cookie');

      const after = await api.GET('/session');
      assert.equal(after.response.status, 401);
      assert.equal(after.error?.code, 'unauthenticated');

      for (const answer of jar.answers) {
        assert.ok(listed(answer.schemaPath, answer.method).includes(String(answer.status)), `${answer.method} ${answer.schemaPath} answered ${answer.status}, which the document lists`);
      }
      assert.deepEqual(
        jar.answers.map((a) => `${a.method} ${a.schemaPath}`),
        ['POST /session', 'GET /session', 'GET /me/loans', 'POST /me/loans/{id}/renewal', 'DELETE /session', 'GET /session'],
      );
    });

    it('gets the problem the document lists when the login is wrong', async () => {
      const { api } = client();
      const wrong = await api.POST('/session', { body: { identifier: ALVA.card, pin: '9999' } });
      assert.equal(wrong.response.status, 401);
      assert.equal(wrong.error?.code, 'invalid_credentials');
      assert.equal(wrong.data, undefined);
    });

    it('is refused, as the document says, when it does not say where it comes from (another site’s Origin)', async () => {
      const api = createClient<paths>({ baseUrl: API, fetch: (request) => Promise.resolve(h.services.app.request(request)) });
      api.use(sessionMiddleware('https://evil.example').middleware);
      const refused = await api.POST('/session', { body: { identifier: ALVA.card, pin: ALVA.pin } });
      assert.equal(refused.response.status, 403);
      assert.equal(refused.error?.code, 'forbidden_origin');
    });

    it('the problems every route of a kind gets before its handler are the ones the document lists for it', async () => {
      const cookie = await h.session(ALVA.card, ALVA.pin);
      for (const [id, spec] of Object.entries(routes) as [string, RouteSpec][]) {
        const schemaPath = spec.path.replace(/:([A-Za-z]+)/g, '{$1}');
        const path = spec.path.replace(/:[A-Za-z]+/g, 'x1');
        const statuses = listed(schemaPath, spec.method);
        const method = spec.method.toUpperCase();
        const session = { cookie: `biv_session=${cookie}` };
        const checks: { code: string; status: number; response: Response }[] = [];
        if (spec.method !== 'get') {
          checks.push({ code: 'forbidden_origin', status: 403, response: await h.request(method, path, { headers: { origin: 'https://evil.example' } }) });
          checks.push({ code: 'unsupported_media_type', status: 415, response: await h.request(method, path, { raw: 'x=1', headers: { 'content-type': 'text/plain', ...session } }) });
        }
        if (spec.body) {
          checks.push({ code: 'malformed_request', status: 400, response: await h.request(method, path, { raw: '{"pin":', headers: { 'content-type': 'application/json', ...session } }) });
          const large = JSON.stringify({ pin: 'x'.repeat(h.services.config.bodyLimitBytes) });
          checks.push({ code: 'payload_too_large', status: 413, response: await h.request(method, path, { raw: large, headers: { 'content-type': 'application/json' } }) });
        }
        for (const { code, status, response } of checks) {
          assert.equal(response.status, status, `${id}: ${code} is ${status}`);
          assert.equal((await json(response)).code, code, id);
          assert.ok(statuses.includes(String(status)), `${id}: the document lists ${status} (${code})`);
        }
      }
    });
  });
}

// Compile-time checks (the type-check step of `npm test`): the generated types refuse what the
// API does not have, so a client with a wrong path or field does not build.
export function wrongUses(api: ReturnType<typeof createClient<paths>>) {
  // @ts-expect-error: no such path
  void api.GET('/me/loan');
  // @ts-expect-error: logging in needs the PIN too
  void api.POST('/session', { body: { identifier: '1000000001' } });
  // @ts-expect-error: the renewal needs the loan's id
  void api.POST('/me/loans/{id}/renewal', { params: { path: {} } });
  return async (): Promise<void> => {
    const { data } = await api.GET('/me/loans');
    // @ts-expect-error: a loan has no such field
    void data?.loans[0]?.dueAt;
  };
}
