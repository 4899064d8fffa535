/**
 * The React 19 and Vue 3 example apps (examples/react, examples/vue) end to end: each type-checked
 * with its own script, built with Vite as an integrator builds it (the elements from the built
 * `@biv/elements` package), served by `vite preview` with `/api/` proxied to the real demo server,
 * and driven in Chromium: attributes and properties reach the elements, the typed events reach the
 * framework (the app shows the patron's name and counts renewals), the language switch, logout,
 * axe clean.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import type { LoginBox, MyLoans } from '@biv/elements';
import { repoRoot } from '../scripts/harness.mjs';
import { layoutProblems } from './layout-problems.js';
import { axeViolations, openPage, useDemoSite, watchPageErrors } from './support.js';

const site = useDemoSite();

const ALVA = { personnummer: '19850322-2385', pin: '1357', name: 'Alva Andersson' };

interface App {
  workspace: string;
  folder: string;
  /** The app's own heading in Swedish and in English. */
  title: { sv: string; en: string };
  /** A loan of Alva's that this app renews (each app another, on the one demo database). */
  renew: string;
}

const APPS: App[] = [
  { workspace: '@biv/example-react', folder: 'examples/react', title: { sv: 'Bibliotek i Väst i en React-app', en: 'Bibliotek i Väst in a React app' }, renew: 'Pippi Långstrump' },
  { workspace: '@biv/example-vue', folder: 'examples/vue', title: { sv: 'Bibliotek i Väst i en Vue-app', en: 'Bibliotek i Väst in a Vue app' }, renew: 'Det sjunde inseglet' },
];

/** `npm run <script> -w <workspace>`: its exit code and output. */
function npmRun(script: string, workspace: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, '-w', workspace], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The app built into a temporary folder and served by `vite preview`, its `/api/` proxied to the demo server. */
async function serveApp(app: App): Promise<{ url: string; stop: () => Promise<void> }> {
  const root = join(repoRoot, app.folder);
  const outDir = mkdtempSync(join(tmpdir(), 'biv-example-'));
  // The app's vite.config.ts reads the server's address when it is loaded (by build and by preview).
  process.env.BIV_API_URL = site.server.url;
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({ root, logLevel: 'error', build: { outDir }, preview: { port: 0, strictPort: true, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`vite preview of ${app.folder} has no address`);
  return {
    url,
    stop: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

async function logIn(page: Page) {
  const box = page.locator('biv-login-box');
  await box.getByLabel('Bibliotekskortsnummer eller personnummer').fill(ALVA.personnummer);
  await box.getByLabel('PIN-kod').fill(ALVA.pin);
  await box.getByRole('button', { name: 'Logga in' }).click();
}

const shadowText = (page: Page, tag: string) =>
  page.locator(tag).evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

for (const app of APPS) {
  describe(`the ${app.workspace} example`, () => {
    let served: { url: string; stop: () => Promise<void> };
    before(async () => {
      served = await serveApp(app);
    });
    after(async () => {
      await served?.stop();
    });

    it('type-checks (npm run typecheck)', async () => {
      const { code, output } = await npmRun('typecheck', app.workspace);
      assert.equal(code, 0, output);
    });

    it('logs in, shows the event’s patron, lists and renews loans, switches to English, logs out; axe clean', async () => {
      const { page, errors } = await openPage(site.browser, served.url);
      await page.getByRole('heading', { level: 1, name: app.title.sv }).waitFor();
      const who = page.getByTestId('who');
      const renewed = page.getByTestId('renewed');

      // Attributes and properties as the app set them: `endpoint` and `sort` as properties (the
      // endpoint is not reflected: no attribute), `heading-level`, `login-href` and `lang` as attributes.
      const loans = page.locator('biv-my-loans');
      const box = page.locator('biv-login-box');
      const seen = (el: MyLoans | LoginBox) => ({
        endpoint: el.endpoint,
        endpointAttribute: el.getAttribute('endpoint'),
        headingLevel: el.getAttribute('heading-level'),
        lang: el.getAttribute('lang'),
      });
      assert.deepEqual(await loans.evaluate(seen), { endpoint: '/api/v1', endpointAttribute: null, headingLevel: '2', lang: 'sv' });
      assert.deepEqual(await box.evaluate(seen), { endpoint: '/api/v1', endpointAttribute: null, headingLevel: '3', lang: 'sv' });
      assert.equal(await loans.evaluate((el: MyLoans) => el.sort), 'title');
      // Logged out: the element links to the app's login section (login-href="#login").
      assert.equal(await loans.getByRole('link', { name: 'Logga in', exact: true }).getAttribute('href'), '#login');

      await logIn(page);

      // biv-login reached the framework: the app's own text has the name from event.detail.patron.
      await page.getByTestId('who').filter({ hasText: `Inloggad som ${ALVA.name}` }).waitFor();

      // The loans, inside the element's shadow root, at the heading level and in the order the app set.
      await loans.getByRole('heading', { level: 2, name: 'Mina lån' }).waitFor();
      await loans.getByRole('heading', { level: 3, name: app.renew }).waitFor();
      const titles = await loans.locator('h3').allTextContents();
      assert.ok(titles.length >= 5, titles.join(', '));
      assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b, 'sv')), 'sorted by title (the sort property)');
      assert.deepEqual(await axeViolations(page), [], 'logged in');

      // biv-renewed reached the framework: the app counts the renewed loan.
      assert.equal((await renewed.textContent())?.trim(), 'Förnyade lån i den här appen: 0');
      await loans.getByRole('button', { name: `Förnya ${app.renew}` }).click();
      await loans.getByRole('listitem').filter({ hasText: app.renew }).getByText(/^Förnyad – ny återlämningsdag/).waitFor();
      await renewed.filter({ hasText: 'Förnyade lån i den här appen: 1' }).waitFor();

      // The app's language switch: the page, the app and both elements in English.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: app.title.en }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await loans.getAttribute('lang'), 'en');
      await loans.getByRole('heading', { level: 2, name: 'My loans' }).waitFor();
      await renewed.filter({ hasText: 'Loans renewed in this app: 1' }).waitFor();
      await who.filter({ hasText: `Logged in as ${ALVA.name}` }).waitFor();
      assert.ok((await shadowText(page, 'biv-my-loans')).includes('Renew all'));
      assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
      assert.deepEqual(await axeViolations(page), [], 'in English');

      // biv-logout reached the framework.
      await box.getByRole('button', { name: 'Log out' }).click();
      await who.filter({ hasText: 'You have logged out.' }).waitFor();
      await box.getByLabel('PIN').waitFor();
      await loans.getByRole('link', { name: 'Log in', exact: true }).waitFor();
      assert.equal(await loans.locator('h3').count(), 0, 'no loan left after logout');
      assert.deepEqual(errors, []);
    });

    it('fits 320 px with text at 200 %, logged in: nothing scrolls sideways, sticks out or overlaps', async () => {
      const context = await site.browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(10_000);
        const errors = watchPageErrors(page);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
        await page.goto(served.url);
        await logIn(page);
        await page.locator('biv-my-loans').getByRole('heading', { level: 3, name: app.renew }).waitFor();
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewportSize({ width: 320, height: Math.min(height, 20_000) });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        assert.deepEqual(await page.evaluate(layoutProblems, { selector: 'biv-login-box, biv-my-loans' }), []);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  });
}

after(() => {
  delete process.env.BIV_API_URL;
});
