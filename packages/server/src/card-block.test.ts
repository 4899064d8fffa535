import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AuditLog } from './audit.js';
import { MemoryOutbox } from './mail.js';
import { Harness, json, ownPostgresDatabase } from './test-harness.js';

const ALVA = { card: '1000000001', personnummer: '19850322-2385', pin: '1357', email: 'alva.andersson@example.org' };
const CECILIA = { card: '1000000003', pin: '3579' };
const DAVID = { card: '1000000004', personnummer: '19680102-9288', pin: '4680' };
const HUGO = { card: '1000000007', pin: '7913' };

const pgUrl = await ownPostgresDatabase(process.env.BIV_TEST_DATABASE_URL, 'cardblock');
const databases: [string, string | undefined][] = [['SQLite', undefined], ['PostgreSQL', pgUrl]];

for (const [label, databaseUrl] of databases) {
  describe(`blocking a card on ${label}`, { skip: label === 'PostgreSQL' && !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' }, () => {
    const h = new Harness(databaseUrl);
    const outbox = new MemoryOutbox(1000);
    before(() => h.start({ lockoutAttempts: 3 }, { mailer: outbox }));
    after(() => h.stop());

    const as = h.as.bind(h);
    const session = h.session.bind(h);
    const patronId = async (card: string) =>
      (await h.services.db.selectFrom('patrons').select('id').where('card_number', '=', card).executeTakeFirstOrThrow()).id;
    const cardState = async (card: string) =>
      (await h.services.db.selectFrom('patrons').select('card_state').where('card_number', '=', card).executeTakeFirstOrThrow()).card_state;
    const audit = async (card: string) => new AuditLog(h.services.db, () => h.now).forPatron(await patronId(card));
    const mailsTo = (to: string) => outbox.messages().filter((m) => m.to === to);

    it('a wrong PIN blocks nothing: the PIN field is wrong, the session and the card still work', async () => {
      const cookie = await session(CECILIA.card, CECILIA.pin);
      const response = await as(cookie, 'POST', '/me/card/block', { pin: '0000' });
      assert.equal(response.status, 400);
      const body = await json(response);
      assert.equal(body.code, 'validation_failed');
      assert.deepEqual(body.errors, [{ path: 'pin', code: 'pin_wrong' }]);
      assert.equal(response.headers.get('set-cookie'), null, 'the session cookie stays');
      assert.equal((await as(cookie, 'GET', '/session')).status, 200);
      assert.equal(await cardState(CECILIA.card), 'active');
      assert.deepEqual(await audit(CECILIA.card), []);
      assert.equal((await h.login(CECILIA.card, CECILIA.pin)).status, 200, 'and the card still logs in (which clears the count)');
    });

    it('wrong PINs count toward the same lockout as a login', async () => {
      const cookie = await session(DAVID.card, DAVID.pin);
      assert.equal((await as(cookie, 'POST', '/me/card/block', { pin: '0001' })).status, 400);
      assert.equal((await h.login(DAVID.card, '0002')).status, 401, 'a wrong login counts too');
      const locked = await as(cookie, 'POST', '/me/card/block', { pin: '0003' });
      assert.equal(locked.status, 429);
      assert.equal((await json(locked)).code, 'account_locked');
      assert.ok(Number(locked.headers.get('retry-after')) > 0);
      const rightPin = await as(cookie, 'POST', '/me/card/block', { pin: DAVID.pin });
      assert.equal(rightPin.status, 429, 'locked: not even the right PIN blocks now');
      assert.equal((await h.login(DAVID.card, DAVID.pin)).status, 429, 'and the login by card number is locked as well');
      // The personnummer has its own count (two wrong PINs of the block form are on it): a lock
      // by card number must not tell which personnummer goes with it (decision 0003).
      assert.equal((await h.login(DAVID.personnummer, DAVID.pin)).status, 200);
      assert.equal(await cardState(DAVID.card), 'active');
    });

    it('refuses a malformed PIN or body at the field, and a request without a session', async () => {
      const cookie = await session(HUGO.card, HUGO.pin);
      const short = await json(await as(cookie, 'POST', '/me/card/block', { pin: '12' }));
      assert.deepEqual([short.code, short.errors], ['validation_failed', [{ path: 'pin', code: 'pin_format' }]]);
      const missing = await json(await as(cookie, 'POST', '/me/card/block', {}));
      assert.deepEqual(missing.errors, [{ path: 'pin', code: 'required' }]);
      const form = await h.request('POST', '/me/card/block', { raw: 'pin=7913', headers: { cookie: `biv_session=${cookie}`, 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(form.status, 415);
      const anonymous = await h.request('POST', '/me/card/block', { body: { pin: HUGO.pin } });
      assert.equal(anonymous.status, 401);
      assert.equal((await json(anonymous)).reason, undefined);
      assert.equal(await cardState(HUGO.card), 'active');
    });

    it('blocks the card: 204, every session of the patron ends saying why, others stay, one audit record and one mail', async () => {
      const here = await session(ALVA.card, ALVA.pin);
      const phone = await session(ALVA.personnummer, ALVA.pin);
      const other = await session(HUGO.card, HUGO.pin);
      const mailsBefore = mailsTo(ALVA.email).length;

      const response = await as(here, 'POST', '/me/card/block', { pin: ALVA.pin });
      assert.equal(response.status, 204);
      assert.match(response.headers.get('set-cookie') ?? '', /biv_session=;.*Max-Age=0/i, 'the cookie is cleared');
      assert.equal(await cardState(ALVA.card), 'blocked');

      for (const cookie of [here, phone]) {
        for (const path of ['/session', '/me/loans', '/me/reservations']) {
          const ended = await as(cookie, 'GET', path);
          assert.equal(ended.status, 401, path);
          const body = await json(ended);
          assert.deepEqual([body.code, body.reason], ['unauthenticated', 'card_blocked'], path);
        }
      }
      assert.equal((await as(other, 'GET', '/session')).status, 200, "another patron's session is untouched");

      const records = await audit(ALVA.card);
      assert.deepEqual(records, [{ event: 'card_blocked', channel: 'web', at: h.now.toISOString() }]);
      const mails = mailsTo(ALVA.email);
      assert.equal(mails.length, mailsBefore + 1);
      assert.match(mails[0]?.subject ?? '', /spärrat/);
      assert.match(mails[0]?.text ?? '', /Ta med legitimation/);
    });

    it('the blocked card logs in neither by card number nor by personnummer, and says it is blocked', async () => {
      for (const identifier of [ALVA.card, ALVA.personnummer]) {
        const response = await h.login(identifier, ALVA.pin);
        assert.equal(response.status, 403, identifier);
        assert.equal((await json(response)).code, 'card_blocked');
      }
      const wrong = await h.login(ALVA.card, '2580');
      assert.equal((await json(wrong)).code, 'invalid_credentials', 'a wrong PIN does not learn that the card is blocked');
    });

    it('is idempotent: a repeat from an ended session answers 204 again, and nothing is recorded twice', async () => {
      const cookie = await session(HUGO.card, HUGO.pin);
      assert.equal((await as(cookie, 'POST', '/me/card/block', { pin: HUGO.pin })).status, 204);
      const repeat = await as(cookie, 'POST', '/me/card/block', { pin: HUGO.pin });
      assert.equal(repeat.status, 204, 'the answer was lost: the retry gets the same');
      assert.equal((await audit(HUGO.card)).length, 1);
      assert.equal(mailsTo('hugo.holm@example.org').length, 1);
    });

    it('two requests at once block once: both 204, one audit record, one mail', async () => {
      const card = '1000000008';
      const first = await session(card, '8024');
      const second = await session('19610118-2803', '8024');
      const answers = await Promise.all([first, second].map(async (cookie) => as(cookie, 'POST', '/me/card/block', { pin: '8024' })));
      assert.deepEqual(answers.map((a) => a.status).sort(), [204, 204]);
      assert.equal((await audit(card)).length, 1);
      assert.equal(mailsTo('ingrid.isaksson@example.org').length, 1);
    });

    it('a card blocked at the library ends its sessions the same way', async () => {
      const cookie = await session('1000000009', '9135');
      await h.services.db.updateTable('patrons').set({ card_state: 'blocked' }).where('card_number', '=', '1000000009').execute();
      const body = await json(await as(cookie, 'GET', '/me/loans'));
      assert.deepEqual([body.code, body.reason], ['unauthenticated', 'card_blocked']);
      assert.equal((await as(cookie, 'POST', '/me/card/block', { pin: '9135' })).status, 204, 'blocking it again is no error');
      assert.deepEqual(await audit('1000000009'), [], 'the library records its own blocks: nothing blocked here');
    });

    it('an ended session says why until it would have timed out, then it is simply gone', async () => {
      const cookie = await session('1000000010', '1246');
      assert.equal((await as(cookie, 'POST', '/me/card/block', { pin: '1246' })).status, 204);
      h.advance(10 * 60);
      assert.equal((await json(await as(cookie, 'GET', '/session'))).reason, 'card_blocked', 'still known after 10 minutes');
      h.advance(6 * 60);
      const gone = await json(await as(cookie, 'GET', '/session'));
      assert.deepEqual([gone.code, gone.reason], ['unauthenticated', undefined], 'an ended session does not slide its idle timeout');
    });

    it('logs what happened, never whose card or which PIN', () => {
      assert.match(h.log, /"event":"card_block","outcome":"blocked"/);
      assert.match(h.log, /"event":"card_block","outcome":"wrong_pin"/);
      for (const secret of [ALVA.pin, '198503222385', ALVA.personnummer, 'Alva', ALVA.email, ALVA.card]) {
        assert.ok(!h.logWithoutTimes.includes(secret), `the log holds ${secret}`);
      }
    });
  });
}
