#!/usr/bin/env node
// Smoke test of the built Storybook: serve storybook-static/, open every story and docs page in
// Chromium, let each story's play function and its axe check (addon-a11y, `a11y.test: 'error'`)
// run, and fail on a failed play function, an axe violation, a render error, an uncaught error or
// a console error. Usage, after `npm run build-storybook`:
//   node stories/check-stories.mjs [storybook-static]
// STORIES_CONCURRENCY (pages at once, default 4) and STORY_TIMEOUT_MS (default 20000) may be set.
//
// Every story gets a fresh page (the stories' fake API and the client keep their state per page:
// no cookies, storage or cross-tab channels), but all pages share one browser profile and its
// HTTP cache, so the 2.5 MB of preview scripts are not fetched afresh for each of the ~85 pages.
// A story's time limit counts from the story's own start, not from the page's loading; a story
// that misses it is run once more alone at the end, and fails if it misses it again: a story that
// hangs still fails, one starved of CPU by a loaded machine does not.
/* global window, document -- used in functions that run in the page */
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/harness.mjs';

const dir = resolve(process.argv[2] ?? 'storybook-static');
if (!existsSync(join(dir, 'index.json'))) {
  console.error(`No built Storybook in ${dir}: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const CONCURRENCY = Number(process.env.STORIES_CONCURRENCY) || 4;
/** The limit for a story, from its start to its end (play function and axe check included). */
const TIMEOUT = Number(process.env.STORY_TIMEOUT_MS) || 20_000;
/** The limit for loading the preview page before the story starts. */
const LOAD_TIMEOUT = 60_000;

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  try {
    const body = await readFile(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    // The build does not change while the check runs: let Chromium cache everything (and keep
    // the compiled code of the scripts) instead of fetching and compiling it again per page.
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' });
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
// STORIES=text: only the stories and docs pages whose id contains it.
const entries = Object.entries(index.entries).filter(([id]) => id.includes(process.env.STORIES ?? ''));
// A persistent profile (not an incognito context per page): one HTTP cache and code cache for all pages.
const profile = mkdtempSync(join(tmpdir(), 'biv-stories-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: requireChromium(),
  args: CHROMIUM_ARGS,
});

const seconds = (ms) => (ms / 1000).toFixed(1);

/**
 * Open one story or docs page; resolve with the problems seen, whether it ran out of time, and
 * its times (ms): `load` of the page, `story` from its start to its end, `play` and `axe` of that.
 */
async function check(id, type) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    // The fake API answers GET /session with 401 when logged out; the browser logs that as a failed resource.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text().split('\n')[0]}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url().startsWith(base)) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  // Listen on Storybook's channel from the start: a failed play function, the axe report and the
  // story's phases (for the times) are reported there.
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__check = { problems: [], phases: [], finished: undefined };
    let channel;
    Object.defineProperty(w, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set: (value) => {
        channel = value;
        for (const event of ['playFunctionThrewException', 'storyThrewException', 'storyErrored', 'storyMissing', 'docsRenderError', 'unhandledErrorsWhilePlaying']) {
          value.on(event, (e) => w.__check.problems.push(`${event}: ${e?.message ?? e?.title ?? JSON.stringify(e)}`));
        }
        value.on('storyRenderPhaseChanged', ({ newPhase }) => w.__check.phases.push([newPhase, performance.now()]));
        // After the play function and the afterEach hooks (addon-a11y's axe run): its reports.
        value.on('storyFinished', ({ status, reporters }) => {
          w.__check.finished = status;
          for (const report of reporters ?? []) {
            if (report.status !== 'failed') continue;
            const { violations, error } = report.result ?? {};
            if (error) w.__check.problems.push(`${report.type}: ${error.message ?? String(error)}`);
            for (const v of violations ?? []) w.__check.problems.push(`${report.type}: ${v.id} (${v.nodes.length}×: ${v.nodes[0]?.target?.join(' ') ?? ''}) ${v.help}`);
          }
          if (status !== 'success' && !w.__check.problems.length) w.__check.problems.push(`story finished with status ${status}`);
        });
      },
    });
  });
  const t0 = Date.now();
  const loaded = await page
    .goto(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=${type === 'docs' ? 'docs' : 'story'}`, { timeout: LOAD_TIMEOUT })
    .then(() => true, (e) => (problems.push(`page did not load: ${e.message.split('\n')[0]}`), false));
  const load = Date.now() - t0;
  // A story's limit starts when it starts rendering (its first phase), so a slow page load does not eat it.
  const done =
    loaded &&
    (await page
      .waitForFunction(
        ({ isDocs, timeout }) => {
          const w = /** @type {any} */ (window);
          if (document.body.classList.contains('sb-show-errordisplay')) return true;
          if (isDocs) return (document.querySelector('#storybook-docs')?.textContent?.length ?? 0) > 200;
          const start = w.__check.phases[0]?.[1];
          if (start !== undefined && performance.now() - start > timeout) return 'timeout';
          return w.__check.finished !== undefined || ['errored', 'aborted'].includes(w.__STORYBOOK_PREVIEW__?.currentRender?.phase);
        },
        { isDocs: type === 'docs', timeout: TIMEOUT },
        // The outer limit for a story that never starts at all.
        { timeout: TIMEOUT + LOAD_TIMEOUT, polling: 100 },
      )
      .then((h) => h.jsonValue(), () => 'timeout')) === true;
  const timedOut = loaded && !done;
  if (timedOut) problems.push(`did not finish within ${seconds(TIMEOUT)} s`);
  // Docs pages render their stories after the page text; give them a moment to report.
  if (loaded) await page.waitForTimeout(type === 'docs' ? 1500 : 100);
  const seen = loaded
    ? await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        const shown = document.body.classList.contains('sb-show-errordisplay') ? [`error display: ${document.querySelector('#error-message')?.textContent ?? ''}`] : [];
        const at = (name) => w.__check.phases.find(([p]) => p === name)?.[1];
        const end = at('finished') ?? at('errored') ?? performance.now();
        const start = w.__check.phases[0]?.[1];
        return {
          problems: [...w.__check.problems, ...shown],
          story: start === undefined ? undefined : end - start,
          play: at('playing') === undefined ? undefined : (at('played') ?? end) - at('playing'),
          axe: at('afterEach') === undefined ? undefined : end - at('afterEach'),
        };
      })
    : { problems: [] };
  problems.push(...seen.problems);
  await page.close();
  return { problems, timedOut: timedOut || !loaded, times: { total: Date.now() - t0, load, story: seen.story, play: seen.play, axe: seen.axe } };
}

const label = (entry) => `${entry.title} › ${entry.name}`;
function print(entry, { problems, times }, note = '') {
  const parts = [`load ${seconds(times.load)}`, times.story === undefined ? '' : `story ${seconds(times.story)}`, times.play === undefined ? '' : `play ${seconds(times.play)}`, times.axe === undefined ? '' : `axe ${seconds(times.axe)}`].filter(Boolean);
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${label(entry)}  ${seconds(times.total)} s (${parts.join(', ')})${note}${problems.length ? `\n       ${problems.join('\n       ')}` : ''}`);
}

const results = new Map();
const retry = [];
const queue = [...entries];
const started = Date.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [id, entry] = next;
      const result = await check(id, entry.type);
      // Out of time while other pages ran: run it again alone at the end before calling it a failure.
      if (result.timedOut) {
        retry.push(next);
        console.log(`...  ${label(entry)}  ${seconds(result.times.total)} s: ${result.problems.join('; ')}; will run again alone`);
      } else {
        results.set(id, result);
        print(entry, result);
      }
    }
  }),
);
for (const [id, entry] of retry) {
  const result = await check(id, entry.type);
  results.set(id, result);
  print(entry, result, result.problems.length ? ' (run again alone: failed again)' : ' (run again alone: passed; it ran out of time beside the others first)');
}
await context.close();
rmSync(profile, { recursive: true, force: true });
server.close();

const failures = [...results.values()].filter((r) => r.problems.length).length;
const slowest = entries
  .map(([id, entry]) => [results.get(id)?.times.total ?? 0, label(entry)])
  .sort((a, b) => b[0] - a[0])
  .slice(0, 5);
console.log(`\nslowest: ${slowest.map(([ms, name]) => `${name} ${seconds(ms)} s`).join('; ')}`);
console.log(`${entries.length - failures} passed, ${failures} failed (${seconds(Date.now() - started)} s, ${CONCURRENCY} pages at once${retry.length ? `, ${retry.length} run again alone` : ''})`);
process.exit(failures ? 1 : 0);
