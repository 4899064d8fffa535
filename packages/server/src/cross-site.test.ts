/**
 * Pages of other sites (the municipalities' CMS pages): the partitioned session cookie, the
 * memory-token fallback for browsers without partitioned cookies, CORS and the CSRF guard for
 * listed and unlisted origins. The browser side is proven in test/cross-site.e2e.ts.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Harness, START, cookieOf, json, ownPostgresDatabase } from './test-harness.js';

const pgUrl = await ownPostgresDatabase(process.env.BIV_TEST_DATABASE_URL, 'crosssite');
const databases: [string, string | undefined][] = [['SQLite', undefined], ['PostgreSQL', pgUrl]];

const API = 'https://api.biv.example';
const ALE = 'https://www.ale.example';
const EVIL = 'https://www.evil.example';
const ALVA = { identifier: '1000000001', pin: '1357' };

for (const [label, databaseUrl] of databases) {
  describe(`pages of other sites, on ${label}`, { skip: label === 'PostgreSQL' && !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' }, () => {
    const h = new Harness(databaseUrl);
    before(() => h.start({ allowedOrigins: [ALE], tokenSessionSeconds: 1800, trustProxy: 1 }));
    after(() => h.stop());

    /** A request as a browser sends it to the API at https://api.biv.example. */
    const call = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
      h.services.app.request(`${API}/api/v1${path}`, {
        method,
        headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const cookies = (response: Response) => response.headers.getSetCookie();
    const probe = 'biv_partitioned=1';

    it('gives a listed site a partitioned, SameSite=None, Secure, HttpOnly session cookie, and no token when the browser keeps partitioned cookies', async () => {
      const first = await call('GET', '/session', { origin: ALE });
      assert.equal(first.status, 401);
      const [probeCookie] = cookies(first);
      assert.match(probeCookie ?? '', /^biv_partitioned=1; Path=\/api\/v1; HttpOnly; Secure; SameSite=None; Partitioned$/);

      const login = await call('POST', '/session', { origin: ALE, cookie: probe }, ALVA);
      assert.equal(login.status, 200);
      const [session] = cookies(login);
      assert.match(session ?? '', /^biv_session=[A-Za-z0-9_-]{43}; Path=\/api\/v1; HttpOnly; Secure; SameSite=None; Partitioned$/);
      const body = await json(login);
      assert.equal(body.token, undefined, 'the id stays in the HttpOnly cookie');
      assert.deepEqual(body.session, { expiresAt: new Date(START.getTime() + 8 * 3600_000).toISOString(), idleTimeout: 900 });
      assert.equal(cookies(login).length, 1, 'no second probe once the browser sent it');

      const id = cookieOf(login) ?? '';
      const me = await call('GET', '/me/loans', { origin: ALE, cookie: `${probe}; biv_session=${id}` });
      assert.equal(me.status, 200);
      assert.equal(me.headers.get('access-control-allow-origin'), ALE);
      assert.equal(me.headers.get('access-control-allow-credentials'), 'true');
      assert.match(me.headers.get('vary') ?? '', /Origin/);

      const logout = await call('DELETE', '/session', { origin: ALE, cookie: `${probe}; biv_session=${id}` });
      assert.equal(logout.status, 204);
      const gone = cookies(logout).filter((c) => c.startsWith('biv_session=;'));
      assert.equal(gone.length, 2, 'both the partitioned and the unpartitioned cookie are deleted');
      assert.ok(gone.some((c) => /Partitioned/.test(c)) && gone.some((c) => !/Partitioned/.test(c)));
      assert.equal((await call('GET', '/session', { origin: ALE, cookie: `biv_session=${id}` })).status, 401);
    });

    it('keeps SameSite=Lax and no probe for the API\'s own pages and for callers without Origin', async () => {
      const own = await call('POST', '/session', { origin: API }, ALVA);
      assert.equal(own.status, 200);
      assert.deepEqual(cookies(own).map((c) => /SameSite=(\w+)/.exec(c)?.[1]), ['Lax']);
      assert.doesNotMatch(cookies(own).join(), /Partitioned|biv_partitioned/);
      assert.equal((await json(own)).token, undefined);
      const plain = await call('GET', '/session', {});
      assert.deepEqual(cookies(plain), []);
    });

    it('hands a browser without partitioned cookies a memory token for a shorter session, usable as Bearer', async () => {
      const login = await call('POST', '/session', { origin: ALE }, ALVA); // no probe came back
      assert.equal(login.status, 200);
      const body = (await json(login)) as { token?: string; session: { expiresAt: string } };
      assert.match(body.token ?? '', /^[A-Za-z0-9_-]{43}$/);
      assert.equal(body.token, cookieOf(login), 'the cookie is still offered (a browser may keep it after all)');
      assert.equal(body.session.expiresAt, new Date(START.getTime() + 1800_000).toISOString(), 'tokenSessionSeconds, not 8 hours');
      const bearer = { origin: ALE, authorization: `Bearer ${body.token}` };
      assert.equal((await call('GET', '/me/loans', bearer)).status, 200);

      h.advance(899);
      assert.equal((await call('GET', '/session', bearer)).status, 200);
      h.advance(899);
      assert.equal((await call('GET', '/session', bearer)).status, 200);
      h.advance(3); // 1801 s after login: past the token session's end, though never idle for 15 min
      assert.equal((await call('GET', '/session', bearer)).status, 401);
    });

    it('tells a Bearer page its new token at a PIN change; the old token ends', async () => {
      const login = (await json(await call('POST', '/session', { origin: ALE }, { identifier: '1000000003', pin: '3579' }))) as { token: string };
      const changed = await call('PUT', '/me/pin', { origin: ALE, authorization: `Bearer ${login.token}` }, { currentPin: '3579', newPin: '8642' });
      assert.equal(changed.status, 200);
      const { token } = (await json(changed)) as { token: string };
      assert.notEqual(token, login.token);
      assert.equal((await call('GET', '/session', { origin: ALE, authorization: `Bearer ${login.token}` })).status, 401);
      assert.equal((await call('GET', '/session', { origin: ALE, authorization: `Bearer ${token}` })).status, 200);
      const cookieChange = await call('PUT', '/me/pin', { origin: ALE, cookie: `${probe}; biv_session=${cookieOf(await call('POST', '/session', { origin: ALE, cookie: probe }, { identifier: '1000000003', pin: '8642' })) ?? ''}` }, { currentPin: '8642', newPin: '3579' });
      assert.equal(cookieChange.status, 204, 'a cookie session gets its new id in the cookie');
      assert.match(cookies(cookieChange).join(), /biv_session=[A-Za-z0-9_-]{43};.*Partitioned/);
    });

    it('gives an unlisted site no CORS, no cookie, no login and no write', async () => {
      const preflight = await call('OPTIONS', '/session', { origin: EVIL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' });
      assert.equal(preflight.headers.get('access-control-allow-origin'), null);
      const login = await call('POST', '/session', { origin: EVIL }, ALVA);
      assert.equal(login.status, 403);
      assert.equal((await json(login)).code, 'forbidden_origin');
      assert.deepEqual(cookies(login), []);

      const id = cookieOf(await call('POST', '/session', { origin: ALE, cookie: probe }, ALVA)) ?? '';
      // Even holding a session cookie (which a partitioned cookie never gives it), the page reads nothing:
      const read = await call('GET', '/me/loans', { origin: EVIL, cookie: `biv_session=${id}` });
      assert.equal(read.headers.get('access-control-allow-origin'), null, 'the browser hides the answer');
      assert.match(read.headers.get('vary') ?? '', /Origin/);
      assert.deepEqual(cookies(read), [], 'no probe, no cookie for an unlisted site');
      for (const [method, path, body] of [
        ['DELETE', '/session', undefined],
        ['PUT', '/me/pin', { currentPin: '1357', newPin: '9753' }],
        ['POST', '/me/card-block', { pin: '1357' }],
      ] as const) {
        const write = await call(method, path, { origin: EVIL, cookie: `biv_session=${id}` }, body);
        assert.equal(write.status, 403, `${method} ${path}`);
      }
      // A simple request (a form's type) from a listed site is refused too: only JSON bodies pass.
      const simple = await h.services.app.request(`${API}/api/v1/session`, {
        method: 'POST',
        headers: { origin: ALE, 'content-type': 'text/plain' },
        body: JSON.stringify(ALVA),
      });
      assert.equal(simple.status, 415);
      assert.equal((await call('GET', '/session', { origin: ALE, cookie: `biv_session=${id}` })).status, 200, 'the session is untouched');
    });

    it('counts wrong PINs from a listed site, sent all at once in every spelling, as from anywhere: 5 checked per identifier', async () => {
      // David's card number and his personnummer in three spellings, 12 tries each, all at once, each
      // from its own address behind our proxy (a botnet), from a page of a listed site in a browser
      // without partitioned cookies (the token path).
      const spellings = ['1000000004', '19680102-9288', '196801029288', '680102-9288'];
      const answers = await Promise.all(
        Array.from({ length: 48 }, async (_, i) => call('POST', '/session', { origin: ALE, 'x-forwarded-for': `203.0.113.${i + 1}` }, { identifier: spellings[i % 4]!, pin: '0000' })),
      );
      const statuses = answers.map((a) => a.status);
      assert.equal(statuses.filter((s) => s === 401).length, 10, 'card key 5 + personnummer key 5, whatever the spelling');
      assert.equal(statuses.filter((s) => s === 429).length, 38);
      assert.equal((await call('POST', '/session', { origin: ALE }, { identifier: '1000000004', pin: '4680' })).status, 429, 'the right PIN is locked out too');
    });

    it('does not take a listed origin from a forged proxy header or another spelling', async () => {
      for (const origin of [`${ALE}/`, 'https://WWW.ALE.EXAMPLE', 'https://www.ale.example:443x', 'null', `${ALE}.evil.example`, 'http://www.ale.example']) {
        const login = await call('POST', '/session', { origin, 'x-forwarded-host': 'www.ale.example' }, ALVA);
        assert.equal(login.status, 403, origin);
      }
    });
  });
}
