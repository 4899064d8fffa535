// Over 350 lines on purpose: one scenario per way the database or the mail server fails, each
// against a real PostgreSQL or SMTP server, on both stores; split, they would share the harness only.
// The server when what it depends on fails. PostgreSQL goes away (every connection cut, the port
// closed) between requests and in the middle of one, at every statement in turn, or stops
// answering; SQLite is locked by another process; the SMTP server is down. Requests that need the
// database answer 503 problem+json with Retry-After and come back by themselves once it is there
// again; no cut leaves half of a write behind; mail faults never fail a request.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, Socket, type AddressInfo, type Server } from 'node:net';
import { sql } from 'kysely';
import SQLite from 'better-sqlite3';
import { openDatabase, type Db } from './db/database.js';
import { DEFAULT_LOAN_RULES, LocalIls } from './ils/local.js';
import { MemoryOutbox } from './mail.js';
import { Harness, application, cookieOf, json, ownPostgresDatabase } from './test-harness.js';

const ALVA = { card: '1000000001', personnummer: '19850322-2385', pin: '1357', name: 'Alva', email: 'alva.andersson' };
const CECILIA = { card: '1000000003', pin: '3579' };
const INGRID = { card: '1000000008', pin: '8024' };
const GRETA = application();
const RESET_PAGE = 'https://www.kungalv.se/glomt-pin';
/** No limit gets in the way of a test that logs in, registers and resets a hundred times. */
const NO_LIMITS = {
  lockoutAttempts: 10_000,
  clientFailureLimit: 10_000,
  registrationLimit: 10_000,
  pinResetIdentifierLimit: 10_000,
  pinResetClientLimit: 10_000,
  resetTokenFailureLimit: 10_000,
  pinResetUrl: RESET_PAGE,
  /** One secret, so a second instance can share the PostgreSQL database. */
  secret: 'faults-test-secret-faults-test-secret-0123456789',
};

// ---------------------------------------------------------------------------------------------
// A PostgreSQL connection a test can cut

/** Where a cut falls relative to the query it is armed for. */
type CutPoint =
  /** The query is never sent: the database goes away between the statement before and this one. */
  | 'before'
  /** The database runs the query (an autocommit statement commits) but its answer never arrives. */
  | 'after';

interface Pair {
  client: Socket;
  upstream: Socket;
  /** Frontend bytes not yet a whole message, and backend ones. */
  fromClient: Buffer;
  fromServer: Buffer;
  /** The startup message (the one without a type byte) has passed. */
  started: boolean;
  /** Inside an extended-protocol query (Parse/Bind/Describe/Execute … Sync). */
  extended: boolean;
  /** This connection sent the query armed with 'after': cut at its ReadyForQuery. */
  cutAtReady: boolean;
}

/**
 * A TCP proxy between the server and PostgreSQL. `cut` drops every connection and closes the port
 * (new connections are refused), as when the database restarts or its network goes; `restore`
 * opens it again. It reads the wire protocol's message frames (never their content) to count
 * queries, so `cutAt` can cut between two statements of one request, or after a statement ran
 * but before its answer arrived. `blackhole` takes connections and never answers.
 */
class PgFaultProxy {
  private server: Server | undefined;
  private readonly pairs = new Set<Pair>();
  private port = 0;
  private queries = 0;
  private armed: { query: number; point: CutPoint } | undefined;
  private silent = false;
  /** Cuts so far: a test checks that an armed cut happened. */
  cuts = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  /** Listen on a free loopback port, or on the same one again after a cut. */
  async listen(): Promise<void> {
    const server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  /** The database URL with the proxy in place of the server. */
  urlFor(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  /** Drop every connection and refuse new ones until `restore`. */
  cut(): void {
    this.cuts++;
    this.armed = undefined;
    this.server?.close();
    this.server = undefined;
    for (const pair of this.pairs) this.drop(pair);
  }

  /** Drop every connection; take new ones but never answer them. */
  blackhole(): void {
    for (const pair of this.pairs) this.drop(pair);
    this.silent = true;
  }

  /** Take and serve connections again, on the same port. */
  async restore(): Promise<void> {
    this.armed = undefined;
    if (this.silent) {
      this.silent = false;
      for (const pair of this.pairs) this.drop(pair);
    }
    if (!this.server) await this.listen();
  }

  /** Cut at the `n`th query from now (1: the next), `before` it is sent or `after` it ran. */
  cutAt(n: number, point: CutPoint): void {
    this.queries = 0;
    this.armed = { query: n, point };
  }

  /** Queries seen since `cutAt` or `count` was last called. */
  count(): number {
    const seen = this.queries;
    this.queries = 0;
    return seen;
  }

  close(): void {
    this.cut();
  }

  private accept(client: Socket) {
    const upstream = new Socket();
    const pair: Pair = { client, upstream, fromClient: Buffer.alloc(0), fromServer: Buffer.alloc(0), started: false, extended: false, cutAtReady: false };
    this.pairs.add(pair);
    for (const socket of [client, upstream]) {
      socket.setNoDelay(true); // message by message: Nagle would hold each small write for an ACK
      socket.on('error', () => this.drop(pair));
      socket.on('close', () => this.drop(pair));
    }
    if (this.silent) return; // the bytes go nowhere
    client.on('data', (chunk: Buffer) => this.clientData(pair, chunk));
    upstream.on('data', (chunk: Buffer) => this.serverData(pair, chunk));
    client.pause();
    upstream.connect(this.target.port, this.target.host, () => client.resume());
  }

  private drop(pair: Pair) {
    if (!this.pairs.delete(pair)) return;
    pair.client.destroy();
    pair.upstream.destroy();
  }

  /** Forward whole frontend messages, counting queries; cut where armed. */
  private clientData(pair: Pair, chunk: Buffer) {
    pair.fromClient = Buffer.concat([pair.fromClient, chunk]);
    while (this.pairs.has(pair)) {
      const typed = pair.started ? 1 : 0;
      if (pair.fromClient.length < typed + 4) return;
      const length = pair.fromClient.readInt32BE(typed) + typed;
      if (pair.fromClient.length < length) return;
      const message = pair.fromClient.subarray(0, length);
      pair.fromClient = pair.fromClient.subarray(length);
      if (!pair.started) {
        pair.started = true;
        pair.upstream.write(message);
        continue;
      }
      const type = String.fromCharCode(message[0] ?? 0);
      const extendedPart = 'PBDECH'.includes(type);
      if (type === 'Q' || (extendedPart && !pair.extended)) {
        this.queries++;
        if (this.armed?.point === 'before' && this.queries >= this.armed.query) return this.cut();
      }
      if (extendedPart) pair.extended = true;
      if (type === 'S') pair.extended = false;
      pair.upstream.write(message);
      if ((type === 'Q' || type === 'S') && this.armed?.point === 'after' && this.queries >= this.armed.query) {
        this.armed = undefined;
        pair.cutAtReady = true;
      }
    }
  }

  /** Forward whole backend messages; cut at the ReadyForQuery that ends an armed query. */
  private serverData(pair: Pair, chunk: Buffer) {
    pair.fromServer = Buffer.concat([pair.fromServer, chunk]);
    while (this.pairs.has(pair)) {
      if (pair.fromServer.length < 5) return;
      const length = pair.fromServer.readInt32BE(1) + 1;
      if (pair.fromServer.length < length) return;
      const message = pair.fromServer.subarray(0, length);
      pair.fromServer = pair.fromServer.subarray(length);
      if (pair.cutAtReady && message[0] === 'Z'.charCodeAt(0)) return this.cut();
      pair.client.write(message);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Checks

/** 503 problem+json `service_unavailable` with Retry-After, and nothing of the error itself. */
async function assertUnavailable(response: Response, what: string) {
  const text = await response.text();
  assert.equal(response.status, 503, `${what}: ${response.status} ${text.slice(0, 200)}`);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/, what);
  assert.match(response.headers.get('retry-after') ?? '', /^\d+$/, `${what}: Retry-After`);
  const body = JSON.parse(text) as Record<string, unknown>;
  assert.equal(body.code, 'service_unavailable', what);
  assert.deepEqual(Object.keys(body).sort(), ['code', 'retryAfter', 'status', 'title', 'type'], what);
  assert.doesNotMatch(text, /\bat \S+:\d+|\.ts\b|\.js\b|Error|ECONN|Connection|terminated|SQLITE|postgres/i, `${what}: no trace of the error`);
}

/** Nothing personal in the log (the PINs, identifiers, names and addresses the tests used). */
function assertNoPersonalData(h: Harness) {
  const log = h.logWithoutTimes;
  for (const secret of [ALVA.pin, ALVA.card, ALVA.personnummer, '198503222385', ALVA.name, ALVA.email, GRETA.pin, GRETA.email, GRETA.familyName, GRETA.personnummer, '199201012383']) {
    assert.ok(!log.includes(String(secret)), `the log holds ${String(secret)}`);
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const digits = (text: string) => text.replace(/\D/g, '');
const session = (cookie: string | undefined) => ({ cookie: `biv_session=${cookie ?? ''}` });

/** Wait for a condition that another part of the server brings about (a mail, a log line). */
async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// ---------------------------------------------------------------------------------------------

const pgUrl = await ownPostgresDatabase(process.env.BIV_TEST_DATABASE_URL, 'faults');

describe('PostgreSQL going away', { skip: !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' }, () => {
  const target = pgUrl ? new URL(pgUrl) : undefined;
  const proxy = new PgFaultProxy({ host: target?.hostname ?? '127.0.0.1', port: Number(target?.port || 5432) });
  const outbox = new MemoryOutbox(500);
  let h: Harness;
  /** The same database, not through the proxy: what is really stored. */
  let direct: Db;

  before(async () => {
    await proxy.listen();
    h = new Harness(proxy.urlFor(pgUrl ?? ''));
    await h.start(NO_LIMITS, { mailer: outbox });
    direct = openDatabase({ databaseUrl: pgUrl });
  });
  afterEach(() => proxy.restore());
  after(async () => {
    await h.stop();
    await direct.destroy();
    proxy.close();
  });

  const patronId = async (card: string) => (await direct.selectFrom('patrons').select('id').where('card_number', '=', card).executeTakeFirstOrThrow()).id;

  /** A session of the patron, stored directly (no PIN check, so no scrypt): its cookie value. */
  async function storedSession(patron: string): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    const now = h.now.toISOString();
    const expires = new Date(h.now.getTime() + 3600_000).toISOString();
    await direct.insertInto('sessions').values({ id_hash: sha256(id), patron_id: patron, created_at: now, last_seen_at: now, expires_at: expires, ended_reason: null }).execute();
    return id;
  }

  /**
   * Run a request once to count its queries, then again with a cut at each of them, before it is
   * sent and after it ran. `prepare` sets the scene each time (with the database there); `check`
   * looks at what is stored once the database is back. Every answer is the request's own or 503.
   */
  async function cutEverywhere(options: {
    prepare: () => Promise<void>;
    send: () => Response | Promise<Response>;
    ok: number;
    check: (status: number, where: string) => Promise<void>;
    /** Collect the cuts whose check fails and assert at the end that there are none (every one is listed). */
    all?: boolean;
  }) {
    const failures: string[] = [];
    const check = async (status: number, where: string) => {
      try {
        await options.check(status, where);
      } catch (error) {
        if (!options.all || !(error instanceof assert.AssertionError)) throw error;
        failures.push(`${where} (${status}): ${JSON.stringify(error.actual)}`);
      }
    };
    await options.prepare();
    proxy.count();
    const clean = await options.send();
    const queries = proxy.count();
    assert.equal(clean.status, options.ok, `without a cut: ${await clean.text()}`);
    await check(clean.status, 'without a cut');
    assert.ok(queries >= 3, `${queries} queries`);
    for (const point of ['before', 'after'] as const) {
      for (let n = 1; n <= queries; n++) {
        const where = `cut ${point} query ${n} of ${queries}`;
        await options.prepare();
        const cuts = proxy.cuts;
        proxy.cutAt(n, point);
        const response = await options.send();
        assert.equal(proxy.cuts, cuts + 1, `${where}: the cut happened`);
        if (response.status === 503) await assertUnavailable(response, where);
        else assert.equal(response.status, options.ok, `${where}: ${await response.text()}`);
        await proxy.restore();
        await check(response.status, where);
      }
    }
    assert.deepEqual(failures, [], `${failures.length} cuts leave half a write:\n${failures.join('\n')}`);
  }

  it('answers 503 problem+json service_unavailable with Retry-After while it is gone, and serves again once it is back, without a restart', async () => {
    const login = await h.login(ALVA.card, ALVA.pin);
    assert.equal(login.status, 200);
    const cookie = cookieOf(login);
    const before = (await direct.selectFrom('patrons').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n;

    proxy.cut();
    const requests: [string, () => Response | Promise<Response>][] = [
      ['login', () => h.login(ALVA.card, ALVA.pin)],
      ['loans with a session from before', () => h.request('GET', '/me/loans', { headers: session(cookie) })],
      ['registration', () => h.request('POST', '/registrations', { body: GRETA })],
      ['the session', () => h.request('GET', '/session', { headers: session(cookie) })],
      [
        'the libraries',
        () => {
          h.advance(1); // past the second they are answered from memory
          return h.request('GET', '/libraries');
        },
      ],
    ];
    for (const [what, send] of requests) {
      const started = performance.now();
      await assertUnavailable(await send(), what);
      assert.ok(performance.now() - started < 2000, `${what}: answered at once`);
    }
    assert.ok(h.log.includes('"msg":"database unavailable"'), 'the log says so');
    assert.ok(!h.log.includes('"msg":"unhandled error"'));
    assertNoPersonalData(h);

    await proxy.restore();
    assert.equal((await h.login(ALVA.card, ALVA.pin)).status, 200);
    const loans = await h.request('GET', '/me/loans', { headers: session(cookie) });
    assert.equal(loans.status, 200, 'the session from before the cut still works');
    assert.ok(((await json(loans)).loans as unknown[]).length > 0);
    const registration = await h.request('POST', '/registrations', { body: GRETA });
    assert.equal(registration.status, 201);
    const after = (await direct.selectFrom('patrons').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n;
    assert.equal(Number(after), Number(before) + 1, 'the registration refused during the cut left nothing');
    await direct.deleteFrom('patrons').where('personnummer', '=', digits(GRETA.personnummer)).execute();
  });

  it('answers 503 when the database takes connections but never answers, after the connection timeout rather than never', { timeout: 30_000 }, async () => {
    proxy.blackhole();
    await new Promise((resolve) => setTimeout(resolve, 200)); // the pool notices its dropped connections
    const started = performance.now();
    h.advance(1); // past the second the libraries are answered from memory
    await assertUnavailable(await h.request('GET', '/libraries'), 'the libraries');
    const waited = performance.now() - started;
    assert.ok(waited > 1000 && waited < 10_000, `${Math.round(waited)} ms`);
    await proxy.restore();
    assert.equal((await h.request('GET', '/libraries')).status, 200);
  });

  it('a registration cut between any two statements, or after any one: a complete temporary patron or none', async () => {
    const stored = () => direct.selectFrom('patrons').selectAll().where('personnummer', '=', digits(GRETA.personnummer)).execute();
    await cutEverywhere({
      prepare: async () => {
        const ids = (await stored()).map((row) => row.id);
        if (ids.length > 0) {
          await direct.deleteFrom('sessions').where('patron_id', 'in', ids).execute();
          await direct.deleteFrom('patrons').where('id', 'in', ids).execute();
        }
      },
      send: () => h.request('POST', '/registrations', { body: GRETA }),
      ok: 201,
      check: async (status, where) => {
        const rows = await stored();
        if (status === 201) assert.equal(rows.length, 1, `${where}: 201 and a patron`);
        assert.ok(rows.length <= 1, where);
        const [row] = rows;
        if (!row) return;
        assert.deepEqual(
          {
            card_number: row.card_number,
            name: row.name,
            card_state: row.card_state,
            email: row.email,
            phone: row.phone,
            street_address: row.street_address,
            postal_code: row.postal_code,
            city: row.city,
            home_library_id: row.home_library_id,
          },
          {
            card_number: `temporary:${row.id}`,
            name: 'Greta Gustafsson',
            card_state: 'temporary',
            email: GRETA.email,
            phone: GRETA.phone,
            street_address: GRETA.streetAddress,
            postal_code: '442 31',
            city: GRETA.city,
            home_library_id: GRETA.homeLibraryId,
          },
          where,
        );
        assert.match(row.borrower_id, /^BIV-\d{6}$/, where);
        for (const field of ['valid_until', 'pin_hash', 'created_at', 'rules_version', 'rules_accepted_at'] as const) assert.ok(row[field], `${where}: ${field}`);
        assert.equal((await h.login(GRETA.personnummer, GRETA.pin)).status, 200, `${where}: the account logs in`);
      },
    });
  });

  it('a login cut anywhere: a session only behind a 200 (or one nobody holds, its answer lost), and the right PIN works afterwards', async () => {
    const alva = await patronId(ALVA.card);
    const sessions = () => direct.selectFrom('sessions').select('id_hash').where('patron_id', '=', alva).execute();
    let cookie: string | undefined;
    await cutEverywhere({
      prepare: async () => {
        await direct.deleteFrom('sessions').where('patron_id', '=', alva).execute();
      },
      send: async () => {
        const response = await h.login(ALVA.card, ALVA.pin);
        cookie = cookieOf(response);
        return response;
      },
      ok: 200,
      check: async (status, where) => {
        const rows = await sessions();
        assert.ok(rows.length <= 1, where);
        if (status === 200) assert.deepEqual(rows, [{ id_hash: sha256(cookie ?? '') }], where);
        const again = await h.login(ALVA.card, ALVA.pin);
        assert.equal(again.status, 200, `${where}: ${await again.text()}`);
      },
    });
  });

  it(
    'a login cut by the database does not count as a wrong PIN, once its reservation has run out (a minute)',
    async () => {
      // A second instance on the same database, locking at five, whose PIN checks the test can cut.
      let cutDuringCheck = false;
      const limited = new Harness(proxy.urlFor(pgUrl ?? ''), true);
      await limited.start(
        { ...NO_LIMITS, lockoutAttempts: 5 },
        {
          ils: (db) => {
            const ils = new LocalIls(db, DEFAULT_LOAN_RULES, () => limited.now);
            const verify = ils.verifyPin.bind(ils);
            ils.verifyPin = (id, pin) => {
              if (cutDuringCheck) proxy.cut();
              return verify(id, pin);
            };
            return ils;
          },
        },
      );
      try {
        for (let i = 0; i < 5; i++) {
          cutDuringCheck = true;
          await assertUnavailable(await limited.login(CECILIA.card, CECILIA.pin), `cut ${i + 1}`);
          cutDuringCheck = false;
          await proxy.restore();
        }
        limited.advance(61);
        const login = await limited.login(CECILIA.card, CECILIA.pin);
        assert.equal(login.status, 200, await login.text());
      } finally {
        cutDuringCheck = false;
        await proxy.restore();
        await limited.stop();
        await direct.deleteFrom('throttle_failures').execute();
        await direct.deleteFrom('throttle_locks').execute();
      }
    },
  );

  it('renewing all cut anywhere: some loans renewed and the rest not, and the repeat renews each renewable loan once', async () => {
    const alva = await patronId(ALVA.card);
    const originals = await direct.selectFrom('loans').select(['id', 'due_date', 'renewals_used']).where('patron_id', '=', alva).execute();
    const login = await h.login(ALVA.card, ALVA.pin);
    const cookie = cookieOf(login);
    const renewAll = () => h.request('POST', '/me/loans/renewals', { body: {}, headers: session(cookie) });
    let renewable: string[] = [];
    try {
      await cutEverywhere({
        prepare: async () => {
          for (const { id, ...loan } of originals) await direct.updateTable('loans').set(loan).where('id', '=', id).execute();
        },
        send: async () => {
          const response = await renewAll();
          if (response.ok && renewable.length === 0) {
            const { results } = (await response.clone().json()) as { results: { id: string; renewed: boolean }[] };
            renewable = results.filter((r) => r.renewed).map((r) => r.id);
          }
          return response;
        },
        ok: 200,
        check: async (_status, where) => {
          assert.ok(renewable.length >= 2, 'some loans can be renewed');
          assert.equal((await renewAll()).status, 200, where);
          const now = await direct.selectFrom('loans').select(['id', 'renewals_used']).where('patron_id', '=', alva).execute();
          for (const { id, renewals_used: before } of originals) {
            const after = now.find((loan) => loan.id === id)?.renewals_used;
            assert.equal(after, renewable.includes(id) ? before + 1 : before, `${where}: ${id}`);
          }
        },
      });
    } finally {
      for (const { id, ...loan } of originals) await direct.updateTable('loans').set(loan).where('id', '=', id).execute();
    }
  });

  it(
    'a renewal with an Idempotency-Key cut anywhere: the repeat with the same key renews it, once',
    async () => {
      const LOAN = 'loan-sjunde-inseglet';
      const alva = await patronId(ALVA.card);
      const original = await direct.selectFrom('loans').select(['due_date', 'renewals_used']).where('id', '=', LOAN).executeTakeFirstOrThrow();
      const login = await h.login(ALVA.card, ALVA.pin);
      const cookie = cookieOf(login);
      let key = '';
      const renew = () => h.request('POST', `/me/loans/${LOAN}/renewal`, { headers: { ...session(cookie), 'idempotency-key': key } });
      try {
        await cutEverywhere({
          prepare: async () => {
            await direct.updateTable('loans').set(original).where('id', '=', LOAN).execute();
            await direct.deleteFrom('idempotency_keys').where('patron_id', '=', alva).execute();
            key = `faults-${Math.random().toString(36).slice(2)}-key`;
          },
          send: renew,
          ok: 200,
          all: true,
          check: async (_status, where) => {
            const repeat = await renew();
            const { renewals_used: used } = await direct.selectFrom('loans').select('renewals_used').where('id', '=', LOAN).executeTakeFirstOrThrow();
            assert.deepEqual({ repeat: repeat.status, renewals: used }, { repeat: 200, renewals: original.renewals_used + 1 }, where);
          },
        });
      } finally {
        await direct.updateTable('loans').set(original).where('id', '=', LOAN).execute();
      }
    },
  );

  it(
    'a card block cut anywhere: blocked, with its audit record and (at the latest after the next sweep) one mail, or not blocked at all',
    async () => {
      const ingrid = await patronId(INGRID.card);
      let cookie: string | undefined;
      const mails = () => outbox.messages().filter((m) => m.to.startsWith('ingrid') && /spärrat/.test(m.subject)).length;
      let mailsBefore = 0;
      await cutEverywhere({
        prepare: async () => {
          await direct.updateTable('patrons').set({ card_state: 'active' }).where('id', '=', ingrid).execute();
          await direct.deleteFrom('audit_events').where('patron_id', '=', ingrid).execute();
          await direct.deleteFrom('sessions').where('patron_id', '=', ingrid).execute();
          cookie = await storedSession(ingrid);
          mailsBefore = mails();
        },
        send: () => h.request('POST', '/me/card/block', { body: { pin: INGRID.pin }, headers: session(cookie) }),
        ok: 204,
        all: true,
        check: async (status, where) => {
          const { card_state: state } = await direct.selectFrom('patrons').select('card_state').where('id', '=', ingrid).executeTakeFirstOrThrow();
          const audits = await direct.selectFrom('audit_events').select('event').where('patron_id', '=', ingrid).execute();
          if (status === 204) assert.equal(state, 'blocked', where);
          // However the session learns it, a blocked card's session can do nothing.
          const read = await h.request('GET', '/session', { headers: session(cookie) });
          if (state === 'blocked') assert.deepEqual([read.status, (await json(read)).reason], [401, 'card_blocked'], where);
          else assert.equal(read.status, 200, where);
          // A block whose commit answer was lost gets its mail from the sweep that prune runs.
          await h.services.prune();
          assert.deepEqual(
            { audits: audits.map((a) => a.event), mails: mails() - mailsBefore },
            state === 'blocked' ? { audits: ['card_blocked'], mails: 1 } : { audits: [], mails: 0 },
            where,
          );
        },
      });
    },
  );

  it(
    'a PIN reset cut anywhere: the new PIN with every old session gone, or the old PIN with its link still usable',
    async () => {
      const cecilia = await patronId(CECILIA.card);
      const { pin_hash: oldHash } = await direct.selectFrom('patrons').select('pin_hash').where('id', '=', cecilia).executeTakeFirstOrThrow();
      let token = '';
      await cutEverywhere({
        prepare: async () => {
          await direct.updateTable('patrons').set({ pin_hash: oldHash }).where('id', '=', cecilia).execute();
          await direct.deleteFrom('sessions').where('patron_id', '=', cecilia).execute();
          for (let i = 0; i < 2; i++) await storedSession(cecilia);
          const sent = outbox.messages().length;
          assert.equal((await h.request('POST', '/pin-resets', { body: { identifier: CECILIA.card } })).status, 202);
          const mail = await until('the reset mail', () => (outbox.messages().length > sent ? outbox.messages()[0] : undefined));
          token = /#token=([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? '';
          assert.ok(token);
        },
        send: () => h.request('POST', '/pin-resets/confirm', { body: { token, newPin: '3816' } }),
        ok: 204,
        all: true,
        check: async (status, where) => {
          const { pin_hash: hash } = await direct.selectFrom('patrons').select('pin_hash').where('id', '=', cecilia).executeTakeFirstOrThrow();
          const changed = hash !== oldHash;
          const sessions = await direct.selectFrom('sessions').select('id_hash').where('patron_id', '=', cecilia).execute();
          const { used_at: used } = await direct.selectFrom('pin_reset_tokens').select('used_at').where('token_hash', '=', sha256(token)).executeTakeFirstOrThrow();
          if (status === 204) assert.ok(changed, where);
          assert.deepEqual(
            { changed, sessions: sessions.length, linkUsed: used !== null },
            changed ? { changed: true, sessions: 0, linkUsed: true } : { changed: false, sessions: 2, linkUsed: false },
            where,
          );
        },
      });
    },
  );
});

describe('SQLite locked by another process', () => {
  const h = new Harness();
  let other: SQLite.Database | undefined;
  before(async () => {
    await h.start(NO_LIMITS);
    // Wait a fifth of a second for the lock rather than five: better-sqlite3 waits synchronously.
    await sql`PRAGMA busy_timeout = 200`.execute(h.services.db);
  });
  after(async () => {
    other?.close();
    await h.stop();
  });

  it('answers 503 to what needs to write while another connection holds the write lock, and serves again once it lets go', async () => {
    const login = await h.login(ALVA.card, ALVA.pin);
    assert.equal(login.status, 200);
    const cookie = cookieOf(login);
    const { rows } = await sql<{ file: string }>`PRAGMA database_list`.execute(h.services.db);
    const file = rows[0]?.file;
    assert.ok(file);
    other = new SQLite(file);
    other.exec('BEGIN EXCLUSIVE');

    await assertUnavailable(await h.login(ALVA.card, ALVA.pin), 'login');
    h.advance(61); // the session's last request is recorded again after a minute: a write
    await assertUnavailable(await h.request('GET', '/me/loans', { headers: session(cookie) }), 'loans (the session slides: a write)');
    await assertUnavailable(await h.request('POST', '/registrations', { body: GRETA }), 'registration');
    assert.equal((await h.request('GET', '/libraries')).status, 200, 'reads go on (WAL)');
    assert.match(h.log, /"err":\{"type":"SqliteError","code":"SQLITE_BUSY"\},"msg":"database unavailable"/);
    assertNoPersonalData(h);

    other.exec('ROLLBACK');
    assert.equal((await h.login(ALVA.card, ALVA.pin)).status, 200);
    assert.equal((await h.request('GET', '/me/loans', { headers: session(cookie) })).status, 200);
    assert.equal((await h.request('POST', '/registrations', { body: GRETA })).status, 201);
  });
});

describe('the SMTP server down', () => {
  /** A port nothing listens on. */
  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
  }

  /** An SMTP server that takes the connection and never says a word (a hung one). */
  const mute = createServer((socket) => socket.on('error', () => undefined));
  const muted = new Set<Socket>();
  mute.on('connection', (socket) => muted.add(socket));

  const cases: [string, () => Promise<string>][] = [
    ['a closed port', async () => `smtp://127.0.0.1:${await closedPort()}?ignoreTLS=true`],
    [
      'a server that never answers',
      async () => {
        await new Promise<void>((resolve) => mute.listen(0, '127.0.0.1', () => resolve()));
        return `smtp://127.0.0.1:${(mute.address() as AddressInfo).port}?ignoreTLS=true`;
      },
    ],
  ];
  after(() => {
    for (const socket of muted) socket.destroy();
    mute.close();
  });

  for (const [name, smtpUrl] of cases) {
    describe(name, () => {
      const h = new Harness();
      before(async () => {
        await h.start({ ...NO_LIMITS, smtpUrl: await smtpUrl() });
      });
      after(async () => {
        for (const socket of muted) socket.destroy(); // nodemailer gives up on a closed connection at once
        await h.stop();
      });

      it('registration still answers 201 and a PIN reset request 202, at once', async () => {
        let started = performance.now();
        const registration = await h.request('POST', '/registrations', { body: GRETA });
        assert.equal(registration.status, 201);
        assert.ok(performance.now() - started < 2000);
        started = performance.now();
        assert.equal((await h.request('POST', '/pin-resets', { body: { identifier: ALVA.card } })).status, 202);
        assert.ok(performance.now() - started < 2000);
        const duplicate = await h.request('POST', '/registrations', { body: GRETA });
        assert.equal(duplicate.status, 202, 'the notice to the account holder fails alike');
      });

      it('logs each failed mail by kind, with why, never an address', async () => {
        for (const kind of ['welcome', 'pin_reset', 'existing_account']) {
          const line = await until(`the failure of ${kind}`, () => {
            for (const socket of muted) socket.destroy(); // the hung server's connections end: nodemailer gives up
            return h.log.split('\n').find((l) => l.includes(`"kind":"${kind}"`) && l.includes('"msg":"mail failed"'));
          });
          const { err } = JSON.parse(line) as { err: Record<string, unknown> };
          // ESOCKET or ECONNECTION, by where nodemailer was.
          assert.match(String(err.code), /^E(SOCKET|CONNECTION)$/, line);
          if (name === 'a closed port') assert.equal(err.systemCode, 'ECONNREFUSED', line);
        }
        assertNoPersonalData(h);
      });
    });
  }
});
