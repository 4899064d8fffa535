// The server's own log on stdout, as `biv-server serve` writes it: asynchronous, and complete up
// to the last line when SIGTERM stops it, even while its reader is slow.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const TIMEOUT = 120_000;

interface Server {
  child: ChildProcessByStdio<null, Readable, Readable>;
  url: string;
  stdout: () => string;
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** `biv-server serve` from source, as cli.test.ts runs it, its stdout read by the test. */
async function startServe(dataDir: string): Promise<Server> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('BIV_') && key !== 'PORT' && key !== 'HOST' && !key.startsWith('NODE_TEST')) env[key] = value;
  }
  // SQLite in `dataDir` whatever BIV_TEST_DATABASE_URL says: the log, not the database, is tested.
  Object.assign(env, { PORT: '0', BIV_DATA_DIR: dataDir, BIV_LOG_LEVEL: 'info' });
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts', 'serve'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const ended = new Promise<Awaited<Server['ended']>>((resolve) => child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  const url = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const line = stdout.split('\n').slice(0, -1).find((l) => l.includes('"msg":"listening"'));
      if (!line) return;
      child.stdout.off('data', check);
      resolve((JSON.parse(line) as { url: string }).url);
    };
    child.stdout.on('data', check);
    void ended.then(({ code }) => reject(new Error(`the server ended (${code}) before listening:\n${stdout}${stderr}`)));
  });
  return { child, url, stdout: () => stdout, ended };
}

/** `count` GETs of `path`, `parallel` at a time; every answer read to its end. */
async function get(url: string, path: string, count: number, parallel = 8): Promise<number[]> {
  const statuses: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        next++;
        const response = await fetch(`${url}${path}`);
        await response.arrayBuffer();
        statuses.push(response.status);
      }
    }),
  );
  return statuses;
}

interface Line {
  level: number;
  msg: string;
  method?: string;
  route?: string;
  status?: number;
}

/** Every line of the log, parsed (a line that is not whole JSON fails here). */
function lines(stdout: string): Line[] {
  assert.ok(stdout.endsWith('\n'), 'the log ends with a whole line');
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      try {
        return JSON.parse(line) as Line;
      } catch {
        assert.fail(`not a JSON line: ${line.slice(0, 200)}`);
      }
    });
}

const requests = (log: Line[], route: string, status: number) => log.filter((l) => l.msg === 'request' && l.route === route && l.status === status).length;

const PERSONNUMMER = '19121212-1212'; // nobody's: the test number of the tax agency
const PIN = '9137';

/** Not the personnummer nor the PIN a login sent (timestamps, durations and pid left out: digits by chance). */
function assertNoPersonalData(stdout: string) {
  const log = stdout.replace(/"(time|ms|pid)":\d+/g, '');
  for (const value of [PERSONNUMMER, PERSONNUMMER.replace('-', ''), PERSONNUMMER.slice(2), PIN]) assert.ok(!log.includes(value), `the log contains ${value}`);
  assert.doesNotMatch(log, /"(pin|identifier)"\s*:/);
}

describe('the server log on stdout', { timeout: 2 * TIMEOUT }, () => {
  let dataDir = '';
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'biv-logging-test-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('has one line per request up to the last one, then "stopped", when SIGTERM comes right after the last answer', { timeout: TIMEOUT }, async () => {
    const server = await startServe(dataDir);
    try {
      const libraries = await get(server.url, '/api/v1/libraries', 200);
      assert.deepEqual(new Set(libraries), new Set([200]));
      const login = await fetch(`${server.url}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ identifier: PERSONNUMMER, pin: PIN }),
      });
      await login.arrayBuffer();
      assert.equal(login.status, 401, 'no such patron (serve seeds nothing)');
      // The last ones, distinctive: what a lost tail would lose first.
      assert.deepEqual(await get(server.url, '/api/v1/nothing-here', 3, 1), [404, 404, 404]);
    } finally {
      server.child.kill('SIGTERM');
    }
    const ended = await server.ended;
    assert.equal(ended.signal, null);
    assert.equal(ended.code, 0, ended.stderr);
    const log = lines(ended.stdout);
    assert.equal(requests(log, '/api/v1/libraries', 200), 200);
    assert.equal(requests(log, '/api/v1/session', 401), 1);
    assert.equal(requests(log, '/api/v1/*', 404), 3);
    assert.equal(log.filter((l) => l.msg === 'request').length, 204, 'nothing else was asked');
    assert.deepEqual(log.slice(-4).map((l) => l.route ?? l.msg), ['/api/v1/*', '/api/v1/*', '/api/v1/*', 'stopped']);
    assert.equal(log.filter((l) => l.msg === 'listening').length, 1);
    assertNoPersonalData(ended.stdout);
  });

  it('loses no line when its reader is slow: stdout full at SIGTERM, read again only afterwards', { timeout: TIMEOUT }, async () => {
    const server = await startServe(dataDir);
    // Nothing more is read: the pipe (64 KiB) and this side's buffer fill, and the server's writes
    // wait (EAGAIN) with lines still in its memory when SIGTERM comes.
    server.child.stdout.pause();
    const before = server.stdout().length;
    const count = 2000; // about 300 KB of request lines
    try {
      assert.deepEqual(new Set(await get(server.url, '/api/v1/libraries', count)), new Set([200]));
      assert.deepEqual(await get(server.url, '/api/v1/nothing-here', 1), [404]);
    } finally {
      server.child.kill('SIGTERM');
    }
    assert.equal(server.stdout().length, before, 'the test read nothing while the requests were made');
    // Give the server time to go through its shutdown with stdout still full, then read again.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    server.child.stdout.resume();
    const ended = await server.ended;
    assert.equal(ended.code, 0, ended.stderr);
    const log = lines(ended.stdout);
    assert.equal(requests(log, '/api/v1/libraries', 200), count);
    assert.equal(requests(log, '/api/v1/*', 404), 1);
    assert.deepEqual(log.slice(-2).map((l) => l.route ?? l.msg), ['/api/v1/*', 'stopped']);
    assertNoPersonalData(ended.stdout);
  });
});
