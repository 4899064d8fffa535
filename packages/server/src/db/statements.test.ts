import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { compiledOnce, reusingStatements, type Db } from './database.js';

/** An in-memory SQLite database that counts the statements it prepares. */
function counted() {
  const sqlite = new SQLite(':memory:');
  const prepare = sqlite.prepare.bind(sqlite);
  const count = { prepared: 0 };
  sqlite.prepare = ((source: string) => {
    count.prepared += 1;
    return prepare(source);
  });
  return { sqlite, count };
}

describe('SQLite statements', () => {
  it('are prepared once per SQL text and reused', async () => {
    const { sqlite, count } = counted();
    const db = new Kysely<{ t: { id: number; name: string } }>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }) });
    await sql`create table t (id integer primary key, name text)`.execute(db);
    for (let i = 0; i < 50; i++) await db.insertInto('t').values({ id: i, name: `n${i}` }).execute();
    for (let i = 0; i < 50; i++) assert.equal((await db.selectFrom('t').select('name').where('id', '=', i).executeTakeFirst())?.name, `n${i}`);
    assert.equal(count.prepared, 3, 'create, insert, select');
    await db.destroy();
  });

  it('prepare another statement while one of the same text is still being read', () => {
    const { sqlite, count } = counted();
    const database = reusingStatements(sqlite);
    sqlite.exec('create table t (id integer primary key); insert into t values (1), (2), (3)');
    const text = 'select id from t order by id';
    const reading = database.prepare(text).iterate([]);
    assert.deepEqual(reading.next().value, { id: 1 });
    assert.deepEqual(database.prepare(text).all([]), [{ id: 1 }, { id: 2 }, { id: 3 }], 'a second statement, while the first is busy');
    assert.deepEqual([...reading], [{ id: 2 }, { id: 3 }]);
    assert.equal(count.prepared, 2);
    database.close();
  });

  it('keep at most 500, dropping the least recently used', async () => {
    const { sqlite, count } = counted();
    const db = new Kysely<Record<string, never>>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }) });
    for (let i = 0; i < 501; i++) await sql`select ${sql.lit(i)} as n`.execute(db);
    assert.equal(count.prepared, 501);
    await sql`select ${sql.lit(500)} as n`.execute(db); // the latest: kept
    assert.equal(count.prepared, 501);
    await sql`select ${sql.lit(0)} as n`.execute(db); // the oldest: dropped, prepared again
    assert.equal(count.prepared, 502);
    await db.destroy();
  });
});

describe('compiledOnce', () => {
  type Items = { t: { id: string; name: string } };
  const open = async () => {
    const db = new Kysely<Items>({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
    await sql`create table t (id text primary key, name text)`.execute(db);
    await db.insertInto('t').values([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }]).execute();
    return db as unknown as Db & Kysely<Items>;
  };

  it('builds a query once per database handle and runs it with each call\'s values, in their places', async () => {
    let builds = 0;
    const between = compiledOnce((db, from: string, to: string) => {
      builds += 1;
      return (db as unknown as Kysely<Items>).selectFrom('t').select('name').where('id', '>=', from).where('id', '<=', to).orderBy('id');
    });
    const one = await open();
    const other = await open();
    assert.deepEqual(await between(one, 'a', 'b'), [{ name: 'A' }, { name: 'B' }]);
    assert.deepEqual(await between(one, 'b', 'c'), [{ name: 'B' }, { name: 'C' }]);
    assert.deepEqual(await between(one, 'c', 'c'), [{ name: 'C' }]);
    assert.equal(builds, 1);
    assert.deepEqual(await between(other, 'a', 'a'), [{ name: 'A' }]);
    assert.equal(builds, 2, 'another handle compiles its own');
    await one.destroy();
    await other.destroy();
  });

  it('refuses a query that does not use every value as a parameter', async () => {
    const db = await open();
    const wrong = compiledOnce((handle, id: string) => (handle as unknown as Kysely<Items>).selectFrom('t').select('name').where('id', '=', id.length > 0 ? 'a' : 'b'));
    await assert.rejects(wrong(db, 'x'), /not a parameter/);
    await db.destroy();
  });
});
