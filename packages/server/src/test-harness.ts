// Shared by the server's node:test files; not part of the build (tsconfig.build.json).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import { createServices, type ServerOptions, type Services } from './index.js';
import type { Config } from './config.js';
import { NEW_ADULTS } from '../../../test/fixtures.js';

export const API = 'http://localhost/api/v1';
export const START = new Date('2026-11-29T10:00:00Z');

/** A server on a fresh database with a clock the test moves and a log it can read. */
export class Harness {
  now = new Date(START);
  log = '';
  services!: Services;
  private dataDir = '';

  /** `shared`: another harness's PostgreSQL database, used as it is (a second server instance). */
  constructor(
    private readonly databaseUrl?: string,
    private readonly shared = false,
  ) {}

  async start(config: Partial<Config> = {}, options: Pick<ServerOptions, 'mailer' | 'demoMail' | 'ils'> = {}) {
    this.dataDir = mkdtempSync(join(tmpdir(), 'biv-server-test-'));
    if (this.databaseUrl && !this.shared) await resetPostgres(this.databaseUrl);
    const destination = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        this.log += chunk.toString();
        done();
      },
    });
    this.services = await createServices({
      config: { dataDir: this.dataDir, databaseUrl: this.databaseUrl, logLevel: 'info', ...config },
      seed: true,
      now: () => this.now,
      logDestination: destination,
      ...options,
    });
    return this;
  }

  async stop() {
    await this.services?.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /**
   * The log without its timestamps and durations: their digits could hold a PIN or a card number
   * by chance. Check that personal data is absent against this, not `log`.
   */
  get logWithoutTimes(): string {
    return this.log.replace(/"(time|ms)":\d+/g, '');
  }

  /** Wait (up to 2 s) until the log has `count` lines with `message` (work done after an answer). */
  async logged(message: string, count = 1) {
    for (let i = 0; i < 200 && this.log.split(`"msg":"${message}"`).length - 1 < count; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  advance(seconds: number) {
    this.now = new Date(this.now.getTime() + seconds * 1000);
  }

  request(method: string, path: string, options: { body?: unknown; raw?: string; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { ...options.headers };
    let body: string | undefined = options.raw;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    return this.services.app.request(API + path, { method, headers, ...(body === undefined ? {} : { body }) });
  }

  login(identifier: string, pin: string, headers: Record<string, string> = {}) {
    return this.request('POST', '/session', { body: { identifier, pin }, headers });
  }

  /** A request with the session cookie `cookie`. */
  as(cookie: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    return this.request(method, path, { ...(body === undefined ? {} : { body }), headers: { cookie: `biv_session=${cookie}`, ...headers } });
  }

  /** Log in and give the session cookie (fails the test when the login does). */
  async session(identifier: string, pin: string): Promise<string> {
    const cookie = cookieOf(await this.login(identifier, pin));
    if (!cookie) throw new Error(`no session for ${identifier.length}-character identifier`);
    return cookie;
  }
}

/** PostgreSQL tests share one database: drop our tables first. */
async function resetPostgres(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    'DROP TABLE IF EXISTS wishlist_entries, loan_history, server_settings, audit_events, idempotency_keys, loans, reservations, items, pin_reset_tokens, sessions, throttle_failures, throttle_locks, libraries, patrons, kysely_migration, kysely_migration_lock CASCADE',
  );
  await client.end();
}

/**
 * A database of its own next to the given one (`<name>_<suffix>`), created when missing, so test
 * files that node:test runs in parallel do not drop each other's tables.
 */
export async function ownPostgresDatabase(url: string | undefined, suffix: string): Promise<string | undefined> {
  if (!url) return undefined;
  const own = new URL(url);
  const name = `${own.pathname.slice(1) || 'postgres'}_${suffix}`;
  own.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04' && error.code !== '23505') throw error; // created meanwhile
      });
    }
  } finally {
    await client.end();
  }
  return own.toString();
}

export const cookieOf = (response: Response) => /biv_session=([^;]*)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
export const json = async (response: Response) => (await response.json()) as Record<string, unknown>;

/** A complete, valid application; tests change what they need. */
export const application = (overrides: Record<string, unknown> = {}) => ({
  personnummer: NEW_ADULTS[0],
  givenName: 'Greta',
  familyName: 'Gustafsson',
  streetAddress: 'Storgatan 12',
  postalCode: '44231',
  city: 'Kungälv',
  email: 'greta.gustafsson@example.net',
  phone: '070-123 45 67',
  homeLibraryId: 'kungalv',
  pin: '4826',
  acceptRules: true,
  ...overrides,
});

