// Over 350 lines: the loan history's three routes, the local ILS's recording at return, and the
// attacker's ways at them (other patrons, parallel requests, every spelling of a login), on
// SQLite and PostgreSQL, in one file so they share one seeded server per database.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LoanHistoryResponse, LoanHistorySetting } from '@biv/contract';
import { AuditLog } from './audit.js';
import { DEFAULT_LOAN_RULES, LocalIls } from './ils/local.js';
import { Harness, START, application, json, ownPostgresDatabase } from './test-harness.js';
import { LOAN_HISTORY } from '../../../test/fixtures.js';

const ALVA = { card: '1000000001', pin: '1357' };
const LISA = { card: LOAN_HISTORY.long.card, pin: LOAN_HISTORY.long.pin };
const CECILIA = { card: '1000000003', pin: '3579' };
const DAVID = { card: '1000000004', pin: '4680' };
const ELIN = { card: '1000000005', pin: '5791' };
const HUGO = { card: '1000000007', pin: '7913' };
const JONAS = { card: '1000000009', pin: '9135' };
const DAY = 24 * 3600 * 1000;

const pgUrl = await ownPostgresDatabase(process.env.BIV_TEST_DATABASE_URL, 'history');
const databases: [string, string | undefined][] = [['SQLite', undefined], ['PostgreSQL', pgUrl]];

for (const [label, databaseUrl] of databases) {
  describe(`the loan history (Min lånehistorik) on ${label}`, { skip: label === 'PostgreSQL' && !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' }, () => {
    const h = new Harness(databaseUrl);
    before(() => h.start());
    after(() => h.stop());

    const as = h.as.bind(h);
    const session = h.session.bind(h);
    const ils = () => new LocalIls(h.services.db, DEFAULT_LOAN_RULES, () => h.now);
    const history = async (cookie: string) => {
      const response = await as(cookie, 'GET', '/me/history');
      assert.equal(response.status, 200);
      return LoanHistoryResponse.parse(await response.json());
    };
    const setting = async (cookie: string, enabled: boolean) => {
      const response = await as(cookie, 'PUT', '/me/history/setting', { enabled });
      assert.equal(response.status, 200);
      return LoanHistorySetting.parse(await response.json());
    };
    const patronId = async (card: string) => (await h.services.db.selectFrom('patrons').select('id').where('card_number', '=', card).executeTakeFirstOrThrow()).id;
    /** The patron's rows in loan_history, straight from the database. */
    const stored = async (card: string) => {
      const id = await patronId(card);
      return h.services.db.selectFrom('loan_history').selectAll().where('patron_id', '=', id).orderBy('return_date', 'desc').execute();
    };
    const enabledInDb = async (card: string) =>
      (await h.services.db.selectFrom('patrons').select('history_enabled').where('card_number', '=', card).executeTakeFirstOrThrow()).history_enabled;
    const audit = async (card: string) => (await new AuditLog(h.services.db, () => h.now).forPatron(await patronId(card))).map((r) => [r.event, r.channel]);
    let loanNumber = 0;
    /** A new loan of `item` for the patron, borrowed `days` ago: its id. */
    const lend = async (card: string, item: string, days = 14) => {
      const id = `test-loan-${++loanNumber}`;
      const loanDate = new Date(h.now.getTime() - days * DAY).toISOString();
      await h.services.db
        .insertInto('loans')
        .values({ id, patron_id: await patronId(card), item_id: item, library_id: 'stenungsund', loan_date: loanDate, due_date: new Date(h.now.getTime() + DAY).toISOString(), renewals_used: 0 })
        .execute();
      return id;
    };

    it('shows Alva’s history (on, recorded by returning loans at seeding), newest return first', async () => {
      const body = await history(await session(ALVA.card, ALVA.pin));
      assert.equal(body.enabled, true);
      assert.deepEqual(body.entries.map((e) => e.title), [...LOAN_HISTORY.alva.titles]);
      const [sommarboken, villa] = body.entries;
      assert.deepEqual({ ...sommarboken, id: '' }, {
        id: '',
        recordId: 'sommarboken',
        title: 'Sommarboken',
        author: 'Tove Jansson',
        format: 'book',
        libraryId: 'nodinge',
        loanDate: new Date(START.getTime() - 30 * DAY).toISOString(),
        returnDate: new Date(START.getTime() - 9 * DAY).toISOString(),
      });
      assert.ok(villa && !('author' in villa), 'an entry without an author has no author member');
      assert.equal(villa?.format, 'magazine');
      const loans = await h.services.db.selectFrom('loans').select('id').where('id', 'like', 'loan-returned-%').execute();
      assert.deepEqual(loans, [], 'the returned loans are no longer loans');
    });

    it('gives Lisa all 5,000 entries, newest return first, over 15 years', async () => {
      const cookie = await session(LISA.card, LISA.pin);
      const body = await history(cookie);
      assert.equal(body.enabled, true);
      assert.equal(body.entries.length, LOAN_HISTORY.long.entries);
      const returns = body.entries.map((e) => e.returnDate);
      assert.deepEqual(returns, [...returns].sort().reverse());
      assert.equal(new Set(body.entries.map((e) => e.id)).size, LOAN_HISTORY.long.entries);
      const years = (Date.parse(returns[0] ?? '') - Date.parse(returns.at(-1) ?? '')) / (365 * DAY);
      assert.ok(years > 14.5 && years < 15.1, `${years} years`);
      assert.ok(body.entries.every((e) => e.loanDate < e.returnDate));
      assert.ok(new Set(body.entries.map((e) => e.title)).size > 100, 'many different titles');
      assert.ok(new Set(body.entries.map((e) => e.author)).size > 100, 'many different authors');
      assert.equal(new Set(body.entries.map((e) => e.libraryId)).size, 9, 'every library');
      assert.equal(new Set(body.entries.map((e) => e.format)).size, 8, 'every format');
    });

    it('is off, with nothing stored, for a patron who never turned it on, and for a new account', async () => {
      assert.deepEqual(await history(await session(DAVID.card, DAVID.pin)), { enabled: false, entries: [] });
      const created = await h.request('POST', '/registrations', { body: application() });
      assert.equal(created.status, 201);
      const row = await h.services.db.selectFrom('patrons').select(['history_enabled', 'history_enabled_at']).where('personnummer', '=', application().personnummer.replace('-', '')).executeTakeFirstOrThrow();
      assert.deepEqual(row, { history_enabled: 0, history_enabled_at: null });
    });

    it('records a returned loan only while the patron has it on: nothing before, nothing after turning it off', async () => {
      const cookie = await session(CECILIA.card, CECILIA.pin);
      const desk = ils();
      // Before opting in: returned, not recorded.
      assert.deepEqual(await desk.returnLoan(await lend(CECILIA.card, 'pippi')), { recorded: false });
      assert.deepEqual(await stored(CECILIA.card), []);
      assert.deepEqual(await history(cookie), { enabled: false, entries: [] });

      assert.deepEqual(await setting(cookie, true), { enabled: true });
      assert.equal(await enabledInDb(CECILIA.card), 1);
      assert.deepEqual((await history(cookie)).entries, [], 'nothing earlier is recovered');
      h.advance(60);
      const returnedAt = new Date(h.now);
      assert.deepEqual(await desk.returnLoan(await lend(CECILIA.card, 'doktor-glas', 20)), { recorded: true });
      const entries = (await history(cookie)).entries;
      assert.deepEqual(
        entries.map((e) => [e.recordId, e.title, e.author, e.format, e.libraryId, e.returnDate]),
        [['doktor-glas', 'Doktor Glas', 'Hjalmar Söderberg', 'book', 'stenungsund', returnedAt.toISOString()]],
      );
      assert.equal((await stored(CECILIA.card)).length, 1);

      // Off: what is stored stays, nothing more is recorded.
      assert.deepEqual(await setting(cookie, false), { enabled: false });
      assert.deepEqual(await desk.returnLoan(await lend(CECILIA.card, 'mio')), { recorded: false });
      const after = await history(cookie);
      assert.equal(after.enabled, false);
      assert.deepEqual(after.entries.map((e) => e.recordId), ['doktor-glas']);
      assert.deepEqual(await audit(CECILIA.card), [['loan_history_enabled', 'web'], ['loan_history_disabled', 'web']]);
    });

    it('keeps what the item was: the entry outlives a new title and the item’s removal', async () => {
      const cookie = await session(JONAS.card, JONAS.pin);
      await setting(cookie, true);
      await h.services.db.insertInto('items').values({ id: 'weeded', title: 'Gallras snart', author: 'Ann Gallring', format: 'audiobook', renewable: 1 }).execute();
      assert.deepEqual(await ils().returnLoan(await lend(JONAS.card, 'weeded')), { recorded: true });
      await h.services.db.updateTable('items').set({ title: 'Ny titel' }).where('id', '=', 'weeded').execute();
      await h.services.db.deleteFrom('items').where('id', '=', 'weeded').execute();
      const [entry] = (await history(cookie)).entries;
      assert.deepEqual([entry?.recordId, entry?.title, entry?.author, entry?.format], ['weeded', 'Gallras snart', 'Ann Gallring', 'audiobook']);
    });

    it('returns a loan once: an unknown loan is nothing, two returns at once record one entry', async () => {
      assert.equal(await ils().returnLoan('no-such-loan'), undefined);
      const id = await lend(JONAS.card, 'lejonhjarta');
      const before = (await stored(JONAS.card)).length;
      const outcomes = await Promise.all([ils().returnLoan(id), ils().returnLoan(id), ils().returnLoan(id)]);
      assert.deepEqual(outcomes.filter((o) => o !== undefined), [{ recorded: true }]);
      assert.equal((await stored(JONAS.card)).length, before + 1);
    });

    it('turns on and off idempotently: a repeat answers the same and changes and audits nothing', async () => {
      const cookie = await session(HUGO.card, HUGO.pin);
      assert.deepEqual(await setting(cookie, false), { enabled: false });
      assert.deepEqual(await audit(HUGO.card), [], 'off while off is no change');
      assert.deepEqual(await setting(cookie, true), { enabled: true });
      const since = (await h.services.db.selectFrom('patrons').select('history_enabled_at').where('card_number', '=', HUGO.card).executeTakeFirstOrThrow()).history_enabled_at;
      assert.equal(since, h.now.toISOString());
      h.advance(60);
      assert.deepEqual(await setting(cookie, true), { enabled: true });
      const again = (await h.services.db.selectFrom('patrons').select('history_enabled_at').where('card_number', '=', HUGO.card).executeTakeFirstOrThrow()).history_enabled_at;
      assert.equal(again, since, 'turning it on again does not move when it was turned on');
      assert.deepEqual(await audit(HUGO.card), [['loan_history_enabled', 'web']]);
    });

    it('deletes the whole history from the database, keeps the setting, and deletes nothing twice', async () => {
      const cookie = await session(ALVA.card, ALVA.pin);
      assert.equal((await stored(ALVA.card)).length, LOAN_HISTORY.alva.titles.length);
      const response = await as(cookie, 'DELETE', '/me/history');
      assert.equal(response.status, 204);
      assert.equal(await response.text(), '');
      const { count } = await h.services.db
        .selectFrom('loan_history')
        .select((eb) => eb.fn.countAll().as('count'))
        .where('patron_id', '=', await patronId(ALVA.card))
        .executeTakeFirstOrThrow();
      assert.equal(Number(count), 0, 'no row of hers is left in loan_history');
      assert.deepEqual(await history(cookie), { enabled: true, entries: [] }, 'the setting is unchanged');
      assert.equal((await as(cookie, 'DELETE', '/me/history')).status, 204, 'again: 204 with nothing to delete');
      assert.deepEqual(await audit(ALVA.card), [['loan_history_deleted', 'web']], 'one deletion audited');
      // Still on: the next return is recorded.
      assert.deepEqual(await ils().returnLoan(await lend(ALVA.card, 'kometjakten')), { recorded: true });
      assert.deepEqual((await history(cookie)).entries.map((e) => e.title), ['Kometjakten']);
      assert.equal((await stored(LISA.card)).length, LOAN_HISTORY.long.entries, "Lisa's history is untouched");
    });

    it('audits without mail and without anything of the history', async () => {
      assert.deepEqual(
        (await new AuditLog(h.services.db, () => h.now).noticesDue()).filter((n) => n.event.startsWith('loan_history')),
        [],
        'no notice is due for a history event',
      );
      const rows = await h.services.db.selectFrom('audit_events').selectAll().where('event', 'like', 'loan_history%').execute();
      assert.ok(rows.length >= 4);
      for (const row of rows) assert.deepEqual(Object.keys(row).sort(), ['at', 'channel', 'event', 'id', 'notified_at', 'patron_id']);
    });

    it('refuses a setting that is not { enabled: boolean }, changing nothing', async () => {
      const cookie = await session(DAVID.card, DAVID.pin);
      const cases: [unknown, { path: string; code: string }[]][] = [
        [{}, [{ path: 'enabled', code: 'required' }]],
        [{ enabled: 'true' }, [{ path: 'enabled', code: 'invalid_type' }]],
        [{ enabled: 1 }, [{ path: 'enabled', code: 'invalid_type' }]],
        [{ enabled: null }, [{ path: 'enabled', code: 'invalid_type' }]],
        // A body that is no object: zod reports no input for it, so `toFieldIssues` says required.
        [[true], [{ path: '', code: 'required' }]],
      ];
      for (const [body, errors] of cases) {
        const response = await as(cookie, 'PUT', '/me/history/setting', body);
        assert.equal(response.status, 400, JSON.stringify(body));
        const problem = await json(response);
        assert.equal(problem.code, 'validation_failed');
        assert.deepEqual(problem.errors, errors, JSON.stringify(body));
      }
      const notJson = await h.request('PUT', '/me/history/setting', { raw: '{"enabled":', headers: { cookie: `biv_session=${cookie}`, 'content-type': 'application/json' } });
      assert.equal(notJson.status, 400);
      assert.equal((await json(notJson)).code, 'malformed_request');
      assert.equal(await enabledInDb(DAVID.card), 0);
      assert.deepEqual(await audit(DAVID.card), []);
    });

    it('answers 401 without a session and after logging out, deleting and changing nothing', async () => {
      const routes = [['GET', '/me/history', undefined], ['PUT', '/me/history/setting', { enabled: false }], ['DELETE', '/me/history', undefined]] as const;
      for (const [method, path, body] of routes) {
        const response = await h.request(method, path, body ? { body } : {});
        assert.equal(response.status, 401, `${method} ${path}`);
        assert.equal((await json(response)).code, 'unauthenticated');
      }
      const cookie = await session(LISA.card, LISA.pin);
      await as(cookie, 'DELETE', '/session');
      for (const [method, path, body] of routes) assert.equal((await as(cookie, method, path, body)).status, 401, `${method} ${path}`);
      assert.equal(await enabledInDb(LISA.card), 1);
      assert.equal((await stored(LISA.card)).length, LOAN_HISTORY.long.entries);
    });

    it('lets a temporary account turn it on (empty: it cannot borrow yet)', async () => {
      const cookie = await session(ELIN.card, ELIN.pin);
      assert.deepEqual(await setting(cookie, true), { enabled: true });
      assert.deepEqual(await history(cookie), { enabled: true, entries: [] });
    });

    it('a blocked card cannot reach it: the session ends saying why, its history untouched', async () => {
      const cookie = await session(JONAS.card, JONAS.pin);
      const before = (await stored(JONAS.card)).length;
      assert.ok(before > 0);
      await h.services.db.updateTable('patrons').set({ card_state: 'blocked' }).where('card_number', '=', JONAS.card).execute();
      for (const [method, path, body] of [['GET', '/me/history', undefined], ['PUT', '/me/history/setting', { enabled: false }], ['DELETE', '/me/history', undefined]] as const) {
        const response = await as(cookie, method, path, body);
        const problem = await json(response);
        assert.deepEqual([response.status, problem.code, problem.reason], [401, 'unauthenticated', 'card_blocked'], `${method} ${path}`);
      }
      assert.equal((await stored(JONAS.card)).length, before);
      assert.equal(await enabledInDb(JONAS.card), 1);
    });

    it('requests at once, as an attacker sends them: every spelling of one login acts on that patron alone, never on another', async () => {
      // Lisa (5,000 entries, on) logs in five ways and deletes and turns off at once, naming
      // Cecilia in the body and with a forwarded address; Cecilia reads and turns on meanwhile.
      const spellings = [`${LOAN_HISTORY.long.personnummer}`, LOAN_HISTORY.long.personnummer.replace('-', ''), '790102-2389', '7901022389', LISA.card];
      const lisas = await Promise.all(spellings.map(async (identifier) => session(identifier, LISA.pin)));
      const cecilia = await session(CECILIA.card, CECILIA.pin);
      const ceciliaId = await patronId(CECILIA.card);
      const ceciliaBefore = await stored(CECILIA.card);
      assert.equal(ceciliaBefore.length, 1);
      const headers = { 'x-forwarded-for': '203.0.113.9' };
      const answers = await Promise.all([
        ...lisas.map(async (cookie) => as(cookie, 'DELETE', '/me/history', undefined, headers)),
        ...lisas.map(async (cookie) => as(cookie, 'PUT', '/me/history/setting', { enabled: false, patronId: ceciliaId }, headers)),
        as(cecilia, 'GET', '/me/history'),
        as(cecilia, 'PUT', '/me/history/setting', { enabled: true }),
        ...lisas.map(async (cookie) => as(cookie, 'GET', '/me/history')),
      ]);
      assert.deepEqual(
        answers.map((a) => a.status),
        [...lisas.map(() => 204), ...lisas.map(() => 200), 200, 200, ...lisas.map(() => 200)],
      );
      assert.equal((await stored(LISA.card)).length, 0, "Lisa's history is gone");
      assert.equal(await enabledInDb(LISA.card), 0);
      assert.deepEqual(await stored(CECILIA.card), ceciliaBefore, "Cecilia's rows are untouched");
      assert.equal(await enabledInDb(CECILIA.card), 1, 'Cecilia turned hers on; no request of Lisa turned it off');
      assert.deepEqual((await audit(LISA.card)).map(([event]) => event).sort(), ['loan_history_deleted', 'loan_history_disabled'], 'one deletion and one change, however many requests');
      const lisaReads = await Promise.all(answers.slice(-lisas.length).map(async (a) => LoanHistoryResponse.parse(await a.json())));
      for (const read of lisaReads) {
        assert.ok(read.entries.every((e) => e.id.startsWith('history-demo-1000000011-')), 'a read of Lisa holds only her entries');
      }
      const ceciliaRead = LoanHistoryResponse.parse(await answers[lisas.length * 2]?.json());
      assert.deepEqual(ceciliaRead.entries.map((e) => e.recordId), ['doktor-glas']);
    });

    it('logs the setting and the deletion count, never titles, authors, cards or names', () => {
      assert.match(h.log, /"event":"loan_history_setting","enabled":true,"changed":true/);
      assert.match(h.log, /"event":"loan_history_delete","deleted":6/);
      for (const secret of ['Sommarboken', 'Tove Jansson', 'Doktor Glas', 'Gallras', 'Lisa', 'Lindqvist', 'Cecilia', ALVA.card, LISA.card, CECILIA.card, '790102']) {
        assert.ok(!h.logWithoutTimes.includes(secret), `the log holds ${secret}`);
      }
    });
  });
}
