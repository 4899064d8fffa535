#!/usr/bin/env node
// Smoke test of the built Storybook: serve storybook-static/, open every story and docs page in
// Chromium, let each story's play function run, and fail on a failed play function, a render
// error, an uncaught error or a console error. Usage, after `npm run build-storybook`:
//   node stories/check-stories.mjs [storybook-static]
/* global window, document -- used in functions that run in the page */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/harness.mjs';

const dir = resolve(process.argv[2] ?? 'storybook-static');
if (!existsSync(join(dir, 'index.json'))) {
  console.error(`No built Storybook in ${dir}: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const CONCURRENCY = 4;
const TIMEOUT = 20_000;

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  try {
    const body = await readFile(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const base = `http://127.0.0.1:${port}`;

const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
const entries = Object.entries(index.entries);
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: CHROMIUM_ARGS,
});

/** Open one story or docs page; resolve with the problems seen. */
async function check(id, type) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    // The fake API answers GET /session with 401 when logged out; the browser logs that as a failed resource.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text().split('\n')[0]}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url().startsWith(base)) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  // Listen on Storybook's channel from the start: a failed play function is reported there.
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__checkProblems = [];
    let channel;
    Object.defineProperty(w, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set: (value) => {
        channel = value;
        for (const event of ['playFunctionThrewException', 'storyThrewException', 'storyErrored', 'storyMissing', 'docsRenderError']) {
          value.on(event, (e) => w.__checkProblems.push(`${event}: ${e?.message ?? e?.title ?? JSON.stringify(e)}`));
        }
      },
    });
  });
  await page.goto(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=${type === 'docs' ? 'docs' : 'story'}`);
  const done = await page
    .waitForFunction(
      (isDocs) => {
        const w = /** @type {any} */ (window);
        if (document.body.classList.contains('sb-show-errordisplay')) return true;
        if (isDocs) return (document.querySelector('#storybook-docs')?.textContent?.length ?? 0) > 200;
        return ['finished', 'completed', 'played', 'errored', 'aborted'].includes(w.__STORYBOOK_PREVIEW__?.currentRender?.phase);
      },
      type === 'docs',
      { timeout: TIMEOUT, polling: 100 },
    )
    .then(() => true, () => false);
  if (!done) problems.push(`did not finish rendering within ${TIMEOUT / 1000} s`);
  // Docs pages render their stories after the page text; give them a moment to report.
  await page.waitForTimeout(type === 'docs' ? 1500 : 100);
  const reported = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    const shown = document.body.classList.contains('sb-show-errordisplay') ? [`error display: ${document.querySelector('#error-message')?.textContent ?? ''}`] : [];
    return [...(w.__checkProblems ?? []), ...shown];
  });
  problems.push(...reported);
  await page.close();
  return problems;
}

let failures = 0;
const queue = [...entries];
const started = Date.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [id, entry] = next;
      const problems = await check(id, entry.type);
      if (problems.length) failures++;
      console.log(`${problems.length ? 'FAIL' : 'ok  '} ${entry.title} › ${entry.name}${problems.length ? `\n       ${problems.join('\n       ')}` : ''}`);
    }
  }),
);
await browser.close();
server.close();
console.log(`\n${entries.length - failures} passed, ${failures} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failures ? 1 : 0);
