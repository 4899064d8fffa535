/**
 * All of Mina sidor in one element end to end: the demo's /mina-sidor.html with <biv-my-pages>,
 * the built CMS module (each part a chunk of its own), the real server and database, in Chromium
 * with axe-core, by keyboard.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, useDemoSite } from './support.js';

const site = useDemoSite();

const ALVA = { personnummer: '19850322-2385', pin: '1357' };

/** The element chunks the page has fetched so far (`my-loans`, `my-profile`, …). */
function chunksOf(page: Page): () => string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const chunk = /\/chunks\/([a-z-]+)-[\w-]{8}\.js$/.exec(new URL(request.url()).pathname)?.[1];
    if (chunk && !chunk.startsWith('shared-')) seen.push(chunk);
  });
  return () => [...seen];
}

/** The focused element, through shadow roots: its role and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { role: el?.getAttribute('role') ?? el?.localName ?? '', text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim() };
  });

const tab = (page: Page, name: string) => page.locator('#mina-sidor').getByRole('tab', { name, exact: true });
const selectedTab = async (page: Page) => (await page.locator('#mina-sidor').getByRole('tab', { selected: true }).textContent())?.trim();

async function logIn(page: Page) {
  const box = page.locator('#mina-sidor biv-login-box');
  await box.getByLabel('Bibliotekskortsnummer eller personnummer').fill(ALVA.personnummer);
  await box.getByLabel('PIN-kod').fill(ALVA.pin);
  await box.getByLabel('PIN-kod').press('Enter');
  await tab(page, 'Mina uppgifter').waitFor();
}

describe('Mina sidor in one element on the demo site', () => {
  it('logged out shows only the login; logged in, the tabs, each part loading its code when first shown', async () => {
    const { page, errors, context } = await openPage(site.browser, `${site.server.url}/mina-sidor.html`);
    const chunks = chunksOf(page);
    await page.locator('#mina-sidor biv-login-box').getByLabel('PIN-kod').waitFor();
    assert.equal(await page.locator('#mina-sidor').getByRole('tablist').count(), 0);
    assert.deepEqual(await axeViolations(page), []);

    await logIn(page);
    assert.equal(await selectedTab(page), 'Mina uppgifter');
    await page.locator('#mina-sidor biv-my-profile').getByText('BIV-000001').first().waitFor();
    assert.ok(chunks().includes('my-profile'), `chunks: ${chunks().join(', ')}`);
    for (const later of ['my-loans', 'my-reservations', 'loan-history', 'wishlist', 'change-pin', 'block-card-button']) {
      assert.ok(!chunks().includes(later), `${later} loaded before its tab was shown`);
    }
    assert.deepEqual(await axeViolations(page), []);

    // The keyboard: the selected tab is the one in the tab order; arrows move, Enter shows.
    await tab(page, 'Mina uppgifter').focus();
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await focused(page), { role: 'tab', text: 'Lån' });
    await page.keyboard.press('Enter');
    await page.locator('#mina-sidor biv-my-loans').getByRole('heading', { name: 'Pippi Långstrump' }).waitFor();
    assert.ok(chunks().includes('my-loans'));
    assert.ok(!chunks().includes('my-reservations'));
    assert.equal(new URL(page.url()).hash, '#lan');
    await page.keyboard.press('End');
    assert.deepEqual(await focused(page), { role: 'tab', text: 'Spärra kortet' });
    await page.keyboard.press('Home');
    assert.deepEqual(await focused(page), { role: 'tab', text: 'Mina uppgifter' });
    assert.deepEqual(await axeViolations(page), []);

    // Reloaded, the page opens the same tab; the session holds.
    await page.reload();
    await page.locator('#mina-sidor biv-my-loans').getByRole('heading', { name: 'Pippi Långstrump' }).waitFor();
    assert.equal(await selectedTab(page), 'Lån');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a link opens a tab: a URL with #reservationer, and "Byt PIN-kod" in Mina uppgifter', async () => {
    const { page, errors, context } = await openPage(site.browser, `${site.server.url}/mina-sidor.html#reservationer`);
    await page.locator('#mina-sidor biv-login-box').getByLabel('PIN-kod').waitFor();
    await page.locator('#mina-sidor biv-login-box').getByLabel('Bibliotekskortsnummer eller personnummer').fill(ALVA.personnummer);
    await page.locator('#mina-sidor biv-login-box').getByLabel('PIN-kod').fill(ALVA.pin);
    await page.locator('#mina-sidor biv-login-box').getByLabel('PIN-kod').press('Enter');
    await page.locator('#mina-sidor biv-my-reservations').getByText('Plats 3 i kön').waitFor();
    assert.equal(await selectedTab(page), 'Reservationer');

    await tab(page, 'Mina uppgifter').click();
    const profile = page.locator('#mina-sidor biv-my-profile');
    await profile.getByRole('link', { name: 'Byt PIN-kod' }).click();
    await page.locator('#mina-sidor biv-change-pin').getByLabel('Nuvarande PIN-kod').waitFor();
    assert.equal(await selectedTab(page), 'Byt PIN-kod');
    assert.deepEqual(await focused(page), { role: 'tab', text: 'Byt PIN-kod' });
    assert.equal(new URL(page.url()).hash, '#byt-pin-kod');
    assert.deepEqual(await axeViolations(page), []);

    // The header's login box logs out: Mina sidor shows only the login again.
    await page.locator('#header-login').getByRole('button', { name: 'Logga ut' }).click();
    await page.locator('#mina-sidor biv-login-box').getByLabel('PIN-kod').waitFor();
    assert.equal(await page.locator('#mina-sidor').getByRole('tablist').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
