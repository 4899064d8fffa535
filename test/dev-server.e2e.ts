/**
 * `npm run dev` (vite.config.ts at the root): the demo pages served from source by Vite, the API
 * proxied to the demo server (BIV_API_URL), in Chromium: a patron logs in and sees the loans
 * under the pages' strict Content-Security-Policy, and a change to an element's source reloads
 * the page.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { repoRoot } from '../scripts/harness.mjs';
import { launchBrowser, openPage, startDemoServer, type DemoServer } from './support.js';

let server: DemoServer;
let vite: ViteDevServer;
let browser: Browser;
let devUrl = '';

before(async () => {
  server = await startDemoServer();
  // As a developer runs it: `BIV_API_URL=<server> npm run dev` (on a free port here).
  process.env.BIV_API_URL = server.url;
  vite = await createServer({ configFile: join(repoRoot, 'vite.config.ts'), logLevel: 'warn', server: { port: 0, strictPort: false } });
  await vite.listen();
  devUrl = (vite.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
  assert.ok(devUrl, 'the dev server listens');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await vite?.close();
  await server?.stop();
  delete process.env.BIV_API_URL;
});

async function logIn(page: Page) {
  const box = page.locator('#main-login');
  await box.getByLabel(/^Bibliotekskortsnummer eller personnummer$/).fill('19850322-2385');
  await box.getByLabel(/^PIN-kod$/).fill('1357');
  await box.getByRole('button', { name: 'Logga in' }).click();
  await box.getByText('Alva Andersson').waitFor();
}

/** The paths of the scripts the page loaded. */
const scripts = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));

describe('npm run dev: the demo pages from source', () => {
  it('serves a demo page with the elements’ TypeScript, the API proxied: Alva logs in and sees her loans', async () => {
    const { page, errors, context } = await openPage(browser, `${devUrl}/mina-lan.html`);
    await logIn(page);
    await page.locator('biv-my-loans').getByRole('heading', { name: 'Pippi Långstrump' }).waitFor();
    const loaded = await scripts(page);
    assert.ok(loaded.some((p) => p.endsWith('/packages/elements/src/login-box/login-box.ts')), `the element from source: ${loaded.join(' ')}`);
    assert.ok(!loaded.some((p) => p.includes('/chunks/')), 'no built chunk');
    assert.ok(loaded.includes('/biv-widgets.js'), 'the page’s own script tag, unchanged');
    assert.deepEqual(errors, [], 'no CSP violation or error');
    await context.close();
  });

  it('reloads the page when an element’s source changes, and the session goes on', async () => {
    const { page, errors, context } = await openPage(browser, `${devUrl}/mina-lan.html`);
    await logIn(page);
    await page.evaluate(() => {
      (window as unknown as { beforeEdit: boolean }).beforeEdit = true;
    });
    const reloaded = page.waitForEvent('load');
    // What the file watcher reports when the file is saved (the file itself is left as it is).
    vite.watcher.emit('change', join(repoRoot, 'packages/elements/src/login-box/login-box.ts'));
    await reloaded;
    assert.equal(await page.evaluate(() => (window as unknown as { beforeEdit?: boolean }).beforeEdit), undefined, 'a new page');
    await page.locator('#main-login').getByText('Alva Andersson').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});
