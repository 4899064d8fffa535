/**
 * <biv-get-card-form> end to end: the demo's "Skaffa lånekort" page, the built CMS module, the real
 * server and database, in Chromium with axe-core; the new account then logs in with the login box.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { NEW_ADULTS, personnummerAged } from './fixtures.js';
import { axeViolations, openPage, useDemoSite } from './support.js';

const site = useDemoSite();

async function visit(path = '/skaffa-lanekort.html', locale = 'sv-SE') {
  const opened = await openPage(site.browser, site.server.url + path, { locale, count: { method: 'POST', path: '/api/v1/registrations' } });
  await form(opened.page).getByRole('combobox').locator('option').nth(2).waitFor({ state: 'attached' }); // libraries loaded
  return { ...opened, registrations: opened.requests };
}

const form = (page: Page) => page.locator('biv-get-card-form');

/** The visible text of the form element, read inside its shadow root. */
const formText = (page: Page) => form(page).evaluate((el) => (el.shadowRoot?.firstElementChild as HTMLElement | null)?.innerText ?? '');

const LABELS = {
  sv: {
    personnummer: /^Personnummer/,
    givenName: /^Förnamn/,
    familyName: /^Efternamn/,
    streetAddress: /^(Gatuadress|Adress)/,
    postalCode: /^Postnummer/,
    city: /^(Ort|Postort)/,
    email: /^E-post/,
    phone: /^Mobil/,
    library: /^Hembibliotek|^Välj bibliotek/,
    pin: /^(Välj )?(en )?(ny )?PIN-kod/,
    pinRepeat: /^(Upprepa|Skriv .* igen|Bekräfta)/,
    rules: /låneregler/,
    submit: /^(Skaffa lånekort|Skicka)/,
  },
  en: {
    personnummer: /^Personal identity number/,
    givenName: /^(First|Given) name/,
    familyName: /^(Last|Family) name/,
    streetAddress: /^(Street )?address/i,
    postalCode: /^Postcode|^Postal code/,
    city: /^(City|Town)/,
    email: /^E-?mail/,
    phone: /^Mobile/,
    library: /library/i,
    pin: /PIN/,
    pinRepeat: /^(Repeat|Confirm|Enter .* again)/,
    rules: /loan rules/i,
    submit: /^(Get (a )?library card|Send|Submit)/,
  },
};

interface Applicant {
  personnummer: string;
  pin: string;
  email?: string;
}

async function fillForm(page: Page, applicant: Applicant, lang: 'sv' | 'en' = 'sv') {
  const l = LABELS[lang];
  const f = form(page);
  await f.getByLabel(l.personnummer).fill(applicant.personnummer);
  await f.getByLabel(l.givenName).fill('Saga');
  await f.getByLabel(l.familyName).fill('Svensson');
  await f.getByLabel(l.streetAddress).fill('Strandvägen 4');
  await f.getByLabel(l.postalCode).fill('471 31');
  await f.getByLabel(l.city).fill('Skärhamn');
  await f.getByLabel(l.email).fill(applicant.email ?? 'saga.svensson@example.org');
  await f.getByLabel(l.library).selectOption({ label: 'Skärhamns bibliotek' });
  await f.getByLabel(l.pin, { exact: false }).first().fill(applicant.pin);
  await f.getByLabel(l.pinRepeat).fill(applicant.pin);
  await f.getByLabel(l.rules).check();
}

async function logInWithLoginBox(page: Page, identifier: string, pin: string) {
  const box = page.locator('biv-login-box');
  await box.getByLabel('Bibliotekskortsnummer eller personnummer').fill(identifier);
  await box.getByLabel('PIN-kod').fill(pin);
  await box.getByRole('button', { name: 'Logga in' }).click();
}

describe('<biv-get-card-form> on the demo site', () => {
  it('is accessible before anything is typed, and loads the libraries grouped by municipality', async () => {
    const { page, context, errors } = await visit();
    const groups = await form(page).locator('optgroup').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('label')));
    assert.deepEqual(groups, ['Ale', 'Kungälv', 'Lilla Edet', 'Orust', 'Stenungsund', 'Tjörn', 'Öckerö']);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('gives a new adult a temporary account that logs in at once with personnummer and PIN', async () => {
    const { page, context } = await visit();
    const personnummer = NEW_ADULTS[0];
    await fillForm(page, { personnummer, pin: '7391' });
    await form(page).getByRole('button', { name: LABELS.sv.submit }).click();
    await form(page).getByText(/BIV-\d{6}/).first().waitFor();
    const text = await formText(page);
    const borrowerId = /BIV-\d{6}/.exec(text)?.[0];
    assert.ok(borrowerId, text);
    assert.match(text, /legitimation/i);
    assert.match(text, /\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}/);
    assert.deepEqual(await axeViolations(page), [], 'success view');

    await logInWithLoginBox(page, personnummer, '7391');
    await page.locator('biv-login-box').getByText('Saga Svensson').waitFor();
    const boxText = await page.locator('biv-login-box').evaluate((el) => (el.shadowRoot?.querySelector('.logged-in') as HTMLElement | null)?.innerText ?? '');
    assert.match(boxText, /tillfällig/i);

    const mail = (await (await fetch(`${site.server.url}/demo/mail.json`)).json()) as { to: string; text: string }[];
    const welcome = mail.find((m) => m.to.includes('saga.svensson@example.org'));
    assert.ok(welcome, 'a welcome e-mail to the address given');
    assert.ok(welcome.text.includes(borrowerId));
    assert.ok(!welcome.text.includes('7391'), 'the PIN is never mailed');

    // The demo's outbox page shows the message, accessibly.
    await page.goto(`${site.server.url}/demo/mail`);
    await page.getByText(borrowerId).first().waitFor();
    assert.deepEqual(await axeViolations(page), [], '/demo/mail');
    await context.close();
  });

  it('can be completed with the keyboard alone', async () => {
    const { page, context } = await visit();
    const f = form(page);
    await f.getByLabel(LABELS.sv.personnummer).focus();
    const values = [NEW_ADULTS[1], 'Kim', 'Karlsson', 'Hamngatan 2', '44230', 'Kungälv', 'kim.karlsson@example.org', ''];
    for (const value of values) {
      if (value) await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    // The library select has focus: choose by typing its first letters, as keyboard users do.
    await page.keyboard.type('Kung'); // Playwright delivers a typed ä oddly to a select: the first letters are enough
    await page.keyboard.press('Tab');
    await page.keyboard.type('7391');
    await page.keyboard.press('Tab');
    await page.keyboard.type('7391');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // the rules checkbox
    // Past the rules link to the submit button.
    for (let i = 0; i < 3 && !(await f.getByRole('button', { name: LABELS.sv.submit }).evaluate((b) => b.matches(':focus'))); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await f.getByText(/BIV-\d{6}/).first().waitFor();
    await context.close();
  });

  it('refuses a 17-year-old before anything is sent and points to the library', async () => {
    const { page, context, registrations } = await visit();
    await fillForm(page, { personnummer: personnummerAged(17), pin: '7391' });
    await form(page).getByRole('button', { name: LABELS.sv.submit }).click({ timeout: 2_000 }).catch(() => undefined); // it may be gone
    await page.waitForTimeout(300);
    const text = await formText(page);
    assert.match(text, /vårdnadshavare/);
    assert.ok(await form(page).getByRole('link', { name: /barn|unga/i }).count(), 'a link to the children and young people page');
    assert.equal(registrations(), 0);
    assert.deepEqual(await axeViolations(page), [], 'under-18 state');
    await context.close();
  });

  it('creates nothing new for a personnummer that has an account, and says nothing about it', async () => {
    const { page, context, registrations } = await visit();
    await fillForm(page, { personnummer: '19850322-2385', pin: '7391', email: 'somebody.else@example.org' });
    await form(page).getByRole('button', { name: LABELS.sv.submit }).click();
    await page.waitForFunction(() => !document.querySelector('biv-get-card-form')?.shadowRoot?.querySelector('form'));
    const text = await formText(page);
    assert.equal(registrations(), 1);
    assert.doesNotMatch(text, /BIV-\d{6}/);
    assert.doesNotMatch(text, /redan|finns/i, 'must not reveal that an account exists');
    assert.deepEqual(await axeViolations(page), [], 'received state');

    // Alva is untouched: her own PIN still works, the new one does not.
    await logInWithLoginBox(page, '19850322-2385', '7391');
    await page.locator('biv-login-box').getByRole('alert').first().waitFor();
    await logInWithLoginBox(page, '19850322-2385', '1357');
    await page.locator('biv-login-box').getByText('Alva Andersson').waitFor();

    const mail = (await (await fetch(`${site.server.url}/demo/mail.json`)).json()) as { to: string }[];
    assert.ok(mail.some((m) => m.to.includes('alva.andersson@example.org')), 'the account holder is told');
    assert.ok(!mail.some((m) => m.to.includes('somebody.else@example.org')), 'the address typed gets nothing');
    await context.close();
  });

  for (const [lang, path, locale] of [['sv', '/skaffa-lanekort.html', 'sv-SE'], ['en', '/get-a-card.html', 'en-GB']] as const) {
    it(`gives each invalid field its own message (${lang}) and keeps what was typed`, async () => {
      const { page, context, registrations } = await visit(path, locale);
      const f = form(page);
      const l = LABELS[lang];
      await f.getByLabel(l.personnummer).fill('19920101-2384'); // wrong check digit
      await f.getByLabel(l.postalCode).fill('4713');
      await f.getByLabel(l.email).fill('saga.example.org');
      await f.getByLabel(l.phone).fill('ring mig');
      await f.getByLabel(l.pin, { exact: false }).first().fill('1234');
      await f.getByLabel(l.pinRepeat).fill('1243');
      await f.getByRole('button', { name: l.submit }).click();
      const summary = f.getByRole('alert').first();
      await summary.waitFor();
      const links = await f.locator('[role="alert"] a, .error-summary a').allInnerTexts();
      // personnummer, given name, family name, address, postcode, city, e-mail, phone, library, PIN, repeat, rules
      assert.ok(links.length >= 11, links.join(' | '));
      assert.equal(new Set(links).size, links.length, 'each message is specific to its field');
      assert.equal(await f.getByLabel(l.email).inputValue(), 'saga.example.org');
      assert.equal(registrations(), 0);
      assert.deepEqual(await axeViolations(page), [], `errors (${lang})`);
      await context.close();
    });
  }
});
