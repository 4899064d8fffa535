import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { serveStatic } from './static.js';

/**
 * Layout (SECRET must never be served):
 *   <top>/secret.txt            SECRET
 *   <top>/a/index.html, app.js, style.css, data.json, both.txt ("from a"), sub/index.html,
 *          a b.txt, å.txt, 100%.txt, blob.bin, empty/
 *   <top>/a-sibling/x.txt       SECRET (a sibling whose name starts with the root's name)
 *   <top>/b/both.txt ("from b"), only-b.txt, empty/index.html
 */
const SECRET = 'TOP-SECRET-CONTENT';
let top = '';
let app: Hono;

function layout() {
  top = mkdtempSync(join(tmpdir(), 'biv-static-test-'));
  const a = join(top, 'a');
  const b = join(top, 'b');
  for (const dir of [a, join(a, 'sub'), join(a, 'empty'), b, join(b, 'empty'), join(top, 'a-sibling')]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(top, 'secret.txt'), SECRET);
  writeFileSync(join(top, 'a-sibling', 'x.txt'), SECRET);
  writeFileSync(join(a, 'index.html'), '<!doctype html><title>root index</title>');
  writeFileSync(join(a, 'app.js'), 'export const answer = 42;');
  writeFileSync(join(a, 'style.css'), 'body { color: black }');
  writeFileSync(join(a, 'data.json'), '{"ok":true}');
  writeFileSync(join(a, 'both.txt'), 'from a');
  writeFileSync(join(a, 'sub', 'index.html'), '<!doctype html><title>sub index</title>');
  writeFileSync(join(a, 'a b.txt'), 'space');
  writeFileSync(join(a, 'å.txt'), 'a-ring');
  writeFileSync(join(a, '100%.txt'), 'percent');
  writeFileSync(join(a, 'blob.bin'), Buffer.from([0, 1, 2, 3]));
  writeFileSync(join(b, 'both.txt'), 'from b');
  writeFileSync(join(b, 'only-b.txt'), 'only in b');
  writeFileSync(join(b, 'empty', 'index.html'), '<!doctype html><title>b empty index</title>');
  app = new Hono();
  app.use('*', serveStatic([a, b]));
  app.post('/echo', (c) => c.text('posted'));
  app.notFound((c) => c.text('not found from the app', 404));
}

const get = (path: string, init: RequestInit = {}) => app.request(`http://localhost${path}`, init);

/** The request must fall through to the app's 404 and show nothing of the secret. */
async function refused(response: Response) {
  const body = await response.text();
  assert.equal(response.status, 404, `status ${response.status}: ${body.slice(0, 80)}`);
  assert.equal(body, 'not found from the app');
  assert.ok(!body.includes(SECRET));
}

describe('serveStatic', () => {
  before(layout);
  after(() => rmSync(top, { recursive: true, force: true }));

  it('serves files with their content type, nosniff and no-cache', async () => {
    const cases: [string, string, string][] = [
      ['/index.html', 'text/html; charset=utf-8', '<!doctype html><title>root index</title>'],
      ['/app.js', 'text/javascript; charset=utf-8', 'export const answer = 42;'],
      ['/style.css', 'text/css; charset=utf-8', 'body { color: black }'],
      ['/data.json', 'application/json', '{"ok":true}'],
      ['/both.txt', 'text/plain; charset=utf-8', 'from a'],
      ['/blob.bin', 'application/octet-stream', '\u0000\u0001\u0002\u0003'],
    ];
    for (const [path, type, body] of cases) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-type'), type, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(response.headers.get('cache-control'), 'no-cache', path);
      assert.equal(await response.text(), body, path);
    }
  });

  it('sends Referrer-Policy: same-origin with every file (no Referer to other sites; the API still sees the page as its own)', async () => {
    for (const path of ['/', '/index.html', '/sub/', '/app.js', '/style.css', '/data.json', '/only-b.txt', '/blob.bin']) {
      assert.equal((await get(path)).headers.get('referrer-policy'), 'same-origin', path);
    }
    assert.equal((await get('/app.js', { method: 'HEAD' })).headers.get('referrer-policy'), 'same-origin', 'HEAD');
  });

  it('gives index.html for / and for folders', async () => {
    assert.equal(await (await get('/')).text(), '<!doctype html><title>root index</title>');
    const sub = await get('/sub');
    assert.equal(sub.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(await sub.text(), '<!doctype html><title>sub index</title>');
    assert.equal(await (await get('/sub/')).text(), '<!doctype html><title>sub index</title>');
  });

  it('lets the first folder win and falls back to the next', async () => {
    assert.equal(await (await get('/both.txt')).text(), 'from a');
    assert.equal(await (await get('/only-b.txt')).text(), 'only in b');
    // a/empty has no index.html, so b/empty/index.html answers
    assert.equal(await (await get('/empty/')).text(), '<!doctype html><title>b empty index</title>');
  });

  it('lets only JavaScript be loaded from other origins', async () => {
    assert.equal((await get('/app.js')).headers.get('access-control-allow-origin'), '*');
    for (const path of ['/index.html', '/style.css', '/data.json', '/both.txt']) {
      assert.equal((await get(path)).headers.get('access-control-allow-origin'), null, path);
    }
  });

  it('decodes percent-encoded names once', async () => {
    assert.equal(await (await get('/a%20b.txt')).text(), 'space');
    assert.equal(await (await get('/%C3%A5.txt')).text(), 'a-ring');
    assert.equal(await (await get('/100%25.txt')).text(), 'percent');
    await refused(await get('/a%2520b.txt')); // "a%20b.txt" is no file: no second decoding
  });

  it('answers HEAD without a body and leaves other methods to the app', async () => {
    const head = await get('/app.js', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(await head.text(), '');
    const post = await get('/echo', { method: 'POST' });
    assert.equal(await post.text(), 'posted');
    await refused(await get('/index.html', { method: 'POST' }));
  });

  it('falls through to the app for missing files and folders without index', async () => {
    await refused(await get('/missing.txt'));
    await refused(await get('/sub/missing.html'));
    await refused(await get('/index.html/'));
  });

  it('refuses paths that leave the folders', async () => {
    const attempts = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/sub/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%5csecret.txt',
      '/sub%5c..%5c..%5csecret.txt',
      '/..%252fsecret.txt',
      '/%252e%252e%252fsecret.txt',
      '/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/..%2fa-sibling%2fx.txt',
      '/%2fetc%2fpasswd',
      '//etc/passwd',
      '/index.html%00',
      '/index.html%00.txt',
      '/%00',
      '/%E0%A4%A',
      '/%',
      '/%zz',
      '/%C0%AE%C0%AE%2fsecret.txt',
      '/%c0%af..%c0%afsecret.txt',
    ];
    for (const path of attempts) {
      const response = await get(path);
      const body = await response.text();
      assert.ok(!body.includes(SECRET), `${path} leaked the secret`);
      assert.ok(response.status === 404 && body === 'not found from the app', `${path}: ${response.status} ${body.slice(0, 60)}`);
    }
  });

  describe('over a real socket (paths the URL parser would otherwise clean up)', () => {
    let server: ServerType;
    let port = 0;

    before(async () => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
      await new Promise<void>((resolve) => server.once('listening', resolve));
      port = (server.address() as AddressInfo).port;
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));

    /** Send the request target exactly as written and return the whole raw response. */
    const raw = (target: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
        });
        let text = '';
        socket.setEncoding('latin1');
        socket.on('data', (chunk: string) => (text += chunk));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });

    it('serves a file', async () => {
      const response = await raw('/both.txt');
      assert.match(response, /^HTTP\/1\.1 200 /);
      assert.match(response, /from a$/);
    });

    for (const target of ['/../secret.txt', '/../../secret.txt', '/sub/../../secret.txt', '/%2e%2e/secret.txt', '/.%2e/secret.txt', '/..%2fsecret.txt', '/..\\secret.txt', '/../a-sibling/x.txt']) {
      it(`refuses ${target}`, async () => {
        const response = await raw(target);
        assert.ok(!response.includes(SECRET), `${target} leaked the secret`);
        assert.match(response, /^HTTP\/1\.1 (404|400) /);
      });
    }
  });
});
