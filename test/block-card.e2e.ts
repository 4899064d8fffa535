/**
 * Blocking a lost card end to end: the demo's "Lånekort och PIN-kod" page (two login boxes, the PIN change
 * and the block button share one session), the built CMS module, the real server and database, in
 * Chromium with axe-core, by keyboard only.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, useDemoSite } from './support.js';

const site = useDemoSite();

const ALVA = { card: '1000000001', personnummer: '19850322-2385', pin: '1357' };
const DAVID = { card: '1000000004', pin: '4680' };

/** Log in with the page's main login box. */
async function logIn(page: Page, identifier: string, pin: string, name: string) {
  const box = page.locator('#main-login');
  await box.getByLabel(/^(Bibliotekskortsnummer eller personnummer|Library card number or personal identity number)$/).fill(identifier);
  await box.getByLabel(/^(PIN-kod|PIN)$/).fill(pin);
  await box.getByRole('button', { name: /^(Logga in|Log in)$/ }).click();
  await box.getByText(name).waitFor();
}

/** The focused element, through shadow roots: its id, tag and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { id: el?.id ?? '', tag: el?.localName ?? '', text: (el?.textContent ?? '').trim(), host: (el?.getRootNode() as ShadowRoot | Document & { host?: Element }).host?.localName ?? '' };
  });

/** Press Tab until the block button has focus (as a keyboard user gets there). */
async function tabToBlockButton(page: Page) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.host === 'biv-block-card-button' && now.tag === 'button') return;
  }
  assert.fail('Tab never reached the block button');
}

const sessionStatus = async (page: Page) => (await page.request.get(`${site.server.url}/api/v1/session`)).status();
const shadowText = (page: Page, selector: string) => page.locator(selector).evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

describe('blocking a card on the demo site', () => {
  it('by keyboard: a cancelled dialog and a wrong PIN change nothing; the right PIN blocks the card and every widget, here and on another device, says so', async () => {
    // Another device of Alva's, logged in before the block.
    const phone = await openPage(site.browser, `${site.server.url}/mina-lan.html`);
    await logIn(phone.page, ALVA.card, ALVA.pin, 'Alva Andersson');
    await phone.page.locator('biv-my-loans').getByRole('heading', { name: 'Pippi Långstrump' }).waitFor();

    const { page, errors, requests } = await openPage(site.browser, `${site.server.url}/kort-och-pin.html`, { count: { method: 'POST', path: '/api/v1/me/card/block' } });
    await logIn(page, ALVA.personnummer, ALVA.pin, 'Alva Andersson');
    await page.evaluate(() => {
      (window as unknown as { blocked: number }).blocked = 0;
      document.addEventListener('biv-card-blocked', () => (window as unknown as { blocked: number }).blocked++);
    });
    const block = page.locator('biv-block-card-button');
    const dialog = block.locator('dialog');
    assert.deepEqual(await axeViolations(page), [], 'logged in');

    // Open by keyboard: focus moves into the dialog, to the PIN. Escape cancels and gives focus back.
    await tabToBlockButton(page);
    await page.keyboard.press('Enter');
    await dialog.getByRole('heading', { name: 'Spärra kortet?' }).waitFor();
    assert.equal((await focused(page)).id, 'pin');
    assert.deepEqual(await axeViolations(page), [], 'with the dialog open');
    await page.keyboard.type('13');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const back = await focused(page);
    assert.deepEqual([back.host, back.tag, back.text], ['biv-block-card-button', 'button', 'Spärra kortet']);
    assert.equal(requests(), 0, 'a cancelled dialog sends nothing');
    assert.equal(await sessionStatus(page), 200);

    // A wrong PIN blocks nothing: the error is at the field, the dialog stays.
    await page.keyboard.press('Enter');
    await dialog.getByRole('heading', { name: 'Spärra kortet?' }).waitFor();
    assert.equal(await dialog.getByLabel('Din PIN-kod').inputValue(), '', 'the cancelled PIN did not linger');
    await page.keyboard.type('2580');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter'); // submits the form
    await dialog.getByText(/PIN-koden stämmer inte/).first().waitFor();
    assert.equal(requests(), 1);
    assert.equal(await sessionStatus(page), 200, 'still logged in');
    assert.equal(await dialog.getByLabel('Din PIN-kod').getAttribute('aria-invalid'), 'true');
    assert.deepEqual(await axeViolations(page), [], 'with the wrong PIN shown');

    // The right PIN: the card is blocked, every widget on the page says so.
    await dialog.getByLabel('Din PIN-kod').fill('');
    await dialog.getByLabel('Din PIN-kod').focus();
    await page.keyboard.type(ALVA.pin);
    await page.keyboard.press('Enter');
    await block.getByRole('heading', { name: 'Ditt kort är spärrat' }).waitFor();
    assert.equal(requests(), 2);
    assert.equal((await focused(page)).id, 'view-title', 'focus on the outcome');
    assert.equal(await page.evaluate(() => (window as unknown as { blocked: number }).blocked), 1, 'biv-card-blocked once');
    assert.equal(await block.getByRole('link', { name: 'Så får du ett nytt kort' }).getAttribute('href'), '/#nytt-kort');
    for (const box of ['#header-login', '#main-login']) {
      assert.match(await shadowText(page, box), /Ditt kort är spärrat.*Du har loggats ut/, box);
    }
    assert.match(await shadowText(page, 'biv-change-pin'), /Ditt kort är spärrat/);
    assert.equal(await sessionStatus(page), 401, 'the session ended on the server');
    assert.deepEqual(await axeViolations(page), [], 'blocked');

    // The other device learns why it was logged out at its next request.
    await phone.page.reload();
    await phone.page.locator('biv-my-loans').getByRole('heading', { name: 'Ditt kort är spärrat' }).waitFor();
    assert.match(await shadowText(phone.page, 'biv-my-reservations'), /Ditt kort är spärrat/);
    assert.match(await shadowText(phone.page, '#main-login'), /Ditt kort är spärrat/);
    assert.deepEqual(phone.errors, []);
    await phone.context.close();

    // The login box refuses the card afterwards, by card number and by personnummer, and says where a new card comes from.
    for (const identifier of [ALVA.card, ALVA.personnummer]) {
      const box = page.locator('#main-login');
      await box.getByLabel('Bibliotekskortsnummer eller personnummer').fill(identifier);
      await box.getByLabel('PIN-kod').fill(ALVA.pin);
      await box.getByRole('button', { name: 'Logga in' }).click();
      await box.getByText(/spärrat och kan inte användas för att logga in/).waitFor();
      assert.equal(await box.locator('.error-summary + p a, .error-summary ~ p a').first().getAttribute('href'), '/#nytt-kort', identifier);
      assert.equal(await sessionStatus(page), 401);
    }
    assert.deepEqual(await axeViolations(page), [], 'login refused');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('in English, on the English loans page', async () => {
    const { page, errors } = await openPage(site.browser, `${site.server.url}/my-loans.html`, { locale: 'en-GB' });
    await logIn(page, DAVID.card, DAVID.pin, 'David Dahl');
    const block = page.locator('biv-block-card-button');
    await block.getByRole('button', { name: 'Block the card' }).click();
    const dialog = block.locator('dialog');
    await dialog.getByRole('heading', { name: 'Block your card?' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'with the dialog open');
    await dialog.getByRole('button', { name: 'Block the card' }).click();
    await dialog.getByText('Enter your PIN').first().waitFor();
    await dialog.getByText('Tick the box if you want to block your card').first().waitFor();
    await dialog.getByLabel('Your PIN').fill(DAVID.pin);
    await dialog.getByLabel('I want to block my card').check();
    await dialog.getByRole('button', { name: 'Block the card' }).click();
    await block.getByRole('heading', { name: 'Your card is blocked' }).waitFor();
    assert.match(await shadowText(page, 'biv-my-loans'), /Your card is blocked/);
    assert.match(await shadowText(page, '#main-login'), /Your card is blocked/);
    assert.deepEqual(await axeViolations(page), [], 'blocked');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
