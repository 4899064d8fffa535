import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ProfileResponse } from '@biv/contract';
import { AuditLog } from './audit.js';
import { MemoryOutbox } from './mail.js';
import { Harness, application, json, ownPostgresDatabase } from './test-harness.js';

const ALVA = { card: '1000000001', pin: '1357', email: 'alva.andersson@example.org' };
const CECILIA = { card: '1000000003', pin: '3579', email: 'cecilia.carlsson@example.org' };
const ELIN = { card: '1000000005', pin: '5791' };
const HUGO = { card: '1000000007', pin: '7913', email: 'hugo.holm@example.org' };

const pgUrl = await ownPostgresDatabase(process.env.BIV_TEST_DATABASE_URL, 'profile');
const databases: [string, string | undefined][] = [['SQLite', undefined], ['PostgreSQL', pgUrl]];

for (const [label, databaseUrl] of databases) {
  describe(`the patron's own details (GET and PATCH /me) on ${label}`, { skip: label === 'PostgreSQL' && !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' }, () => {
    const h = new Harness(databaseUrl);
    const outbox = new MemoryOutbox(1000);
    before(() => h.start({}, { mailer: outbox }));
    after(() => h.stop());

    const as = h.as.bind(h);
    const session = h.session.bind(h);
    const profile = async (cookie: string) => {
      const response = await as(cookie, 'GET', '/me');
      assert.equal(response.status, 200);
      return ProfileResponse.parse(await response.json());
    };
    const row = (card: string) => h.services.db.selectFrom('patrons').selectAll().where('card_number', '=', card).executeTakeFirstOrThrow();
    const mailsTo = (to: string) => outbox.messages().filter((m) => m.to === to);
    const audit = async (card: string) => new AuditLog(h.services.db, () => h.now).forPatron((await row(card)).id);

    it('reads the patron’s own details', async () => {
      const cookie = await session(ALVA.card, ALVA.pin);
      const response = await as(cookie, 'GET', '/me');
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const body = await json(response);
      assert.deepEqual(body, {
        name: 'Alva Andersson',
        borrowerId: (await row(ALVA.card)).borrower_id,
        cardNumber: ALVA.card,
        cardState: 'active',
        homeLibraryId: 'nodinge',
        email: ALVA.email,
      });
    });

    it('shows a temporary account as temporary, with its end', async () => {
      const body = await profile(await session(ELIN.card, ELIN.pin));
      assert.equal(body.cardState, 'temporary');
      assert.equal(body.validUntil, (await row(ELIN.card)).valid_until);
    });

    it('a temporary account made online has no card number yet, and shows the address it gave', async () => {
      const created = await h.request('POST', '/registrations', { body: application() });
      assert.equal(created.status, 201);
      const cookie = await session(application().personnummer, application().pin);
      const body = await profile(cookie);
      assert.equal(body.cardNumber, undefined, 'no placeholder is shown as a card number');
      assert.deepEqual(
        [body.cardState, body.email, body.phone, body.streetAddress, body.postalCode, body.city, body.homeLibraryId],
        ['temporary', 'greta.gustafsson@example.net', '070-123 45 67', 'Storgatan 12', '442 31', 'Kungälv', 'kungalv'],
      );
    });

    it('changes every field and reads them back; absent fields stay, an empty phone removes it', async () => {
      const cookie = await session(CECILIA.card, CECILIA.pin);
      const change = { email: ' cecilia.ny@example.net ', phone: '+46 70 111 22 33', streetAddress: ' Kyrkogatan 3 ', postalCode: '44430', city: 'Stenungsund' };
      const response = await as(cookie, 'PATCH', '/me', change);
      assert.equal(response.status, 200);
      const expected = { email: 'cecilia.ny@example.net', phone: '+46 70 111 22 33', streetAddress: 'Kyrkogatan 3', postalCode: '444 30', city: 'Stenungsund' };
      const answered = ProfileResponse.parse(await response.json());
      assert.deepEqual({ ...answered }, { ...(await profile(cookie)) }, 'the answer is what GET /me reads');
      for (const [field, value] of Object.entries(expected)) assert.equal(answered[field as keyof typeof answered], value, field);
      const stored = await row(CECILIA.card);
      assert.deepEqual(
        [stored.email, stored.phone, stored.street_address, stored.postal_code, stored.city],
        ['cecilia.ny@example.net', '+46 70 111 22 33', 'Kyrkogatan 3', '444 30', 'Stenungsund'],
      );

      const cityOnly = ProfileResponse.parse(await json(await as(cookie, 'PATCH', '/me', { city: 'Jörlanda' })));
      assert.deepEqual([cityOnly.city, cityOnly.streetAddress, cityOnly.phone, cityOnly.email], ['Jörlanda', 'Kyrkogatan 3', '+46 70 111 22 33', 'cecilia.ny@example.net']);
      const noPhone = ProfileResponse.parse(await json(await as(cookie, 'PATCH', '/me', { phone: '' })));
      assert.equal(noPhone.phone, undefined);
      assert.equal((await row(CECILIA.card)).phone, null);
    });

    it('mails the OLD address when the e-mail changes, without the new one, and records it without personal data', async () => {
      // Cecilia's address changed in the test before: one notice, to her old address.
      const mails = mailsTo(CECILIA.email);
      assert.equal(mails.length, 1);
      const mail = mails[0];
      assert.ok(mail);
      assert.equal(mail.subject.includes('Din e-postadress har ändrats'), true, mail.subject);
      assert.match(mail.text, /Din e-postadress hos Bibliotek i Väst ändrades/);
      assert.match(mail.text, /Your e-mail address with Bibliotek i Väst was changed/);
      for (const part of ['cecilia.ny', 'example.net']) {
        assert.ok(!mail.text.includes(part) && !mail.html.includes(part) && !mail.subject.includes(part), `the mail holds ${part}`);
      }
      assert.equal(mailsTo('cecilia.ny@example.net').length, 0, 'nothing goes to the new address');
      assert.deepEqual((await audit(CECILIA.card)).map((r) => [r.event, r.channel]), [['email_changed', 'web']]);
    });

    it('sends no notice when the e-mail is unchanged (letter case aside) or not sent', async () => {
      const cookie = await session(HUGO.card, HUGO.pin);
      const before = outbox.messages().length;
      assert.equal((await as(cookie, 'PATCH', '/me', { email: HUGO.email, city: 'Stenungsund' })).status, 200);
      assert.equal((await as(cookie, 'PATCH', '/me', { email: HUGO.email.toUpperCase() })).status, 200);
      assert.equal((await as(cookie, 'PATCH', '/me', { phone: '070-765 43 21' })).status, 200);
      assert.equal(outbox.messages().length, before);
      assert.deepEqual(await audit(HUGO.card), []);
    });

    it('refuses invalid fields and an empty body with { path, code }, changing nothing', async () => {
      const cookie = await session(HUGO.card, HUGO.pin);
      const before = await row(HUGO.card);
      const cases: [unknown, { path: string; code: string }[]][] = [
        [{ email: 'not-an-address' }, [{ path: 'email', code: 'email_format' }]],
        [{ email: '' }, [{ path: 'email', code: 'required' }]],
        [{ postalCode: '4423' }, [{ path: 'postalCode', code: 'postal_code_format' }]],
        [{ phone: 'call me' }, [{ path: 'phone', code: 'phone_format' }]],
        [{ streetAddress: '  ' }, [{ path: 'streetAddress', code: 'required' }]],
        [{ city: 'x'.repeat(101) }, [{ path: 'city', code: 'too_long' }]],
        [{ city: 42 }, [{ path: 'city', code: 'invalid_type' }]],
        [{ email: 'ok@example.org', postalCode: 'abc' }, [{ path: 'postalCode', code: 'postal_code_format' }]],
        [{}, [{ path: '', code: 'no_changes' }]],
        [{ name: 'Someone Else', cardNumber: '1000000001' }, [{ path: '', code: 'no_changes' }]],
      ];
      for (const [body, errors] of cases) {
        const response = await as(cookie, 'PATCH', '/me', body);
        assert.equal(response.status, 400, JSON.stringify(body));
        const problem = await json(response);
        assert.equal(problem.code, 'validation_failed');
        assert.deepEqual(problem.errors, errors, JSON.stringify(body));
      }
      assert.deepEqual(await row(HUGO.card), before, 'nothing changed');
      const notJson = await h.request('PATCH', '/me', { raw: '{', headers: { cookie: `biv_session=${cookie}`, 'content-type': 'application/json' } });
      assert.equal((await json(notJson)).code, 'malformed_request');
    });

    it('answers 401 without a session, and after logging out', async () => {
      for (const [method, body] of [['GET', undefined], ['PATCH', { city: 'Tjörn' }]] as const) {
        const response = await h.request(method, '/me', body ? { body } : {});
        assert.equal(response.status, 401, method);
        assert.equal((await json(response)).code, 'unauthenticated');
      }
      const cookie = await session(HUGO.card, HUGO.pin);
      await as(cookie, 'DELETE', '/session');
      assert.equal((await as(cookie, 'GET', '/me')).status, 401);
      assert.equal((await as(cookie, 'PATCH', '/me', { city: 'Tjörn' })).status, 401);
      assert.notEqual((await row(HUGO.card)).city, 'Tjörn');
    });

    it('a patron only ever reads and changes their own details (two sessions)', async () => {
      const alva = await session(ALVA.card, ALVA.pin);
      const hugo = await session(HUGO.card, HUGO.pin);
      assert.equal((await profile(alva)).name, 'Alva Andersson');
      assert.equal((await profile(hugo)).name, 'Hugo Holm');
      const hugoBefore = await row(HUGO.card);
      const changed = ProfileResponse.parse(await json(await as(alva, 'PATCH', '/me', { city: 'Nödinge', streetAddress: 'Ågatan 1', postalCode: '449 30' })));
      assert.equal(changed.name, 'Alva Andersson');
      assert.deepEqual(await row(HUGO.card), hugoBefore, "Hugo's row is untouched");
      assert.equal((await profile(hugo)).city, hugoBefore.city ?? undefined);
      assert.equal((await row(ALVA.card)).city, 'Nödinge');
      // Nothing in the body can name another patron: unknown keys are not read.
      await as(alva, 'PATCH', '/me', { city: 'Surte', borrowerId: hugoBefore.borrower_id, id: hugoBefore.id, patronId: hugoBefore.id });
      assert.deepEqual(await row(HUGO.card), hugoBefore);
      assert.equal((await row(ALVA.card)).city, 'Surte');
    });

    it('requests at once, as an attacker sends them: each patron changes only their own row, every spelling of the login reaches the same details', async () => {
      const spellings = ['19850322-2385', '198503222385', '850322-2385', '8503222385', ALVA.card];
      const alvas = await Promise.all(spellings.map(async (identifier) => session(identifier, ALVA.pin)));
      const cecilia = await session(CECILIA.card, CECILIA.pin);
      const ceciliaBefore = await row(CECILIA.card);
      const mailsBefore = outbox.messages().length;
      const answers = await Promise.all([
        ...alvas.map(async (cookie, i) => as(cookie, 'PATCH', '/me', { city: `Stad ${i}`, borrowerId: ceciliaBefore.borrower_id }, { 'x-forwarded-for': '203.0.113.9' })),
        ...alvas.map(async (cookie) => as(cookie, 'GET', '/me')),
        as(cecilia, 'GET', '/me'),
      ]);
      assert.deepEqual(answers.map((a) => a.status), answers.map(() => 200));
      const names = await Promise.all(answers.map(async (a) => ProfileResponse.parse(await a.json()).name));
      assert.deepEqual(names, [...alvas.map(() => 'Alva Andersson'), ...alvas.map(() => 'Alva Andersson'), 'Cecilia Carlsson']);
      assert.match((await row(ALVA.card)).city ?? '', /^Stad [0-4]$/, 'one of the changes won, whole');
      assert.deepEqual(await row(CECILIA.card), ceciliaBefore, "Cecilia's row is untouched");
      assert.equal(outbox.messages().length, mailsBefore, 'no e-mail changed: no notice to anybody');
    });

    it('a blocked card cannot reach it: the session ends saying why', async () => {
      const cookie = await session('1000000009', '9135');
      await h.services.db.updateTable('patrons').set({ card_state: 'blocked' }).where('card_number', '=', '1000000009').execute();
      for (const [method, body] of [['GET', undefined], ['PATCH', { city: 'Kungälv' }]] as const) {
        const response = await as(cookie, method, '/me', body);
        const problem = await json(response);
        assert.deepEqual([response.status, problem.code, problem.reason], [401, 'unauthenticated', 'card_blocked'], method);
      }
      assert.equal((await row('1000000009')).city, null);
    });

    it('logs which fields changed, never their values, names or addresses', async () => {
      await h.logged('mail sent');
      assert.match(h.log, /"event":"profile_update","fields":\["email","phone","streetAddress","postalCode","city"\],"emailChanged":true/);
      assert.match(h.log, /"event":"mail","kind":"email_changed"/);
      for (const secret of [
        'Alva', 'Andersson', 'Cecilia', 'Hugo', ALVA.email, CECILIA.email, 'cecilia.ny', 'example.net', '111 22 33', '765 43 21',
        'Kyrkogatan', 'Jörlanda', 'Nödinge', 'Surte', 'Ågatan', '444 30', '44430', '449 30', ALVA.card, CECILIA.card, HUGO.card,
      ]) {
        assert.ok(!h.logWithoutTimes.includes(secret), `the log holds ${secret}`);
      }
    });
  });
}
