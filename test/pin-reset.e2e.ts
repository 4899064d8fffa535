/**
 * Forgotten and changed PINs end to end: the demo's reset pages and "Mina sidor", the built CMS
 * module, the real server and database, and a real SMTP server on loopback that receives what the
 * server sends (nodemailer over SMTP, read back with mailparser), in Chromium with axe-core.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Page } from 'playwright-core';
import { NEW_ADULTS } from './fixtures.js';
import { axeViolations, openPage, useDemoSite } from './support.js';

const ALVA = { personnummer: '19850322-2385', pin: '1357', email: 'alva.andersson@example.org' };
const DAVID = { card: '1000000004', email: 'david.dahl@example.org' };
const ELIN = { personnummer: '19550114-2284', pin: '5791', email: 'elin.ek@example.org' };

/** A real SMTP server on a free loopback port that keeps every message it receives, parsed. */
function mailServer() {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          mails.push(parsed);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {
    mails,
    /** Listen; resolves with the SMTP URL for the server's `BIV_SMTP_URL`. */
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve(`smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}?ignoreTLS=true`)),
      ),
  };
}

const mail = mailServer();
const site = useDemoSite(async () => ({ BIV_SMTP_URL: await mail.start() }));

const recipient = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address;

/** The first mail to `to` with a subject matching `subject` after `from` mails had arrived. */
async function mailTo(to: string, subject: RegExp, from: number): Promise<ParsedMail> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = mail.mails.slice(from).find((m) => recipient(m) === to && subject.test(m.subject ?? ''));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail "${subject}" to ${to}; got ${mail.mails.slice(from).map((m) => m.subject).join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const reset = (page: Page) => page.locator('biv-pin-reset');
const resetText = (page: Page) => reset(page).evaluate((el) => (el.shadowRoot?.firstElementChild as HTMLElement | null)?.innerText ?? '');

/** The form of the reset element itself (the page's login box sits inside it, in its login slot). */
const requestForm = (page: Page) => reset(page).getByRole('form', { name: 'Begär en länk för att välja ny PIN-kod' });

async function askForLink(page: Page, identifier: string) {
  await requestForm(page).getByLabel('Bibliotekskortsnummer eller personnummer').fill(identifier);
  await requestForm(page).getByRole('button', { name: 'Skicka länk' }).click();
  await reset(page).getByRole('heading', { name: 'Titta i din e-post' }).waitFor();
}

const linkIn = (m: ParsedMail) => /https?:\/\/\S+#token=[A-Za-z0-9_-]{43}/.exec(m.text ?? '')?.[0];

/** Log in through the API as a browser context would (the session cookie stays in the context). */
const apiLogin = (page: Page, identifier: string, pin: string) =>
  page.request.post(`${site.server.url}/api/v1/session`, { data: { identifier, pin }, headers: { origin: site.server.url } });

describe('PIN reset and change on the demo site, with mail over real SMTP', () => {
  it('Alva asks for a link, the mail arrives, the link opens the reset page, and she logs in with the new PIN', async () => {
    const { page, errors } = await openPage(site.browser, `${site.server.url}/glomt-pin.html`);
    assert.deepEqual(await axeViolations(page), []);
    const before = mail.mails.length;
    await askForLink(page, ALVA.personnummer);
    assert.deepEqual(await axeViolations(page), []);

    const message = await mailTo(ALVA.email, /Välj en ny PIN-kod/, before);
    assert.match(message.from?.text ?? '', /Bibliotek i Väst/);
    const link = linkIn(message);
    assert.ok(link, 'the text part has the link');
    assert.ok(link.startsWith(`${site.server.url}/glomt-pin.html#token=`), link);
    assert.ok(String(message.html).includes(`href="${link}"`), 'the HTML part links it');
    assert.match(message.text ?? '', /fungerar en gång och i 30 minuter[\s\S]*works once and for 30 minutes/);

    // The link, opened as from a mail program: a fresh browser context.
    const opened = await openPage(site.browser, link);
    const resetPage = opened.page;
    await reset(resetPage).getByLabel('Ny PIN-kod', { exact: true }).waitFor();
    assert.equal(new URL(resetPage.url()).hash, '', 'the token is gone from the address bar');
    assert.deepEqual(await axeViolations(resetPage), []);
    await reset(resetPage).getByLabel('Ny PIN-kod', { exact: true }).fill('4826');
    await reset(resetPage).getByLabel('Upprepa den nya PIN-koden').fill('4826');
    await reset(resetPage).getByRole('button', { name: 'Spara ny PIN-kod' }).click();
    await reset(resetPage).getByRole('heading', { name: 'Din PIN-kod är ändrad' }).waitFor();
    assert.deepEqual(await axeViolations(resetPage), []);
    assert.equal(await resetPage.evaluate(() => document.cookie), '', 'not logged in by the reset');

    // The page's login box (in the element's login slot) logs her in with the new PIN.
    const box = resetPage.locator('biv-login-box');
    await box.getByLabel('Bibliotekskortsnummer eller personnummer').fill(ALVA.personnummer);
    await box.getByLabel('PIN-kod').fill('4826');
    await box.getByRole('button', { name: 'Logga in' }).click();
    await box.getByText('Alva Andersson').waitFor();

    const notice = await mailTo(ALVA.email, /Din PIN-kod har ändrats/, before);
    assert.match(notice.text ?? '', /Spärra kortet/);
    assert.equal((await apiLogin(page, ALVA.personnummer, ALVA.pin)).status(), 401, 'the old PIN no longer works');

    // The same link a second time.
    const again = await openPage(site.browser, link);
    await reset(again.page).getByLabel('Ny PIN-kod', { exact: true }).fill('7391');
    await reset(again.page).getByLabel('Upprepa den nya PIN-koden').fill('7391');
    await reset(again.page).getByRole('button', { name: 'Spara ny PIN-kod' }).click();
    await reset(again.page).getByRole('heading', { name: 'Länken går inte att använda' }).waitFor();
    assert.match(await resetText(again.page), /Länken har redan använts/);
    assert.deepEqual(await axeViolations(again.page), []);
    assert.equal((await apiLogin(again.page, ALVA.personnummer, '7391')).status(), 401, 'the used link changed nothing');
    assert.deepEqual([...errors, ...opened.errors, ...again.errors], []);
  });

  it('an unknown identifier gets the same answer as a real one, and no mail', async () => {
    const { page } = await openPage(site.browser, `${site.server.url}/glomt-pin.html`);
    const before = mail.mails.length;
    await askForLink(page, NEW_ADULTS[10]);
    const unknownAnswer = await resetText(page);

    const other = await openPage(site.browser, `${site.server.url}/glomt-pin.html`);
    await askForLink(other.page, DAVID.card);
    assert.equal(await resetText(other.page), unknownAnswer);
    await mailTo(DAVID.email, /Välj en ny PIN-kod/, before);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(
      mail.mails.slice(before).map(recipient),
      [DAVID.email],
      'only the real patron got a mail',
    );
  });

  it('works in English and by keyboard alone, with the link back to the English page', async () => {
    const { page, errors } = await openPage(site.browser, `${site.server.url}/reset-pin.html`, { locale: 'en-GB' });
    const before = mail.mails.length;
    await reset(page).getByLabel('Library card number or personal identity number').focus();
    await page.keyboard.type(DAVID.card);
    await page.keyboard.press('Enter');
    await reset(page).getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    assert.equal(await reset(page).evaluate((el) => el.shadowRoot?.activeElement?.id), 'view-title', 'focus moves to the answer');

    const link = linkIn(await mailTo(DAVID.email, /Choose a new PIN/, before)) ?? '';
    assert.ok(link.startsWith(`${site.server.url}/reset-pin.html#token=`), link);
    const opened = await openPage(site.browser, link, { locale: 'en-GB' });
    const field = reset(opened.page).getByLabel('New PIN', { exact: true });
    await field.focus();
    await opened.page.keyboard.type('2580'); // a keypad line: refused in the browser
    await opened.page.keyboard.press('Tab');
    await opened.page.keyboard.type('2580');
    await opened.page.keyboard.press('Enter');
    await reset(opened.page).getByText('straight line on the keypad').first().waitFor();
    await field.fill('');
    await field.focus();
    await opened.page.keyboard.type('6139');
    await opened.page.keyboard.press('Tab');
    await opened.page.keyboard.press('Control+A');
    await opened.page.keyboard.type('6139');
    await opened.page.keyboard.press('Enter');
    await reset(opened.page).getByRole('heading', { name: 'Your PIN has been changed' }).waitFor();
    assert.equal(await opened.page.getByRole('link', { name: 'Log in' }).count() > 0, true);
    assert.deepEqual(await axeViolations(opened.page), []);
    assert.equal((await apiLogin(opened.page, DAVID.card, '6139')).status(), 200);
    assert.deepEqual([...errors, ...opened.errors], []);
  });

  it('a logged-in patron changes the PIN on Mina sidor: a wrong current PIN is refused, other sessions end', async () => {
    const elsewhere = await openPage(site.browser, `${site.server.url}/kort-och-pin.html`);
    assert.equal((await apiLogin(elsewhere.page, ELIN.personnummer, ELIN.pin)).status(), 200);

    const { page, errors } = await openPage(site.browser, `${site.server.url}/kort-och-pin.html`);
    const change = page.locator('biv-change-pin');
    await change.getByRole('heading', { name: 'Logga in för att byta PIN-kod' }).waitFor();
    const box = page.locator('#main-login');
    await box.getByLabel('Bibliotekskortsnummer eller personnummer').fill(ELIN.personnummer);
    await box.getByLabel('PIN-kod').fill(ELIN.pin);
    await box.getByRole('button', { name: 'Logga in' }).click();
    await change.getByLabel('Nuvarande PIN-kod').waitFor();
    assert.deepEqual(await axeViolations(page), []);

    const before = mail.mails.length;
    await change.getByLabel('Nuvarande PIN-kod').fill('9473');
    await change.getByLabel('Ny PIN-kod', { exact: true }).fill('6284');
    await change.getByLabel('Upprepa den nya PIN-koden').fill('6284');
    await change.getByRole('button', { name: 'Byt PIN-kod' }).click();
    await change.getByText('Den nuvarande PIN-koden stämmer inte').first().waitFor();
    assert.deepEqual(await axeViolations(page), []);

    await change.getByLabel('Nuvarande PIN-kod').fill(ELIN.pin);
    await change.getByRole('button', { name: 'Byt PIN-kod' }).click();
    await change.getByRole('heading', { name: 'Din PIN-kod är ändrad' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await mailTo(ELIN.email, /Din PIN-kod har ändrats/, before);

    const status = async (p: Page) => (await p.request.get(`${site.server.url}/api/v1/session`)).status();
    assert.equal(await status(page), 200, 'this session stays');
    assert.equal(await status(elsewhere.page), 401, 'the other session ended');
    assert.equal((await apiLogin(elsewhere.page, ELIN.personnummer, '6284')).status(), 200, 'the new PIN works');
    assert.equal((await apiLogin(elsewhere.page, ELIN.personnummer, ELIN.pin)).status(), 401, 'the old one does not');
    assert.deepEqual(errors, []);
  });
});
