// isDatabaseUnavailable against the errors pg, pg-pool and better-sqlite3 really give: a database
// that cannot be reached or cannot take the work now is 503; a fault in a query or the code is not.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { isDatabaseUnavailable } from './unavailable.js';

/** The error a promise rejects with. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

/** A loopback TCP server that does `onConnection` with every connection; resolves with its port. */
async function tcpServer(onConnection: (socket: Socket) => void): Promise<{ port: number; server: Server; sockets: Set<Socket> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    onConnection(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { port: (server.address() as AddressInfo).port, server, sockets };
}

const close = async ({ server, sockets }: { server: Server; sockets: Set<Socket> }) => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
};

/** A client whose 'error' events are heard (as database.ts does for the pool's clients). */
const client = (config: pg.ClientConfig) => {
  const c = new pg.Client(config);
  c.on('error', () => undefined);
  return c;
};

describe('isDatabaseUnavailable', () => {
  describe('PostgreSQL that cannot be reached (pg and pg-pool)', () => {
    it('a closed port: ECONNREFUSED, on 127.0.0.1 and on localhost (IPv6 and IPv4 tried)', async () => {
      const { port, server, sockets } = await tcpServer(() => undefined);
      await close({ server, sockets });
      for (const host of ['127.0.0.1', 'localhost']) {
        const error = await failure(client({ host, port, user: 'x', database: 'x' }).connect());
        assert.equal(isDatabaseUnavailable(error), true, `${host}: ${String(error)}`);
      }
    });

    it('a server that closes the connection at once: Connection terminated unexpectedly', async () => {
      const server = await tcpServer((socket) => socket.destroy());
      try {
        const error = await failure(client({ host: '127.0.0.1', port: server.port, user: 'x', database: 'x' }).connect());
        assert.match(String(error), /Connection terminated unexpectedly/);
        assert.equal(isDatabaseUnavailable(error), true);
      } finally {
        await close(server);
      }
    });

    it('a server that never answers: the connection timeout, of a client and of a pool', async () => {
      const server = await tcpServer(() => undefined);
      try {
        const config = { host: '127.0.0.1', port: server.port, user: 'x', database: 'x', connectionTimeoutMillis: 200 };
        const error = await failure(client(config).connect());
        assert.equal(isDatabaseUnavailable(error), true, String(error));
        const pool = new pg.Pool(config);
        pool.on('error', () => undefined);
        const pooled = await failure(pool.query('SELECT 1'));
        assert.equal(isDatabaseUnavailable(pooled), true, String(pooled));
        await pool.end();
      } finally {
        await close(server);
      }
    });

    it('every connection of the pool busy past the connection timeout: timeout exceeded when trying to connect', async () => {
      // The first connection's handshake never ends, so the pool (max 1) has no client to give.
      const server = await tcpServer(() => undefined);
      const pool = new pg.Pool({ host: '127.0.0.1', port: server.port, user: 'x', database: 'x', max: 1, connectionTimeoutMillis: 300 });
      pool.on('error', () => undefined);
      try {
        const first = failure(pool.connect());
        await new Promise((resolve) => setTimeout(resolve, 50));
        const waiting = await failure(pool.connect());
        assert.match(String(waiting), /timeout exceeded when trying to connect/);
        assert.equal(isDatabaseUnavailable(waiting), true);
        assert.equal(isDatabaseUnavailable(await first), true);
      } finally {
        await pool.end();
        await close(server);
      }
    });

    it('a pool that was ended (the server shutting down under a request)', async () => {
      const pool = new pg.Pool({ host: '127.0.0.1', port: 1, user: 'x', database: 'x' });
      await pool.end();
      const error = await failure(pool.query('SELECT 1'));
      assert.equal(isDatabaseUnavailable(error), true, String(error));
    });
  });

  const pgUrl = process.env.BIV_TEST_DATABASE_URL;
  describe('PostgreSQL that goes away under a connection', { skip: !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' }, () => {
    it('terminated by an operator or a restart (57P01) during a query, and the client it leaves behind', async () => {
      const victim = client({ connectionString: pgUrl });
      const killer = client({ connectionString: pgUrl });
      await Promise.all([victim.connect(), killer.connect()]);
      try {
        const pid = (await victim.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid;
        const running = failure(victim.query('SELECT pg_sleep(5)'));
        await new Promise((resolve) => setTimeout(resolve, 100));
        await killer.query('SELECT pg_terminate_backend($1)', [pid]);
        const error = await running;
        assert.equal((error as { code?: string }).code, '57P01', String(error));
        assert.equal(isDatabaseUnavailable(error), true);
        const next = await failure(victim.query('SELECT 1'));
        assert.equal(isDatabaseUnavailable(next), true, String(next));
      } finally {
        await Promise.all([victim.end().catch(() => undefined), killer.end()]);
      }
    });

    it('a statement cancelled by statement_timeout or an operator (57014)', async () => {
      const c = client({ connectionString: pgUrl });
      await c.connect();
      try {
        await c.query("SET statement_timeout = '50ms'");
        const error = await failure(c.query('SELECT pg_sleep(1)'));
        assert.equal((error as { code?: string }).code, '57014', String(error));
        assert.equal(isDatabaseUnavailable(error), true);
      } finally {
        await c.end();
      }
    });

    it('is false for faults in the query: a unique violation, a syntax error, a missing table', async () => {
      const c = client({ connectionString: pgUrl });
      await c.connect();
      try {
        await c.query('CREATE TEMP TABLE t (id int PRIMARY KEY)');
        await c.query('INSERT INTO t VALUES (1)');
        const errors = [
          await failure(c.query('INSERT INTO t VALUES (1)')),
          await failure(c.query('SELEC 1')),
          await failure(c.query('SELECT * FROM no_such_table')),
          await failure(c.query('SELECT 1/0')),
        ];
        assert.deepEqual(
          errors.map((e) => (e as { code?: string }).code),
          ['23505', '42601', '42P01', '22012'],
        );
        for (const error of errors) assert.equal(isDatabaseUnavailable(error), false, String(error));
      } finally {
        await c.end();
      }
    });
  });

  describe('SQLite (better-sqlite3)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'biv-unavailable-'));
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('busy: another connection holds the write lock past the busy timeout', () => {
      const file = join(dir, 'busy.sqlite');
      const holder = new SQLite(file);
      const other = new SQLite(file);
      try {
        holder.pragma('journal_mode = WAL');
        holder.exec('CREATE TABLE t (id INTEGER PRIMARY KEY)');
        other.pragma('busy_timeout = 0');
        holder.exec('BEGIN EXCLUSIVE');
        let error: unknown;
        try {
          other.exec('INSERT INTO t VALUES (1)');
        } catch (caught) {
          error = caught;
        }
        assert.equal((error as { code?: string }).code, 'SQLITE_BUSY');
        assert.equal(isDatabaseUnavailable(error), true);
        holder.exec('ROLLBACK');
      } finally {
        holder.close();
        other.close();
      }
    });

    it('is false for faults in the query: a constraint, a syntax error, a closed handle', () => {
      const db = new SQLite(join(dir, 'faults.sqlite'));
      db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY)');
      db.exec('INSERT INTO t VALUES (1)');
      const errors: unknown[] = [];
      for (const statement of ['INSERT INTO t VALUES (1)', 'SELEC 1', 'SELECT * FROM no_such_table']) {
        try {
          db.exec(statement);
        } catch (error) {
          errors.push(error);
        }
      }
      db.close();
      try {
        db.exec('SELECT 1');
      } catch (error) {
        errors.push(error);
      }
      assert.equal(errors.length, 4);
      for (const error of errors) assert.equal(isDatabaseUnavailable(error), false, String(error));
    });
  });

  it('is false for what is not an error of the database', () => {
    const values: unknown[] = [
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      new RangeError('Invalid time value'),
      new Error('could not find a free borrower ID'),
      { code: 'ECONNREFUSED', message: 'not an Error instance' },
      'ECONNREFUSED',
      undefined,
      null,
      Object.assign(new Error('unique'), { code: 23505 }),
    ];
    for (const value of values) assert.equal(isDatabaseUnavailable(value), false, String(value));
  });

  it('is true for the codes of a database under strain, however they come', () => {
    const codes = ['53300', '53200', '53100', '57P03', '08006', '08001', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET', 'EPIPE', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', 'SQLITE_IOERR_WRITE', 'SQLITE_FULL', 'SQLITE_READONLY'];
    for (const code of codes) assert.equal(isDatabaseUnavailable(Object.assign(new Error(code), { code })), true, code);
  });
});
