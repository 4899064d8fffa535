import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setFetch } from '@biv/client';
import { ENDPOINT, endSessionsAfterEach, itAsksLoggedOutVisitorToLogIn, q, root, session, submit as submitWith, text } from '../../../../test/element-helpers.js';
import './define.js';
import '../change-pin/define.js';
import type { BlockCardButton } from './block-card-button.js';

// Against the real reference server (demo data, fresh database per run), proxied same-origin by
// web-test-runner.config.mjs. The server is shared by every test file of the run, so a blocked
// card stays blocked: Ingrid's card is blocked by the Swedish success test and Karin's by the
// English one, and Jonas's card is never blocked (cancel, validation, one wrong PIN, faults).
// setFetch counts requests (passing them through) or produces faults.
const INGRID = { card: '1000000008', personnummer: '19610118-2803', pin: '8024' };
const KARIN = { card: '1000000010', personnummer: '19610208-3141', pin: '1246' };
const JONAS = { card: '1000000009', personnummer: '19610112-2650', pin: '9135' };
const BLOCK_PATH = '/api/v1/me/card/block';

const dialog = (el: BlockCardButton) => q<HTMLDialogElement>(el, 'dialog');
const trigger = (el: BlockCardButton) => q<HTMLButtonElement>(el, 'button.trigger') as HTMLButtonElement;
const confirmButton = (el: BlockCardButton) => q<HTMLButtonElement>(el, 'button.confirm') as HTMLButtonElement;
const pinInput = (el: BlockCardButton) => q<HTMLInputElement>(el, '#pin') as HTMLInputElement;
const tick = (el: BlockCardButton) => q<HTMLInputElement>(el, '#confirm') as HTMLInputElement;

async function render(markup = html`<biv-block-card-button endpoint=${ENDPOINT} login-href="/logga-in"></biv-block-card-button>`) {
  const el = await fixture<BlockCardButton>(markup);
  await waitUntil(() => el.matches(':state(logged-out)') || q(el, 'button.trigger') || q(el, '.config-error'), 'the session was not read', {
    timeout: 5000,
  });
  return el;
}

async function open(el: BlockCardButton) {
  trigger(el).click();
  await waitUntil(() => dialog(el)?.open, 'the dialog did not open');
  await el.updateComplete;
}

async function typePin(el: BlockCardButton, value: string) {
  const input = pinInput(el);
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function fill(el: BlockCardButton, pin: string) {
  await typePin(el, pin);
  if (!tick(el).checked) tick(el).click();
  await el.updateComplete;
}

async function whenIdle(el: BlockCardButton) {
  await waitUntil(() => !el.matches(':state(busy)'), 'still busy', { timeout: 10_000 });
  await el.updateComplete;
}

/** The dialog's "Spärra kortet", and until the server answered. */
const submit = (el: BlockCardButton) => submitWith(el, 'button.confirm');

/** Every request the client makes, passed through to the server; `sent` holds `METHOD path` (never a body). */
function countRequests(): string[] {
  const sent: string[] = [];
  setFetch((input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    sent.push(`${request.method} ${new URL(request.url).pathname}`);
    return fetch(input, init);
  });
  return sent;
}

const problemResponse = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  new Response(JSON.stringify({ type: `about:blank#${code}`, title: code, status, code, ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

/** Blocking requests answered by `answer`; everything else passes through to the server. */
function blockAnswers(answer: () => Promise<Response>): string[] {
  const sent: string[] = [];
  setFetch((input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url).pathname;
    sent.push(`${request.method} ${path}`);
    return path === BLOCK_PATH ? answer() : fetch(input, init);
  });
  return sent;
}

/** What the server says of this browser's session now. */
const sessionStatus = async () => (await fetch(`${ENDPOINT}/session`, { credentials: 'include' })).status;

endSessionsAfterEach();

describe('<biv-block-card-button>', () => {
  itAsksLoggedOutVisitorToLogIn('biv-block-card-button', { title: 'Logga in för att spärra kortet', also: ['Har du tappat kortet?'], absent: 'button.trigger' });

  it('shows a configuration error without an endpoint', async () => {
    const el = await render(html`<biv-block-card-button></biv-block-card-button>`);
    expect(text(q(el, '.config-error'))).to.contain('adressen till biblioteket saknas');
  });

  it('opens the dialog with focus in the PIN field, and is accessible with it open', async () => {
    await session().login(JONAS.card, JONAS.pin);
    const el = await render();
    expect(text(trigger(el))).to.equal('Spärra kortet');
    expect(trigger(el).getBoundingClientRect().height).to.be.at.least(44);
    expect(dialog(el)?.open).to.equal(false);
    await open(el);
    expect(el.matches(':state(confirming)')).to.equal(true);
    expect(root(el).activeElement).to.equal(pinInput(el));
    const d = dialog(el) as HTMLDialogElement;
    expect(text(q(el, `#${d.getAttribute('aria-labelledby')}`))).to.equal('Spärra kortet?');
    const described = text(q(el, `#${d.getAttribute('aria-describedby')}`));
    expect(described).to.contain('fungerar det inte längre för lån, i utlåningsautomaterna eller för att logga in');
    expect(described).to.contain('Ta med legitimation');
    expect(described).to.contain('Dina lån finns kvar på ditt konto');
    expect(described).to.contain('kan inte låsas upp');
    expect(pinInput(el).autocomplete).to.equal('current-password');
    expect(q(el, 'label[for=pin]')?.textContent).to.equal('Din PIN-kod');
    expect(text(q(el, 'label[for=confirm]'))).to.equal('Jag vill spärra mitt kort');
    await expect(el).to.be.accessible();
  });

  it('closes on Escape: nothing sent, focus back on the button, still logged in', async () => {
    await session().login(JONAS.card, JONAS.pin);
    const el = await render();
    await open(el);
    const sent = countRequests();
    await fill(el, JONAS.pin);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el)?.open, 'Escape did not close the dialog');
    await waitUntil(() => root(el).activeElement === trigger(el), 'focus did not return to the button');
    expect(el.matches(':state(confirming)')).to.equal(false);
    expect(sent).to.deep.equal([]);
    expect(await sessionStatus()).to.equal(200);
    expect(pinInput(el).value).to.equal('');
  });

  it('closes on Avbryt: nothing sent, the PIN and the tick forgotten, focus back on the button', async () => {
    await session().login(JONAS.card, JONAS.pin);
    const el = await render();
    await open(el);
    const sent = countRequests();
    await fill(el, JONAS.pin);
    expect(tick(el).checked).to.equal(true);
    (q(el, 'button.secondary') as HTMLButtonElement).click();
    await waitUntil(() => !dialog(el)?.open, 'Avbryt did not close the dialog');
    await waitUntil(() => root(el).activeElement === trigger(el), 'focus did not return to the button');
    await open(el);
    expect(pinInput(el).value).to.equal('');
    expect(tick(el).checked).to.equal(false);
    expect(sent).to.deep.equal([]);
    expect(await sessionStatus()).to.equal(200);
  });

  it('checks in the browser first: an empty or malformed PIN and no tick send nothing', async () => {
    await session().login(JONAS.card, JONAS.pin);
    const el = await render();
    await open(el);
    const sent = countRequests();
    await submit(el);
    expect(text(q(el, '#pin-error'))).to.contain('Skriv din PIN-kod');
    expect(text(q(el, '#confirm-error'))).to.contain('Kryssa i rutan om du vill spärra kortet');
    expect(pinInput(el).getAttribute('aria-describedby')).to.equal('pin-error');
    expect(pinInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(tick(el).getAttribute('aria-describedby')).to.equal('confirm-error');
    expect(tick(el).getAttribute('aria-invalid')).to.equal('true');
    const summary = q(el, '.error-summary') as HTMLElement;
    expect(dialog(el)?.contains(summary)).to.equal(true);
    expect(root(el).activeElement).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#pin', '#confirm']);
    await expect(el).to.be.accessible();

    await typePin(el, '12a');
    await submit(el);
    expect(text(q(el, '#pin-error'))).to.contain('PIN-koden ska vara fyra siffror');
    expect(sent).to.deep.equal([]);
    expect(dialog(el)?.open).to.equal(true);
  });

  it('refuses a wrong PIN at its field and blocks nothing, by keyboard alone; the right PIN still logs in', async () => {
    await session().login(JONAS.card, JONAS.pin);
    const el = await render();
    let fired = 0;
    el.addEventListener('biv-card-blocked', () => fired++);
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el)?.open && root(el).activeElement === pinInput(el), 'Enter did not open the dialog with focus in the PIN field');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(tick(el));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ type: '0000' });
    expect(tick(el).checked).to.equal(true);
    // Enter in the PIN field submits; the field still has focus when the server answers.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.matches(':state(busy)') || q(el, '.error-summary'), 'Enter did not submit');
    await whenIdle(el);
    expect(text(q(el, '#pin-error'))).to.contain('PIN-koden stämmer inte');
    expect(pinInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).activeElement).to.equal(q(el, '.error-summary'));
    expect(dialog(el)?.open).to.equal(true);
    expect(fired).to.equal(0);
    expect(el.matches(':state(blocked)')).to.equal(false);
    expect(await sessionStatus()).to.equal(200);
    // A right login clears the wrong-PIN counter (Jonas's one wrong PIN of the run).
    await session().logout();
    expect((await session().login(JONAS.personnummer, JONAS.pin)).cardState).to.equal('active');
  });

  it('holds Escape and a second submit while the block is sent; a fault keeps the dialog and the typed PIN', async () => {
    await session().login(JONAS.card, JONAS.pin);
    const el = await render();
    await open(el);
    await fill(el, JONAS.pin);
    let answer: (response: Response) => void = () => undefined;
    const sent = blockAnswers(() => new Promise<Response>((resolve) => (answer = resolve)));
    confirmButton(el).click();
    confirmButton(el).click();
    await el.updateComplete;
    expect(el.matches(':state(busy)')).to.equal(true);
    expect(text(q(el, '.status'))).to.equal('Spärrar kortet …');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el)?.open).to.equal(true);
    expect(sent).to.deep.equal([`POST ${BLOCK_PATH}`]);
    answer(problemResponse(500, 'internal_error'));
    await whenIdle(el);
    expect(text(q(el, '.error-summary'))).to.contain('Något gick fel hos oss');
    expect(dialog(el)?.open).to.equal(true);
    expect(pinInput(el).value).to.equal(JONAS.pin);
    expect(tick(el).checked).to.equal(true);
    expect(root(el).activeElement).to.equal(q(el, '.error-summary'));
    await expect(el).to.be.accessible();

    blockAnswers(() => Promise.reject(new TypeError('Failed to fetch')));
    await submit(el);
    expect(text(q(el, '.error-summary'))).to.contain('Vi fick ingen kontakt med tjänsten');
    expect(pinInput(el).value).to.equal(JONAS.pin);
    expect(el.matches(':state(blocked)')).to.equal(false);
  });

  it('says how long the account is locked and what to do now', async () => {
    await session().login(JONAS.card, JONAS.pin);
    const el = await render();
    await open(el);
    await fill(el, JONAS.pin);
    blockAnswers(() => Promise.resolve(problemResponse(429, 'account_locked', { retryAfter: 900 })));
    await submit(el);
    const summary = text(q(el, '.error-summary'));
    expect(summary).to.contain('Kontot är låst efter för många försök med fel PIN-kod. Försök igen om 15 minuter');
    expect(summary).to.contain('ring eller besök ett bibliotek, så spärrar vi kortet direkt');
    expect(dialog(el)?.open).to.equal(true);
  });

  it('goes to the logged-out view when the session has ended', async () => {
    await session().login(JONAS.card, JONAS.pin);
    const el = await render();
    await open(el);
    await fill(el, JONAS.pin);
    setFetch(() => Promise.resolve(problemResponse(401, 'unauthenticated')));
    confirmButton(el).click();
    await waitUntil(() => el.matches(':state(logged-out)'), 'still logged in');
    await el.updateComplete;
    expect(text(root(el))).to.contain('Logga in för att spärra kortet');
    expect(el.matches(':state(blocked)')).to.equal(false);
    expect(q(el, 'dialog')).to.equal(null);
  });

  it('blocks Ingrid’s card: every element shows it, focus on the heading, the card no longer logs in', async () => {
    await session().login(INGRID.personnummer, INGRID.pin);
    const page = await fixture<HTMLElement>(html`<div>
      <biv-block-card-button endpoint=${ENDPOINT} new-card-href="/nytt-kort"></biv-block-card-button>
      <biv-change-pin endpoint=${ENDPOINT}></biv-change-pin>
    </div>`);
    const el = page.querySelector('biv-block-card-button') as BlockCardButton;
    const other = page.querySelector('biv-change-pin') as HTMLElement;
    await waitUntil(() => q(el, 'button.trigger') && q(other, 'form'), 'not logged in');
    let fired = 0;
    page.addEventListener('biv-card-blocked', () => fired++);
    await open(el);
    await fill(el, INGRID.pin);
    const sent = countRequests();
    confirmButton(el).click();
    await waitUntil(() => el.matches(':state(blocked)'), 'the card was not blocked', { timeout: 10_000 });
    await el.updateComplete;
    await waitUntil(() => root(el).activeElement === q(el, '#view-title'), 'focus did not move to the heading');
    expect(sent.filter((s) => s === `POST ${BLOCK_PATH}`).length).to.equal(1);
    expect(fired).to.equal(1);
    expect(el.matches(':state(logged-out)')).to.equal(true);
    expect(el.matches(':state(confirming)')).to.equal(false);
    expect(q<HTMLDialogElement>(el, 'dialog')?.open ?? false).to.equal(false);
    expect(text(q(el, '#view-title'))).to.equal('Ditt kort är spärrat');
    const link = q<HTMLAnchorElement>(el, '.panel a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('/nytt-kort');
    expect(text(link)).to.equal('Så får du ett nytt kort');
    await waitUntil(() => text(root(other)).includes('Ditt kort är spärrat'), 'the other element does not show the block');
    expect(session().state).to.deep.equal({ status: 'logged-out', reason: 'card_blocked' });
    await expect(el).to.be.accessible();

    setFetch();
    expect(await sessionStatus()).to.equal(401);
    const byCard = await session()
      .login(INGRID.card, INGRID.pin)
      .then(() => 'logged in', (error: { code?: string }) => error.code);
    expect(byCard).to.equal('card_blocked');
    const byPersonnummer = await session()
      .login(INGRID.personnummer, INGRID.pin)
      .then(() => 'logged in', (error: { code?: string }) => error.code);
    expect(byPersonnummer).to.equal('card_blocked');
  });

  it('blocks Karin’s card in English, with the page’s button text; a double click sends one request', async () => {
    await session().login(KARIN.card, KARIN.pin);
    const el = await render(
      html`<biv-block-card-button lang="en" endpoint=${ENDPOINT}><span id="own">Report my card lost</span></biv-block-card-button>`,
    );
    const slot = q<HTMLSlotElement>(el, 'button.trigger slot') as HTMLSlotElement;
    expect(slot.assignedElements()).to.deep.equal([el.querySelector('#own')]);
    // The button's name is the slotted text: axe's button-name rule fails on an empty button.
    await expect(el).to.be.accessible();
    await open(el);
    expect(text(q(el, '#dialog-title'))).to.equal('Block your card?');
    expect(q(el, 'label[for=pin]')?.textContent).to.equal('Your PIN');
    await submit(el);
    expect(text(q(el, '#pin-error'))).to.contain('Enter your PIN');
    expect(text(q(el, '#confirm-error'))).to.contain('Tick the box if you want to block your card');
    await fill(el, KARIN.pin);
    let fired = 0;
    el.addEventListener('biv-card-blocked', () => fired++);
    const sent = countRequests();
    confirmButton(el).click();
    confirmButton(el).click();
    await waitUntil(() => el.matches(':state(blocked)'), 'the card was not blocked', { timeout: 10_000 });
    await el.updateComplete;
    expect(sent.filter((s) => s === `POST ${BLOCK_PATH}`).length).to.equal(1);
    expect(fired).to.equal(1);
    expect(text(q(el, '#view-title'))).to.equal('Your card is blocked');
    expect(q(el, '.panel a')).to.equal(null); // no new-card-href, no link
    setFetch();
    const byPersonnummer = await session()
      .login(KARIN.personnummer, KARIN.pin)
      .then(() => 'logged in', (error: { code?: string }) => error.code);
    expect(byPersonnummer).to.equal('card_blocked');
  });
});
