import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LocalIls } from './ils/local.js';
import { DEMO_LIBRARIES } from './seed.js';
import { Harness, ownPostgresDatabase } from './test-harness.js';

const pgUrl = await ownPostgresDatabase(process.env.BIV_TEST_DATABASE_URL, 'libraries');
const databases: [string, string | undefined][] = [
  ['SQLite', undefined],
  ['PostgreSQL', pgUrl],
];
const KUNGALV = 'https://www.kungalv.se'; // a municipality's site, listed below

for (const [label, databaseUrl] of databases) {
  describe(`GET /libraries on ${label}`, { skip: label === 'PostgreSQL' && !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' }, () => {
    const h = new Harness(databaseUrl);
    let reads = 0;
    before(() =>
      h.start({ allowedOrigins: [KUNGALV] }, {
        // The built-in ILS, counting how often the list is read.
        ils: (db) => {
          const ils = new LocalIls(db, undefined, () => h.now);
          const list = ils.listLibraries.bind(ils);
          ils.listLibraries = () => {
            reads += 1;
            return list();
          };
          return ils;
        },
      }),
    );
    after(() => h.stop());
    const get = (headers: Record<string, string> = {}) => h.request('GET', '/libraries', { headers });

    it('may be kept by browsers and shared caches, and tagged', async () => {
      h.advance(1);
      const answer = await get({ origin: KUNGALV });
      assert.equal(answer.status, 200);
      assert.equal(answer.headers.get('cache-control'), 'public, max-age=300');
      assert.match(answer.headers.get('etag') ?? '', /^"[A-Za-z0-9_-]{32}"$/);
      assert.equal(answer.headers.get('content-type'), 'application/json');
      assert.match(answer.headers.get('vary') ?? '', /Origin/i, 'a cache keeps one answer per site');
      assert.equal(answer.headers.get('access-control-allow-origin'), KUNGALV);
      assert.equal(answer.headers.get('set-cookie'), null, 'no cookie on an answer a shared cache keeps');
      assert.equal(((await answer.json()) as { libraries: unknown[] }).libraries.length, DEMO_LIBRARIES.length);
      // Other answers to that page still carry the partitioned-cookie probe, and are not kept.
      const session = await h.request('GET', '/session', { headers: { origin: KUNGALV } });
      assert.match(session.headers.get('set-cookie') ?? '', /biv_partitioned=1/);
      assert.equal(session.headers.get('cache-control'), 'no-store');
    });

    it('answers an empty 304 to a request with the current tag, in any spelling', async () => {
      const etag = (await get()).headers.get('etag') ?? '';
      for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        const answer = await get({ 'if-none-match': ifNoneMatch });
        assert.equal(answer.status, 304, ifNoneMatch);
        assert.equal(await answer.text(), '');
        assert.equal(answer.headers.get('etag'), etag);
        assert.equal(answer.headers.get('cache-control'), 'public, max-age=300');
      }
      assert.equal((await get({ 'if-none-match': '"other"' })).status, 200);
    });

    it("answers an operator's change within a second, with a new tag", async () => {
      const before = await get();
      const etag = before.headers.get('etag') ?? '';
      const first = ((await before.json()) as { libraries: { id: string; name: string }[] }).libraries[0];
      assert.ok(first);
      await h.services.db.updateTable('libraries').set({ name: 'Biblioteket med nytt namn' }).where('id', '=', first.id).execute();
      h.advance(1);
      const changed = await get({ 'if-none-match': etag });
      assert.equal(changed.status, 200, 'the old tag no longer matches');
      assert.notEqual(changed.headers.get('etag'), etag);
      const libraries = ((await changed.json()) as { libraries: { id: string; name: string }[] }).libraries;
      assert.equal(libraries.find((l) => l.id === first.id)?.name, 'Biblioteket med nytt namn');
      await h.services.db.updateTable('libraries').set({ name: first.name }).where('id', '=', first.id).execute();
      h.advance(1);
      assert.equal((await get()).headers.get('etag'), etag, 'the same list, the same tag');
    });

    it('reads the list once a second at most, once for requests arriving together', async () => {
      h.advance(1);
      reads = 0;
      const answers = await Promise.all(Array.from({ length: 20 }, async () => get()));
      assert.ok(answers.every((a) => a.status === 200));
      assert.equal(reads, 1);
      h.advance(0.999);
      await get();
      assert.equal(reads, 1, 'within the second: from memory');
      h.advance(0.001);
      await get();
      assert.equal(reads, 2);
    });
  });
}
