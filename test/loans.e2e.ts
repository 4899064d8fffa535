/**
 * Loans and reservations end to end: the demo's "Mina lån och reservationer" page, the built CMS
 * module, the real server and database, in Chromium with axe-core.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, useDemoSite } from './support.js';

const site = useDemoSite();

const ALVA = { personnummer: '19850322-2385', pin: '1357' };

interface ApiLoan {
  id: string;
  title: string;
  dueDate: string;
  renewalsUsed: number;
}
interface ApiReservation {
  id: string;
  title: string;
  pickupLibraryId: string;
}

/** Log in with the page's login box (the session is then shared by every element on the page). */
async function logIn(page: Page, identifier: string, pin: string) {
  const box = page.locator('#main-login');
  await box.getByLabel(/^(Bibliotekskortsnummer eller personnummer|Library card number or personal identity number)$/).fill(identifier);
  await box.getByLabel(/^(PIN-kod|PIN)$/).fill(pin);
  await box.getByRole('button', { name: /^(Logga in|Log in)$/ }).click();
  await box.getByText('Alva Andersson').waitFor();
}

const api = async <T>(page: Page, path: string): Promise<T> => (await page.request.get(`${site.server.url}/api/v1${path}`)).json() as Promise<T>;
const loansOf = async (page: Page) => (await api<{ loans: ApiLoan[] }>(page, '/me/loans')).loans;
const reservationsOf = async (page: Page) => (await api<{ reservations: ApiReservation[] }>(page, '/me/reservations')).reservations;

async function visit(path = '/mina-lan.html', locale = 'sv-SE') {
  const opened = await openPage(site.browser, site.server.url + path, { locale });
  await logIn(opened.page, ALVA.personnummer, ALVA.pin);
  return opened;
}

describe('loans and reservations on the demo site', () => {
  it('shows Alva’s loans in every state, renews one, survives a double click and a lost answer, then renews all', async () => {
    const { page, errors } = await visit();
    const loans = page.locator('biv-my-loans');
    await loans.getByRole('heading', { name: 'Pippi Långstrump' }).waitFor();
    const text = await loans.evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
    for (const words of ['förfallen sedan 5 dagar', 'Försenad', 'Förfaller snart', 'en annan låntagare har reserverat den', 'förnyats så många gånger som går', 'försenad för länge']) {
      assert.ok(text.includes(words), words);
    }
    assert.deepEqual(await axeViolations(page), []);

    const before = new Map((await loansOf(page)).map((l) => [l.title, l.renewalsUsed]));
    const renewals: { key: string | undefined }[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/me/loans/')) renewals.push({ key: request.headers()['idempotency-key'] });
    });

    // One.
    await loans.getByRole('button', { name: 'Förnya Pippi Långstrump' }).click();
    await loans.getByRole('listitem').filter({ hasText: 'Pippi Långstrump' }).getByText(/^Förnyad – ny återlämningsdag/).waitFor();
    assert.equal((await loansOf(page)).find((l) => l.title === 'Pippi Långstrump')?.renewalsUsed, (before.get('Pippi Långstrump') ?? 0) + 1);
    assert.deepEqual(await axeViolations(page), [], 'with an outcome');

    // A double click sends one request and renews once.
    renewals.length = 0;
    await loans.getByRole('button', { name: 'Förnya Det sjunde inseglet' }).dblclick();
    await loans.getByRole('listitem').filter({ hasText: 'Det sjunde inseglet' }).getByText(/^Förnyad/).waitFor();
    assert.equal(renewals.length, 1, 'one request');
    assert.equal((await loansOf(page)).find((l) => l.title === 'Det sjunde inseglet')?.renewalsUsed, (before.get('Det sjunde inseglet') ?? 0) + 1);

    // The server renews but the answer is lost (the connection times out); the retry renews nothing more.
    renewals.length = 0;
    let lost = false;
    await page.route('**/api/v1/me/loans/*/renewal', async (route) => {
      if (lost) return route.continue();
      lost = true;
      await route.fetch(); // it reaches the server, which renews
      return route.abort('timedout');
    });
    await loans.getByRole('button', { name: 'Förnya Män som hatar kvinnor' }).click();
    const retry = loans.getByRole('button', { name: /^Försök igen/ });
    await retry.waitFor();
    assert.deepEqual(await axeViolations(page), [], 'with the error');
    const replayed = page.waitForResponse((response) => response.url().includes('/renewal') && response.request().method() === 'POST');
    await retry.click();
    assert.equal((await replayed).headers()['idempotent-replayed'], 'true', 'the server answered from the first request');
    await loans.getByRole('listitem').filter({ hasText: 'Män som hatar kvinnor' }).getByText(/^Förnyad/).waitFor();
    assert.equal(renewals.length, 2);
    assert.ok(renewals[0]?.key && renewals[0].key === renewals[1]?.key, 'the retry carries the same Idempotency-Key');
    assert.equal((await loansOf(page)).find((l) => l.title === 'Män som hatar kvinnor')?.renewalsUsed, (before.get('Män som hatar kvinnor') ?? 0) + 1, 'renewed once');
    await page.unroute('**/api/v1/me/loans/*/renewal');

    // All: an outcome per loan.
    await loans.getByRole('button', { name: 'Förnya alla' }).first().click();
    await loans.getByText(/av 7 lån förnyades/).first().waitFor();
    const after = await loans.evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
    assert.ok(after.includes('Kunde inte förnyas: en annan låntagare har reserverat den'), after);
    assert.deepEqual(await axeViolations(page), [], 'after renew all');
    assert.deepEqual(errors.filter((e) => !/ERR_TIMED_OUT|Failed to fetch/.test(e)), []);
  });

  it('is in English on the English page, and works by keyboard', async () => {
    const { page, errors } = await visit('/my-loans.html', 'en-GB');
    const loans = page.locator('biv-my-loans');
    await loans.getByRole('heading', { name: 'Pippi Långstrump' }).waitFor();
    const text = await loans.evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
    for (const words of ['days overdue', 'Renew all', 'another borrower has reserved it']) assert.ok(text.includes(words), words);
    const sort = loans.getByRole('combobox');
    await sort.focus();
    await sort.selectOption({ index: 1 });
    await page.waitForFunction(() => document.querySelector('biv-my-loans')?.getAttribute('sort') === 'title');
    const titles = await loans.locator('h3').allTextContents();
    assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b, 'sv')));
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
  });

  it('shows Alva’s reservations: the borrower ID for the ready one, queue places, and lets her change a pickup library and cancel', async () => {
    const { page, errors } = await visit();
    const reservations = page.locator('biv-my-reservations');
    await reservations.getByText('Plats 3 i kön').waitFor();
    await reservations.getByText('BIV-000001').waitFor();
    await reservations.getByText('Klar att hämta').first().waitFor();
    assert.deepEqual(await axeViolations(page), []);

    const mio = reservations.getByRole('listitem').filter({ hasText: 'Mio, min Mio' });
    await mio.getByRole('combobox').selectOption({ label: 'Stenungsunds bibliotek' });
    await mio.getByRole('button', { name: /^Spara/ }).click();
    await reservations.getByText('Reservationen av Mio, min Mio hämtas nu på Stenungsunds bibliotek.').waitFor();
    assert.equal((await reservationsOf(page)).find((r) => r.title === 'Mio, min Mio')?.pickupLibraryId, 'stenungsund');

    const sagan = reservations.getByRole('listitem').filter({ hasText: 'Sagan om ringen' });
    await sagan.getByRole('button', { name: /^Avboka/ }).click();
    const dialog = reservations.getByRole('dialog');
    await dialog.waitFor();
    assert.deepEqual(await axeViolations(page), [], 'with the dialog open');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.ok((await reservationsOf(page)).some((r) => r.title === 'Sagan om ringen'), 'Escape keeps it');
    await sagan.getByRole('button', { name: /^Avboka/ }).click();
    await dialog.getByRole('button', { name: 'Avboka reservationen' }).click();
    await reservations.getByText('Reservationen av Sagan om ringen är avbokad.').waitFor();
    assert.ok(!(await reservationsOf(page)).some((r) => r.title === 'Sagan om ringen'), 'cancelled on the server');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
  });

  it('another patron’s loan or reservation is a 404 for Alva', async () => {
    const { page } = await visit();
    const headers = { origin: site.server.url };
    assert.equal((await page.request.post(`${site.server.url}/api/v1/me/loans/loan-doktor-glas/renewal`, { headers })).status(), 404);
    assert.equal((await page.request.delete(`${site.server.url}/api/v1/me/reservations/res-mio-david`, { headers })).status(), 404);
    assert.equal((await page.request.patch(`${site.server.url}/api/v1/me/reservations/res-mio-david`, { headers, data: { pickupLibraryId: 'kungalv' } })).status(), 404);
  });
});
