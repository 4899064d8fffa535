/**
 * The wishlist (minneslista) end to end: the demo's news page with several "Spara i minneslistan"
 * buttons and <biv-wishlist>, the built CMS module, the real server and database, in Chromium with
 * axe-core, by keyboard only.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, useDemoSite } from './support.js';
import { WISHLIST_RECORDS } from './fixtures.js';

const site = useDemoSite();
const ALVA = { card: '1000000001', pin: '1357' };
const PAGE = '/minneslista.html';

interface Focused {
  tag: string;
  text: string;
  host: string;
  /** The element's own accessible-name source: aria-label, else its text. */
  name: string;
  /** `record-id` of the wishlist button it is in, if any. */
  record: string;
}

/** The focused element, through shadow roots. */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const host = (el?.getRootNode() as ShadowRoot | (Document & { host?: Element })).host;
    const text = (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return { tag: el?.localName ?? '', text, host: host?.localName ?? '', name: el?.getAttribute('aria-label') ?? text, record: host?.getAttribute('record-id') ?? '' };
  });

/** Press Tab (Shift+Tab with `back`) until `wanted` holds for the focused element, as a keyboard user gets there. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, back = false): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (wanted(await focused(page))) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

const button = (page: Page, record: string, nth = 0) => page.locator(`biv-wishlist-button[record-id="${record}"]`).nth(nth);
const pressed = (page: Page, record: string, nth = 0) => button(page, record, nth).locator('button.toggle').getAttribute('aria-pressed');
const waitPressed = (page: Page, record: string, value: 'true' | 'false', nth = 0) =>
  button(page, record, nth).locator(`button.toggle[aria-pressed="${value}"]`).waitFor();
const onServer = async (page: Page) => ((await (await page.request.get(`${site.server.url}/api/v1/me/wishlist`)).json()) as { entries: { recordId: string }[] }).entries.map((e) => e.recordId);
const listTitles = (page: Page) => page.locator('biv-wishlist li.entry .item-title').allTextContents();

/** Log in with the page's login box, by keyboard. */
async function logIn(page: Page) {
  const box = page.locator('#main-login');
  await tabTo(page, (f) => f.host === 'biv-login-box' && f.tag === 'input', 'the login box');
  await page.keyboard.type(ALVA.card);
  await page.keyboard.press('Tab');
  await page.keyboard.type(ALVA.pin);
  await page.keyboard.press('Enter');
  await box.getByText('Alva Andersson').first().waitFor();
}

describe('the wishlist on the demo site', () => {
  it('logged out, a button offers the login: a link, or a login box in a dialog that saves the title after the login', async () => {
    const { page, errors } = await openPage(site.browser, site.server.url + PAGE);
    await page.locator('biv-wishlist').getByRole('heading', { name: 'Logga in för att se din minneslista' }).waitFor();
    await tabTo(page, (f) => f.record === 'hemsoborna' && f.tag === 'button', 'the Hemsöborna button');
    assert.equal((await focused(page)).name, 'Spara i minneslistan: Hemsöborna');
    await page.keyboard.press('Enter');
    const link = button(page, 'hemsoborna').getByRole('link', { name: 'Logga in för att spara' });
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), '#main-login');
    await button(page, 'hemsoborna').getByText('Du behöver logga in för att spara titlar i minneslistan.').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'with the login offered');

    // The with-login button: a dialog with a login box; Escape closes it, focus goes back.
    await tabTo(page, (f) => f.record === 'kejsarn-av-portugallien' && f.tag === 'button', 'the Kejsarn button');
    await page.keyboard.press('Enter');
    const dialog = button(page, 'kejsarn-av-portugallien').locator('dialog');
    await dialog.getByRole('heading', { name: 'Logga in för att spara i minneslistan' }).waitFor();
    await dialog.locator('biv-login-box input').first().waitFor();
    await page.waitForFunction(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.localName === 'input' && (el.getRootNode() as ShadowRoot).host?.localName === 'biv-login-box';
    });
    assert.deepEqual(await axeViolations(page), [], 'with the login dialog open');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal((await focused(page)).record, 'kejsarn-av-portugallien');

    // Again, and log in in the dialog: the title is saved, the dialog closes, focus is back on the button.
    await page.keyboard.press('Enter');
    await dialog.getByRole('heading', { name: 'Logga in för att spara i minneslistan' }).waitFor();
    await page.waitForFunction(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.localName === 'input';
    });
    await page.keyboard.type(ALVA.card);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ALVA.pin);
    await page.keyboard.press('Enter');
    await waitPressed(page, 'kejsarn-av-portugallien', 'true');
    await dialog.waitFor({ state: 'hidden' });
    const back = await focused(page);
    assert.deepEqual([back.record, back.name], ['kejsarn-av-portugallien', 'Sparad i minneslistan: Kejsarn av Portugallien']);
    assert.ok((await onServer(page)).includes('kejsarn-av-portugallien'));
    // Every widget on the page follows the login.
    await page.locator('biv-wishlist').getByRole('heading', { name: 'Kejsarn av Portugallien' }).waitFor();
    await page.keyboard.press('Enter'); // and removes it again
    await waitPressed(page, 'kejsarn-av-portugallien', 'false');
    assert.ok(!(await onServer(page)).includes('kejsarn-av-portugallien'));
    assert.deepEqual(errors, []);
  });

  it('by keyboard: saves from one button, the other buttons and the list follow, a second save keeps one entry, remove and undo', async () => {
    const { page, errors, requests } = await openPage(site.browser, site.server.url + PAGE, { count: { method: 'GET', path: '/api/v1/me/wishlist' } });
    await logIn(page);
    const list = page.locator('biv-wishlist');
    await list.getByRole('heading', { name: 'Aniara' }).waitFor();
    assert.deepEqual(await listTitles(page), WISHLIST_RECORDS.alva.map((r) => r.title));
    await waitPressed(page, 'aniara', 'true');
    assert.equal(await pressed(page, 'hemsoborna'), 'false');
    assert.equal(requests(), 1, 'six buttons and the list share one GET /me/wishlist');
    assert.deepEqual(await axeViolations(page), [], 'logged in');

    // A second tab of Alva's, loaded now: it does not know of what this one saves next.
    const other = await page.context().newPage();
    await other.goto(site.server.url + PAGE);
    await waitPressed(other, 'hemsoborna', 'false');

    // Save from the first Hemsöborna button.
    await tabTo(page, (f) => f.record === 'hemsoborna' && f.tag === 'button', 'the Hemsöborna button');
    await page.keyboard.press('Enter');
    await waitPressed(page, 'hemsoborna', 'true');
    await waitPressed(page, 'hemsoborna', 'true', 1); // the other button for the same title, further down
    await button(page, 'hemsoborna').getByText('«Hemsöborna» sparades i minneslistan.').waitFor();
    await list.getByRole('heading', { name: 'Hemsöborna' }).waitFor();
    assert.equal((await listTitles(page))[0], 'Hemsöborna');

    // Saved again from the other tab's button (it still shows "Spara"): one entry.
    const stale = button(other, 'hemsoborna').locator('button.toggle');
    await stale.focus();
    await other.keyboard.press('Enter');
    await waitPressed(other, 'hemsoborna', 'true');
    assert.equal((await onServer(page)).filter((id) => id === 'hemsoborna').length, 1, 'one entry');
    await other.close();

    // Remove it in the list: the status message, focus on the next title, the buttons follow.
    await tabTo(page, (f) => f.host === 'biv-wishlist' && f.name === 'Ta bort Hemsöborna från minneslistan', 'remove Hemsöborna');
    await page.keyboard.press('Enter');
    await list.getByText('«Hemsöborna» togs bort från minneslistan.').waitFor();
    await waitPressed(page, 'hemsoborna', 'false');
    await waitPressed(page, 'hemsoborna', 'false', 1);
    assert.deepEqual(await listTitles(page), WISHLIST_RECORDS.alva.map((r) => r.title));
    const next = await focused(page);
    assert.deepEqual([next.host, next.text], ['biv-wishlist', 'Trollvinter'], 'focus on the next title');
    assert.ok(!(await onServer(page)).includes('hemsoborna'));
    assert.deepEqual(await axeViolations(page), [], 'with the undo offered');

    // Undo: back at its place, focus on it, saved on the server, the buttons pressed again.
    await tabTo(page, (f) => f.host === 'biv-wishlist' && f.text.startsWith('Ångra'), 'Ångra', true);
    await page.keyboard.press('Enter');
    await list.getByText('«Hemsöborna» finns i minneslistan igen.').waitFor();
    assert.deepEqual((await listTitles(page))[0], 'Hemsöborna');
    const restored = await focused(page);
    assert.deepEqual([restored.host, restored.text], ['biv-wishlist', 'Hemsöborna'], 'focus on the restored title');
    await waitPressed(page, 'hemsoborna', 'true');
    assert.ok((await onServer(page)).includes('hemsoborna'));

    // Pressing a saved button removes it.
    await tabTo(page, (f) => f.record === 'aniara' && f.tag === 'button', 'the Aniara button', true);
    assert.equal((await focused(page)).name, 'Sparad i minneslistan: Aniara');
    await page.keyboard.press('Space');
    await waitPressed(page, 'aniara', 'false');
    await list.getByRole('heading', { name: 'Aniara' }).waitFor({ state: 'detached' });
    assert.ok(!(await onServer(page)).includes('aniara'));
    assert.equal(requests(), 1, 'still the one GET');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
  });
});
