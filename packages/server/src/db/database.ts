import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
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
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
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
