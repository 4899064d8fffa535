/**
 * <biv-login-box> end to end: the built CMS module on the demo pages, against the real server and
 * its SQLite database, in Chromium, with axe-core in every state.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, useDemoSite } from './support.js';

const site = useDemoSite();

async function visit(path = '/', options: { locale?: string } = {}) {
  const opened = await openPage(site.browser, site.server.url + path, { ...options, count: { method: 'GET', path: '/api/v1/session' } });
  await opened.page.getByLabel('PIN-kod').or(opened.page.getByLabel('PIN')).first().waitFor();
  return { ...opened, sessionRequests: opened.requests };
}

const identifierField = (page: Page) => page.getByLabel(/Bibliotekskortsnummer eller personnummer|Library card number or personal identity number/);
const pinField = (page: Page) => page.getByLabel(/^PIN(-kod)?$/);

async function logIn(page: Page, identifier: string, pin: string) {
  await identifierField(page).fill(identifier);
  await pinField(page).fill(pin);
  await page.getByRole('button', { name: /^(Logga in|Log in)$/ }).click();
}

/** The visible text of the login box, read inside its shadow root. */
const boxText = (page: Page, selector = 'biv-login-box') =>
  page.locator(selector).first().evaluate((el) => (el.shadowRoot?.querySelector('.box, .logged-in') as HTMLElement | null)?.innerText ?? '');

describe('<biv-login-box> on the demo site', () => {
  it('is served as one module that loads the element lazily, under a strict CSP, with no axe violations', async () => {
    const { page, errors, context } = await visit('/');
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')));
    assert.ok(scripts.includes('/biv-widgets.js'), scripts.join());
    assert.ok(scripts.some((p) => p.startsWith('/chunks/')), `a lazily loaded chunk: ${scripts.join()}`);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('logs Alva in by card number, survives a reload, and logs out', async () => {
    const { page, errors, context } = await visit('/');
    await logIn(page, '1000000001', '1357');
    await page.getByText('Alva Andersson').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'logged-in state');

    await page.reload();
    await page.getByText('Alva Andersson').waitFor();

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await identifierField(page).waitFor();
    assert.doesNotMatch(await boxText(page), /Alva Andersson/);
    await page.reload();
    await identifierField(page).waitFor();
    assert.doesNotMatch(await boxText(page), /Alva Andersson/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const identifier of ['19850322-2385', '850322-2385', '198503222385']) {
    it(`logs Alva in by personnummer written ${identifier}`, async () => {
      const { page, context } = await visit('/');
      await logIn(page, identifier, '1357');
      await page.getByText('Alva Andersson').waitFor();
      await context.close();
    });
  }

  it('works with the keyboard alone', async () => {
    const { page, context } = await visit('/');
    await identifierField(page).focus();
    await page.keyboard.type('1000000001');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1357');
    await page.keyboard.press('Enter');
    await page.getByText('Alva Andersson').waitFor();
    await context.close();
  });

  const failures: { name: string; identifier: string; pin: string; message: RegExp }[] = [
    { name: 'a wrong PIN', identifier: '1000000001', pin: '9999', message: /fel/i },
    { name: 'an unknown card', identifier: '1999999999', pin: '1357', message: /fel/i },
    { name: 'a malformed identifier', identifier: '850399-2385', pin: '1357', message: /datum/i },
    { name: 'a wrong check digit', identifier: '19850322-2386', pin: '1357', message: /kontrollsiffra|siffr/i },
    { name: 'a blocked card', identifier: '1000000002', pin: '2468', message: /spärrat/i },
    { name: 'an expired temporary account', identifier: '1000000006', pin: '6802', message: /tillfälliga|gått ut/i },
  ];
  for (const failure of failures) {
    it(`shows its own clear message for ${failure.name}, keeps the input and passes axe`, async () => {
      const { page, context } = await visit('/');
      await logIn(page, failure.identifier, failure.pin);
      await page.getByRole('alert').or(page.locator('biv-login-box [role="alert"]')).first().waitFor();
      assert.match(await boxText(page), failure.message);
      assert.equal(await identifierField(page).inputValue(), failure.identifier);
      assert.deepEqual(await axeViolations(page), [], failure.name);
      await context.close();
    });
  }

  it('gives the same message for an unknown card as for a wrong PIN', async () => {
    const texts: string[] = [];
    for (const identifier of ['1000000001', '1999999999']) {
      const { page, context } = await visit('/');
      await logIn(page, identifier, '9999');
      await page.getByRole('alert').first().waitFor();
      texts.push((await boxText(page)).replace(identifier, ''));
      await context.close();
    }
    assert.equal(texts[0], texts[1]);
  });

  it('locks the account after five wrong PINs and says when to try again', async () => {
    const { page, context } = await visit('/');
    for (let attempt = 1; attempt <= 5; attempt++) {
      await logIn(page, '1000000003', '0000');
      await page.getByRole('alert').first().waitFor();
    }
    await logIn(page, '1000000003', '3579'); // the right PIN is refused while locked
    await page.getByText(/minut/).first().waitFor();
    assert.match(await boxText(page), /försök/i);
    assert.doesNotMatch(await boxText(page), /Cecilia/);
    await context.close();
  });

  it('shows a temporary account as temporary, with its end date', async () => {
    const { page, context } = await visit('/');
    await logIn(page, '1000000005', '5791');
    await page.getByText('Elin Ek').waitFor();
    assert.match(await boxText(page), /tillfällig/i);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('speaks English on an English page', async () => {
    const { page, context } = await visit('/en.html', { locale: 'en-GB' });
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    await logIn(page, '1000000001', '0000');
    await page.getByRole('alert').first().waitFor();
    assert.match(await boxText(page), /wrong|incorrect/i);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('shares one session between two widgets on a page, with one GET /session', async () => {
    const { page, context, sessionRequests } = await visit('/kort-och-pin.html');
    await page.waitForLoadState('networkidle');
    assert.equal(sessionRequests(), 1);
    await identifierField(page).nth(1).fill('1000000001');
    await pinField(page).nth(1).fill('1357');
    await page.getByRole('button', { name: 'Logga in' }).nth(1).click();
    await page.locator('#header-login').getByText('Alva Andersson').waitFor();
    await page.locator('#main-login').getByText('Alva Andersson').waitFor();
    await page.locator('#header-login').getByRole('button', { name: 'Logga ut' }).click();
    await page.locator('#main-login').getByLabel('PIN-kod').waitFor();
    await context.close();
  });
});

describe('the API behind the demo', () => {
  it('serves its OpenAPI document', async () => {
    const response = await fetch(`${site.server.url}/api/v1/openapi.json`);
    assert.equal(response.status, 200);
    const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/session']);
  });

  it('never writes a PIN, personnummer or name to its log', () => {
    const log = site.server.output();
    assert.match(log, /"msg":"listening"/);
    for (const secret of ['198503222385', '850322-2385', '19850322', 'Alva', 'Andersson', 'Cecilia', 'Bertil']) {
      assert.ok(!log.includes(secret), `the log contains ${secret}`);
    }
    // A PIN is four digits, which timestamps also contain: look for it where a body would put it.
    assert.doesNotMatch(log, /"pin"\s*:\s*"\d{4}"/);
  });
});
