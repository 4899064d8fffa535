/**
 * A municipal page in a browser that keeps no cookie of the API's site (as Safari before 18.4
 * does with third-party cookies): the login works for the page through a memory-only token, every
 * widget on the page shares it, nothing of it is stored, and a reload starts logged out
 * (docs/decisions/0005). Chromium is told to block every cookie of the API's host through its
 * content settings, in a profile of its own; the page is the demo's Ale site on another host name.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/harness.mjs';
import { axeViolations, startDemoServer, watchPageErrors, type DemoServer } from './support.js';

const ALVA = { card: '1000000001', pin: '1357' };

describe('a page of another site in a browser without partitioned cookies', () => {
  let server: DemoServer;
  let context: BrowserContext;
  let profile: string;
  let port: string;

  before(async () => {
    server = await startDemoServer();
    port = new URL(server.url).port;
    profile = mkdtempSync(join(tmpdir(), 'biv-no-cookies-'));
    mkdirSync(join(profile, 'Default'));
    // Block every cookie of the API's host: the browser neither stores nor sends any.
    const exceptions = { cookies: { [`http://api.biv.localhost:${port},*`]: { setting: 2 } } };
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { content_settings: { exceptions } } }));
    context = await chromium.launchPersistentContext(profile, { executablePath: requireChromium(), args: CHROMIUM_ARGS, headless: true, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  });
  after(async () => {
    await context?.close();
    await server?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function logIn(page: Page) {
    const box = page.locator('#main-login');
    await box.getByLabel('Bibliotekskortsnummer eller personnummer').fill(ALVA.card);
    await box.getByLabel('PIN-kod').fill(ALVA.pin);
    await box.getByRole('button', { name: 'Logga in' }).click();
    await box.getByText('Alva Andersson').waitFor();
  }

  it('logs in for the page with a token in memory only; the widgets share it; a reload starts logged out', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors = watchPageErrors(page);
    const authorizations: { method: string; path: string; authorization: string | undefined }[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/v1/')) authorizations.push({ method: request.method(), path: url.pathname, authorization: request.headers().authorization });
    });
    await page.goto(`http://www.ale.localhost:${port}/mina-sidor.html`);
    await logIn(page);
    await page.locator('#main-login').getByText('Du är inloggad på den här sidan tills du laddar om den').waitFor();

    const loans = page.locator('biv-my-loans');
    await loans.getByRole('heading', { name: 'Pippi Långstrump' }).waitFor();
    const loanReads = authorizations.filter((r) => r.method === 'GET' && r.path === '/api/v1/me/loans');
    assert.ok(loanReads.length > 0, 'my-loans asked the server');
    assert.ok(loanReads.every((r) => /^Bearer [A-Za-z0-9_-]{43}$/.test(r.authorization ?? '')), 'with the token, as the cookie was not kept');
    const token = loanReads.at(-1)?.authorization?.slice('Bearer '.length) ?? '';

    assert.deepEqual(await context.cookies(`http://api.biv.localhost:${port}`), [], 'the browser kept no cookie of the API');
    const stored = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));
    assert.ok(!stored.includes(token), 'the token is in no storage a page script could read later');
    assert.deepEqual(await axeViolations(page), []);

    // A PIN change gives the session a new id: the page goes on with the new token.
    const changePin = page.locator('biv-change-pin');
    await changePin.getByLabel('Nuvarande PIN-kod').fill(ALVA.pin);
    await changePin.getByLabel('Ny PIN-kod', { exact: true }).fill('8642');
    await changePin.getByLabel('Upprepa den nya PIN-koden').fill('8642');
    await changePin.getByRole('button', { name: 'Byt PIN-kod' }).click();
    await changePin.getByText('Din PIN-kod är ändrad').waitFor();
    await loans.getByRole('button', { name: 'Förnya Pippi Långstrump' }).click();
    await loans.getByRole('listitem').filter({ hasText: 'Pippi Långstrump' }).getByText(/^Förnyad – ny återlämningsdag/).waitFor();
    const renewal = authorizations.findLast((r) => r.method === 'POST' && r.path.endsWith('/renewal'));
    assert.match(renewal?.authorization ?? '', /^Bearer [A-Za-z0-9_-]{43}$/);
    assert.notEqual(renewal?.authorization, `Bearer ${token}`, 'the new token, not the ended one');

    // Memory only: a reload starts logged out.
    await page.reload();
    await page.locator('#main-login').getByRole('button', { name: 'Logga in' }).waitFor();
    await loans.getByText(/Logga in/).first().waitFor();

    // Log in with the new PIN and out again: the token goes with the logout.
    const box = page.locator('#main-login');
    await box.getByLabel('Bibliotekskortsnummer eller personnummer').fill(ALVA.card);
    await box.getByLabel('PIN-kod').fill('8642');
    await box.getByRole('button', { name: 'Logga in' }).click();
    await box.getByText('Alva Andersson').waitFor();
    await loans.getByRole('heading', { name: 'Pippi Långstrump' }).waitFor();
    const last = authorizations.findLast((r) => r.authorization)?.authorization ?? '';
    assert.equal((await fetch(`${server.url}/api/v1/session`, { headers: { authorization: last } })).status, 200, 'the token works until the logout');
    await box.getByRole('button', { name: 'Logga ut' }).click();
    await box.getByRole('button', { name: 'Logga in' }).waitFor();
    const check = await fetch(`${server.url}/api/v1/session`, { headers: { authorization: last } });
    assert.equal(check.status, 401, 'the session ended on the server');
    assert.deepEqual(errors, []);
  });
});
