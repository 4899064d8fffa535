import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { setFetch, type WishlistEntry } from '@biv/client';
import { ENDPOINT, endSessionAsBlocked, endSessionsAfterEach, itAsksLoggedOutVisitorToLogIn, methodOf, q, root, session, text, urlOf } from '../../../../test/element-helpers.js';
import { WISHLIST_RECORDS } from '../../../../test/fixtures.js';
import './define.js';
import '../wishlist-button/define.js';
import type { Wishlist } from './wishlist.js';
import type { WishlistButton } from '../wishlist-button/wishlist-button.js';

// Against the real reference server (demo data, fresh database per run), proxied same-origin by
// web-test-runner.config.mjs. Alva's wishlist is only read here. Elin's (a temporary account,
// empty in the demo data) is this file's: the empty view first, then the tests that save and
// remove. setFetch is used only to produce faults.
const ALVA = { card: '1000000001', pin: '1357' };
const ELIN = { card: '1000000005', pin: '5791' };
const day = (iso: string, locale = 'sv-SE') => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(new Date(iso));

const items = (el: Wishlist) => [...root(el).querySelectorAll<HTMLLIElement>('li.entry')];
const titles = (el: Wishlist) => items(el).map((li) => li.querySelector('.item-title')?.textContent?.trim());
const item = (el: Wishlist, title: string) => items(el).find((li) => li.querySelector('.item-title')?.textContent?.trim() === title) as HTMLLIElement;
const removeButton = (li: HTMLElement) => li.querySelector<HTMLButtonElement>('.actions button') as HTMLButtonElement;

async function render(markup = html`<biv-wishlist endpoint=${ENDPOINT} login-href="/logga-in"></biv-wishlist>`) {
  const el = await fixture<Wishlist>(markup);
  await waitUntil(() => el.matches(':state(logged-out)') || q(el, 'ul.entries') || q(el, '.empty') || q(el, '.load-error'), 'the wishlist was not shown', { timeout: 8000 });
  return el;
}

/** The patron's wishlist as the server has it now. */
async function onServer(): Promise<WishlistEntry[]> {
  const response = await fetch(`${ENDPOINT}/me/wishlist`, { credentials: 'include' });
  expect(response.status).to.equal(200);
  return ((await response.json()) as { entries: WishlistEntry[] }).entries;
}

const save = async (recordId: string) => expect((await fetch(`${ENDPOINT}/me/wishlist/${recordId}`, { method: 'PUT', credentials: 'include' })).ok).to.equal(true);

endSessionsAfterEach();

describe('<biv-wishlist>', () => {
  itAsksLoggedOutVisitorToLogIn('biv-wishlist', { title: 'Logga in för att se din minneslista', absent: 'ul' });

  it('lists Alva’s saved titles, newest first, with author, format and the day saved', async () => {
    await session().login(ALVA.card, ALVA.pin);
    const el = await render();
    expect(titles(el)).to.deep.equal(WISHLIST_RECORDS.alva.map((r) => r.title));
    const trollvinter = item(el, 'Trollvinter');
    const saved = (await onServer()).find((e) => e.recordId === 'trollvinter')?.addedAt as string;
    expect(text(trollvinter)).to.contain('Tove Jansson · Bok');
    expect(text(trollvinter)).to.contain(`Sparad ${day(saved)}`);
    expect(removeButton(trollvinter).getAttribute('aria-label')).to.equal('Ta bort Trollvinter från minneslistan');
    expect(q(el, 'h2#list-title')?.textContent?.trim()).to.equal('Din minneslista');
    expect(trollvinter.querySelector('h3')).to.not.equal(null);
    expect(el.matches(':state(empty)')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('in Chromium’s accessibility tree: headings at their levels, remove buttons named with the title, a polite status region', async () => {
    await session().login(ALVA.card, ALVA.pin);
    await render(html`<biv-wishlist endpoint=${ENDPOINT}></biv-wishlist>`);
    const tree = await executeServerCommand<{ role: string; name: string; level: number | null; live: string | null }[], undefined>('biv-ax-tree');
    expect(tree.filter((node) => node.role === 'heading').map((node) => [node.name, node.level])).to.deep.equal([
      ['Din minneslista', 2],
      ...WISHLIST_RECORDS.alva.map((r) => [r.title, 3]),
    ]);
    expect(tree.filter((node) => node.role === 'button').map((node) => node.name)).to.deep.equal(WISHLIST_RECORDS.alva.map((r) => `Ta bort ${r.title} från minneslistan`));
    expect(tree.filter((node) => node.role === 'status').map((node) => node.live)).to.deep.equal(['polite']);
  });

  it('speaks English, and follows heading-level', async () => {
    await session().login(ALVA.card, ALVA.pin);
    const el = await render(html`<biv-wishlist endpoint=${ENDPOINT} lang="en" heading-level="3"></biv-wishlist>`);
    expect(q(el, 'h3#list-title')?.textContent?.trim()).to.equal('Your wishlist');
    const aniara = item(el, 'Aniara');
    expect(aniara.querySelector('h4')).to.not.equal(null);
    expect(text(aniara)).to.contain('Harry Martinson · Book');
    expect(text(aniara)).to.match(/Saved \d+ \w+ 20\d\d/);
    expect(removeButton(aniara).getAttribute('aria-label')).to.equal('Remove Aniara from the wishlist');
    await expect(el).to.be.accessible();
  });

  it('shows a temporary account’s empty wishlist, with how to save titles', async () => {
    await session().login(ELIN.card, ELIN.pin);
    const el = await render();
    expect(el.matches(':state(empty)')).to.equal(true);
    expect(text(q(el, '.empty'))).to.contain('Din minneslista är tom');
    expect(text(q(el, '.empty'))).to.contain('Spara i minneslistan');
    await expect(el).to.be.accessible();
  });

  it('shows a load fault with a way to try again', async () => {
    await session().login(ALVA.card, ALVA.pin);
    setFetch((input, init) => (methodOf(input, init) === 'GET' && urlOf(input).includes('/me/wishlist') ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)));
    const el = await render();
    expect(el.matches(':state(error)')).to.equal(true);
    expect(text(q(el, '.load-error'))).to.contain('Vi kunde inte hämta din minneslista. Vi fick ingen kontakt med tjänsten.');
    await expect(el).to.be.accessible();
    setFetch();
    (q(el, '.load-error button') as HTMLButtonElement).click();
    await waitUntil(() => q(el, 'ul.entries'), 'no list after trying again', { timeout: 8000 });
    expect(root(el).activeElement).to.equal(q(el, '#list-title'));
  });

  it('says the card is blocked when the session ended that way', async () => {
    await session().login(ALVA.card, ALVA.pin);
    const el = await render();
    await endSessionAsBlocked();
    await waitUntil(() => el.matches(':state(blocked)'), 'not blocked');
    expect(text(root(el))).to.contain('Ditt kort är spärrat');
    expect(items(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('removes a title, says so, moves focus to the next one, and puts it back at its place with "Ångra"', async () => {
    await session().login(ELIN.card, ELIN.pin);
    for (const id of ['musikmagasinet', 'det-blaser-pa-manen', 'kejsarn-av-portugallien']) await save(id);
    const el = await render();
    expect(titles(el)).to.deep.equal(['Kejsarn av Portugallien', 'Det blåser på månen', 'Musikmagasinet']);
    const notice = q(el, '[role="status"].notice') as HTMLElement;
    expect(notice, 'the status region is there before it speaks').to.not.equal(null);

    const removed = oneEvent(el, 'biv-wishlist-removed');
    removeButton(item(el, 'Det blåser på månen')).click();
    expect((await removed).detail).to.deep.equal({ recordId: 'det-blaser-pa-manen' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Kejsarn av Portugallien', 'Musikmagasinet']);
    expect(q(el, '[role="status"].notice'), 'the same live region').to.equal(notice);
    expect(text(notice)).to.equal('«Det blåser på månen» togs bort från minneslistan.');
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Musikmagasinet');
    expect((await onServer()).map((e) => e.recordId)).to.not.include('det-blaser-pa-manen');
    expect(el.matches(':state(can-undo)')).to.equal(true);
    const undo = q<HTMLButtonElement>(el, 'button.undo') as HTMLButtonElement;
    expect([text(undo), undo.getAttribute('aria-label')]).to.deep.equal(['Ångra', 'Ångra, lägg tillbaka Det blåser på månen']);
    await expect(el).to.be.accessible();

    const added = oneEvent(el, 'biv-wishlist-added');
    undo.click();
    expect((await added).detail).to.deep.equal({ recordId: 'det-blaser-pa-manen' });
    await el.updateComplete;
    expect(titles(el), 'back at its place').to.deep.equal(['Kejsarn av Portugallien', 'Det blåser på månen', 'Musikmagasinet']);
    expect(text(notice)).to.equal('«Det blåser på månen» finns i minneslistan igen.');
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Det blåser på månen');
    expect(q(el, 'button.undo')).to.equal(null);
    expect((await onServer()).map((e) => e.recordId)).to.include('det-blaser-pa-manen');
  });

  it('the undo stays offered (no time limit) until the next removal, which replaces it', async () => {
    await session().login(ELIN.card, ELIN.pin);
    const el = await render();
    // Newest first on the server: the title put back by the undo leads now.
    expect(titles(el)).to.deep.equal(['Det blåser på månen', 'Kejsarn av Portugallien', 'Musikmagasinet']);
    removeButton(item(el, 'Kejsarn av Portugallien')).click();
    await waitUntil(() => q(el, 'button.undo'), 'no undo');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(q(el, 'button.undo')).to.not.equal(null);
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Musikmagasinet', 'the next title');
    removeButton(item(el, 'Musikmagasinet')).click();
    await waitUntil(() => text(q(el, '.notice')).includes('Musikmagasinet'), 'no second notice');
    expect(q(el, 'button.undo')?.getAttribute('aria-label')).to.contain('Musikmagasinet');
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Det blåser på månen', 'the last one left: the one before');
    // The last one: focus goes to the heading.
    removeButton(item(el, 'Det blåser på månen')).click();
    await waitUntil(() => items(el).length === 0, 'not removed');
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(q(el, '#list-title'));
    expect(el.matches(':state(empty)')).to.equal(true);
    (q(el, 'button.undo') as HTMLButtonElement).click();
    await waitUntil(() => items(el).length === 1, 'not put back');
  });

  it('keeps a title whose removal failed, and says why at it', async () => {
    await session().login(ELIN.card, ELIN.pin);
    const el = await render();
    setFetch((input, init) => (methodOf(input, init) === 'DELETE' && urlOf(input).includes('/me/wishlist/') ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)));
    const li = item(el, 'Det blåser på månen');
    removeButton(li).click();
    await waitUntil(() => li.querySelector('[role="alert"]'), 'no error at the title');
    expect(text(li.querySelector('[role="alert"]'))).to.contain('Vi fick ingen kontakt med tjänsten');
    expect(removeButton(li).getAttribute('aria-describedby')).to.equal(li.querySelector('[role="alert"]')?.id);
    expect(titles(el)).to.include('Det blåser på månen');
    await expect(el).to.be.accessible();
  });

  it('shares one list with the page’s wishlist buttons: one request, and what a button saves shows at once', async () => {
    await session().login(ELIN.card, ELIN.pin);
    let gets = 0;
    setFetch((input, init) => {
      if (methodOf(input, init) === 'GET' && urlOf(input).includes('/me/wishlist')) gets++;
      return fetch(input, init);
    });
    const page = await fixture<HTMLElement>(html`<div>
      <biv-wishlist-button endpoint=${ENDPOINT} record-id="hemsoborna" title="Hemsöborna"></biv-wishlist-button>
      <biv-wishlist-button endpoint=${ENDPOINT} record-id="hemsoborna" title="Hemsöborna"></biv-wishlist-button>
      <biv-wishlist endpoint=${ENDPOINT}></biv-wishlist>
    </div>`);
    const el = page.querySelector('biv-wishlist') as Wishlist;
    const [first, second] = [...page.querySelectorAll<WishlistButton>('biv-wishlist-button')] as [WishlistButton, WishlistButton];
    await waitUntil(() => q(el, 'ul.entries') || q(el, '.empty'), 'no list', { timeout: 8000 });
    expect(gets).to.equal(1);
    (q(first, 'button') as HTMLButtonElement).click();
    await waitUntil(() => titles(el).includes('Hemsöborna'), 'the list did not show the saved title');
    await waitUntil(() => q(second, 'button')?.getAttribute('aria-pressed') === 'true', 'the other button does not show it saved');
    removeButton(item(el, 'Hemsöborna')).click();
    await waitUntil(() => q(first, 'button')?.getAttribute('aria-pressed') === 'false', 'the button does not follow the list');
    expect(gets).to.equal(1);
  });
  it('an undo that fails says why at the undo, which stays offered; trying again puts the title back', async () => {
    await session().login(ELIN.card, ELIN.pin);
    const el = await render();
    removeButton(item(el, 'Det blåser på månen')).click();
    await waitUntil(() => q(el, 'button.undo'), 'no undo');
    setFetch((input, init) =>
      methodOf(input, init) === 'PUT'
        ? Promise.resolve(new Response(JSON.stringify({ type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' }), { status: 404, headers: { 'content-type': 'application/problem+json' } }))
        : fetch(input, init),
    );
    (q(el, 'button.undo') as HTMLButtonElement).click();
    await waitUntil(() => q(el, '#undo-error'), 'no error at the undo');
    expect(text(q(el, '#undo-error'))).to.contain('Vi kunde inte lägga tillbaka «Det blåser på månen». Titeln finns inte längre i bibliotekets katalog.');
    expect(q(el, 'button.undo')?.getAttribute('aria-describedby')).to.equal('undo-error');
    await expect(el).to.be.accessible();
    setFetch();
    (q(el, 'button.undo') as HTMLButtonElement).click();
    await waitUntil(() => titles(el).includes('Det blåser på månen'), 'not put back');
    expect(q(el, '#undo-error')).to.equal(null);
  });
});
