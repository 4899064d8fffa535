/**
 * The benchmarks' own PostgreSQL database (BIV_BENCH_DATABASE_URL), made anew for each run: the
 * throughput and load parts run the real server on it, after SQLite.
 */
import pg from 'pg';

/**
 * The PostgreSQL database of `url` made anew: dropped and created through the server's `postgres`
 * database, so each run starts from an empty schema (migrated and seeded by the server). Only a
 * database whose name says `bench` is touched.
 */
async function freshPostgresDatabase(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/bench/i.test(name)) throw new Error(`BIV_BENCH_DATABASE_URL: the benchmark drops and re-creates its database, so the name must contain "bench" (got "${name}")`);
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const quoted = `"${name.replace(/"/g, '""')}"`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: maintenance.toString() });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${quoted}`);
  return { url, drop: () => admin(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`) };
}

/**
 * `run` on the benchmark's PostgreSQL database made anew, dropped afterwards. Without a URL a note
 * says how to ask for it; when it fails, a note says why and the run fails, keeping the figures so far.
 */
export async function onFreshPostgres<T>(url: string | undefined, notes: string[], run: (databaseUrl: string) => Promise<T>): Promise<T | undefined> {
  if (!url) {
    notes.push('PostgreSQL skipped: set BIV_BENCH_DATABASE_URL=postgres://…/biv_bench (a database of its own: each run drops and re-creates it).');
    return undefined;
  }
  try {
    const database = await freshPostgresDatabase(url);
    try {
      return await run(database.url);
    } finally {
      await database.drop();
    }
  } catch (error) {
    notes.push(`PostgreSQL failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return undefined;
  }
}
