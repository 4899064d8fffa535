import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NEW_ADULTS } from '../../../test/fixtures.js';
import { MemoryOutbox } from './mail.js';
import { Harness, cookieOf, json, ownPostgresDatabase } from './test-harness.js';

const ALVA = { card: '1000000001', personnummer: '19850322-2385', pin: '1357', email: 'alva.andersson@example.org' };
const PAGE = 'https://www.kungalv.se/glomt-pin';
const TOKEN = /#token=([A-Za-z0-9_-]{43})$/m;

const pgUrl = await ownPostgresDatabase(process.env.BIV_TEST_DATABASE_URL, 'pinreset');
const databases: [string, string | undefined][] = [['SQLite', undefined], ['PostgreSQL', pgUrl]];

/** Wait until the outbox holds `count` mails (the reset's work happens after its 202). */
async function mails(outbox: MemoryOutbox, count: number) {
  for (let i = 0; i < 200 && outbox.messages().length < count; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  return outbox.messages();
}

for (const [label, databaseUrl] of databases) {
  describe(`PIN reset and change on ${label}`, { skip: label === 'PostgreSQL' && !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' }, () => {
    const h = new Harness(databaseUrl);
    const alva = { ...ALVA }; // her PIN changes as the tests go
    const outbox = new MemoryOutbox();
    before(() => h.start({ pinResetUrl: PAGE, pinResetAllowedUrls: ['https://www.stenungsund.se/pin*'], pinResetIdentifierLimit: 50, pinResetClientLimit: 500 }, { mailer: outbox }));
    after(() => h.stop());

    const ask = (identifier: string, resetUrl?: string) => h.request('POST', '/pin-resets', { body: resetUrl ? { identifier, resetUrl } : { identifier } });
    const confirm = (token: string, newPin: string) => h.request('POST', '/pin-resets/confirm', { body: { token, newPin } });
    /** Ask for Alva's link; returns the token from the mail. */
    async function tokenFor(identifier = alva.card, resetUrl?: string): Promise<{ token: string; text: string; html: string }> {
      const count = outbox.messages().length;
      assert.equal((await ask(identifier, resetUrl)).status, 202);
      const [mail] = await mails(outbox, count + 1);
      assert.ok(mail && mail.to === alva.email);
      const token = TOKEN.exec(mail.text)?.[1];
      assert.ok(token, mail.text);
      return { token, text: mail.text, html: mail.html };
    }

    it('mails a single-use link to the configured page, the same answer for an unknown identifier, and stores only a hash', async () => {
      const count = outbox.messages().length;
      const known = await ask(alva.personnummer);
      const unknown = await ask(NEW_ADULTS[0]);
      const unknownCard = await ask('1000009999');
      assert.deepEqual([known.status, unknown.status, unknownCard.status], [202, 202, 202]);
      const bodies = await Promise.all([known.text(), unknown.text(), unknownCard.text()]);
      assert.equal(new Set(bodies).size, 1, 'one answer for all');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const sent = (await mails(outbox, count + 1)).slice(0, outbox.messages().length - count);
      assert.deepEqual(sent.map((m) => m.to), [alva.email], 'only the real patron gets a mail');
      const mail = sent[0];
      assert.ok(mail);
      assert.match(mail.text, new RegExp(`${PAGE}#token=[A-Za-z0-9_-]{43}`));
      assert.match(mail.subject, /Välj en ny PIN-kod \/ Choose a new PIN/);
      const token = TOKEN.exec(mail.text)?.[1] ?? '';
      assert.ok(mail.html.includes(`<a href="${PAGE}#token=${token}">`));
      const rows = await h.services.db.selectFrom('pin_reset_tokens').selectAll().execute();
      assert.ok(rows.length >= 1);
      assert.ok(!JSON.stringify(rows).includes(token), 'the token itself is not stored');
      for (const secret of [token, alva.personnummer, '198503222385', alva.email]) assert.ok(!h.log.includes(secret), `log has no ${secret.slice(0, 4)}…`);
    });

    it('sets the new PIN once: old PIN refused, sessions ended, lockout cleared, notice sent, nobody logged in', async () => {
      const other = cookieOf(await h.login(alva.card, alva.pin));
      assert.ok(other);
      for (let i = 0; i < 5; i++) await h.login(alva.card, '9473');
      assert.equal((await h.login(alva.card, alva.pin)).status, 429, 'locked');
      const { token } = await tokenFor();
      const count = outbox.messages().length;
      const done = await confirm(token, '4826');
      assert.equal(done.status, 204);
      assert.equal(done.headers.get('set-cookie'), null, 'not logged in by the reset');
      assert.equal((await h.request('GET', '/session', { headers: { cookie: `biv_session=${other}` } })).status, 401, 'the old session ended');
      assert.equal((await h.login(alva.card, alva.pin)).status, 401, 'the old PIN no longer works');
      assert.equal((await h.login(alva.card, '4826')).status, 200, 'the new PIN works and the lockout is gone');
      const [notice] = await mails(outbox, count + 1);
      assert.match(notice?.subject ?? '', /Din PIN-kod har ändrats/);
      assert.match(notice?.text ?? '', /Spärra kortet/);

      const again = await confirm(token, '6139');
      assert.equal(again.status, 400);
      assert.deepEqual([(await json(again)).code, (await json(await confirm(token, '6139'))).reason], ['invalid_token', 'used']);
      assert.equal((await h.login(alva.card, '6139')).status, 401);
      alva.pin = '4826';
    });

    it('a link works for 30 minutes, and a newer one replaces it', async () => {
      const first = await tokenFor();
      h.advance(29 * 60 + 59);
      const second = await tokenFor();
      assert.deepEqual(await json(await confirm(first.token, '6139')), {
        type: 'about:blank#invalid_token',
        title: 'The PIN reset link cannot be used',
        status: 400,
        code: 'invalid_token',
        reason: 'replaced',
      });
      h.advance(30 * 60);
      assert.equal((await json(await confirm(second.token, '6139'))).reason, 'expired');
      const altered = second.token.slice(0, -1) + (second.token.endsWith('A') ? 'B' : 'A');
      assert.equal((await json(await confirm(altered, '6139'))).reason, 'unknown');
      assert.equal((await json(await confirm('short', '6139'))).reason, 'unknown');
      const third = await tokenFor();
      h.advance(29 * 60 + 59);
      assert.equal((await confirm(third.token, '6139')).status, 204, 'still valid just before 30 minutes');
      alva.pin = '6139';
    });

    it('refuses weak PINs, personal ones on the server, and keeps the link usable', async () => {
      const { token } = await tokenFor();
      for (const [pin, code] of [['1234', 'pin_weak_common'], ['0322', 'pin_weak_birth_date'], ['8503', 'pin_weak_birth_date'], ['2385', 'pin_weak_personnummer']]) {
        const response = await confirm(token, pin as string);
        assert.equal(response.status, 400, pin);
        assert.deepEqual((await json(response)).errors, [{ path: 'newPin', code }], pin);
      }
      assert.equal((await confirm(token, '5172')).status, 204);
      alva.pin = '5172';
    });

    it('links go to an allowlisted reset-url or the configured page, never elsewhere', async () => {
      const allowed = await tokenFor(alva.card, 'https://www.stenungsund.se/pin-kod?x=1#old');
      assert.match(allowed.text, /https:\/\/www\.stenungsund\.se\/pin-kod#token=/);
      const foreign = await tokenFor(alva.card, 'https://evil.example/steal');
      assert.match(foreign.text, new RegExp(`${PAGE}#token=`));
      assert.ok(!foreign.text.includes('evil'));
      assert.match(h.log, /reset_url_not_allowed/);
    });

    it('a blocked card gets a mail without a link', async () => {
      const count = outbox.messages().length;
      assert.equal((await ask('1000000002')).status, 202);
      const [mail] = await mails(outbox, count + 1);
      assert.equal(mail?.to, 'bertil.berg@example.org');
      assert.match(mail?.subject ?? '', /kan inte ändras på webben/);
      assert.ok(!TOKEN.test(mail?.text ?? ''));
    });

    it('rejects malformed identifiers at the field', async () => {
      const response = await ask('19850322-2386');
      assert.equal(response.status, 400);
      assert.deepEqual((await json(response)).errors, [{ path: 'identifier', code: 'personnummer_checksum' }]);
    });

    describe('changing the PIN while logged in', () => {
      const change = (cookie: string, currentPin: string, newPin: string) =>
        h.request('PUT', '/me/pin', { body: { currentPin, newPin }, headers: { cookie: `biv_session=${cookie}` } });

      it('keeps this session, ends the others, and the new PIN logs in', async () => {
        const mine = cookieOf(await h.login(alva.card, alva.pin)) ?? '';
        const other = cookieOf(await h.login(alva.personnummer, alva.pin)) ?? '';
        assert.equal((await change(mine, alva.pin, '3719')).status, 204);
        const session = (cookie: string) => h.request('GET', '/session', { headers: { cookie: `biv_session=${cookie}` } });
        assert.equal((await session(mine)).status, 200);
        assert.equal((await session(other)).status, 401);
        assert.equal((await h.login(alva.card, '3719')).status, 200);
        alva.pin = '3719';
      });

      it('refuses a wrong current PIN at its field and locks after five', async () => {
        const cookie = cookieOf(await h.login(alva.card, alva.pin)) ?? '';
        const unchanged = await change(cookie, alva.pin, alva.pin);
        assert.deepEqual((await json(unchanged)).errors, [{ path: 'newPin', code: 'pin_unchanged' }]);
        const weak = await change(cookie, alva.pin, '0322');
        assert.deepEqual((await json(weak)).errors, [{ path: 'newPin', code: 'pin_weak_birth_date' }]);
        for (let i = 0; i < 4; i++) {
          const wrong = await change(cookie, '9473', '4826');
          assert.equal(wrong.status, 400);
          assert.deepEqual((await json(wrong)).errors, [{ path: 'currentPin', code: 'current_pin_wrong' }]);
        }
        const fifth = await change(cookie, '9473', '4826');
        assert.equal(fifth.status, 429);
        assert.equal((await json(fifth)).code, 'account_locked');
        assert.ok(Number(fifth.headers.get('retry-after')) > 0);
        assert.equal((await change(cookie, alva.pin, '4826')).status, 429, 'locked even with the right PIN');
        assert.equal((await h.login(alva.card, alva.pin)).status, 429, 'the login is locked too');
        h.advance(15 * 60 + 1);
      });

      it('needs a session and a same-site origin', async () => {
        assert.equal((await h.request('PUT', '/me/pin', { body: { currentPin: '1357', newPin: '4826' } })).status, 401);
        const cookie = cookieOf(await h.login(alva.card, alva.pin)) ?? '';
        const foreign = await h.request('PUT', '/me/pin', {
          body: { currentPin: alva.pin, newPin: '4826' },
          headers: { cookie: `biv_session=${cookie}`, origin: 'https://evil.example' },
        });
        assert.equal(foreign.status, 403);
      });
    });

    it('limits requests per identifier, unknown ones alike', async () => {
      const limited = new Harness(databaseUrl);
      await limited.start({ pinResetUrl: PAGE }, { mailer: new MemoryOutbox() });
      try {
        for (const identifier of [alva.card, NEW_ADULTS[1]]) {
          for (let i = 0; i < 3; i++) assert.equal((await limited.request('POST', '/pin-resets', { body: { identifier } })).status, 202);
          const fourth = await limited.request('POST', '/pin-resets', { body: { identifier } });
          assert.equal(fourth.status, 429, identifier);
          assert.ok(Number(fourth.headers.get('retry-after')) > 0);
        }
      } finally {
        await limited.stop();
      }
    });

    it('the OpenAPI document lists the three routes', async () => {
      const doc = await json(await h.request('GET', '/openapi.json'));
      const paths = Object.keys(doc.paths as object);
      for (const path of ['/pin-resets', '/pin-resets/confirm', '/me/pin']) assert.ok(paths.includes(path), path);
    });
  });
}
