import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { luhnCheckDigit, RegistrationCreated } from '@biv/contract';
import { NEW_ADULTS, personnummerAged } from '../../../test/fixtures.js';
import { LocalIls } from './ils/local.js';
import { MemoryOutbox, type Mailer } from './mail.js';
import { Harness, START, application, json, ownPostgresDatabase } from './test-harness.js';

const DAY = 86400_000;
const ALVA = '19850322-2385';

const register = (h: Harness, body: unknown, headers: Record<string, string> = {}) => h.request('POST', '/registrations', { body, headers });
const digits = (personnummer: string) => personnummer.replace(/\D/g, '');
const rowsOf = (h: Harness, personnummer: string) =>
  h.services.db.selectFrom('patrons').selectAll().where('personnummer', '=', digits(personnummer)).execute();
const patronCount = async (h: Harness) =>
  Number((await h.services.db.selectFrom('patrons').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

const pgUrl = await ownPostgresDatabase(process.env.BIV_TEST_DATABASE_URL, 'registration');
const databases: [string, string | undefined][] = [['SQLite', undefined], ['PostgreSQL', pgUrl]];

for (const [label, databaseUrl] of databases) {
  describe(`registrations on ${label}`, { skip: label === 'PostgreSQL' && !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' }, () => {
    describe('applying', () => {
      const h = new Harness(databaseUrl);
      const outbox = new MemoryOutbox();
      before(() => h.start({ registrationLimit: 1000 }, { mailer: outbox }));
      after(() => h.stop());

      it('creates a temporary account for 7 days that logs in by personnummer and the new PIN at once', async () => {
        const response = await register(h, application());
        assert.equal(response.status, 201);
        const body = RegistrationCreated.parse(await response.json());
        assert.match(body.borrowerId, /^BIV-\d{6}$/);
        assert.equal(body.validUntil, new Date(START.getTime() + 7 * DAY).toISOString());

        const login = await h.login(NEW_ADULTS[0], '4826');
        assert.equal(login.status, 200);
        assert.deepEqual((await json(login)).patron, {
          name: 'Greta Gustafsson',
          borrowerId: body.borrowerId,
          cardState: 'temporary',
          validUntil: body.validUntil,
        });

        h.advance(7 * 86400 + 1);
        try {
          const expired = await h.login(NEW_ADULTS[0], '4826');
          assert.equal(expired.status, 403);
          assert.equal((await json(expired)).code, 'card_expired');
        } finally {
          h.now = new Date(START);
        }
      });

      it('stores the details, a PIN hash, the rules version and time, and a card number no pattern matches', async () => {
        const [row, ...more] = await rowsOf(h, NEW_ADULTS[0]);
        assert.ok(row);
        assert.equal(more.length, 0);
        assert.equal(row.card_state, 'temporary');
        assert.equal(row.name, 'Greta Gustafsson');
        assert.equal(row.street_address, 'Storgatan 12');
        assert.equal(row.postal_code, '442 31');
        assert.equal(row.city, 'Kungälv');
        assert.equal(row.email, 'greta.gustafsson@example.net');
        assert.equal(row.phone, '070-123 45 67');
        assert.equal(row.home_library_id, 'kungalv');
        assert.equal(row.rules_version, '2026-01');
        assert.equal(row.rules_accepted_at, START.toISOString());
        assert.match(row.pin_hash, /^scrypt\$/);
        assert.ok(!row.pin_hash.includes('4826'));
        assert.equal(row.card_number, `temporary:${row.id}`);
        assert.equal((await h.login(row.card_number, '4826')).status, 400, 'the placeholder is no card number');
      });

      it('mails a welcome to the typed address with the borrower ID and end, and never the PIN', async () => {
        const response = await register(h, application({ personnummer: NEW_ADULTS[1], email: 'ny.lantagare@example.net', phone: '' }));
        const { borrowerId } = RegistrationCreated.parse(await response.json());
        const [mail] = outbox.messages();
        assert.ok(mail);
        assert.equal(mail.to, 'ny.lantagare@example.net');
        assert.match(mail.subject, /^Välkommen till Bibliotek i Väst \/ Welcome/);
        for (const part of [mail.text, mail.html]) {
          assert.ok(part.includes(borrowerId));
          assert.ok(part.includes('6 december 2026 kl. 11:00'), 'the end in Swedish time');
          assert.ok(part.includes('6 December 2026 at 11:00'));
          assert.ok(!part.includes('4826'), 'no PIN');
          assert.ok(!part.includes(digits(NEW_ADULTS[1]).slice(2)), 'no personnummer');
        }
        assert.ok(mail.text.indexOf('Du har nu') < mail.text.indexOf('You now have'), 'Swedish first');
        assert.match(mail.text, /legitimation/);
        assert.match(mail.text, /ID document/);
        assert.match(mail.html, /<html lang="sv">/);
        const [row] = await rowsOf(h, NEW_ADULTS[1]);
        assert.equal(row?.phone, null, 'an empty phone is no phone');
      });

      it('answers an existing personnummer neutrally, changes nothing, and tells the holder at her stored address', async () => {
        const before = await rowsOf(h, ALVA);
        const count = await patronCount(h);
        const sent = outbox.messages().length;
        const response = await register(
          h,
          application({ personnummer: ALVA, givenName: 'Mallory', familyName: 'Mask', email: 'mallory@example.net', pin: '4826' }),
        );
        assert.equal(response.status, 202);
        assert.deepEqual(await response.json(), { status: 'received' });
        assert.deepEqual(await rowsOf(h, ALVA), before);
        assert.equal(await patronCount(h), count);

        const byCard = await h.login('1000000001', '1357');
        assert.equal(byCard.status, 200);
        assert.equal(((await json(byCard)).patron as { name: string }).name, 'Alva Andersson');
        assert.equal((await h.login(ALVA, '1357')).status, 200);
        assert.equal((await h.login(ALVA, '4826')).status, 401, 'the typed PIN is not hers');

        const mails = outbox.messages().slice(0, outbox.messages().length - sent);
        assert.equal(mails.length, 1);
        assert.equal(mails[0]?.to, 'alva.andersson@example.org');
        assert.match(mails[0]?.text ?? '', /Har du glömt PIN-koden\?/);
        assert.match(mails[0]?.text ?? '', /Kontakta ditt bibliotek/);
        assert.match(mails[0]?.text ?? '', /contact your library/);
        assert.ok(!outbox.messages().some((m) => m.to === 'mallory@example.net'));
      });

      it('gives one account to five concurrent applications of one personnummer; the rest are received', async () => {
        const personnummer = NEW_ADULTS[2];
        const responses = await Promise.all(
          [1, 2, 3, 4, 5].map(async (n) => register(h, application({ personnummer, givenName: `Applicant${n}`, email: 'same.person@example.net' }))),
        );
        assert.deepEqual(responses.map((r) => r.status).sort(), [201, 202, 202, 202, 202]);
        assert.equal((await rowsOf(h, personnummer)).length, 1);
        const mails = outbox.messages().filter((m) => m.to === 'same.person@example.net');
        assert.equal(mails.filter((m) => m.subject.startsWith('Välkommen')).length, 1);
        assert.equal(mails.filter((m) => m.subject.startsWith('Någon försökte')).length, 4);
      });

      it('lets the database decide a race: the local ILS never inserts a second account for a personnummer', async () => {
        const before = await rowsOf(h, ALVA);
        const created = await new LocalIls(h.services.db).createTemporaryPatron({
          personnummer: digits(ALVA),
          name: 'Mallory Mask',
          streetAddress: 'Elsewhere 1',
          postalCode: '111 11',
          city: 'Stockholm',
          email: 'mallory@example.net',
          phone: null,
          homeLibraryId: 'kungalv',
          pinHash: 'scrypt$x',
          validUntil: START.toISOString(),
          rulesVersion: '2026-01',
          rulesAcceptedAt: START.toISOString(),
        });
        assert.equal(created, undefined);
        assert.deepEqual(await rowsOf(h, ALVA), before);
      });

      it('refuses under-18s and unknown birth dates, and takes 18-year-olds', async () => {
        const count = await patronCount(h);
        const young = await register(h, application({ personnummer: personnummerAged(17, h.now) }));
        assert.equal(young.status, 400);
        assert.deepEqual((await json(young)).errors, [{ path: 'personnummer', code: 'under_18' }]);
        assert.equal((await rowsOf(h, personnummerAged(17, h.now))).length, 0);

        const coordination = `19900160-001${luhnCheckDigit('900160001')}`; // samordningsnummer, day unknown
        const unknown = await register(h, application({ personnummer: coordination }));
        assert.equal(unknown.status, 400);
        const problem = await json(unknown);
        assert.equal(problem.code, 'validation_failed');
        assert.deepEqual(problem.errors, [{ path: 'personnummer', code: 'birth_date_unknown' }]);
        assert.equal(await patronCount(h), count);

        assert.equal((await register(h, application({ personnummer: personnummerAged(18, h.now) }))).status, 201);
      });

      it('refuses weak PINs with the reason', async () => {
        const cases: [string, string, string][] = [
          [NEW_ADULTS[3], '1234', 'pin_weak_common'],
          [NEW_ADULTS[3], '2580', 'pin_weak_keypad'],
          [NEW_ADULTS[8], '9201', 'pin_weak_birth_date'], // 1992-01: YYMM
          [NEW_ADULTS[8], '5359', 'pin_weak_personnummer'],
        ];
        for (const [personnummer, pin, code] of cases) {
          const response = await register(h, application({ personnummer, pin }));
          assert.equal(response.status, 400, pin);
          assert.deepEqual((await json(response)).errors, [{ path: 'pin', code }], pin);
          assert.equal((await rowsOf(h, personnummer)).length, 0);
        }
      });

      it('refuses an unknown library and every invalid field with its own code', async () => {
        const library = await register(h, application({ personnummer: NEW_ADULTS[4], homeLibraryId: 'atlantis' }));
        assert.equal(library.status, 400);
        assert.deepEqual((await json(library)).errors, [{ path: 'homeLibraryId', code: 'unknown_library' }]);
        assert.equal((await rowsOf(h, NEW_ADULTS[4])).length, 0);

        const fields = await register(
          h,
          application({ personnummer: '19920101-2384', postalCode: '4423', email: 'greta@', phone: 'call me', givenName: ' ', acceptRules: false }),
        );
        assert.equal(fields.status, 400);
        const errors = (await json(fields)).errors as { path: string; code: string }[];
        const byPath = Object.fromEntries(errors.map((e) => [e.path, e.code]));
        assert.deepEqual(byPath, {
          personnummer: 'personnummer_checksum',
          givenName: 'required',
          postalCode: 'postal_code_format',
          email: 'email_format',
          phone: 'phone_format',
          acceptRules: 'rules_not_accepted',
        });

        const empty = await register(h, {});
        const paths = ((await json(empty)).errors as { path: string }[]).map((e) => e.path).sort();
        assert.deepEqual(paths, ['acceptRules', 'city', 'email', 'familyName', 'givenName', 'homeLibraryId', 'personnummer', 'pin', 'postalCode', 'streetAddress']);
      });

      it('accepts only JSON from its own or an allowed origin', async () => {
        const form = await h.request('POST', '/registrations', {
          raw: new URLSearchParams(application({ personnummer: NEW_ADULTS[5] }) as unknown as Record<string, string>).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        assert.equal(form.status, 415);
        assert.equal((await json(form)).code, 'unsupported_media_type');
        const foreign = await register(h, application({ personnummer: NEW_ADULTS[5] }), { origin: 'https://evil.example' });
        assert.equal(foreign.status, 403);
        assert.equal((await rowsOf(h, NEW_ADULTS[5])).length, 0);
      });

      it('is in the OpenAPI document', async () => {
        const doc = await json(await h.request('GET', '/openapi.json'));
        assert.ok((doc.paths as Record<string, { post?: unknown }>)['/registrations']?.post);
      });

      it('never logs a personnummer, name, address, e-mail, phone or PIN', async () => {
        assert.match(h.log, /"event":"registration"/);
        assert.match(h.log, /"event":"mail","kind":"welcome"/);
        assert.match(h.log, /"event":"mail","kind":"existing_account"/);
        const secrets = [
          ...[NEW_ADULTS[0], NEW_ADULTS[1], NEW_ADULTS[2], ALVA].map((p) => digits(p).slice(2, 8)),
          'Greta', 'Gustafsson', 'Mallory', 'Alva', 'Storgatan', '442 31', 'example.net', 'example.org', '070-123', '4826', '1357',
        ];
        const log = h.logWithoutTimes;
        for (const secret of secrets) assert.ok(!log.includes(secret), secret);
      });
    });

    describe('rate limit per client', () => {
      const h = new Harness(databaseUrl);
      before(() => h.start({ trustProxy: 1, registrationLimit: 3, registrationWindowSeconds: 3600 }, { mailer: new MemoryOutbox() }));
      after(() => h.stop());

      it('counts every valid application of a client and refuses the one past the limit for the window', async () => {
        const client = { 'x-forwarded-for': '198.51.100.20, 10.0.0.1' };
        for (let i = 0; i < 5; i++) assert.equal((await register(h, application({ pin: '1111' }), client)).status, 400, 'invalid ones do not count');
        assert.equal((await register(h, application({ personnummer: NEW_ADULTS[0] }), client)).status, 201);
        assert.equal((await register(h, application({ personnummer: ALVA }), client)).status, 202);
        assert.equal((await register(h, application({ personnummer: NEW_ADULTS[0] }), client)).status, 202);

        const limited = await register(h, application({ personnummer: NEW_ADULTS[1] }), client);
        assert.equal(limited.status, 429);
        assert.equal(limited.headers.get('retry-after'), '3600');
        const problem = await json(limited);
        assert.equal(problem.code, 'rate_limited');
        assert.equal(problem.retryAfter, 3600);
        assert.equal((await rowsOf(h, NEW_ADULTS[1])).length, 0);

        assert.equal((await register(h, application({ personnummer: NEW_ADULTS[1] }), { 'x-forwarded-for': '198.51.100.21' })).status, 201, 'another client is not affected');
        h.advance(3600);
        assert.equal((await register(h, application({ personnummer: NEW_ADULTS[2] }), client)).status, 201, 'after the window');
      });
    });

    describe('mail faults', () => {
      const h = new Harness(databaseUrl);
      const broken: Mailer = { send: () => Promise.reject(new TypeError('connect ECONNREFUSED greta.gustafsson@example.net')) };
      before(() => h.start({}, { mailer: broken }));
      after(() => h.stop());

      it('creates the account when the welcome mail cannot be sent, and logs only the error type', async () => {
        const response = await register(h, application());
        assert.equal(response.status, 201);
        await new Promise((resolve) => setTimeout(resolve, 20));
        assert.match(h.log, /"event":"mail","kind":"welcome","err":\{"type":"TypeError"\}/);
        assert.ok(!h.log.includes('ECONNREFUSED') && !h.log.includes('greta'));
      });
    });

    describe('the demo outbox', () => {
      const demo = new Harness(databaseUrl);
      const plain = new Harness(databaseUrl);
      before(async () => {
        await demo.start({}, { demoMail: true });
      });
      after(async () => {
        await demo.stop();
        await plain.stop();
      });

      it('is at /demo/mail (HTML, Swedish) and /demo/mail.json, newest first, in demo mode', async () => {
        assert.equal((await register(demo, application())).status, 201);
        assert.equal((await register(demo, application({ personnummer: ALVA }))).status, 202);
        const list = (await (await demo.services.app.request('http://localhost/demo/mail.json')).json()) as { to: string; subject: string }[];
        assert.deepEqual(list.map((m) => m.to), ['alva.andersson@example.org', 'greta.gustafsson@example.net']);
        const page = await demo.services.app.request('http://localhost/demo/mail');
        assert.equal(page.status, 200);
        assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
        assert.equal(page.headers.get('cache-control'), 'no-store');
        const html = await page.text();
        assert.match(html, /<html lang="sv">/);
        assert.match(html, /<h1>/);
        assert.ok(html.indexOf('alva.andersson@example.org') < html.indexOf('greta.gustafsson@example.net'));
      });

      it('does not exist otherwise', async () => {
        await demo.stop();
        await plain.start();
        for (const path of ['/demo/mail', '/demo/mail.json']) {
          assert.equal((await plain.services.app.request(`http://localhost${path}`)).status, 404, path);
        }
      });
    });
  });
}
