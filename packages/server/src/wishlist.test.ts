import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WISHLIST_MAX_ENTRIES, WishlistEntry, WishlistResponse } from '@biv/contract';
import { Harness, json, ownPostgresDatabase } from './test-harness.js';
import { WISHLIST_RECORDS } from '../../../test/fixtures.js';

const ALVA = { card: '1000000001', pin: '1357' };
const CECILIA = { card: '1000000003', pin: '3579' };
const ELIN = { card: '1000000005', pin: '5791' };
const HUGO = { card: '1000000007', pin: '7913' };
const SPELLINGS = ['19850322-2385', '198503222385', '850322-2385', '8503222385', ALVA.card];

const pgUrl = await ownPostgresDatabase(process.env.BIV_TEST_DATABASE_URL, 'wishlist');
const databases: [string, string | undefined][] = [['SQLite', undefined], ['PostgreSQL', pgUrl]];

for (const [label, databaseUrl] of databases) {
  describe(`the wishlist (GET, PUT and DELETE /me/wishlist) on ${label}`, { skip: label === 'PostgreSQL' && !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' }, () => {
    const h = new Harness(databaseUrl);
    before(() => h.start());
    after(() => h.stop());

    const as = h.as.bind(h);
    const session = h.session.bind(h);
    const list = async (cookie: string) => {
      const response = await as(cookie, 'GET', '/me/wishlist');
      assert.equal(response.status, 200);
      return WishlistResponse.parse(await response.json()).entries;
    };
    const ids = async (cookie: string) => (await list(cookie)).map((e) => e.recordId);
    const rows = (recordId: string) => h.services.db.selectFrom('wishlist_entries').selectAll().where('record_id', '=', recordId).execute();

    it('gives the patron’s saved titles, newest first, with what the catalogue says of them', async () => {
      const cookie = await session(ALVA.card, ALVA.pin);
      const entries = await list(cookie);
      assert.deepEqual(entries.map((e) => e.recordId), WISHLIST_RECORDS.alva.map((r) => r.recordId));
      assert.deepEqual(entries[0], { recordId: 'trollvinter', title: 'Trollvinter', author: 'Tove Jansson', format: 'book', addedAt: entries[0]?.addedAt });
      assert.ok(entries.every((e, i) => i === 0 || (entries[i - 1]?.addedAt ?? '') >= e.addedAt));
    });

    it('needs a session', async () => {
      for (const [method, path] of [['GET', '/me/wishlist'], ['PUT', '/me/wishlist/aniara'], ['DELETE', '/me/wishlist/aniara']] as const) {
        const response = await h.request(method, path);
        assert.deepEqual([response.status, (await json(response)).code], [401, 'unauthenticated'], method);
      }
    });

    it('saves a record once: 201 with the entry, then 200 with the same entry and its first time', async () => {
      const cookie = await session(CECILIA.card, CECILIA.pin);
      const first = await as(cookie, 'PUT', '/me/wishlist/hemsoborna');
      assert.equal(first.status, 201);
      const entry = WishlistEntry.parse(await first.json());
      assert.deepEqual(entry, { recordId: 'hemsoborna', title: 'Hemsöborna', author: 'August Strindberg', format: 'audiobook', addedAt: h.now.toISOString() });
      h.advance(60);
      const again = await as(cookie, 'PUT', '/me/wishlist/hemsoborna');
      assert.equal(again.status, 200);
      assert.deepEqual(WishlistEntry.parse(await again.json()), entry);
      assert.deepEqual(await ids(cookie), ['hemsoborna']);
    });

    it('a record without an author has no author member', async () => {
      const cookie = await session(CECILIA.card, CECILIA.pin);
      const response = await as(cookie, 'PUT', '/me/wishlist/musikmagasinet');
      assert.equal(response.status, 201);
      assert.equal('author' in (await json(response)), false);
    });

    it('saves of one record at once, from every spelling of the login, make one entry with one time', async () => {
      const cookies = await Promise.all(SPELLINGS.map(async (identifier) => session(identifier, ALVA.pin)));
      const answers = await Promise.all([...cookies, ...cookies].map(async (cookie) => as(cookie, 'PUT', '/me/wishlist/vi-pa-saltkrakan')));
      const statuses = answers.map((a) => a.status).sort((a, b) => a - b);
      assert.deepEqual(statuses, [...Array<number>(9).fill(200), 201]);
      const entries = await Promise.all(answers.map(async (a) => WishlistEntry.parse(await a.json())));
      assert.equal(new Set(entries.map((e) => e.addedAt)).size, 1, 'every answer has the first time');
      assert.equal((await rows('vi-pa-saltkrakan')).length, 1);
      for (const cookie of cookies) assert.equal((await ids(cookie))[0], 'vi-pa-saltkrakan', 'every spelling sees the same list');
    });

    it('an unknown record, or a path that cannot be a record id, is 404 not_found and saves nothing', async () => {
      const cookie = await session(CECILIA.card, CECILIA.pin);
      const before = await ids(cookie);
      for (const id of ['no-such-record', 'a'.repeat(65), 'a%20b', '%00', 'a%2Fb', "x'%20OR%201=1"]) {
        const response = await as(cookie, 'PUT', `/me/wishlist/${id}`);
        assert.deepEqual([response.status, (await json(response)).code], [404, 'not_found'], id);
      }
      assert.deepEqual(await ids(cookie), before);
    });

    it('removes an entry (204); one not in the list is 404', async () => {
      const cookie = await session(CECILIA.card, CECILIA.pin);
      await as(cookie, 'PUT', '/me/wishlist/kejsarn-av-portugallien');
      const removed = await as(cookie, 'DELETE', '/me/wishlist/kejsarn-av-portugallien');
      assert.equal(removed.status, 204);
      assert.equal((await ids(cookie)).includes('kejsarn-av-portugallien'), false);
      const again = await as(cookie, 'DELETE', '/me/wishlist/kejsarn-av-portugallien');
      assert.deepEqual([again.status, (await json(again)).code], [404, 'not_found']);
      const unknown = await as(cookie, 'DELETE', '/me/wishlist/no-such-record');
      assert.equal(unknown.status, 404);
    });

    it('another patron can neither see nor remove the entries, also at once with the owner’s requests', async () => {
      const alvas = await Promise.all(SPELLINGS.map(async (identifier) => session(identifier, ALVA.pin)));
      const cecilia = await session(CECILIA.card, CECILIA.pin);
      const alvaBefore = await ids(alvas[0] ?? '');
      const ceciliaBefore = await ids(cecilia);
      const answers = await Promise.all([
        ...alvaBefore.map(async (recordId) => as(cecilia, 'DELETE', `/me/wishlist/${recordId}`, undefined, { 'x-forwarded-for': '203.0.113.9' })),
        ...alvas.map(async (cookie) => as(cookie, 'GET', '/me/wishlist')),
        as(cecilia, 'GET', '/me/wishlist'),
      ]);
      assert.deepEqual(answers.slice(0, alvaBefore.length).map((a) => a.status), alvaBefore.map(() => 404));
      const lists = await Promise.all(answers.slice(alvaBefore.length).map(async (a) => WishlistResponse.parse(await a.json()).entries.map((e) => e.recordId)));
      assert.deepEqual(lists, [...alvas.map(() => alvaBefore), ceciliaBefore]);
      assert.deepEqual(await ids(alvas[0] ?? ''), alvaBefore, "Alva's list is untouched");
      assert.ok(!ceciliaBefore.some((id) => alvaBefore.includes(id) && id === 'aniara'), "Alva's entries are not Cecilia's");
    });

    it('a temporary account has a wishlist too', async () => {
      const cookie = await session(ELIN.card, ELIN.pin);
      assert.deepEqual(await ids(cookie), []);
      assert.equal((await as(cookie, 'PUT', '/me/wishlist/aniara')).status, 201);
      assert.deepEqual(await ids(cookie), ['aniara']);
    });

    it(`holds at most ${WISHLIST_MAX_ENTRIES} entries, also when saves come at once from every spelling of the login and through a proxy (409 wishlist_full)`, async () => {
      const hugo = await h.services.db.selectFrom('patrons').select('id').where('card_number', '=', HUGO.card).executeTakeFirstOrThrow();
      const extra = Array.from({ length: WISHLIST_MAX_ENTRIES + 10 }, (_, i) => ({ id: `cap-${i}`, title: `Titel ${i}`, author: null, format: 'book', renewable: 1 }));
      for (let start = 0; start < extra.length; start += 100) await h.services.db.insertInto('items').values(extra.slice(start, start + 100)).execute();
      const filled = extra.slice(0, WISHLIST_MAX_ENTRIES - 1).map((item) => ({ patron_id: hugo.id, record_id: item.id, added_at: h.now.toISOString() }));
      for (let start = 0; start < filled.length; start += 100) await h.services.db.insertInto('wishlist_entries').values(filled.slice(start, start + 100)).execute();
      // Hugo's five spellings, each its own session: the cap is the patron's, whichever login and address sends.
      const hugos = await Promise.all(['19810101-2386', '198101012386', '810101-2386', '8101012386', HUGO.card].map(async (identifier) => session(identifier, HUGO.pin)));
      const cookie = hugos[0] ?? '';
      const candidates = extra.slice(WISHLIST_MAX_ENTRIES - 1).map((item) => item.id);
      const answers = await Promise.all(
        candidates.map(async (id, i) => as(hugos[i % hugos.length] ?? '', 'PUT', `/me/wishlist/${id}`, undefined, i % 2 ? { 'x-forwarded-for': `203.0.113.${i}` } : {})),
      );
      const statuses = answers.map((a) => a.status).sort((a, b) => a - b);
      assert.deepEqual(statuses, [201, ...candidates.slice(1).map(() => 409)]);
      const refused = answers.find((a) => a.status === 409);
      assert.equal((await json(refused ?? new Response('{}'))).code, 'wishlist_full');
      assert.equal((await list(cookie)).length, WISHLIST_MAX_ENTRIES);
      // One already there is still answered (200), and a removal makes room again.
      assert.equal((await as(cookie, 'PUT', '/me/wishlist/cap-0')).status, 200);
      assert.equal((await as(cookie, 'DELETE', '/me/wishlist/cap-0')).status, 204);
      assert.equal((await as(cookie, 'PUT', `/me/wishlist/${candidates.at(-1) ?? ''}`)).status, 201);
    });

    it('a record that leaves the catalogue leaves the wishlists with it', async () => {
      const cookie = await session(CECILIA.card, CECILIA.pin);
      await h.services.db.insertInto('items').values({ id: 'gallrad', title: 'Gallrad bok', author: null, format: 'book', renewable: 1 }).execute();
      assert.equal((await as(cookie, 'PUT', '/me/wishlist/gallrad')).status, 201);
      await h.services.db.deleteFrom('items').where('id', '=', 'gallrad').execute();
      assert.equal((await ids(cookie)).includes('gallrad'), false);
      assert.equal((await rows('gallrad')).length, 0);
    });

    it('logs what happened, never the record or the patron', async () => {
      await h.logged('wishlist entry saved');
      assert.match(h.log, /"event":"wishlist_add","added":true/);
      assert.doesNotMatch(h.logWithoutTimes, /hemsoborna|Hemsöborna|Alva|1000000001/);
    });
  });
}
