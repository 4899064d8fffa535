/**
 * "Mina uppgifter" end to end: <biv-my-profile> next to a login box on a page of the demo's site
 * (its strict CSP and stylesheet, the built CMS module), the real server and database, in Chromium
 * with axe-core, by keyboard. The demo's Mina sidor page is built around <biv-my-pages>; this page
 * is the element alone, served by the test on the demo's origin.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { PROFILE_ADULTS } from './fixtures.js';
import { layoutProblems } from './layout-problems.js';
import { axeViolations, useDemoSite, watchPageErrors } from './support.js';

const site = useDemoSite();

const ALVA = { personnummer: '19850322-2385', pin: '1357', email: 'alva.andersson@example.org' };
/** A temporary account registered by the test: no card collected yet. */
const NEW = { personnummer: PROFILE_ADULTS[1], pin: '7391' };
const PATH = '/mina-uppgifter-e2e.html';

const PAGE = `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'">
  <title>Mina uppgifter – Bibliotek i Väst</title>
  <link rel="stylesheet" href="/site.css">
  <meta name="biv:endpoint" content="/api/v1">
  <script type="module" src="/biv-widgets.js"></script>
</head>
<body>
  <div class="layout">
    <main id="main">
      <h1>Mina uppgifter</h1>
      <biv-login-box id="main-login" forgot-pin-href="/glomt-pin.html"></biv-login-box>
      <biv-my-profile login-href="#main-login" heading-level="2"></biv-my-profile>
    </main>
  </div>
</body>
</html>`;

async function open(locale = 'sv-SE', viewport?: { width: number; height: number }) {
  const context = await site.browser.newContext({ locale, timezoneId: 'Europe/Stockholm', ...(viewport ? { viewport } : {}) });
  await context.route(`**${PATH}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }));
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = watchPageErrors(page);
  await page.goto(site.server.url + PATH);
  return { context, page, errors };
}

/** Log in with the page's login box, by keyboard (the session is shared with the profile). */
async function logIn(page: Page, identifier: string, pin: string, name: string) {
  const box = page.locator('#main-login');
  await box.getByLabel('Bibliotekskortsnummer eller personnummer').focus();
  await page.keyboard.type(identifier);
  await page.keyboard.press('Tab');
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
  await box.getByText(name).first().waitFor();
}

/** The element that has focus, through shadow roots: its text, id and role-ish tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return { text: (active?.textContent ?? '').replace(/\s+/g, ' ').trim(), id: active?.id ?? '', tag: active?.localName ?? '' };
  });

/** Press Tab until the focused element's text is `text` (at most `max` times), as a keyboard user moves. */
async function tabTo(page: Page, text: string, max = 40) {
  for (let i = 0; i < max; i++) {
    if ((await focused(page)).text === text) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached “${text}”`);
}

const profileText = (page: Page) => page.locator('biv-my-profile').evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

describe('<biv-my-profile> on a page of the demo site', () => {
  it('shows Alva her låntagar-ID, copies it, and changes her e-mail by keyboard alone: a bad address first, then a good one', async () => {
    const { context, page, errors } = await open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const profile = page.locator('biv-my-profile');
    await profile.getByText('Logga in för att se dina uppgifter').waitFor();
    await logIn(page, ALVA.personnummer, ALVA.pin, 'Alva Andersson');
    await profile.getByText('BIV-000001').waitFor();
    await profile.getByText('Nödinge bibliotek').waitFor();
    const shown = await profileText(page);
    for (const words of ['Användarprofil', 'Låntagar-ID BIV-000001', 'Kortnummer 1000000001', 'Kortet Aktivt', `E-postadress ${ALVA.email}`]) assert.ok(shown.includes(words), words);
    assert.deepEqual(await axeViolations(page), []);

    // Copy, by keyboard.
    await tabTo(page, 'Kopiera låntagar-ID');
    await page.keyboard.press('Enter');
    await profile.getByText('Låntagar-ID är kopierat.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'BIV-000001');

    // Change the e-mail address: a bad one, the error summary, its link, a good one.
    await tabTo(page, 'Ändra kontaktuppgifter');
    await page.keyboard.press('Enter');
    await profile.getByRole('textbox', { name: 'E-postadress' }).waitFor();
    assert.equal((await focused(page)).id, 'email');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('alva.example.org');
    await page.keyboard.press('Enter');
    await profile.getByText('Det finns ett problem').waitFor();
    assert.ok((await focused(page)).text.startsWith('Det finns ett problem'), 'the summary has focus');
    assert.deepEqual(await axeViolations(page), [], 'with errors');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal((await focused(page)).id, 'email');
    assert.equal(await profile.getByRole('textbox', { name: 'E-postadress' }).inputValue(), 'alva.example.org'); // kept
    await page.keyboard.press('Control+a');
    await page.keyboard.type('alva.ny@example.org');
    await page.keyboard.press('Enter');
    await profile.getByText('Vi har skickat en bekräftelse om ändringen till din gamla e-postadress.').waitFor();
    assert.ok((await focused(page)).text.startsWith('Dina kontaktuppgifter är sparade.'), 'focus on the message');
    assert.ok((await profileText(page)).includes('E-postadress alva.ny@example.org'));
    assert.deepEqual(await axeViolations(page), [], 'saved');

    // The server stored it, and told the old address (the demo's outbox).
    const me = (await (await page.request.get(`${site.server.url}/api/v1/me`)).json()) as { email: string };
    assert.equal(me.email, 'alva.ny@example.org');
    const mails = (await (await page.request.get(`${site.server.url}/demo/mail.json`)).json()) as { to: string; text: string }[];
    assert.ok(mails.some((m) => m.to === ALVA.email && !m.text.includes('alva.ny@example.org')), 'a notice to the old address, without the new one');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('shows a new temporary account: no card yet, where to collect it, until when; in English too', async () => {
    const { context, page, errors } = await open();
    const profile = page.locator('biv-my-profile');
    // Registered from the page, as <biv-get-card-form> does (same origin, JSON).
    const status = await page.evaluate(async (personnummer) => {
      const response = await fetch('/api/v1/registrations', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ personnummer, givenName: 'Nils', familyName: 'Nyström', streetAddress: 'Hamngatan 4', postalCode: '471 31', city: 'Skärhamn', email: 'nils.nystrom@example.org', homeLibraryId: 'skarhamn', pin: '7391', acceptRules: true }),
      });
      return response.status;
    }, NEW.personnummer);
    assert.equal(status, 201);
    await logIn(page, NEW.personnummer, NEW.pin, 'Nils Nyström');
    await profile.getByText(/^Tillfälligt konto till /).waitFor();
    const shown = await profileText(page);
    assert.ok(shown.includes('Ta med legitimation!'));
    assert.ok(!shown.includes('Kortnummer'), 'no card number');
    assert.ok(!(await profile.locator('biv-block-card-button').count()), 'no card to block');
    assert.deepEqual(await axeViolations(page), []);

    // "Byt PIN-kod" opens the PIN change here.
    await tabTo(page, 'Byt PIN-kod');
    await page.keyboard.press('Enter');
    await profile.locator('biv-change-pin').getByLabel('Nuvarande PIN-kod').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'with the PIN change open');

    await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
    await profile.getByText(/^Temporary account until /).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'in English');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('reflows at 320 px with text at 200 %: the details, the form with errors, the PIN change open', async () => {
    const { context, page, errors } = await open('sv-SE', { width: 320, height: 640 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    const profile = page.locator('biv-my-profile');
    await logIn(page, ALVA.personnummer, ALVA.pin, 'Alva Andersson');
    await profile.getByText('Nödinge bibliotek').waitFor();
    const check = async (label: string) => {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: 320, height: Math.min(height, 20_000) });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      assert.deepEqual(await page.evaluate(layoutProblems, { selector: 'biv-my-profile, biv-change-pin, biv-block-card-button' }), [], label);
      await page.setViewportSize({ width: 320, height: 640 });
    };
    // The inline "Spärra kortet" loads its code when shown: measure it once it has rendered.
    await profile.locator('biv-block-card-button').getByRole('button').first().waitFor();
    await check('the details');
    await profile.getByRole('button', { name: 'Ändra kontaktuppgifter' }).click();
    await profile.getByRole('textbox', { name: 'E-postadress' }).fill('alva.example.org');
    await profile.getByRole('button', { name: 'Spara' }).click();
    await profile.getByText('Det finns ett problem').waitFor();
    await check('the form with errors');
    await profile.getByRole('button', { name: 'Avbryt' }).click();
    await profile.getByRole('button', { name: 'Byt PIN-kod' }).click();
    await profile.locator('biv-change-pin').getByLabel('Nuvarande PIN-kod').waitFor();
    await check('the PIN change open');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
