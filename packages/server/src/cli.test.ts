import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { LibrariesResponse } from '@biv/contract';
import { DEMO_PATRONS } from './seed.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts'];
const TIMEOUT = 60_000;

/** The environment without anything that configures the server, plus what a test sets. */
function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('BIV_') && key !== 'PORT' && key !== 'HOST' && !key.startsWith('NODE_TEST')) env[key] = value;
  }
  return { ...env, ...extra };
}

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface Running {
  child: ChildProcess;
  url: string;
  output: () => { stdout: string; stderr: string };
  ended: Promise<Ended>;
}

function spawnCli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [...CLI, ...args], { cwd: root, env: environment(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const ended = new Promise<Ended>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, ended, output: () => ({ stdout, stderr }) };
}

/** Run a command that ends by itself. */
function runCli(args: string[], env: Record<string, string>): Promise<Ended> {
  return spawnCli(args, env).ended;
}

/** Start a command that serves, and wait for its "listening" line. */
async function startCli(args: string[], env: Record<string, string>): Promise<Running> {
  const started = spawnCli(args, env);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" line in time:\n${started.output().stdout}${started.output().stderr}`)), TIMEOUT / 2);
    const check = () => {
      const complete = started.output().stdout.split('\n').slice(0, -1); // a last line without \n may be partial
      for (const line of complete) {
        if (!line.includes('"msg":"listening"')) continue;
        const parsed = JSON.parse(line) as { url?: unknown };
        clearTimeout(timer);
        started.child.stdout?.off('data', check);
        if (typeof parsed.url === 'string') resolve(parsed.url);
        else reject(new Error(`the listening line has no url: ${line}`));
        return;
      }
    };
    started.child.stdout?.on('data', check);
    void started.ended.then(({ code, stdout, stderr }) => {
      clearTimeout(timer);
      reject(new Error(`the server ended (${code}) before listening:\n${stdout}${stderr}`));
    });
  });
  return { ...started, url };
}

/** A GET with the given Host header (as a browser on `*.localhost` sends it). */
function getWithHost(url: string, host: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const seededLines = (stdout: string) => stdout.split('\n').filter((line) => line.includes('seeded the demo data')).length;

describe('biv-server CLI', { timeout: 4 * TIMEOUT }, () => {
  let dataDir = '';
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'biv-cli-test-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('demo: seeds, serves the demo page and the API, and ends cleanly on SIGTERM', { timeout: TIMEOUT }, async () => {
    const server = await startCli(['demo'], { PORT: '0', BIV_DATA_DIR: dataDir });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.notEqual(server.url, 'http://127.0.0.1:0');

      const page = await fetch(`${server.url}/`);
      assert.equal(page.status, 200);
      assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(await page.text(), readFileSync(join(root, 'demo', 'index.html'), 'utf8'));

      const libraries = await fetch(`${server.url}/api/v1/libraries`);
      assert.equal(libraries.status, 200);
      const body = LibrariesResponse.parse(await libraries.json());
      assert.ok(body.libraries.some((l) => l.name === 'Nödinge bibliotek' && l.municipality === 'Ale'));
      assert.equal(body.libraries.length, 9);

      const login = await fetch(`${server.url}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier: '1000000001', pin: '1357' }),
      });
      assert.equal(login.status, 200);
      await login.arrayBuffer();

      const outbox = await fetch(`${server.url}/demo/mail.json`);
      assert.equal(outbox.status, 200, 'the demo shows its outbox');
      assert.ok(Array.isArray(await outbox.json()));

      // The municipalities' own sites, on the port it listens on (demo-sites.ts).
      const port = new URL(server.url).port;
      const printed = server.output().stdout.split('\n').filter((line) => line.includes('"msg":"demo site"')).map((line) => (JSON.parse(line) as { url: string }).url);
      assert.deepEqual(printed, [`http://api.biv.localhost:${port}/`, ...['ale', 'kungalv', 'lillaedet', 'orust', 'stenungsund', 'tjorn', 'ockero'].map((id) => `http://www.${id}.localhost:${port}/`)]);
      const municipal = await getWithHost(`${server.url}/mina-sidor.html`, `www.orust.localhost:${port}`); // fetch() sends its own Host
      assert.equal(municipal.status, 200);
      assert.match(String(municipal.headers['content-security-policy']), new RegExp(`script-src http://api\\.biv\\.localhost:${port};`));
      assert.match(municipal.body, /<title>Mina sidor – Orust kommun<\/title>/);
    } finally {
      server.child.kill('SIGTERM');
    }
    const ended = await server.ended;
    assert.equal(ended.signal, null);
    assert.equal(ended.code, 0, ended.stderr);
    assert.equal(seededLines(ended.stdout), 1);
    assert.doesNotMatch(ended.stderr, /error|^\s+at /im);
    // Logs are JSON lines and never carry the PIN or the card number.
    for (const line of ended.stdout.split('\n').filter(Boolean)) assert.doesNotThrow(() => JSON.parse(line), line);
    assert.ok(!ended.stdout.includes('1357') && !ended.stdout.includes('1000000001'));
  });

  it('demo: a second start on the same data does not seed again', { timeout: TIMEOUT }, async () => {
    const server = await startCli(['demo'], { PORT: '0', BIV_DATA_DIR: dataDir });
    try {
      const login = await fetch(`${server.url}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier: '19850322-2385', pin: '1357' }),
      });
      assert.equal(login.status, 200);
      await login.arrayBuffer();
    } finally {
      server.child.kill('SIGTERM');
    }
    const ended = await server.ended;
    assert.equal(ended.code, 0, ended.stderr);
    assert.equal(seededLines(ended.stdout), 0);

    const db = new Database(join(dataDir, 'biv.sqlite'), { readonly: true, fileMustExist: true });
    try {
      const { n } = db.prepare('SELECT count(*) AS n FROM patrons').get() as { n: number };
      assert.equal(n, DEMO_PATRONS.length);
      const { loans } = db.prepare('SELECT count(*) AS loans FROM loans').get() as { loans: number };
      assert.equal(loans, 7 + 2 + 300, 'Alva, David and Hugo, once');
    } finally {
      db.close();
    }
  });

  it('migrate: exits 0 and says the database is up to date', { timeout: TIMEOUT }, async () => {
    const ended = await runCli(['migrate'], { BIV_DATA_DIR: dataDir });
    assert.equal(ended.code, 0, ended.stderr);
    assert.match(ended.stdout, /the database is up to date/);
    const fresh = mkdtempSync(join(tmpdir(), 'biv-cli-test-'));
    try {
      const first = await runCli(['migrate'], { BIV_DATA_DIR: fresh });
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /the database is up to date/);
      const db = new Database(join(fresh, 'biv.sqlite'), { readonly: true, fileMustExist: true });
      try {
        const { n } = db.prepare('SELECT count(*) AS n FROM patrons').get() as { n: number };
        assert.equal(n, 0, 'migrate creates the tables and seeds nothing');
      } finally {
        db.close();
      }
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('an unknown command exits 2 with the usage', { timeout: TIMEOUT }, async () => {
    const ended = await runCli(['frobnicate'], { BIV_DATA_DIR: dataDir });
    assert.equal(ended.code, 2);
    assert.match(ended.stdout + ended.stderr, /biv-server <command>/);
    assert.match(ended.stdout + ended.stderr, /\bdemo\b[\s\S]*\bserve\b[\s\S]*\bmigrate\b/);
  });

  it('--help prints the usage and exits 0', { timeout: TIMEOUT }, async () => {
    const ended = await runCli(['--help'], {});
    assert.equal(ended.code, 0);
    assert.match(ended.stdout, /biv-server <command>/);
  });

  for (const command of ['demo', 'migrate']) {
    it(`${command}: an invalid BIV_CARD_NUMBER_PATTERN exits 1 with a clear message and no stack`, { timeout: TIMEOUT }, async () => {
      const ended = await runCli([command], { PORT: '0', BIV_DATA_DIR: dataDir, BIV_CARD_NUMBER_PATTERN: '^(\\d{10}$' });
      assert.equal(ended.code, 1);
      assert.match(ended.stderr, /BIV_CARD_NUMBER_PATTERN/);
      assert.match(ended.stderr, /not a valid regular expression/);
      assert.doesNotMatch(ended.stderr, /^\s+at /m, 'no stack trace');
      assert.doesNotMatch(ended.stdout, /"msg":"listening"/);
    });
  }
});
