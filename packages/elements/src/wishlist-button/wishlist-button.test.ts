import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { resetSessions, setFetch, type WishlistEntry } from '@biv/client';
import { ENDPOINT, endSessionAsBlocked, endSessionsAfterEach, methodOf, q, root, session, text, urlOf } from '../../../../test/element-helpers.js';
import { NEW_ADULTS } from '../../../../test/fixtures.js';
import './define.js';
import type { WishlistButton } from './wishlist-button.js';

// Against the real reference server (demo data, fresh database per run), proxied same-origin by
// web-test-runner.config.mjs. Alva's wishlist is only read here; Hugo's 'vi-pa-saltkrakan' and
// 'det-blaser-pa-manen' are this file's (the client's test saves only 'hemsoborna' for him).
// setFetch is used only to produce faults.
const ALVA = { card: '1000000001', pin: '1357' };
const HUGO = { card: '1000000007', pin: '7913' };
/** A temporary account this file makes online (no other browser test registers this personnummer). */
const NEW_PATRON = { personnummer: NEW_ADULTS[10], pin: '4826' };

const button = (el: WishlistButton) => q<HTMLButtonElement>(el, 'button.toggle') as HTMLButtonElement;
/** The button's accessible name (its aria-label: the visible words, then the title). */
const nameOf = (el: WishlistButton) => button(el).getAttribute('aria-label');
const pressed = (el: WishlistButton) => button(el).getAttribute('aria-pressed');

async function render(markup = html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="vi-pa-saltkrakan" title="Vi på Saltkråkan"></biv-wishlist-button>`) {
  const el = await fixture<WishlistButton>(markup);
  await waitUntil(() => q(el, '.config-error') || (q(el, 'button.toggle') && !el.matches(':state(loading)')), 'the button was not ready', { timeout: 8000 });
  return el;
}

async function onServer(): Promise<WishlistEntry[]> {
  const response = await fetch(`${ENDPOINT}/me/wishlist`, { credentials: 'include' });
  return ((await response.json()) as { entries: WishlistEntry[] }).entries;
}

/**
 * The page's `GET /session` held back until `answer()` (everything else goes to the server), so the
 * button is pressed while the session is still being read.
 */
function holdSession(): { answer: () => void } {
  let answer = () => {};
  const held = new Promise<void>((resolve) => {
    answer = resolve;
  });
  setFetch((input, init) =>
    new URL(urlOf(input), location.href).pathname.endsWith('/session') && methodOf(input, init) === 'GET' ? held.then(() => fetch(input, init)) : fetch(input, init),
  );
  return { answer: () => answer() };
}

/** Pressed while the session is being read: the button shows busy and says "Vänta …". */
async function pressEarly(el: WishlistButton): Promise<void> {
  expect(el.matches(':state(loading)'), 'the session is not being read').to.equal(true);
  button(el).click();
  await el.updateComplete;
  expect(button(el).getAttribute('aria-disabled')).to.equal('true');
  expect(el.matches(':state(busy)')).to.equal(true);
  expect(text(q(el, '[role="status"]'))).to.equal('Vänta …');
  // Pressing again meanwhile keeps the one press.
  button(el).click();
  await el.updateComplete;
  expect(text(q(el, '[role="status"]'))).to.equal('Vänta …');
}

endSessionsAfterEach();

describe('<biv-wishlist-button>', () => {
  it('shows a saved title as pressed, with the title in its name', async () => {
    await session().login(ALVA.card, ALVA.pin);
    const el = await render(html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="aniara" title="Aniara"></biv-wishlist-button>`);
    expect(pressed(el)).to.equal('true');
    expect(nameOf(el)).to.equal('Sparad i minneslistan: Aniara');
    expect(el.matches(':state(saved)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('saves and removes with the keyboard, saying so next to it; saving twice keeps one entry', async () => {
    await session().login(HUGO.card, HUGO.pin);
    const el = await render();
    const other = await render();
    expect(pressed(el)).to.equal('false');
    expect(nameOf(el)).to.equal('Spara i minneslistan: Vi på Saltkråkan');
    const status = q(el, '[role="status"]') as HTMLElement;
    expect(status).to.not.equal(null);

    const added = oneEvent(el, 'biv-wishlist-added');
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    expect((await added).detail).to.deep.equal({ recordId: 'vi-pa-saltkrakan' });
    await el.updateComplete;
    expect(pressed(el)).to.equal('true');
    expect(nameOf(el)).to.equal('Sparad i minneslistan: Vi på Saltkråkan');
    expect(text(status)).to.equal('«Vi på Saltkråkan» sparades i minneslistan.');
    expect(q(el, '[role="status"]'), 'the same live region').to.equal(status);
    await waitUntil(() => pressed(other) === 'true', 'the other button on the page does not follow');
    // Saved again from elsewhere (another tab): still one entry.
    expect((await fetch(`${ENDPOINT}/me/wishlist/vi-pa-saltkrakan`, { method: 'PUT', credentials: 'include' })).status).to.equal(200);
    expect((await onServer()).filter((e) => e.recordId === 'vi-pa-saltkrakan')).to.have.length(1);

    const removed = oneEvent(el, 'biv-wishlist-removed');
    await sendKeys({ press: 'Space' });
    expect((await removed).detail).to.deep.equal({ recordId: 'vi-pa-saltkrakan' });
    await el.updateComplete;
    expect(pressed(el)).to.equal('false');
    expect(text(status)).to.equal('«Vi på Saltkråkan» togs bort från minneslistan.');
    expect((await onServer()).map((e) => e.recordId)).to.not.include('vi-pa-saltkrakan');
    await expect(el).to.be.accessible();
  });

  it('works for a temporary account, in English', async () => {
    // A temporary account of its own, made online (Elin's wishlist is the list's test file's).
    const created = await fetch(`${ENDPOINT}/registrations`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...NEW_PATRON, givenName: 'Vera', familyName: 'Wall', streetAddress: 'Storgatan 1', postalCode: '44231', city: 'Kungälv', email: 'vera.wall@example.net', phone: '070-123 45 67', homeLibraryId: 'kungalv', acceptRules: true }),
    });
    expect(created.status).to.equal(201);
    const patron = await session().login(NEW_PATRON.personnummer, NEW_PATRON.pin);
    expect(patron.cardState).to.equal('temporary');
    const el = await render(html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="trollvinter" title="Trollvinter" lang="en"></biv-wishlist-button>`);
    expect(nameOf(el)).to.equal('Save to wishlist: Trollvinter');
    button(el).click();
    await waitUntil(() => pressed(el) === 'true', 'not saved');
    expect(text(q(el, '[role="status"]'))).to.equal('“Trollvinter” was saved to the wishlist.');
    await expect(el).to.be.accessible();
  });

  it('in Chromium’s accessibility tree: the title in the button’s name with no stray gap, a polite status region before it speaks', async () => {
    await session().login(ALVA.card, ALVA.pin);
    await render(html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="kallocain" title="Kallocain"></biv-wishlist-button>`);
    const tree = await executeServerCommand<{ role: string; name: string; live: string | null }[], undefined>('biv-ax-tree');
    expect(tree.filter((node) => node.role === 'button').map((node) => node.name)).to.deep.equal(['Sparad i minneslistan: Kallocain']);
    const statuses = tree.filter((node) => node.role === 'status');
    expect(statuses.length).to.equal(1);
    expect(statuses[0]?.live).to.equal('polite');
  });

  it('says a fault next to it; pressing again tries again', async () => {
    await session().login(HUGO.card, HUGO.pin);
    const el = await render(html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="det-blaser-pa-manen" title="Det blåser på månen"></biv-wishlist-button>`);
    setFetch((input, init) => (methodOf(input, init) === 'PUT' && urlOf(input).includes('/me/wishlist/') ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)));
    button(el).click();
    await waitUntil(() => q(el, '[role="alert"]'), 'no error');
    expect(text(q(el, '[role="alert"]'))).to.contain('Vi fick ingen kontakt med tjänsten');
    expect(button(el).getAttribute('aria-describedby')).to.equal('error');
    expect(pressed(el)).to.equal('false');
    expect(el.matches(':state(error)')).to.equal(true);
    await expect(el).to.be.accessible();
    setFetch();
    button(el).click();
    await waitUntil(() => pressed(el) === 'true', 'not saved on the second press');
    expect(q(el, '[role="alert"]')).to.equal(null);
  });

  it('works when the page’s list could not be loaded: a press saves, and the button shows it saved', async () => {
    await session().login(HUGO.card, HUGO.pin);
    setFetch((input, init) => (methodOf(input, init) === 'GET' && urlOf(input).endsWith('/me/wishlist') ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)));
    const el = await render(html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="musikmagasinet" title="Musikmagasinet"></biv-wishlist-button>`);
    expect([pressed(el), button(el).getAttribute('aria-disabled')]).to.deep.equal(['false', 'false']);
    button(el).click();
    await waitUntil(() => pressed(el) === 'true', 'not shown saved');
    expect(text(q(el, '[role="status"]'))).to.equal('«Musikmagasinet» sparades i minneslistan.');
    setFetch();
    button(el).click();
    await waitUntil(() => pressed(el) === 'false', 'not shown removed');
    expect((await onServer()).map((e) => e.recordId)).to.not.include('musikmagasinet');
  });

  it('says when the wishlist is full, and when the catalogue has no such record', async () => {
    await session().login(HUGO.card, HUGO.pin);
    const full = await render(html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="kallocain" title="Kallocain"></biv-wishlist-button>`);
    setFetch((input, init) =>
      methodOf(input, init) === 'PUT'
        ? Promise.resolve(new Response(JSON.stringify({ type: 'about:blank', title: 'Full', status: 409, code: 'wishlist_full' }), { status: 409, headers: { 'content-type': 'application/problem+json' } }))
        : fetch(input, init),
    );
    button(full).click();
    await waitUntil(() => q(full, '[role="alert"]'), 'no error');
    expect(text(q(full, '[role="alert"]'))).to.contain('Minneslistan är full');
    setFetch();
    const unknown = await render(html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="no-such-record" title="Okänd"></biv-wishlist-button>`);
    button(unknown).click();
    await waitUntil(() => q(unknown, '[role="alert"]'), 'no error');
    expect(text(q(unknown, '[role="alert"]'))).to.contain('finns inte i bibliotekets katalog');
  });

  it('shows a configuration error for a missing or malformed record-id', async () => {
    for (const markup of [
      html`<biv-wishlist-button endpoint=${ENDPOINT} title="Utan id"></biv-wishlist-button>`,
      html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="a b/c" title="Fel id"></biv-wishlist-button>`,
    ]) {
      const el = await render(markup);
      expect(text(q(el, '.config-error'))).to.contain('record-id saknas eller är ogiltigt');
      expect(q(el, 'button')).to.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('logged out with login-href: pressing offers a login link and says why', async () => {
    const el = await render(html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="aniara" title="Aniara" login-href="/logga-in"></biv-wishlist-button>`);
    expect(el.matches(':state(logged-out)')).to.equal(true);
    expect(q(el, 'a')).to.equal(null);
    button(el).click();
    await el.updateComplete;
    expect(q<HTMLAnchorElement>(el, 'a[part="login-link"]')?.getAttribute('href')).to.equal('/logga-in');
    expect(text(q(el, 'a'))).to.equal('Logga in för att spara');
    expect(text(q(el, '[role="status"]'))).to.equal('Du behöver logga in för att spara titlar i minneslistan.');
    await expect(el).to.be.accessible();
  });

  it('logged out with with-login: a login box in a dialog, and the title is saved after the login', async () => {
    const el = await render(html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="kallocain" title="Kallocain" with-login></biv-wishlist-button>`);
    button(el).click();
    const dialog = q<HTMLDialogElement>(el, 'dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open && customElements.get('biv-login-box'), 'no login dialog', { timeout: 8000 });
    expect(text(dialog.querySelector('#login-title'))).to.equal('Logga in för att spara i minneslistan');
    const box = dialog.querySelector('biv-login-box') as HTMLElement;
    await waitUntil(() => box.shadowRoot?.activeElement?.localName === 'input', 'focus is not on the login box’s first field');
    expect(box.shadowRoot?.activeElement).to.equal(box.shadowRoot?.querySelector('input'));
    const added = oneEvent(el, 'biv-wishlist-added');
    // The patron logs in (the box in the dialog shares the page's session).
    await session().login(HUGO.card, HUGO.pin);
    expect((await added).detail).to.deep.equal({ recordId: 'kallocain' });
    await waitUntil(() => pressed(el) === 'true', 'not saved after the login');
    expect(dialog.open).to.equal(false);
    expect(root(el).activeElement).to.equal(button(el));
    expect((await onServer()).map((e) => e.recordId)).to.include('kallocain');
  });

  it('with-login on a title the patron had saved already: the login keeps it saved, never removes it', async () => {
    const el = await render(html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="aniara" title="Aniara" with-login></biv-wishlist-button>`);
    button(el).click();
    const dialog = q<HTMLDialogElement>(el, 'dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'no dialog');
    await session().login(ALVA.card, ALVA.pin);
    await waitUntil(() => pressed(el) === 'true' && text(q(el, '[role="status"]')).includes('sparades'), 'not shown saved');
    expect((await onServer()).map((e) => e.recordId)).to.include('aniara');
  });

  it('closing the login dialog saves nothing', async () => {
    const el = await render(html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="trollvinter" title="Trollvinter" with-login></biv-wishlist-button>`);
    button(el).click();
    const dialog = q<HTMLDialogElement>(el, 'dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'no dialog');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'not closed');
    expect(root(el).activeElement).to.equal(button(el));
    await session().login(HUGO.card, HUGO.pin);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pressed(el)).to.equal('false');
  });

  it('pressed before the session is known, logged in: the press is kept, busy meanwhile, and the title is saved once it is known', async () => {
    await session().login(HUGO.card, HUGO.pin);
    // A new page: the session cookie is there, the page knows nothing yet.
    resetSessions();
    const { answer } = holdSession();
    const el = await fixture<WishlistButton>(html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="kejsarn-av-portugallien" title="Kejsarn av Portugallien"></biv-wishlist-button>`);
    await pressEarly(el);
    await expect(el).to.be.accessible();
    const added = oneEvent(el, 'biv-wishlist-added');
    answer();
    expect((await added).detail).to.deep.equal({ recordId: 'kejsarn-av-portugallien' });
    await waitUntil(() => pressed(el) === 'true' && !el.matches(':state(busy)'), 'not shown saved');
    expect(text(q(el, '[role="status"]'))).to.equal('«Kejsarn av Portugallien» sparades i minneslistan.');
    expect(button(el).getAttribute('aria-disabled')).to.equal('false');
    expect((await onServer()).filter((e) => e.recordId === 'kejsarn-av-portugallien')).to.have.length(1);
    // Leave Hugo's list as it was.
    expect((await fetch(`${ENDPOINT}/me/wishlist/kejsarn-av-portugallien`, { method: 'DELETE', credentials: 'include' })).ok).to.equal(true);
  });

  it('pressed before the session is known on a title already saved: it stays saved, never removed', async () => {
    await session().login(ALVA.card, ALVA.pin);
    resetSessions();
    const { answer } = holdSession();
    const el = await fixture<WishlistButton>(html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="aniara" title="Aniara" lang="en"></biv-wishlist-button>`);
    expect(el.matches(':state(loading)')).to.equal(true);
    button(el).click();
    await el.updateComplete;
    expect(text(q(el, '[role="status"]'))).to.equal('One moment …');
    answer();
    await waitUntil(() => text(q(el, '[role="status"]')).includes('was saved'), 'the kept press was not carried out');
    expect(pressed(el)).to.equal('true');
    expect((await onServer()).map((e) => e.recordId)).to.include('aniara');
  });

  it('pressed before the session is known, logged out: the login link is offered once it is known', async () => {
    const { answer } = holdSession();
    const el = await fixture<WishlistButton>(html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="aniara" title="Aniara" login-href="/logga-in"></biv-wishlist-button>`);
    await pressEarly(el);
    expect(q(el, 'a')).to.equal(null);
    answer();
    await waitUntil(() => q(el, 'a[part="login-link"]'), 'no login link');
    expect(text(q(el, '[role="status"]'))).to.equal('Du behöver logga in för att spara titlar i minneslistan.');
    expect(el.matches(':state(busy)')).to.equal(false);
    expect(button(el).getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('pressed before the session is known, logged out with with-login: the login dialog opens once it is known', async () => {
    const { answer } = holdSession();
    const el = await fixture<WishlistButton>(html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="hemsoborna" title="Hemsöborna" with-login></biv-wishlist-button>`);
    await pressEarly(el);
    const dialog = q<HTMLDialogElement>(el, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(false);
    answer();
    await waitUntil(() => dialog.open && dialog.querySelector('biv-login-box'), 'no login dialog', { timeout: 8000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'not closed');
    expect(root(el).activeElement).to.equal(button(el));
  });

  it('a blocked card: pressing says the card is blocked', async () => {
    await session().login(ALVA.card, ALVA.pin);
    const el = await render(html`<biv-wishlist-button endpoint=${ENDPOINT} record-id="aniara" title="Aniara" login-href="/logga-in"></biv-wishlist-button>`);
    await endSessionAsBlocked();
    await waitUntil(() => el.matches(':state(blocked)'), 'not blocked');
    expect(pressed(el)).to.equal('false');
    button(el).click();
    await el.updateComplete;
    expect(text(q(el, '[role="status"]'))).to.contain('Ditt kort är spärrat');
    expect(q(el, 'a')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
