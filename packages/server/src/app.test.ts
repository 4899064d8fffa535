import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { routes } from '@biv/contract';
import { Harness, START, cookieOf, json } from './test-harness.js';

const databases: [string, string | undefined][] = [['SQLite', undefined]];
const pgUrl = process.env.BIV_TEST_DATABASE_URL;
databases.push(['PostgreSQL', pgUrl]);

for (const [label, databaseUrl] of databases) {
  describe(`@biv/server on ${label}`, { skip: label === 'PostgreSQL' && !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' }, () => {
    describe('logging in', () => {
      const h = new Harness(databaseUrl);
      before(() => h.start());
      after(() => h.stop());

      it('logs in by card number and by personnummer in every usual form', async () => {
        for (const identifier of ['1000000001', '19850322-2385', '850322-2385', '198503222385', '8503222385']) {
          const response = await h.login(identifier, '1357');
          assert.equal(response.status, 200, identifier);
          const body = await json(response);
          assert.deepEqual(body.patron, { name: 'Alva Andersson', borrowerId: 'BIV-000001', cardState: 'active' });
          assert.deepEqual(body.session, { expiresAt: new Date(START.getTime() + 8 * 3600_000).toISOString(), idleTimeout: 900 });
        }
      });

      it('sets an HttpOnly, SameSite, API-scoped cookie with a 256-bit id; Secure off loopback', async () => {
        const local = await h.login('1000000001', '1357');
        const cookie = local.headers.get('set-cookie') ?? '';
        assert.match(cookie, /^biv_session=[A-Za-z0-9_-]{43};/);
        assert.match(cookie, /HttpOnly/);
        assert.match(cookie, /SameSite=Lax/);
        assert.match(cookie, /Path=\/api\/v1/);
        assert.doesNotMatch(cookie, /Secure/);
        const remote = await h.services.app.request('https://bibliotek.example.se/api/v1/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ identifier: '1000000001', pin: '1357' }),
        });
        assert.match(remote.headers.get('set-cookie') ?? '', /Secure/);
      });

      it('answers an unknown identifier exactly as a wrong PIN', async () => {
        const wrong = await h.login('1000000001', '9999');
        const unknown = await h.login('1999999999', '9999');
        const unknownPnr = await h.login('19900101-2393', '9999');
        assert.equal(wrong.status, 401);
        const expected = await json(wrong);
        assert.equal(expected.code, 'invalid_credentials');
        for (const other of [unknown, unknownPnr]) {
          assert.equal(other.status, 401);
          assert.deepEqual(await json(other), expected);
          assert.equal(other.headers.get('content-type'), wrong.headers.get('content-type'));
        }
      });

      it('refuses malformed input with field errors, before any PIN is checked', async () => {
        const cases: [unknown, { path: string; code: string }[]][] = [
          [{ identifier: '123456', pin: '1357' }, [{ path: 'identifier', code: 'identifier_format' }]], // 6 digits: not this library's format
          [{ identifier: '850399-2385', pin: '1357' }, [{ path: 'identifier', code: 'personnummer_date' }]],
          [{ identifier: '19850322-2386', pin: '1357' }, [{ path: 'identifier', code: 'personnummer_checksum' }]],
          [{ identifier: '1000000001', pin: '13a7' }, [{ path: 'pin', code: 'pin_format' }]],
          [{}, [{ path: 'identifier', code: 'required' }, { path: 'pin', code: 'required' }]],
        ];
        for (const [body, errors] of cases) {
          const response = await h.request('POST', '/session', { body });
          assert.equal(response.status, 400, JSON.stringify(body));
          assert.equal(response.headers.get('content-type'), 'application/problem+json');
          const problem = await json(response);
          assert.equal(problem.code, 'validation_failed');
          assert.deepEqual(problem.errors, errors);
        }
      });

      it('tells the PIN holder that a card is blocked or a temporary account has ended, and nobody else', async () => {
        assert.equal((await json(await h.login('1000000002', '2468'))).code, 'card_blocked');
        assert.equal((await h.login('1000000002', '2468')).status, 403);
        assert.equal((await json(await h.login('1000000002', '0000'))).code, 'invalid_credentials');
        assert.equal((await json(await h.login('20010101-2391', '6802'))).code, 'card_expired');
      });

      it('logs a temporary account in as temporary, with its end', async () => {
        const body = await json(await h.login('1000000005', '5791'));
        assert.deepEqual(body.patron, {
          name: 'Elin Ek',
          borrowerId: 'BIV-000005',
          cardState: 'temporary',
          validUntil: new Date(START.getTime() + 7 * 86400_000).toISOString(),
        });
      });

      it('never logs a PIN, personnummer, identifier, name or session id', async () => {
        const response = await h.login('19850322-2385', '1357');
        const id = cookieOf(response) ?? '';
        assert.ok(id.length > 0);
        assert.match(h.log, /"route":"\/api\/v1\/session"/);
        for (const secret of ['1357', '850322', 'Alva', 'Andersson', 'Bertil', id]) assert.ok(!h.logWithoutTimes.includes(secret), secret);
      });
    });

    describe('sessions', () => {
      const h = new Harness(databaseUrl);
      before(() => h.start({ sessionIdleSeconds: 900, sessionAbsoluteSeconds: 3600 }));
      after(() => h.stop());

      const me = (id: string | undefined, how: 'cookie' | 'bearer' = 'cookie') =>
        h.request('GET', '/session', { headers: how === 'cookie' ? { cookie: `biv_session=${id}` } : { authorization: `Bearer ${id}` } });

      it('reads the session by cookie or Bearer token, and 401 without one', async () => {
        const id = cookieOf(await h.login('1000000001', '1357'));
        assert.equal((await me(id)).status, 200);
        assert.equal((await me(id, 'bearer')).status, 200);
        const none = await h.request('GET', '/session');
        assert.equal(none.status, 401);
        assert.equal((await json(none)).code, 'unauthenticated');
      });

      it('gives a new id at every login and ends the old one', async () => {
        const first = cookieOf(await h.login('1000000001', '1357'));
        const second = cookieOf(await h.login('1000000001', '1357', { cookie: `biv_session=${first}` }));
        assert.notEqual(first, second);
        assert.equal((await me(first)).status, 401);
        assert.equal((await me(second)).status, 200);
      });

      it('ends after 15 idle minutes, and slides while used', async () => {
        const id = cookieOf(await h.login('1000000001', '1357'));
        h.advance(14 * 60);
        assert.equal((await me(id)).status, 200);
        h.advance(14 * 60);
        assert.equal((await me(id)).status, 200, 'still alive: it was used 14 minutes ago');
        h.advance(15 * 60);
        assert.equal((await me(id)).status, 401);
      });

      it('ends at the absolute timeout even when used', async () => {
        const id = cookieOf(await h.login('1000000001', '1357'));
        for (let minutes = 10; minutes < 60; minutes += 10) {
          h.advance(10 * 60);
          assert.equal((await me(id)).status, 200, `${minutes} minutes`);
        }
        h.advance(10 * 60);
        assert.equal((await me(id)).status, 401);
      });

      it('logs out server-side: the id is dead even if a copy is replayed', async () => {
        const id = cookieOf(await h.login('1000000001', '1357'));
        const out = await h.request('DELETE', '/session', { headers: { cookie: `biv_session=${id}` } });
        assert.equal(out.status, 204);
        assert.match(out.headers.get('set-cookie') ?? '', /biv_session=;.*Max-Age=0/);
        assert.equal((await me(id)).status, 401);
        assert.equal((await h.request('DELETE', '/session')).status, 204, 'logging out twice is fine');
      });

      it('stores only a hash of the session id', async () => {
        const id = cookieOf(await h.login('1000000001', '1357')) ?? '';
        const rows = await h.services.db.selectFrom('sessions').select('id_hash').execute();
        assert.ok(rows.length > 0);
        assert.ok(rows.every((r) => r.id_hash !== id && /^[0-9a-f]{64}$/.test(r.id_hash)));
      });
    });

    describe('throttling', () => {
      const h = new Harness(databaseUrl);
      before(() => h.start({ trustProxy: 1, clientFailureLimit: 8 }));
      after(() => h.stop());
      let client = 0;
      const from = () => ({ 'x-forwarded-for': `192.0.2.${++client}` }); // a new client each time

      it('locks an identifier after five wrong PINs, the personnummer in every spelling alike, right PIN included', async () => {
        const attempts: [string, string][] = [
          ['1000000004', '0000'],
          ['19680102-9288', '0000'],
          ['1000000004', '0000'],
          ['680102-9288', '0000'],
          ['1000000004', '0000'],
          ['196801029288', '0000'],
          ['1000000004', '0000'],
          ['6801029288', '0000'],
          ['1000000004', '0000'],
          ['19680102-9288', '0000'],
        ];
        for (const [identifier, pin] of attempts) assert.equal((await h.login(identifier, pin, from())).status, 401);
        for (const identifier of ['1000000004', '19680102-9288', '680102-9288', '6801029288']) {
          const locked = await h.login(identifier, '4680', from());
          assert.equal(locked.status, 429);
          assert.equal(locked.headers.get('retry-after'), '900');
          const body = await json(locked);
          assert.equal(body.code, 'account_locked');
          assert.equal(body.retryAfter, 900);
        }
        h.advance(10 * 60);
        assert.equal((await h.login('1000000004', '4680', from())).headers.get('retry-after'), '300');
        h.advance(5 * 60 + 1);
        assert.equal((await h.login('1000000004', '4680', from())).status, 200, 'unlocked after 15 minutes');
      });

      it('does not forget wrong PINs after a successful login: a right guess gives a guesser no new tries', async () => {
        for (let i = 0; i < 4; i++) assert.equal((await h.login('1000000001', '0000', from())).status, 401);
        assert.equal((await h.login('1000000001', '1357', from())).status, 200);
        assert.equal((await h.login('1000000001', '0000', from())).status, 401, 'the fifth wrong PIN in the window');
        assert.equal((await h.login('1000000001', '1357', from())).status, 429, 'locks, right PIN included');
        h.advance(15 * 60 + 1);
        assert.equal((await h.login('1000000001', '1357', from())).status, 200);
      });

      it('locks an unknown identifier the same way, so a lock does not reveal an account', async () => {
        for (let i = 0; i < 5; i++) assert.equal((await h.login('1999999998', '0000', from())).status, 401);
        const locked = await h.login('1999999998', '0000', from());
        assert.equal(locked.status, 429);
        assert.equal((await json(locked)).code, 'account_locked');
      });

      it('limits failed logins per client address', async () => {
        const client = { 'x-forwarded-for': '198.51.100.7' };
        for (let i = 0; i < 8; i++) assert.equal((await h.login(`10000001${String(i).padStart(2, '0')}`, '0000', client)).status, 401);
        const limited = await h.login('1000000001', '1357', client);
        assert.equal(limited.status, 429);
        assert.equal((await json(limited)).code, 'rate_limited');
        assert.ok(Number(limited.headers.get('retry-after')) > 0);
        assert.equal((await h.login('1000000001', '1357', { 'x-forwarded-for': '198.51.100.8' })).status, 200, 'another client is not affected');
      });
    });

    describe('protocol', () => {
      const h = new Harness(databaseUrl);
      before(() => h.start({ allowedOrigins: ['https://www.kungalv.se'] }));
      after(() => h.stop());

      it('refuses writes from a foreign origin, and from a cross-site fetch without Origin', async () => {
        const foreign = await h.request('POST', '/session', { body: { identifier: '1000000001', pin: '1357' }, headers: { origin: 'https://evil.example' } });
        assert.equal(foreign.status, 403);
        assert.equal((await json(foreign)).code, 'forbidden_origin');
        const crossSite = await h.request('DELETE', '/session', { headers: { 'sec-fetch-site': 'cross-site' } });
        assert.equal(crossSite.status, 403);
        for (const origin of ['http://localhost', 'https://www.kungalv.se']) {
          const allowed = await h.request('POST', '/session', { body: { identifier: '1000000001', pin: '1357' }, headers: { origin } });
          assert.equal(allowed.status, 200, origin);
        }
      });

      it('answers CORS with credentials for allowed origins only', async () => {
        const preflight = await h.request('OPTIONS', '/session', {
          headers: { origin: 'https://www.kungalv.se', 'access-control-request-method': 'POST' },
        });
        assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://www.kungalv.se');
        assert.equal(preflight.headers.get('access-control-allow-credentials'), 'true');
        const other = await h.request('GET', '/libraries', { headers: { origin: 'https://evil.example' } });
        assert.equal(other.headers.get('access-control-allow-origin'), null);
      });

      it('accepts only JSON bodies, of a sensible size', async () => {
        const form = await h.request('POST', '/session', { raw: 'identifier=1000000001&pin=1357', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
        assert.equal(form.status, 415);
        const malformed = await h.request('POST', '/session', { raw: '{"identifier":', headers: { 'content-type': 'application/json' } });
        assert.equal(malformed.status, 400);
        assert.equal((await json(malformed)).code, 'malformed_request');
        const huge = await h.request('POST', '/session', { body: { identifier: 'x'.repeat(100_000), pin: '1357' } });
        assert.equal(huge.status, 413);
      });

      it('refuses oversized bodies sent at once, to every write, with or without a proxy header, before any work', async () => {
        const writes: [string, string][] = [['POST', '/session'], ['POST', '/registrations'], ['PUT', '/me/pin'], ['PATCH', '/me'], ['POST', '/pin-resets']];
        const before = await h.services.db.selectFrom('throttle_failures').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
        const answers = await Promise.all(
          Array.from({ length: 30 }, async (_, i) => {
            const [method, path] = writes[i % writes.length] as [string, string];
            return h.request(method, path, { raw: JSON.stringify({ identifier: '1000000001', pin: '0000', pad: 'x'.repeat(100_000) }), headers: { 'content-type': 'application/json', ...(i % 2 ? { 'x-forwarded-for': `192.0.2.${i}` } : {}) } });
          }),
        );
        assert.deepEqual([...new Set(answers.map((a) => a.status))], [413]);
        const after = await h.services.db.selectFrom('throttle_failures').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
        assert.equal(Number(after.n), Number(before.n), 'no PIN was checked, no failure counted');
      });

      it('answers unknown paths and methods with problems, and every API answer is uncacheable', async () => {
        const missing = await h.request('GET', '/nothing-here');
        assert.equal(missing.status, 404);
        assert.equal((await json(missing)).code, 'not_found');
        const method = await h.request('PUT', '/session');
        assert.equal(method.status, 405);
        assert.equal(missing.headers.get('cache-control'), 'no-store');
        assert.equal(missing.headers.get('x-content-type-options'), 'nosniff');
      });

      it('answers ids that cannot be ids with 404, and ignores proxy headers that make no origin', async () => {
        const cookie = cookieOf(await h.login('1000000001', '1357'));
        const headers = { cookie: `biv_session=${cookie}` };
        for (const [method, path, body] of [
          ['POST', '/me/loans/%00/renewal', undefined],
          ['DELETE', '/me/reservations/%00', undefined],
          ['PATCH', '/me/reservations/%01x', { pickupLibraryId: 'kungalv' }],
          ['DELETE', `/me/reservations/${'a'.repeat(65)}`, undefined],
        ] as const) {
          const answer = await h.request(method, path, { headers, ...(body ? { body } : {}) });
          assert.equal(answer.status, 404, `${method} ${path}`);
        }
        const proxied = new Harness(); // SQLite: a second harness on PostgreSQL would drop the tables of this one
        await proxied.start({ trustProxy: 1 });
        try {
          for (const [proto, host] of [['https', 'localhost:99999'], ['https', 'a b'], ['\u0001', 'localhost'], ['ftp', 'example.org']]) {
            const answer = await proxied.request('DELETE', '/session', { headers: { 'x-forwarded-proto': proto ?? '', 'x-forwarded-host': host ?? '' } });
            assert.equal(answer.status, 204, `${proto} ${host}`);
          }
        } finally {
          await proxied.stop();
        }
      });

      it('checks every route of the table in one order: the session, then the body', async () => {
        const paths = (path: string) => path.replace(':id', 'L-0001');
        const withBody = Object.values(routes).filter((route) => 'body' in route);
        const authed = Object.values(routes).filter((route) => 'auth' in route && route.auth);
        for (const route of authed) {
          const body = route.method === 'get' ? {} : { raw: '{"pin":', headers: { 'content-type': 'application/json' } };
          const anonymous = await h.request(route.method.toUpperCase(), paths(route.path), body);
          assert.equal(anonymous.status, 401, `${route.method} ${route.path}: no session (and a malformed body where one can be sent)`);
          assert.equal((await json(anonymous)).code, 'unauthenticated');
        }
        const cookie = cookieOf(await h.login('1000000007', '7913'));
        assert.ok(cookie);
        for (const route of withBody) {
          const headers: Record<string, string> = { 'content-type': 'application/json', cookie: `biv_session=${cookie}` };
          const malformed = await h.request(route.method.toUpperCase(), paths(route.path), { raw: '{"pin":', headers });
          assert.equal((await json(malformed)).code, 'malformed_request', `${route.method} ${route.path}`);
          const invalid = await h.request(route.method.toUpperCase(), paths(route.path), { body: ['not an object'], headers });
          assert.equal((await json(invalid)).code, 'validation_failed', `${route.method} ${route.path}`);
        }
        assert.equal((await h.request('GET', '/session', { headers: { cookie: `biv_session=${cookie}` } })).status, 200, 'and nothing of it ended the session');
      });

      it("lists the consortium's libraries", async () => {
        const body = (await json(await h.request('GET', '/libraries'))) as { libraries: { municipality: string }[] };
        const municipalities = new Set(body.libraries.map((l) => l.municipality));
        assert.deepEqual([...municipalities].sort(), ['Ale', 'Kungälv', 'Lilla Edet', 'Orust', 'Stenungsund', 'Tjörn', 'Öckerö']);
      });

      it('serves its OpenAPI document', async () => {
        const doc = await json(await h.request('GET', '/openapi.json'));
        assert.equal(doc.openapi, '3.1.0');
        assert.ok((doc.paths as Record<string, unknown>)['/session']);
      });

      it('turns an unexpected failure into a 500 problem without details', async () => {
        await sql`DROP TABLE libraries`.execute(h.services.db);
        h.advance(1); // past the second the list is answered from memory
        const broken = await h.request('GET', '/libraries');
        assert.equal(broken.status, 500);
        const body = await json(broken);
        assert.deepEqual(Object.keys(body).sort(), ['code', 'status', 'title', 'type']);
        assert.equal(body.code, 'internal_error');
      });
    });
  });
}
