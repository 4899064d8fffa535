import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type KyselyPlugin } from 'kysely';
import { Sessions } from './sessions.js';
import { Harness, ownPostgresDatabase } from './test-harness.js';

const pgUrl = await ownPostgresDatabase(process.env.BIV_TEST_DATABASE_URL, 'sessions');
const databases: [string, string | undefined][] = [
  ['SQLite', undefined],
  ['PostgreSQL', pgUrl],
];
const settings = { idleSeconds: 900, absoluteSeconds: 8 * 3600 };
const ALVA = '1000000001';

/** Counts the session rows UPDATE statements change (the writes a session's reads cost). */
function countWrites() {
  const count = { rows: 0, statements: 0 };
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      if (node.kind === 'UpdateQueryNode') count.statements += 1;
      return node;
    },
    transformResult: async ({ result }) => {
      count.rows += Number(result.numAffectedRows ?? 0n);
      return result;
    },
  };
  return { count, plugin };
}

for (const [label, databaseUrl] of databases) {
  describe(`sessions on ${label}`, { skip: label === 'PostgreSQL' && !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' }, () => {
    const h = new Harness(databaseUrl);
    let patronId = '';
    before(async () => {
      await h.start({ trustProxy: 1 });
      patronId = (await h.services.db.selectFrom('patrons').select('id').where('card_number', '=', ALVA).executeTakeFirstOrThrow()).id;
    });
    after(() => h.stop());

    /** A session store on the harness's database and clock, counting its writes. */
    const store = () => {
      const { count, plugin } = countWrites();
      return { count, sessions: new Sessions(h.services.db.withPlugin(plugin), settings, () => h.now) };
    };

    it('records a session used every 10 seconds once a minute, not at every request', async () => {
      const { count, sessions } = store();
      const { id } = await sessions.create(patronId);
      count.rows = 0;
      count.statements = 0;
      for (let second = 10; second <= 600; second += 10) {
        h.advance(10);
        assert.ok(await sessions.touch(id), `alive at ${second} s`);
      }
      // 60 reads over 10 minutes: one record per minute.
      assert.equal(count.rows, 10);
      assert.equal(count.statements, 10);
    });

    it('of requests arriving together, one records', async () => {
      const { count, sessions } = store();
      const { id } = await sessions.create(patronId);
      h.advance(61);
      count.rows = 0;
      const read = await Promise.all(Array.from({ length: 20 }, () => sessions.touch(id)));
      assert.ok(read.every(Boolean));
      assert.equal(count.rows, 1);
    });

    it('through the API, 30 reads at once in every spelling of the id, some through a proxy, record once', async () => {
      // Rows of `sessions` the server's UPDATEs change, counted by the database itself.
      if (databaseUrl) {
        await sql`CREATE TABLE IF NOT EXISTS session_writes (n integer)`.execute(h.services.db);
        await sql`CREATE OR REPLACE FUNCTION count_session_write() RETURNS trigger AS $$ BEGIN INSERT INTO session_writes VALUES (1); RETURN NEW; END $$ LANGUAGE plpgsql`.execute(h.services.db);
        await sql`CREATE OR REPLACE TRIGGER session_written AFTER UPDATE ON sessions FOR EACH ROW EXECUTE FUNCTION count_session_write()`.execute(h.services.db);
      } else {
        await sql`CREATE TABLE IF NOT EXISTS session_writes (n integer)`.execute(h.services.db);
        await sql`CREATE TRIGGER IF NOT EXISTS session_written AFTER UPDATE ON sessions BEGIN INSERT INTO session_writes VALUES (1); END`.execute(h.services.db);
      }
      const writes = async () => Number((await sql<{ n: number | string }>`SELECT count(*) AS n FROM session_writes`.execute(h.services.db)).rows[0]?.n);
      const id = await h.session(ALVA, '1357');
      const spellings: Record<string, string>[] = [
        { cookie: `biv_session=${id}` },
        { authorization: `Bearer ${id}` },
        { cookie: `other=1; biv_session=${id}` },
        { cookie: `biv_session=${id}`, 'x-forwarded-for': '198.51.100.7' },
        { authorization: `Bearer ${id}`, 'x-forwarded-for': '198.51.100.8, 10.0.0.1' },
      ];
      for (const round of [1, 2]) {
        h.advance(61); // the record is a minute old: the next read records
        const before = await writes();
        const answers = await Promise.all(Array.from({ length: 30 }, async (_, i) => h.request('GET', '/session', { headers: spellings[i % spellings.length] })));
        assert.deepEqual([...new Set(answers.map((a) => a.status))], [200], `round ${round}`);
        assert.equal((await writes()) - before, 1, `round ${round}: one write`);
        const again = await Promise.all(Array.from({ length: 10 }, async (_, i) => h.request('GET', '/session', { headers: spellings[i % spellings.length] })));
        assert.ok(again.every((a) => a.status === 200));
        assert.equal((await writes()) - before, 1, `round ${round}: none within the minute`);
      }
    });

    it('ends at most a minute before, and never after, 15 idle minutes since the last request', async () => {
      // The same pattern twice: used now and then, then left alone; one is read a minute before
      // 15 idle minutes, the other at 15.
      const { sessions } = store();
      const early = (await sessions.create(patronId)).id;
      const late = (await sessions.create(patronId)).id;
      for (const step of [50, 50, 50, 700, 890, 30, 45]) {
        h.advance(step);
        assert.ok(await sessions.touch(early));
        assert.ok(await sessions.touch(late));
      }
      const lastRequest = h.now.getTime();
      h.advance(900 - 60);
      assert.ok(await sessions.touch(early), 'alive 14 minutes after its last request');
      h.now = new Date(lastRequest + 900_000);
      assert.equal(await sessions.touch(late), undefined, 'ended 15 minutes after its last request');
    });

    it('still ends at the absolute timeout, however often used', async () => {
      const { sessions } = store();
      const { id } = await sessions.create(patronId);
      for (let minute = 1; minute < 8 * 60; minute += 1) {
        h.advance(60);
        assert.ok(await sessions.touch(id), `minute ${minute}`);
      }
      h.advance(60);
      assert.equal(await sessions.touch(id), undefined);
    });
  });
}

describe('a session on two instances on one PostgreSQL', { skip: !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' }, () => {
  const a = new Harness(pgUrl);
  const b = new Harness(pgUrl, true);
  const secret = 'two-instances-share-this-secret-of-forty-chars';
  before(async () => {
    await a.start({ secret });
    await b.start({ secret });
  });
  after(async () => {
    await b.stop();
    await a.stop();
  });
  const at = (seconds: number) => {
    a.advance(seconds);
    b.now = a.now;
  };
  const status = async (h: Harness, cookie: string) => (await h.request('GET', '/session', { headers: { cookie: `biv_session=${cookie}` } })).status;

  it('slides by requests to either, and ends on both at the same moment', async () => {
    const cookie = await a.session(ALVA, '1357');
    // Used through both for 40 minutes (more than the idle timeout), never 15 minutes idle.
    for (const [seconds, h] of [[600, b], [30, a], [600, a], [40, b], [600, b], [20, a], [560, a]] as const) {
      at(seconds);
      assert.equal(await status(h, cookie), 200);
    }
    // The record B or A made last; both answer alike a second before the end it gives, and at it.
    const recorded = async () => new Date((await a.services.db.selectFrom('sessions').select('last_seen_at').executeTakeFirstOrThrow()).last_seen_at);
    const last = await recorded();
    at((last.getTime() + 900_000 - 1000 - a.now.getTime()) / 1000);
    assert.equal(await status(b, cookie), 200, 'alive on B a second before the end');
    assert.equal((await recorded()).getTime(), a.now.getTime(), 'B recorded that request');
    at(900);
    assert.equal(await status(a, cookie), 401, 'A ends it 15 minutes after what B recorded');
    assert.equal(await status(b, cookie), 401);
  });
});
