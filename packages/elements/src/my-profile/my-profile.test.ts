// Over 350 lines on purpose: three parts, copying allowed and refused, the form checked in the
// browser and by the server, faults on loading and saving, keyboard only and the blocked card,
// each against the real server; the shared helpers are in test/element-helpers.ts.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setFetch } from '@biv/client';
import { PROFILE_ADULTS } from '../../../../test/fixtures.js';
import { ENDPOINT, endSessionAsBlocked, endSessionsAfterEach, itAsksLoggedOutVisitorToLogIn, login, methodOf, q, root, submit, text, type, urlOf } from '../../../../test/element-helpers.js';
import './define.js';
import type { MyProfile } from './my-profile.js';
import type { BivProfileUpdatedEvent } from './events.js';

// Against the real reference server (demo data, fresh database per run), proxied same-origin by
// web-test-runner.config.mjs, which also passes the demo outbox (/demo/mail.json) through. Alva is
// only read here. The contact details that change belong to a temporary account of this file's own
// (PROFILE_ADULTS[0], registered in `before`), so no other test is disturbed. setFetch is used only
// to produce faults and to count requests; the clipboard is replaced to be allowed or refused.
const ALVA = { identifier: '19850322-2385', pin: '1357' };
const PIM = { identifier: PROFILE_ADULTS[0], pin: '7391', email: 'pim.profil@example.org' };
let pimValidUntil = '';

const input = (el: MyProfile, id: string) => q<HTMLInputElement>(el, `#${id}`) as HTMLInputElement;
const button = (el: MyProfile, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === name) as HTMLButtonElement;
const activeId = (el: MyProfile) => root(el).activeElement?.id || root(el).activeElement?.className;

async function render(markup = html`<biv-my-profile endpoint=${ENDPOINT} login-href="/logga-in"></biv-my-profile>`) {
  const el = await fixture<MyProfile>(markup);
  await waitUntil(() => el.matches(':state(logged-out)') || q(el, 'dl') || q(el, '.load-error'), 'the details were not shown', { timeout: 8000 });
  return el;
}

async function loggedIn(patron: { identifier: string; pin: string }, markup?: ReturnType<typeof html>) {
  await login(patron);
  const el = await render(markup);
  await waitUntil(() => q(el, 'dl') && !text(root(el)).includes('…'), 'no details after login', { timeout: 8000 });
  return el;
}

/** What the PATCH requests of a test sent, while the real server answers. */
function recordPatches(): unknown[] {
  const bodies: unknown[] = [];
  setFetch(async (input, init) => {
    if (methodOf(input, init) === 'PATCH') bodies.push(JSON.parse(input instanceof Request ? await input.clone().text() : (init?.body as string)));
    return fetch(input, init);
  });
  return bodies;
}

/** Replace the clipboard for one test: `writeText` resolves, or rejects as a refusal does. */
function clipboard(allowed: boolean): string[] {
  const written: string[] = [];
  const writeText = (value: string) => (allowed ? (written.push(value), Promise.resolve()) : Promise.reject(new DOMException('denied', 'NotAllowedError')));
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return written;
}

before(async () => {
  const response = await fetch(`${ENDPOINT}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      personnummer: PIM.identifier,
      givenName: 'Pim',
      familyName: 'Profil',
      streetAddress: 'Kyrkogatan 3',
      postalCode: '442 31',
      city: 'Kungälv',
      email: PIM.email,
      homeLibraryId: 'kungalv',
      pin: PIM.pin,
      acceptRules: true,
    }),
  });
  expect(response.status).to.equal(201);
  pimValidUntil = ((await response.json()) as { validUntil: string }).validUntil;
});

endSessionsAfterEach();
afterEach(() => {
  delete (navigator as { clipboard?: unknown }).clipboard; // the browser's own again
});

describe('<biv-my-profile>', () => {
  itAsksLoggedOutVisitorToLogIn('biv-my-profile', { title: 'Logga in för att se dina uppgifter', absent: 'dl' });

  it('shows Alva’s details in three parts under the page’s heading level, accessibly', async () => {
    const el = await loggedIn(ALVA, html`<biv-my-profile endpoint=${ENDPOINT} heading-level="3"></biv-my-profile>`);
    await waitUntil(() => text(root(el)).includes('Nödinge bibliotek'), 'no home library name');
    expect(text(q(el, 'h3'))).to.equal('Mina uppgifter');
    expect([...root(el).querySelectorAll('h4')].map((h) => text(h))).to.deep.equal(['Användarprofil', 'Lånekort och PIN-kod', 'Kontaktuppgifter']);
    const all = text(root(el));
    for (const words of ['Namn Alva Andersson', 'Låntagar-ID BIV-000001', 'Hembibliotek Nödinge bibliotek', 'Kortnummer 1000000001', 'Kortet Aktivt', 'E-postadress alva.andersson@example.org']) {
      expect(all).to.contain(words);
    }
    expect(text(q(el, '[part=borrower-id]'))).to.equal('BIV-000001');
    expect(el.matches(':state(temporary)')).to.equal(false);
    // Change PIN and block the card, here: a disclosure button and the block button.
    expect(button(el, 'Byt PIN-kod').getAttribute('aria-expanded')).to.equal('false');
    await waitUntil(() => customElements.get('biv-block-card-button'), 'the block button’s code did not load');
    const block = q(el, 'biv-block-card-button') as HTMLElement;
    expect(block.getAttribute('endpoint')).to.equal(new URL(ENDPOINT, location.href).href);
    expect(block.getAttribute('lang')).to.equal('sv');
    expect(block.getAttribute('heading-level')).to.equal('5');
    await expect(el).to.be.accessible();
  });

  it('says it in English', async () => {
    const el = await loggedIn(ALVA, html`<biv-my-profile endpoint=${ENDPOINT} lang="en"></biv-my-profile>`);
    const all = text(root(el));
    for (const words of ['My details', 'User profile', 'Borrower ID (låntagar-ID) BIV-000001', 'Card Active', 'Change contact details', 'Change PIN']) expect(all).to.contain(words);
    expect(q(el, 'dt span[lang=sv]')?.textContent).to.equal('låntagar-ID');
    await expect(el).to.be.accessible();
  });

  it('copies the borrower ID and says so; refused, selects it and says to copy it by hand', async () => {
    const el = await loggedIn(ALVA);
    const notice = q(el, '[part=notice]') as HTMLElement;
    expect(notice.getAttribute('role')).to.equal('status'); // present before it speaks
    const written = clipboard(true);
    button(el, 'Kopiera låntagar-ID').click();
    await waitUntil(() => text(notice) !== '', 'no message');
    expect(written).to.deep.equal(['BIV-000001']);
    expect(text(notice)).to.equal('Låntagar-ID är kopierat.');

    clipboard(false);
    button(el, 'Kopiera låntagar-ID').click();
    await waitUntil(() => text(notice).startsWith('Det gick inte'), 'no message of the refusal');
    expect(text(notice)).to.contain('markera och kopiera');
    expect(getSelection()?.toString().trim()).to.equal('BIV-000001');

    delete (navigator as { clipboard?: unknown }).clipboard;
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }); // an insecure page has none
    // The same words again: the region is emptied first, so that they are read out again.
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(text(notice)));
    observer.observe(notice, { childList: true, characterData: true, subtree: true });
    button(el, 'Kopiera låntagar-ID').click();
    await waitUntil(() => seen.at(-1)?.startsWith('Det gick inte'), 'no message without a clipboard');
    observer.disconnect();
    expect(seen[0]).to.equal('');
  });

  it('shows a temporary account: no card yet, where to collect it and until when', async () => {
    const el = await loggedIn(PIM);
    const when = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(new Date(pimValidUntil));
    expect(el.matches(':state(temporary)')).to.equal(true);
    expect(text(q(el, '.card-state'))).to.equal(`Tillfälligt konto till ${when}`);
    expect(q(el, '.card-number')).to.equal(null);
    expect(text(q(el, '.temporary-note'))).to.contain('Hämta det på ett bibliotek inom Bibliotek i Väst. Ta med legitimation!');
    expect(text(q(el, '.temporary-note'))).to.contain(`Det tillfälliga kontot gäller till ${when}.`);
    expect(q(el, 'biv-block-card-button')).to.equal(null); // no card to block
    expect(text(root(el))).to.contain('Hembibliotek Kungälvs stadsbibliotek');
    await expect(el).to.be.accessible();
  });

  it('opens the PIN change here, or links to the pages given', async () => {
    const el = await loggedIn(PIM);
    const toggle = button(el, 'Byt PIN-kod');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const change = q(el, '#change-pin biv-change-pin') as HTMLElement;
    await waitUntil(() => customElements.get('biv-change-pin') && change.shadowRoot?.querySelector('form'), 'no PIN form');
    expect(change.getAttribute('heading-level')).to.equal('4');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(q(el, '#change-pin biv-change-pin')).to.equal(null);

    const linked = await loggedIn(ALVA, html`<biv-my-profile endpoint=${ENDPOINT} change-pin-href="/byt-pin" block-card-href="/sparra"></biv-my-profile>`);
    const links = [...root(linked).querySelectorAll('.actions a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Byt PIN-kod', '/byt-pin'],
      ['Spärra kortet', '/sparra'],
    ]);
    expect(q(linked, 'biv-block-card-button')).to.equal(null);
  });

  it('checks the contact details before sending, then sends only the changed ones and says a confirmation went to the old address', async () => {
    const el = await loggedIn(PIM);
    const patches = recordPatches();
    const editButton = button(el, 'Ändra kontaktuppgifter');
    editButton.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.matches(':state(editing)')).to.equal(true);
    expect(activeId(el)).to.equal('email');
    expect(input(el, 'email').value).to.equal(PIM.email);
    expect(input(el, 'postalCode').value).to.equal('442 31');
    expect(input(el, 'phone').value).to.equal('');
    expect(['email', 'phone', 'streetAddress', 'postalCode', 'city'].map((id) => input(el, id).autocomplete)).to.deep.equal(['email', 'tel', 'street-address', 'postal-code', 'address-level2']);
    await expect(el).to.be.accessible();

    type(el, 'email', 'pim.example.org');
    type(el, 'postalCode', '4423');
    type(el, 'city', '');
    await submit(el);
    expect(patches).to.deep.equal([]);
    expect(activeId(el)).to.equal('error-summary');
    const summary = text(q(el, '.error-summary'));
    expect(summary).to.contain('Skriv e-postadressen i rätt format, till exempel namn@exempel.se');
    expect(summary).to.contain('Postnumret ska vara fem siffror, till exempel 471 31');
    expect(summary).to.contain('Skriv din ort');
    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(text(root(el).getElementById(input(el, 'email').getAttribute('aria-describedby')?.split(' ').pop() ?? ''))).to.contain('Fel: Skriv e-postadressen');
    expect(input(el, 'email').value).to.equal('pim.example.org'); // kept
    await expect(el).to.be.accessible();

    type(el, 'email', 'pim.ny@example.org');
    type(el, 'postalCode', '44231'); // the same postal code, written without the space: not a change
    type(el, 'city', 'Kungälv');
    type(el, 'phone', '070-123 45 67');
    const mailsBefore = ((await (await fetch('/demo/mail.json')).json()) as unknown[]).length;
    const updated = oneEvent<BivProfileUpdatedEvent>(el, 'biv-profile-updated');
    await submit(el);
    expect(patches).to.deep.equal([{ email: 'pim.ny@example.org', phone: '070-123 45 67' }]);
    expect((await updated).detail).to.deep.equal({ fields: ['email', 'phone'] });
    await el.updateComplete;
    expect(el.matches(':state(editing)')).to.equal(false);
    const notice = q(el, '[part=notice]') as HTMLElement;
    expect(text(notice)).to.equal('Dina kontaktuppgifter är sparade. Vi har skickat en bekräftelse om ändringen till din gamla e-postadress.');
    expect(root(el).activeElement).to.equal(notice);
    const contact = text(q(el, 'dl.contact'));
    expect(contact).to.contain('E-postadress pim.ny@example.org');
    expect(contact).to.contain('Mobiltelefon 070-123 45 67');
    // The notice went to the old address, and says nothing of the new one.
    await waitUntil(async () => ((await (await fetch('/demo/mail.json')).json()) as unknown[]).length > mailsBefore, 'no mail', { timeout: 5000 });
    const mails = (await (await fetch('/demo/mail.json')).json()) as { to: string; text: string }[];
    const toOld = mails.filter((m) => m.to === PIM.email);
    expect(toOld.length).to.be.greaterThan(0);
    expect(mails.some((m) => m.to === 'pim.ny@example.org')).to.equal(false);
    expect(toOld.some((m) => m.text.includes('pim.ny@example.org'))).to.equal(false);
    await expect(el).to.be.accessible();

    // An emptied phone number is removed.
    button(el, 'Ändra kontaktuppgifter').click();
    await el.updateComplete;
    expect(input(el, 'phone').value).to.equal('070-123 45 67');
    type(el, 'phone', '');
    await submit(el);
    expect(patches[1]).to.deep.equal({ phone: '' });
    expect(text(q(el, 'dl.contact'))).to.contain('Mobiltelefon Ingen uppgift');
    expect(text(notice)).to.equal('Dina kontaktuppgifter är sparade.');
  });

  it('saves nothing when nothing changed, and Cancel forgets what was typed and goes back to the button', async () => {
    const el = await loggedIn(PIM);
    const patches = recordPatches();
    button(el, 'Ändra kontaktuppgifter').click();
    await el.updateComplete;
    await submit(el);
    expect(patches).to.deep.equal([]);
    expect(text(q(el, '[part=notice]'))).to.equal('Du ändrade ingenting, så inget har sparats.');

    button(el, 'Ändra kontaktuppgifter').click();
    await el.updateComplete;
    type(el, 'city', 'Ytterby');
    button(el, 'Avbryt').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(q(el, 'form')).to.equal(null);
    expect(activeId(el)).to.equal('edit-contact');
    expect(text(q(el, 'dl.contact'))).to.contain('Kungälv');
    button(el, 'Ändra kontaktuppgifter').click();
    await el.updateComplete;
    expect(input(el, 'city').value).to.equal('Kungälv');
    expect(patches).to.deep.equal([]);
  });

  it('lets a field the library has no value for stay empty (Alva has no address on record), but not one it has', async () => {
    const el = await loggedIn(ALVA);
    const patches = recordPatches();
    expect(text(q(el, 'dl.contact'))).to.contain('Adress Ingen uppgift');
    button(el, 'Ändra kontaktuppgifter').click();
    await el.updateComplete;
    expect(input(el, 'streetAddress').value).to.equal('');
    await submit(el);
    expect(q(el, '.error-summary')).to.equal(null);
    expect(text(q(el, '[part=notice]'))).to.equal('Du ändrade ingenting, så inget har sparats.');
    button(el, 'Ändra kontaktuppgifter').click();
    await el.updateComplete;
    type(el, 'email', '');
    await submit(el);
    expect(text(q(el, '.error-summary'))).to.contain('Skriv din e-postadress');
    expect(patches).to.deep.equal([]);
  });

  it('sends one change for a double press of Spara', async () => {
    const el = await loggedIn(PIM);
    const patches = recordPatches();
    button(el, 'Ändra kontaktuppgifter').click();
    await el.updateComplete;
    type(el, 'city', 'Ytterby');
    const save = q<HTMLButtonElement>(el, 'button[type=submit]') as HTMLButtonElement;
    save.click();
    save.click();
    await waitUntil(() => !el.matches(':state(editing)'), 'not saved', { timeout: 8000 });
    expect(patches).to.deep.equal([{ city: 'Ytterby' }]);
    expect(text(q(el, 'dl.contact'))).to.contain('Ytterby');
  });

  it('shows the server’s field errors at the fields and keeps what was typed', async () => {
    const el = await loggedIn(PIM);
    button(el, 'Ändra kontaktuppgifter').click();
    await el.updateComplete;
    type(el, 'streetAddress', 'Strandvägen 1');
    setFetch(async (input, init) =>
      methodOf(input, init) === 'PATCH'
        ? new Response(JSON.stringify({ type: 'about:blank', title: 'Invalid', status: 400, code: 'validation_failed', errors: [{ path: 'streetAddress', code: 'too_long' }] }), {
            status: 400,
            headers: { 'content-type': 'application/problem+json' },
          })
        : fetch(input, init),
    );
    await submit(el);
    await el.updateComplete;
    expect(activeId(el)).to.equal('error-summary');
    expect(text(q(el, '.error-summary'))).to.contain('Gatuadressen får vara högst 200 tecken');
    expect(input(el, 'streetAddress').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'streetAddress').value).to.equal('Strandvägen 1');
  });

  it('a network fault while saving: says so, keeps the input, and “Försök igen” saves it', async () => {
    const el = await loggedIn(PIM);
    button(el, 'Ändra kontaktuppgifter').click();
    await el.updateComplete;
    type(el, 'streetAddress', 'Strandvägen 2');
    setFetch((input, init) => (methodOf(input, init) === 'PATCH' ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)));
    await submit(el);
    await el.updateComplete;
    const error = q(el, '.save-error') as HTMLElement;
    expect(text(error)).to.contain('Dina kontaktuppgifter är inte sparade. Vi fick ingen kontakt med tjänsten');
    expect(text(error)).to.contain('Det du har skrivit finns kvar.');
    expect(root(el).activeElement).to.equal(error);
    expect(input(el, 'streetAddress').value).to.equal('Strandvägen 2');
    await expect(el).to.be.accessible();

    setFetch();
    button(el, 'Försök igen').click();
    await waitUntil(() => !el.matches(':state(editing)'), 'not saved on the retry', { timeout: 8000 });
    expect(text(q(el, 'dl.contact'))).to.contain('Strandvägen 2');
  });

  it('works by keyboard alone: open, fix an error from the summary, save', async () => {
    const el = await loggedIn(PIM);
    button(el, 'Ändra kontaktuppgifter').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => activeId(el) === 'email', 'focus did not go to the e-mail field');
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ type: 'fel' });
    await sendKeys({ press: 'Enter' }); // submits the form
    await waitUntil(() => activeId(el) === 'error-summary', 'the summary did not take focus');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' }); // the summary's link
    await waitUntil(() => activeId(el) === 'email', 'the link did not lead to the field');
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ type: 'pim.tangent@example.org' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !el.matches(':state(editing)'), 'not saved', { timeout: 8000 });
    expect(text(q(el, 'dl.contact'))).to.contain('pim.tangent@example.org');
  });

  it('could not load the details: says so, and “Försök igen” loads them', async () => {
    let fail = true;
    setFetch((input, init) => (fail && methodOf(input, init) === 'GET' && new URL(urlOf(input), location.href).pathname.endsWith('/me') ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)));
    await login(ALVA);
    const el = await render();
    await waitUntil(() => q(el, '.load-error'), 'no error');
    expect(el.matches(':state(error)')).to.equal(true);
    expect(text(q(el, '.load-error'))).to.contain('Vi kunde inte hämta dina uppgifter. Vi fick ingen kontakt med tjänsten');
    await expect(el).to.be.accessible();
    fail = false;
    button(el, 'Försök igen').click();
    await waitUntil(() => q(el, 'dl'), 'not loaded on the retry', { timeout: 8000 });
    expect(text(root(el))).to.contain('BIV-000001');
    expect(activeId(el)).to.equal('profile-title');
  });

  it('says the card is blocked when the session ended that way, and forgets the details', async () => {
    const el = await loggedIn(ALVA);
    // Blocked with the inline button (its own tests block real cards): focus goes to the blocked view.
    await waitUntil(() => q(el, 'biv-block-card-button'), 'no block button');
    q(el, 'biv-block-card-button')?.dispatchEvent(new Event('biv-card-blocked', { bubbles: true, composed: true }));
    await endSessionAsBlocked();
    await waitUntil(() => el.matches(':state(blocked)'), 'not blocked');
    expect(text(root(el))).to.contain('Ditt kort är spärrat');
    expect(text(root(el))).to.not.contain('BIV-000001');
    await el.updateComplete;
    expect(activeId(el)).to.equal('view-title');
    await expect(el).to.be.accessible();
  });
});
