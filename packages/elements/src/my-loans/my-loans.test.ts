import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { REQUEST_TIMEOUT, setFetch, type Loan } from '@biv/client';
import { ENDPOINT, endSessionsAfterEach, itAsksLoggedOutVisitorToLogIn, login, q, root, session, text } from '../../../../test/element-helpers.js';
import './define.js';
import type { MyLoans } from './my-loans.js';
import type { BivRenewedEvent } from './events.js';

// Against the real reference server, proxied same-origin by web-test-runner.config.mjs, with its
// demo data (a fresh database per run). Alva's loans are hers alone in the browser tests: other
// files log her in but never touch her loans. The tests here renew, so they run in this order
// (mocha runs a file's tests in order) and find loans by title, never by position:
// 1. the list as seeded, 2. renew Pippi, 3. double click on Det sjunde inseglet, 4. a lost answer
// on Män som hatar kvinnor, 5. renew all. setFetch is used only to count and to make faults.
const ALVA = { identifier: '1000000001', pin: '1357' };
const HUGO = { identifier: '1000000007', pin: '7913' };
const ELIN = { identifier: '1000000005', pin: '5791' };

const items = (el: MyLoans) => [...root(el).querySelectorAll<HTMLLIElement>('li.loan')];
const titles = (el: MyLoans) => items(el).map((li) => text(li.querySelector('h3')));
const item = (el: MyLoans, title: string) => {
  const found = items(el).find((li) => text(li.querySelector('h3')) === title);
  if (!found) throw new Error(`no loan "${title}"`);
  return found;
};
const renewButton = (el: MyLoans, title: string) => item(el, title).querySelector<HTMLButtonElement>('button[data-renew]');

/** The loans as the server has them now (not through the element). */
async function serverLoans(): Promise<Loan[]> {
  const response = await fetch(`${ENDPOINT}/me/loans`, { credentials: 'include' });
  expect(response.status).to.equal(200);
  return ((await response.json()) as { loans: Loan[] }).loans;
}

async function render(markup = html`<biv-my-loans endpoint=${ENDPOINT} login-href="/logga-in"></biv-my-loans>`) {
  const el = await fixture<MyLoans>(markup);
  await waitUntil(() => el.matches(':state(logged-out)') || q(el, 'h2#loans-heading') || q(el, '.load-error') || q(el, '.config-error'), 'no view', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

async function settled(el: MyLoans) {
  await waitUntil(() => !el.matches(':state(busy)'), 'still busy', { timeout: REQUEST_TIMEOUT + 5000 });
  await el.updateComplete;
}

/** "27 december 2026": the server's new due date, 28 days from today. */
function inDays(days: number, locale = 'sv-SE') {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(date);
}

endSessionsAfterEach();

describe('<biv-my-loans>', () => {
  itAsksLoggedOutVisitorToLogIn('biv-my-loans', { title: 'Logga in för att se dina lån', absent: 'ul' });

  it('contains a login box of its own with with-login, and shows the loans once it is used', async () => {
    const el = await render(html`<biv-my-loans endpoint=${ENDPOINT} with-login></biv-my-loans>`);
    expect(q(el, 'slot[name=login]') === null).to.equal(true, 'no slot: the box is inside');
    const box = q<HTMLElement>(el, 'biv-login-box');
    expect(box?.getAttribute('endpoint')).to.equal(new URL(ENDPOINT, window.location.href).href);
    await waitUntil(() => customElements.get('biv-login-box') !== undefined && box?.shadowRoot?.querySelector('form'), 'the login box did not load');
    await expect(el).to.be.accessible();
    const form = box?.shadowRoot as ShadowRoot;
    const input = (selector: string) => form.querySelector<HTMLInputElement>(selector) as HTMLInputElement;
    for (const [selector, value] of [['#identifier', HUGO.identifier], ['#pin', HUGO.pin]] as const) {
      input(selector).value = value;
      input(selector).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    form.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await waitUntil(() => q(el, 'h2#loans-heading'), 'no loans after logging in with the inner box', { timeout: 5000 });
    expect(text(q(el, '.count'))).to.equal('300 lån');
  });

  it('lists Alva’s loans in every state, in Swedish, sorted by due date', async () => {
    await login(ALVA);
    const el = await render();
    expect(text(q(el, '.count'))).to.equal('7 lån');
    expect(el.getAttribute('sort')).to.equal('due');
    expect(titles(el)).to.deep.equal([
      'Röda rummet',
      'Pippi Långstrump',
      'Män som hatar kvinnor',
      'Nils Holgerssons underbara resa genom Sverige',
      'Utvandrarna',
      'Det sjunde inseglet',
      'Gold',
    ]);
    const pippi = text(item(el, 'Pippi Långstrump'));
    expect(pippi).to.contain('Astrid Lindgren').and.contain('Bok').and.contain('Nödinge bibliotek');
    expect(pippi).to.contain(`${inDays(-5)} (förfallen sedan 5 dagar)`).and.contain('Försenad');
    expect(pippi).to.contain('0 av 3 gjorda, 3 kvar');
    // The accessible name, one string (issue 17: no gap from a visually hidden part).
    expect(renewButton(el, 'Pippi Långstrump')?.getAttribute('aria-label')).to.equal('Förnya Pippi Långstrump');
    expect(text(renewButton(el, 'Pippi Långstrump'))).to.equal('Förnya');

    const roda = text(item(el, 'Röda rummet'));
    expect(roda).to.contain('förfallen sedan 40 dagar').and.contain('Försenad').and.contain('1 av 3 gjorda, 2 kvar');
    expect(roda).to.contain('Kan inte förnyas: den är försenad för länge för att förnyas');
    expect(renewButton(el, 'Röda rummet')).to.equal(null);

    const man = text(item(el, 'Män som hatar kvinnor'));
    expect(man).to.contain('Ljudbok').and.contain('(om 2 dagar)').and.contain('Förfaller snart');
    expect(text(item(el, 'Nils Holgerssons underbara resa genom Sverige'))).to.contain('Kan inte förnyas: en annan låntagare har reserverat den.');
    const utvandrarna = text(item(el, 'Utvandrarna'));
    expect(utvandrarna).to.contain('3 av 3 gjorda, 0 kvar').and.contain('Kan inte förnyas: den har förnyats så många gånger som går.');
    expect(utvandrarna).to.contain('(om 14 dagar)').and.not.contain('Förfaller snart');
    expect(text(item(el, 'Det sjunde inseglet'))).to.contain('Film').and.contain('Ingmar Bergman');
    expect(text(item(el, 'Gold'))).to.contain('Musik').and.contain('ABBA').and.contain('2 av 3 gjorda, 1 kvar');
    expect(items(el).filter((li) => li.querySelector('button[data-renew]')).length).to.equal(4);
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    await login(ALVA);
    const el = await render(html`<biv-my-loans endpoint=${ENDPOINT} lang="en"></biv-my-loans>`);
    expect(text(q(el, 'h2'))).to.equal('My loans');
    expect(text(q(el, '.count'))).to.equal('7 loans');
    const roda = text(item(el, 'Röda rummet'));
    expect(roda).to.contain(`${inDays(-40, 'en-GB')} (40 days overdue)`).and.contain('Overdue').and.contain('Book');
    expect(roda).to.contain('Cannot be renewed: it is overdue for too long');
    expect(text(item(el, 'Män som hatar kvinnor'))).to.contain('Audiobook').and.contain('(in 2 days)').and.contain('Due soon');
    expect(text(item(el, 'Gold'))).to.contain('2 of 3 used, 1 left').and.contain('Borrowed at');
    expect(text(q(el, 'label[for=sort]'))).to.equal('Sort by');
    await expect(el).to.be.accessible();
  });

  it('sorts by title, reflects the choice and announces it', async () => {
    await login(ALVA);
    const el = await render();
    const select = q<HTMLSelectElement>(el, 'select#sort') as HTMLSelectElement;
    expect(text(q(el, 'label[for=sort]'))).to.equal('Sortera efter');
    select.value = 'title';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.getAttribute('sort')).to.equal('title');
    expect(titles(el)).to.deep.equal([
      'Det sjunde inseglet',
      'Gold',
      'Män som hatar kvinnor',
      'Nils Holgerssons underbara resa genom Sverige',
      'Pippi Långstrump',
      'Röda rummet',
      'Utvandrarna',
    ]);
    expect(text(q(el, '[role=status]'))).to.equal('Sorterat efter titel.');
    // And from the attribute.
    const byAttribute = await render(html`<biv-my-loans endpoint=${ENDPOINT} sort="title"></biv-my-loans>`);
    expect(titles(byAttribute)[0]).to.equal('Det sjunde inseglet');
    expect(q<HTMLSelectElement>(byAttribute, 'select#sort')?.value).to.equal('title');
  });

  it('renews one loan: its outcome, the new due date and counts, the event and the announcement', async () => {
    await login(ALVA);
    const el = await render();
    const renewed = oneEvent<BivRenewedEvent>(el, 'biv-renewed');
    renewButton(el, 'Pippi Långstrump')?.focus();
    renewButton(el, 'Pippi Långstrump')?.click();
    await settled(el);
    const event = await renewed;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.results).to.have.length(1);
    expect(event.detail.results[0]).to.include({ renewed: true });
    const pippi = item(el, 'Pippi Långstrump');
    expect(text(pippi.querySelector('.outcome'))).to.equal(`Förnyad – ny återlämningsdag ${inDays(28)}`);
    expect(text(pippi)).to.contain('1 av 3 gjorda, 2 kvar').and.contain(`${inDays(28)} (om 28 dagar)`).and.not.contain('Försenad');
    expect(text(q(el, '[role=status]'))).to.equal(`Pippi Långstrump: Förnyad – ny återlämningsdag ${inDays(28)}`);
    // The renewed loan stays in its place (no jump under the patron's focus); the focus stays on its button.
    expect(titles(el)[1]).to.equal('Pippi Långstrump');
    expect(root(el).activeElement === renewButton(el, 'Pippi Långstrump'), 'focus on the renew button').to.equal(true);
    await expect(el).to.be.accessible();
    const onServer = (await serverLoans()).find((loan) => loan.title === 'Pippi Långstrump');
    expect(onServer?.renewalsUsed).to.equal(1);
  });

  it('renews once on a double click', async () => {
    await login(ALVA);
    const el = await render();
    const before = (await serverLoans()).find((loan) => loan.title === 'Det sjunde inseglet') as Loan;
    const posts: string[] = [];
    setFetch((input, init) => {
      const method = input instanceof Request ? input.method : (init?.method ?? 'GET');
      if (method === 'POST') posts.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    });
    const button = renewButton(el, 'Det sjunde inseglet') as HTMLButtonElement;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(el.matches(':state(busy)')).to.equal(true);
    button.click();
    button.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await settled(el);
    expect(posts).to.have.length(1);
    expect(posts[0]).to.match(/\/me\/loans\/[^/]+\/renewal$/);
    expect(text(item(el, 'Det sjunde inseglet').querySelector('.outcome'))).to.contain('Förnyad');
    setFetch();
    const after = (await serverLoans()).find((loan) => loan.title === 'Det sjunde inseglet') as Loan;
    expect(after.renewalsUsed).to.equal(before.renewalsUsed + 1);
  });

  it('keeps the idempotency key for "Försök igen" after a lost answer, and renews once', async () => {
    await login(ALVA);
    const el = await render();
    const before = (await serverLoans()).find((loan) => loan.title === 'Män som hatar kvinnor') as Loan;
    const keys: (string | null)[] = [];
    let failed = false;
    setFetch(async (input, init) => {
      const request = input instanceof Request ? input : undefined;
      const method = request?.method ?? init?.method ?? 'GET';
      if (method !== 'POST') return fetch(input, init);
      keys.push((request?.headers ?? new Headers(init?.headers)).get('Idempotency-Key'));
      const response = await fetch(input, init);
      if (failed) return response;
      // The server renewed, but the answer never arrives.
      failed = true;
      await response.body?.cancel();
      throw new TypeError('Failed to fetch');
    });
    renewButton(el, 'Män som hatar kvinnor')?.click();
    await settled(el);
    const man = item(el, 'Män som hatar kvinnor');
    expect(text(man.querySelector('.outcome'))).to.contain('Vi fick ingen kontakt med tjänsten');
    expect(text(q(el, '[role=status]'))).to.contain('Män som hatar kvinnor kunde inte förnyas.');
    const retry = renewButton(el, 'Män som hatar kvinnor') as HTMLButtonElement;
    expect(retry.getAttribute('aria-label')).to.equal('Försök igen: förnya Män som hatar kvinnor');
    await expect(el).to.be.accessible();
    retry.click();
    await settled(el);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.match(/^[A-Za-z0-9_-]{16,64}$/);
    expect(keys[1]).to.equal(keys[0]);
    expect(text(item(el, 'Män som hatar kvinnor').querySelector('.outcome'))).to.equal(`Förnyad – ny återlämningsdag ${inDays(28)}`);
    setFetch();
    const after = (await serverLoans()).find((loan) => loan.title === 'Män som hatar kvinnor') as Loan;
    expect(after.renewalsUsed).to.equal(before.renewalsUsed + 1);
    expect(text(item(el, 'Män som hatar kvinnor'))).to.contain(`${after.renewalsUsed} av ${after.renewalsUsed + after.renewalsLeft} gjorda, ${after.renewalsLeft} kvar`);
  });

  it('says the service is temporarily unavailable when a renewal gets 503 service_unavailable, with "Försök igen"', async () => {
    await login(ALVA);
    const el = await render();
    setFetch(async (input, init) => {
      const method = input instanceof Request ? input.method : (init?.method ?? 'GET');
      if (method !== 'POST') return fetch(input, init);
      // Not sent on: the server's answer while its database cannot be reached.
      return new Response(JSON.stringify({ type: 'about:blank#service_unavailable', title: 'x', status: 503, code: 'service_unavailable', retryAfter: 5 }), {
        status: 503,
        headers: { 'content-type': 'application/problem+json', 'retry-after': '5' },
      });
    });
    renewButton(el, 'Pippi Långstrump')?.click();
    await settled(el);
    const outcome = text(item(el, 'Pippi Långstrump').querySelector('.outcome'));
    expect(outcome).to.contain('Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.');
    expect(outcome, 'a list has nothing typed to keep').not.to.contain('Det du har skrivit');
    expect(renewButton(el, 'Pippi Långstrump')?.getAttribute('aria-label')).to.equal('Försök igen: förnya Pippi Långstrump');
  });

  it('renews all in one request: an outcome per loan, the reasons, and a summary', async () => {
    await login(ALVA);
    const el = await render();
    const renewable = (await serverLoans()).filter((loan) => loan.renewable).length;
    const bodies: string[] = [];
    setFetch(async (input, init) => {
      if (input instanceof Request && input.method === 'POST') bodies.push(`${input.url} ${await input.clone().text()}`);
      return fetch(input, init);
    });
    const renewed = oneEvent<BivRenewedEvent>(el, 'biv-renewed');
    const all = [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Förnya alla') as HTMLButtonElement;
    all.click();
    all.click();
    await settled(el);
    expect(bodies).to.have.length(1);
    expect(bodies[0]).to.match(/\/me\/loans\/renewals \{\}$/);
    const event = await renewed;
    expect(event.detail.results).to.have.length(7);
    expect(event.detail.results.filter((r) => r.renewed)).to.have.length(renewable);
    expect(text(q(el, '[role=status]'))).to.equal(`${renewable} av 7 lån förnyades.`);
    const outcome = (title: string) => text(item(el, title).querySelector('.outcome'));
    expect(outcome('Röda rummet')).to.equal('Kunde inte förnyas: den är försenad för länge för att förnyas. Lämna tillbaka den på ett bibliotek.');
    expect(outcome('Nils Holgerssons underbara resa genom Sverige')).to.equal('Kunde inte förnyas: en annan låntagare har reserverat den.');
    expect(outcome('Utvandrarna')).to.equal('Kunde inte förnyas: den har förnyats så många gånger som går.');
    for (const title of ['Pippi Långstrump', 'Män som hatar kvinnor', 'Det sjunde inseglet', 'Gold']) {
      expect(outcome(title)).to.equal(`Förnyad – ny återlämningsdag ${inDays(28)}`);
    }
    // Gold used its last renewal: no renew button any more, the counts say why.
    expect(text(item(el, 'Gold'))).to.contain('3 av 3 gjorda, 0 kvar');
    expect(renewButton(el, 'Gold')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows an error with "Försök igen" when the loans cannot be fetched', async () => {
    await login(ALVA);
    setFetch((input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      return url.endsWith('/me/loans') ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init);
    });
    const el = await render();
    expect(el.matches(':state(error)')).to.equal(true);
    expect(text(q(el, '.load-error'))).to.contain('Det gick inte att hämta dina lån.');
    setFetch();
    (q(el, '.load-error button') as HTMLButtonElement).click();
    await waitUntil(() => items(el).length === 7, 'no loans after the retry');
    await el.updateComplete;
    expect(root(el).activeElement === q(el, '#loans-heading'), 'focus on the heading').to.equal(true);
  });

  it('says so when there are no loans (Elin)', async () => {
    await login(ELIN);
    const el = await render();
    expect(el.matches(':state(empty)')).to.equal(true);
    expect(text(q(el, '.empty'))).to.equal('Du har inga lån just nu.');
    expect(text(q(el, '.count'))).to.equal('0 lån');
    expect(q(el, 'ul')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('forgets the loans when the patron logs out elsewhere on the page', async () => {
    await login(ELIN);
    const el = await render();
    expect(el.matches(':state(empty)')).to.equal(true);
    await session().logout();
    await waitUntil(() => el.matches(':state(logged-out)'), 'still showing the loans');
    expect(text(root(el))).to.contain('Logga in för att se dina lån').and.not.contain('Du har inga lån');
  });

  it('renders Hugo’s 300 loans, the first ones at once and the rest in batches', async () => {
    await login(HUGO);
    // The number of loans in the list after each render (the batches run in zero-delay tasks, so
    // looking at the list from a polling test would race them).
    const rendered: number[] = [];
    const el = await fixture<MyLoans>(html`<biv-my-loans endpoint=${ENDPOINT}></biv-my-loans>`);
    el.addController({ hostUpdated: () => rendered.push(items(el).length) });
    await waitUntil(() => items(el).length === 300, 'the list did not grow to 300', { timeout: 5000 });
    expect(text(q(el, '.count'))).to.equal('300 lån');
    const batches = rendered.filter((n, i) => n > 0 && n !== rendered[i - 1]);
    expect(batches[0]).to.be.within(1, 299, `not all in the first render: ${batches.join(', ')}`);
    expect(batches.at(-1)).to.equal(300);
    const dues = items(el).map((li) => li.dataset['id'] ?? '');
    expect(new Set(dues).size).to.equal(300, 'each loan once');
  });
});
