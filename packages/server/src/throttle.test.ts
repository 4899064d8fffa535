// Over 350 lines on purpose: every way around the lockout is a test of its own here.
// The lockout tried as an attacker meets it: requests in parallel, every spelling of an
// identifier, forged proxy headers, through a real proxy, and two instances on one PostgreSQL.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { NEW_ADULTS } from '../../../test/fixtures.js';
import { DEFAULT_LOAN_RULES, LocalIls } from './ils/local.js';
import type { IlsAdapter } from './ils/types.js';
import { MemoryOutbox } from './mail.js';
import { Harness, application, cookieOf, json, ownPostgresDatabase } from './test-harness.js';

const ALVA = { card: '1000000001', personnummer: '19850322-2385', pin: '1357' };
const DAVID = { card: '1000000004', personnummer: '19680102-9288', pin: '4680' };
const HUGO = { card: '1000000007', pin: '7913' };
const JONAS = { card: '1000000009', personnummer: '19610112-2650', pin: '9135' };

const pgUrl = await ownPostgresDatabase(process.env.BIV_TEST_DATABASE_URL, 'throttle');
const databases: [string, string | undefined][] = [['SQLite', undefined], ['PostgreSQL', pgUrl]];
const skipPg = (label: string) => label === 'PostgreSQL' && !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL';

/** The local ILS, counting the PINs it really checks: the evaluated tries. */
function countingIls() {
  const counter = { checks: 0, ils: (db: ConstructorParameters<typeof LocalIls>[0]): IlsAdapter => {
    const ils = new LocalIls(db, DEFAULT_LOAN_RULES, () => new Date());
    const verify = ils.verifyPin.bind(ils);
    ils.verifyPin = (id: string, pin: string) => {
      counter.checks++;
      return verify(id, pin);
    };
    return ils;
  } };
  return counter;
}

const statuses = (responses: Response[]) => {
  const counts: Record<number, number> = {};
  for (const r of responses) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
};

let nextClient = 0;
/** A new client address each time (behind one trusted proxy: the entry it appended). */
const fresh = () => ({ 'x-forwarded-for': `192.0.2.${(nextClient++ % 250) + 1}, 203.0.113.${Math.floor(nextClient / 250) + 1}` });
const viaProxy = (address: string) => ({ 'x-forwarded-for': address });

for (const [label, databaseUrl] of databases) {
  describe(`the lockout under attack on ${label}`, { skip: skipPg(label) }, () => {
    describe('parallel guesses', () => {
      const counter = countingIls();
      const h = new Harness(databaseUrl);
      before(() => h.start({ trustProxy: 1 }, { ils: counter.ils }));
      after(() => h.stop());

      it('40 wrong PINs at once for one card: five are checked, the rest refused, and the right PIN then too', async () => {
        counter.checks = 0;
        const burst = await Promise.all(Array.from({ length: 40 }, async () => h.login(DAVID.card, '0000', { 'x-forwarded-for': `198.51.100.${nextClient++ % 250}` })));
        assert.deepEqual(statuses(burst), { 401: 5, 429: 35 });
        assert.equal(counter.checks, 5, 'PINs evaluated');
        const right = await h.login(DAVID.card, DAVID.pin, fresh());
        assert.equal(right.status, 429);
        assert.equal((await json(right)).code, 'account_locked');
      });

      it('the same through the PIN change and card block forms of a logged-in patron', async () => {
        const cookie = cookieOf(await h.login(JONAS.card, JONAS.pin, fresh()));
        counter.checks = 0;
        const headers = () => ({ cookie: `biv_session=${cookie}`, ...fresh() });
        const burst = await Promise.all(
          Array.from({ length: 30 }, async (_, i) =>
            i % 2 === 0
              ? h.request('PUT', '/me/pin', { body: { currentPin: '0000', newPin: '5937' }, headers: headers() })
              : h.request('POST', '/me/card/block', { body: { pin: '0000' }, headers: headers() }),
          ),
        );
        assert.equal(counter.checks, 5, 'PINs evaluated');
        const counts = statuses(burst);
        assert.equal((counts[400] ?? 0) + (counts[429] ?? 0), 30);
        assert.ok((counts[429] ?? 0) >= 26, 'the wrong PIN that reached the limit locks (429), and 25 were never checked');
        assert.equal((await h.login(JONAS.card, JONAS.pin, fresh())).status, 429);
        assert.equal((await h.login(JONAS.personnummer, JONAS.pin, fresh())).status, 429, 'a wrong PIN of a logged-in patron counts on every identifier');
      });

      it('a burst across many accounts from one client gets no more tries than the client limit', async () => {
        await h.stop();
        await h.start({ trustProxy: 1, clientFailureLimit: 8, pinChecksPerClient: 200, pinCheckQueuePerClient: 200, pinCheckQueue: 1000 });
        const client = viaProxy('198.51.100.77');
        const burst = await Promise.all(Array.from({ length: 150 }, async (_, i) => h.login(`10000${String(10000 + i)}`, '0000', client)));
        assert.deepEqual(statuses(burst), { 401: 8, 429: 142 });
        const limited = await h.login(ALVA.card, ALVA.pin, client);
        assert.equal((await json(limited)).code, 'rate_limited');
      });
    });

    describe('identifiers and what a lock tells', () => {
      const counter = countingIls();
      const h = new Harness(databaseUrl);
      before(() => h.start({ trustProxy: 1 }, { ils: counter.ils }));
      after(() => h.stop());

      it('a lock by card number does not tell which personnummer belongs to it', async () => {
        for (let i = 0; i < 5; i++) assert.equal((await h.login(DAVID.card, '0000', fresh())).status, 401);
        assert.equal((await h.login(DAVID.card, '0000', fresh())).status, 429);
        const his = await h.login(DAVID.personnummer, '0000', fresh());
        const nobodys = await h.login(NEW_ADULTS[3], '0000', fresh());
        const someoneElses = await h.login(ALVA.personnummer, '0000', fresh());
        for (const answer of [his, nobodys, someoneElses]) assert.equal(answer.status, 401);
        assert.deepEqual(await json(his), await json(nobodys));
      });

      it('at most ten wrong PINs per account and window, whatever the spelling', async () => {
        counter.checks = 0;
        const spellings = ['1000000007', '19810101-2386', '810101-2386', '198101012386', '8101012386'];
        const answers: number[] = [];
        for (let i = 0; i < 30; i++) answers.push((await h.login(spellings[i % spellings.length] ?? '', '0000', fresh())).status);
        assert.equal(counter.checks, 10, 'PINs of Hugo evaluated: five by card number, five by personnummer');
        assert.deepEqual(answers.slice(-5), [429, 429, 429, 429, 429]);
        assert.equal((await h.login(HUGO.card, HUGO.pin, fresh())).status, 429);
        h.advance(15 * 60 + 1);
        assert.equal((await h.login(HUGO.card, HUGO.pin, fresh())).status, 200, 'unlocked after the lock time');
      });

      it('keys are keyed hashes: the tables hold nothing a dictionary of identifiers or addresses finds', async () => {
        await h.login('1000000001', '0000', viaProxy('198.51.100.23'));
        const rows = [
          ...(await h.services.db.selectFrom('throttle_failures').select(['scope', 'key']).execute()),
          ...(await h.services.db.selectFrom('throttle_locks').select(['scope', 'key']).execute()),
        ];
        assert.ok(rows.length >= 2);
        const sha = (text: string) => createHash('sha256').update(text).digest('hex');
        const candidates = ['1000000001', 'card:1000000001', 'identifier:1000000001', '198.51.100.23', 'client:198.51.100.23', '198503222385', 'pnr:198503222385'];
        const guesses = new Set(candidates.flatMap((c) => [sha(c), sha(`account\n${c}`), sha(`client\n${c}`), sha(`account:${c}`), sha(`client:${c}`)]));
        assert.ok(rows.every((r) => !guesses.has(r.key) && /^[0-9a-f]{64}$/.test(r.key)));
      });
    });

    describe('behind a proxy', () => {
      const h = new Harness(databaseUrl);
      before(() => h.start({ trustProxy: 1, clientFailureLimit: 6 }));
      after(() => h.stop());

      it('takes the address the proxy appended: entries the client wrote do not reset the limit', async () => {
        for (let i = 0; i < 6; i++) {
          const forged = { 'x-forwarded-for': `10.${i}.0.1, 172.16.${i}.9, 198.51.100.40` };
          assert.equal((await h.login(`10000${String(20000 + i)}`, '0000', forged)).status, 401);
        }
        const limited = await h.login(ALVA.card, ALVA.pin, { 'x-forwarded-for': '8.8.8.8, 198.51.100.40' });
        assert.equal((await json(limited)).code, 'rate_limited');
      });

      it('counts an IPv6 /64 as one client, and an IPv4-mapped address as its IPv4 address', async () => {
        const spellings = ['2001:db8:5:6::1', '2001:0db8:0005:0006:ffff::2', '[2001:db8:5:6:1:2:3:4]:443', '2001:DB8:5:6::abcd', '2001:db8:5:6:0:0:0:9', '2001:db8:5:6::ff'];
        for (const [i, address] of spellings.entries()) assert.equal((await h.login(`10000${String(21000 + i)}`, '0000', viaProxy(address))).status, 401);
        assert.equal((await h.login(ALVA.card, ALVA.pin, viaProxy('2001:db8:5:6::77'))).status, 429);
        assert.equal((await h.login(ALVA.card, ALVA.pin, viaProxy('2001:db8:5:7::77'))).status, 200, 'another /64 is another client');

        for (let i = 0; i < 6; i++) await h.login(`10000${String(22000 + i)}`, '0000', viaProxy(i % 2 ? '::ffff:198.51.100.50' : '198.51.100.50'));
        assert.equal((await h.login(ALVA.card, ALVA.pin, viaProxy('::ffff:c633:6432'))).status, 429);
      });

      it('with two proxies, takes the second entry from the right', async () => {
        await h.stop();
        await h.start({ trustProxy: 2, clientFailureLimit: 3 });
        for (let i = 0; i < 3; i++) await h.login(`10000${String(23000 + i)}`, '0000', { 'x-forwarded-for': `1.1.1.${i}, 198.51.100.60, 10.0.0.${i}` });
        const limited = await h.login(ALVA.card, ALVA.pin, { 'x-forwarded-for': '198.51.100.60, 10.0.0.200' });
        assert.equal(limited.status, 429);
      });

      it('through a real proxy in front, a forged X-Forwarded-For changes nothing', async () => {
        await h.stop();
        await h.start({ trustProxy: 1, clientFailureLimit: 4 });
        const server = serve({ fetch: h.services.app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
        await new Promise((resolve) => server.once('listening', resolve));
        const upstream = (server.address() as AddressInfo).port;
        // What nginx does with `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for`.
        const proxy = createServer((req, res) => {
          const forwarded = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
          const out = httpRequest({ host: '127.0.0.1', port: upstream, path: req.url, method: req.method, headers: { ...req.headers, 'x-forwarded-for': forwarded } }, (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          });
          req.pipe(out);
        });
        proxy.listen(0, '127.0.0.1');
        await new Promise((resolve) => proxy.once('listening', resolve));
        const base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/api/v1`;
        try {
          const attempt = (identifier: string, pin: string, forged: string) =>
            fetch(`${base}/session`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': forged }, body: JSON.stringify({ identifier, pin }) });
          const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(`10000${String(24000 + i)}`, '0000', `203.0.113.${i}`)));
          assert.deepEqual(statuses(answers), { 401: 4, 429: 8 });
          assert.equal((await attempt(ALVA.card, ALVA.pin, '192.0.2.200')).status, 429);
        } finally {
          proxy.close();
          server.close();
        }
      });
    });

    describe('the PIN check queue', () => {
      const h = new Harness(databaseUrl);
      before(() => h.start({ trustProxy: 1, clientFailureLimit: 1000 }));
      after(() => h.stop());

      it("one client's burst waits behind itself: the rest is refused at once, another client logs in", async () => {
        const attacker = viaProxy('198.51.100.90');
        const burst = Promise.all(Array.from({ length: 150 }, async (_, i) => h.login(`10000${String(30000 + i)}`, '0000', attacker)));
        const patron = h.login(ALVA.card, ALVA.pin, viaProxy('198.51.100.91'));
        const answers = await burst;
        assert.equal((await patron).status, 200);
        const counts = statuses(answers);
        assert.equal(counts[401], 10, 'two running and eight waiting were checked');
        assert.equal(counts[429], 140);
        const refused = answers.find((r) => r.status === 429);
        assert.ok(refused);
        assert.equal(refused.headers.get('retry-after'), '1');
        assert.equal((await json(refused)).code, 'rate_limited');
      });

      it('a full queue of the whole process answers 503 with Retry-After', async () => {
        await h.stop();
        await h.start({ trustProxy: 1, pinCheckQueue: 3 });
        const answers = await Promise.all(Array.from({ length: 12 }, async (_, i) => h.login(`10000${String(31000 + i)}`, '0000', viaProxy(`198.51.100.${100 + i}`))));
        const counts = statuses(answers);
        assert.equal(counts[401], 3);
        assert.equal(counts[503], 9);
        const busy = answers.find((r) => r.status === 503);
        assert.ok(busy);
        assert.equal(busy.headers.get('content-type'), 'application/problem+json');
        assert.equal(busy.headers.get('retry-after'), '1');
        assert.equal((await json(busy)).code, 'service_unavailable');
      });
    });

    describe('the other limits, in parallel', () => {
      const h = new Harness(databaseUrl);
      before(() => h.start({ trustProxy: 1, registrationLimit: 3, pinResetIdentifierLimit: 3, resetTokenFailureLimit: 3 }, { mailer: new MemoryOutbox() }));
      after(() => h.stop());

      it('12 applications at once from one client: three are handled', async () => {
        const client = viaProxy('198.51.100.120');
        const answers = await Promise.all(NEW_ADULTS.map(async (personnummer) => h.request('POST', '/registrations', { body: application({ personnummer }), headers: client })));
        const counts = statuses(answers);
        assert.equal((counts[201] ?? 0) + (counts[202] ?? 0), 3);
        assert.equal(counts[429], 9);
      });

      it('12 reset requests at once for one personnummer, in every spelling, from many clients: three are taken', async () => {
        const spellings = [ALVA.personnummer, '850322-2385', '198503222385', '8503222385'];
        const answers = await Promise.all(Array.from({ length: 12 }, async (_, i) => h.request('POST', '/pin-resets', { body: { identifier: spellings[i % 4] }, headers: fresh() })));
        assert.deepEqual(statuses(answers), { 202: 3, 429: 9 });
      });

      it('12 made-up reset tokens at once from one client: three are looked up', async () => {
        const client = viaProxy('198.51.100.121');
        const answers = await Promise.all(
          Array.from({ length: 12 }, async (_, i) => h.request('POST', '/pin-resets/confirm', { body: { token: `${String(i).padStart(2, '0')}${'x'.repeat(41)}`, newPin: '3816' }, headers: client })),
        );
        assert.deepEqual(statuses(answers), { 400: 3, 429: 9 });
      });
    });

    describe('PIN reset links and sessions', () => {
      const h = new Harness(databaseUrl);
      const outbox = new MemoryOutbox(1000);
      before(() => h.start({ trustProxy: 1, pinResetUrl: 'http://localhost/glomt-pin' }, { mailer: outbox }));
      after(() => h.stop());
      /** Reset requests are answered before their mail is sent: wait until `n` of them are done. */
      const settle = (n: number) => h.logged('pin reset requested', n);

      it('sends at most three reset mails an hour per patron, whichever identifier is typed', async () => {
        const mark = outbox.messages().length;
        for (const identifier of [ALVA.card, ALVA.card, ALVA.card, ALVA.personnummer, '850322-2385', '198503222385']) {
          assert.equal((await h.request('POST', '/pin-resets', { body: { identifier }, headers: fresh() })).status, 202);
        }
        await settle(6);
        assert.equal(outbox.messages().length - mark, 3);
        assert.equal((await h.request('POST', '/pin-resets', { body: { identifier: ALVA.card }, headers: fresh() })).status, 429, 'the typed card number is counted too');
      });

      it('a PIN change revokes the reset links still out', async () => {
        const mark = outbox.messages().length;
        assert.equal((await h.request('POST', '/pin-resets', { body: { identifier: DAVID.card }, headers: fresh() })).status, 202);
        await settle(7);
        const mail = outbox.messages().slice(0, outbox.messages().length - mark)[0];
        const token = /#token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
        assert.ok(token, 'a link was mailed');
        const cookie = cookieOf(await h.login(DAVID.card, DAVID.pin, fresh()));
        const changed = await h.request('PUT', '/me/pin', { body: { currentPin: DAVID.pin, newPin: '5937' }, headers: { cookie: `biv_session=${cookie}` } });
        assert.equal(changed.status, 204);
        const used = await h.request('POST', '/pin-resets/confirm', { body: { token, newPin: '6048' }, headers: fresh() });
        assert.equal(used.status, 400);
        const body = await json(used);
        assert.deepEqual([body.code, body.reason], ['invalid_token', 'pin_changed']);
        assert.equal((await h.login(DAVID.card, '5937', fresh())).status, 200, 'the PIN is the one chosen while logged in');
      });

      it('the session cookie ends with the browser: no Max-Age, no Expires', async () => {
        const cookie = (await h.login(HUGO.card, HUGO.pin, fresh())).headers.get('set-cookie') ?? '';
        assert.match(cookie, /^biv_session=/);
        assert.doesNotMatch(cookie, /Max-Age|Expires/i);
      });

      it('pruning removes locks and counts past their time', async () => {
        for (let i = 0; i < 5; i++) await h.login('1000099999', '0000', fresh());
        const count = async (table: 'throttle_locks' | 'throttle_failures') =>
          Number((await h.services.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
        assert.ok((await count('throttle_locks')) > 0);
        assert.ok((await count('throttle_failures')) > 0);
        h.advance(2 * 3600);
        await h.services.prune();
        assert.equal(await count('throttle_locks'), 0);
        assert.equal(await count('throttle_failures'), 0);
      });
    });
  });
}

describe('the server secret', () => {
  const h = new Harness();
  after(() => h.stop());

  it('is made in the data directory on first start, readable by its owner only, and kept', async () => {
    await h.start();
    const dataDir = h.services.config.dataDir;
    const file = join(dataDir, 'secret');
    assert.ok(existsSync(file));
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const secret = readFileSync(file, 'utf8').trim();
    assert.ok(secret.length >= 43);
    await h.services.close();
    h.services = await (await import('./index.js')).createServices({ config: { dataDir, logLevel: 'silent' } });
    assert.equal(readFileSync(file, 'utf8').trim(), secret, 'a restart keeps it');
  });

  it('refuses to start on a database first used with another secret', async () => {
    const dataDir = h.services.config.dataDir;
    await assert.rejects(
      (await import('./index.js')).createServices({ config: { dataDir, logLevel: 'silent', secret: 'x'.repeat(40) } }),
      /same BIV_SECRET/,
    );
  });
});

describe('two instances on one PostgreSQL', { skip: !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' }, () => {
  const secret = 'two-instances-share-this-secret-of-forty-chars';
  const a = new Harness(pgUrl);
  const b = new Harness(pgUrl, true);
  const outbox = new MemoryOutbox(1000);
  before(async () => {
    await a.start({ secret, trustProxy: 1, pinResetUrl: 'http://localhost/glomt-pin' }, { mailer: outbox });
    await b.start({ secret, trustProxy: 1, pinResetUrl: 'http://localhost/glomt-pin' }, { mailer: outbox });
  });
  after(async () => {
    await b.stop();
    await a.stop();
  });
  const both = (i: number) => (i % 2 === 0 ? a : b);

  it('a login on one is valid on the other', async () => {
    const cookie = cookieOf(await a.login(ALVA.card, ALVA.pin, fresh()));
    assert.equal((await b.request('GET', '/session', { headers: { cookie: `biv_session=${cookie}` } })).status, 200);
  });

  it('a burst split across both gets five tries in all', async () => {
    const burst = await Promise.all(Array.from({ length: 40 }, async (_, i) => both(i).login(DAVID.card, '0000', fresh())));
    assert.deepEqual(statuses(burst), { 401: 5, 429: 35 });
    assert.equal((await b.login(DAVID.card, DAVID.pin, fresh())).status, 429);
    assert.equal((await a.login(DAVID.card, DAVID.pin, fresh())).status, 429);
  });

  it("a renewal's idempotency key is shared", async () => {
    const cookie = cookieOf(await a.login(HUGO.card, HUGO.pin, fresh()));
    const headers = { cookie: `biv_session=${cookie}` };
    const loans = (await json(await a.request('GET', '/me/loans', { headers }))).loans as { id: string; renewable: boolean }[];
    const loan = loans.find((l) => l.renewable);
    assert.ok(loan, 'a renewable loan');
    const key = { ...headers, 'idempotency-key': 'f1c6a9d0-3b53-4d8e-9b0e-5f2b4c3d2e1a' };
    const first = await a.request('POST', `/me/loans/${loan.id}/renewal`, { headers: key });
    const again = await b.request('POST', `/me/loans/${loan.id}/renewal`, { headers: key });
    assert.equal(first.status, 200);
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await json(again), await json(first));
  });

  it('a reset link used on one is used on the other', async () => {
    const mark = outbox.messages().length;
    assert.equal((await a.request('POST', '/pin-resets', { body: { identifier: JONAS.card }, headers: fresh() })).status, 202);
    await a.logged('pin reset requested');
    const token = /#token=([A-Za-z0-9_-]+)/.exec(outbox.messages().slice(0, outbox.messages().length - mark)[0]?.text ?? '')?.[1];
    assert.ok(token);
    assert.equal((await a.request('POST', '/pin-resets/confirm', { body: { token, newPin: '5937' }, headers: fresh() })).status, 204);
    const again = await b.request('POST', '/pin-resets/confirm', { body: { token, newPin: '6048' }, headers: fresh() });
    assert.equal((await json(again)).reason, 'used');
  });

  it('an instance with another secret does not start on the same database', async () => {
    const c = new Harness(pgUrl, true);
    await assert.rejects(c.start({ secret: 'another-secret-another-secret-another-secret' }), /same BIV_SECRET/);
  });
});
