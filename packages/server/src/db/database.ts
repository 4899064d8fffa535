import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, type Compilable, type CompiledQuery, type SqliteDatabase } from 'kysely';
import { Migrator } from 'kysely/migration';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { Database } from './schema.js';
import { migrationProvider } from './migrations.js';

export type Db = Kysely<Database>;

export interface DatabaseOptions {
  /** `postgres://…`; otherwise SQLite in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir?: string;
  /**
   * PostgreSQL: told when a pooled connection breaks (the database restarted, its network went),
   * for the log. The request that was using it fails by itself either way.
   */
  onConnectionError?: (error: Error) => void;
}

/** Open the database: PostgreSQL when a URL is given, else the SQLite file `biv.sqlite` in `dataDir`. */
export function openDatabase(options: DatabaseOptions): Db {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      // A database that takes the connection but never answers (hung, or its packets dropped), and
      // a pool whose ten connections are all busy, fail the request after this long (503) instead
      // of holding it until the operating system gives up on the socket, minutes later.
      connectionTimeoutMillis: 5000,
    });
    // A connection that breaks (the database restarts, its network goes) emits 'error' on its
    // client, and on the pool when the client was idle. Unheard, either event ends the process.
    // The query that was using it fails by itself (503); the pool drops the client and opens a
    // new one for the next request.
    const lost = (error: Error) => options.onConnectionError?.(error);
    pool.on('error', lost);
    pool.on('connect', (client) => client.on('error', lost));
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  const dataDir = options.dataDir ?? './data';
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new SQLite(join(dataDir, 'biv.sqlite'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }) });
}

/** Prepared statements kept for reuse, the least recently used dropped first past this many. */
const STATEMENTS_KEPT = 500;

/**
 * The database as Kysely's SQLite driver sees it, with each SQL text prepared once and reused:
 * the driver prepares every query anew, and preparing cost more than running the server's usual
 * one-row queries (a CPU profile of `GET /session` under load, bench/README.md). Kysely's SQL has
 * placeholders for every value, so the texts are few.
 */
export function reusingStatements(sqlite: SQLite.Database): SqliteDatabase {
  const kept = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let statement = kept.get(sql);
      if (statement?.busy) return sqlite.prepare(sql); // still iterating: another one
      if (statement) kept.delete(sql); // to the end: most recently used
      else statement = sqlite.prepare(sql);
      kept.set(sql, statement);
      if (kept.size > STATEMENTS_KEPT) kept.delete(kept.keys().next().value as string);
      return statement;
    },
  };
}

/** Bring the schema up to date; throws with the failing migration's name. */
export async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = error instanceof Error ? error.message : 'unknown error';
    throw new Error(`database migration ${failed} failed: ${reason}`);
  }
}

/**
 * A query built and compiled once per database handle, then run with other values: Kysely builds
 * and compiles a query anew at every call, which cost more than running a small one (the loans
 * list's query with its reservation check, a CPU profile in bench/README.md). `build` gets markers
 * in place of the values (strings, as ids are); every parameter that is a marker gets its value.
 * A transaction is a handle of its own, so it compiles once more.
 */
export function compiledOnce<V extends string[], R>(build: (db: Db, ...values: V) => Compilable<R>): (db: Db, ...values: V) => Promise<R[]> {
  const compiled = new WeakMap<Db, CompiledQuery<R>>();
  return async (db, ...values) => {
    let query = compiled.get(db);
    if (!query) {
      const markers = values.map((_, i) => `\u0000value ${i}\u0000`) as V;
      query = build(db, ...markers).compile();
      if (!markers.every((marker) => query?.parameters.includes(marker))) throw new Error('compiledOnce: a value is not a parameter of the query');
      compiled.set(db, query);
    }
    const parameters = query.parameters.map((p) => {
      const i = typeof p === 'string' && p.startsWith('\u0000value ') ? Number(p.slice(7, -1)) : -1;
      return i >= 0 ? values[i] : p;
    });
    return (await db.executeQuery<R>({ ...query, parameters })).rows;
  };
}
