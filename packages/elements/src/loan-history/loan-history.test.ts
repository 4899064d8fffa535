import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setFetch, type LoanHistoryResponse } from '@biv/client';
import { ENDPOINT, endSessionAsBlocked, endSessionsAfterEach, itAsksLoggedOutVisitorToLogIn, methodOf, q, root, session, text, urlOf } from '../../../../test/element-helpers.js';
import { LOAN_HISTORY } from '../../../../test/fixtures.js';
import './define.js';
import type { LoanHistory } from './loan-history.js';
import type { BivHistoryDeletedEvent, BivHistorySettingChangedEvent } from './events.js';

// Against the real reference server (demo data, fresh database per run), proxied same-origin by
// web-test-runner.config.mjs. Lisa's 5,000 entries are only read here. Elin (temporary account,
// nothing stored) turns the setting on and off. Alva's six entries are this file's alone: the
// tests that change them (turn off and keep, then delete) run last, in this order. setFetch is used
// only to produce faults (a fault test that writes fails every write, so nothing changes on the server).
const LISA = { identifier: LOAN_HISTORY.long.card, pin: LOAN_HISTORY.long.pin };
const ALVA = { identifier: LOAN_HISTORY.alva.card, pin: LOAN_HISTORY.alva.pin };
const ELIN = { identifier: '1000000005', pin: '5791' };

const rows = (el: LoanHistory) => [...root(el).querySelectorAll<HTMLLIElement>('li.entry')];
const titles = (el: LoanHistory) => rows(el).map((li) => text(li.querySelector('.title')));
const checkbox = (el: LoanHistory) => q<HTMLInputElement>(el, '#history-enabled') as HTMLInputElement;
const dialog = (el: LoanHistory) => q<HTMLDialogElement>(el, 'dialog') as HTMLDialogElement;
const button = (el: LoanHistory, words: string) => [...root(el).querySelectorAll('button')].find((b) => text(b) === words) as HTMLButtonElement;

async function render(markup = html`<biv-loan-history endpoint=${ENDPOINT} login-href="/logga-in"></biv-loan-history>`) {
  const el = await fixture<LoanHistory>(markup);
  await waitUntil(() => el.matches(':state(logged-out)') || q(el, '.setting') || q(el, '.load-error'), 'the history was not shown', { timeout: 10_000 });
  return el;
}

/** The patron's history as the server has it now. */
async function onServer(): Promise<LoanHistoryResponse> {
  const response = await fetch(`${ENDPOINT}/me/history`, { credentials: 'include' });
  expect(response.status).to.equal(200);
  return (await response.json()) as LoanHistoryResponse;
}

/** Type into the search field as a patron does, and wait until the list follows. */
async function search(el: LoanHistory, value: string): Promise<void> {
  const field = q<HTMLInputElement>(el, '#history-search') as HTMLInputElement;
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  // The search waits 150 ms after the last key.
  await new Promise((resolve) => setTimeout(resolve, 250));
  await el.updateComplete;
}


endSessionsAfterEach();

describe('<biv-loan-history>', () => {
  itAsksLoggedOutVisitorToLogIn('biv-loan-history', { title: 'Logga in för att se din lånehistorik', absent: 'ul' });

  it('shows the first 100 of Lisa’s 5,000 loans, newest return first, with the opt-in ticked', async () => {
    await session().login(LISA.identifier, LISA.pin);
    const el = await render();
    expect(el.matches(':state(enabled)')).to.equal(true);
    expect(checkbox(el).checked).to.equal(true);
    expect(text(q(el, 'label[for="history-enabled"]'))).to.equal('Spara min lånehistorik');
    expect(checkbox(el).getAttribute('aria-describedby')).to.equal('history-hint');
    expect(text(q(el, '#history-hint'))).to.contain('Bara du kan se din lånehistorik.');
    expect(rows(el).length).to.equal(100);
    expect(text(q(el, '.count'))).to.equal('Visar 100 av 5 000 lån');
    const server = await onServer();
    expect(server.entries.length).to.equal(5000);
    expect(titles(el).slice(0, 3)).to.deep.equal(server.entries.slice(0, 3).map((e) => e.title));
    const first = rows(el)[0] as HTMLLIElement;
    const day = (iso: string) => new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(new Date(iso));
    expect(text(first)).to.contain(`Återlämnad ${day(server.entries[0]?.returnDate as string)}`);
    expect(text(first)).to.match(/Lånad \d+ \w+ \d{4} på .+bibliotek/);
    expect(first.querySelector('h3')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('searches by title or author, case- and accent-folded but å ä ö distinct, and counts the matches', async () => {
    await session().login(LISA.identifier, LISA.pin);
    const el = await render();
    const { entries } = await onServer();
    const expected = entries.filter((e) => `${e.title} ${e.author ?? ''}`.toLowerCase().includes('ödsliga'));
    await search(el, 'ÖDSLIGA');
    await waitUntil(() => text(q(el, '.count')).includes('som matchar'), 'the search was not applied');
    const n = new Intl.NumberFormat('sv-SE').format(expected.length);
    expect(text(q(el, '.count'))).to.equal(`Visar ${Math.min(100, expected.length)} av ${n} lån som matchar sökningen`);
    expect(titles(el).every((t) => t.startsWith('Ödsliga'))).to.equal(true);
    // "odsliga" is not "ödsliga".
    await search(el, 'odsliga');
    await waitUntil(() => text(q(el, '.count')).startsWith('Inga lån'), 'o found ö');
    expect(rows(el).length).to.equal(0);
    // An author.
    const author = entries.find((e) => e.author)?.author as string;
    await search(el, author.toUpperCase());
    await waitUntil(() => rows(el).length > 0 && rows(el).every((li) => text(li.querySelector('.meta')).includes(author)), 'no match by author');
    // The count is announced once typing pauses, in a status region that was there before.
    await waitUntil(() => text(q(el, '.count + [role=status]')).startsWith('Visar'), 'the count was not announced', { timeout: 3000 });
    await expect(el).to.be.accessible();
  });

  it('sorts by title in Swedish order and shows 100 more with the focus on the first new row', async () => {
    await session().login(LISA.identifier, LISA.pin);
    const el = await render();
    const select = q<HTMLSelectElement>(el, '#history-sort') as HTMLSelectElement;
    select.value = 'title';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.getAttribute('sort')).to.equal('title');
    const shown = titles(el);
    expect(shown).to.deep.equal([...shown].sort(new Intl.Collator('sv').compare));
    const more = button(el, 'Visa 100 till');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(el).length === 200, 'no more rows');
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(rows(el)[100]?.querySelector('h3'));
    expect(text(q(el, '.count'))).to.equal('Visar 200 av 5 000 lån');
    const all = titles(el);
    expect(all).to.deep.equal([...all].sort(new Intl.Collator('sv').compare));
  });

  it('exports what the search finds as CSV', async () => {
    await session().login(LISA.identifier, LISA.pin);
    const el = await render();
    await search(el, 'fyren');
    await waitUntil(() => text(q(el, '.count')).includes('som matchar'), 'the search was not applied');
    // The element clicks a temporary <a download> in its shadow root: caught here, the download not started.
    let saved: { name: string; url: string } | undefined;
    const catchDownload = (event: Event) => {
      if (!(event.target instanceof HTMLAnchorElement) || !event.target.download) return;
      saved = { name: event.target.download, url: event.target.href };
      event.preventDefault();
    };
    root(el).addEventListener('click', catchDownload, true);
    button(el, 'Exportera som CSV').click();
    root(el).removeEventListener('click', catchDownload, true);
    expect(root(el).querySelector('a[download]')).to.equal(null);
    expect(saved?.name).to.match(/^lanehistorik-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await (await fetch(saved?.url as string)).text();
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).to.equal('Titel;Författare;Medietyp;Bibliotek;Lånad;Återlämnad');
    const matches = (await onServer()).entries.filter((e) => `${e.title} ${e.author ?? ''}`.toLowerCase().includes('fyren'));
    expect(lines.length - 1).to.equal(matches.length);
    expect(lines.slice(1).every((line) => /^[^;]*fyren[^;]*;/i.test(line) && /;\d{4}-\d{2}-\d{2};\d{4}-\d{2}-\d{2}$/.test(line))).to.equal(true);
    await waitUntil(() => text(q(el, '[part="notice"]')).includes('har exporterats till en CSV-fil'), 'no status after the export');
  });

  it('speaks English, with a comma-separated export', async () => {
    await session().login(LISA.identifier, LISA.pin);
    const el = await render(html`<biv-loan-history endpoint=${ENDPOINT} lang="en"></biv-loan-history>`);
    const all = text(root(el));
    for (const words of ['My loan history', 'Save my loan history', 'Showing 100 of 5,000 loans', 'Search by title or author', 'Export as CSV', 'Show 100 more', 'Returned ']) {
      expect(all).to.contain(words);
    }
    await expect(el).to.be.accessible();
  });

  it('shows a load fault with a way to try again', async () => {
    await session().login(LISA.identifier, LISA.pin);
    setFetch((input, init) => (methodOf(input, init) === 'GET' && urlOf(input).includes('/me/history') ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)));
    const el = await render();
    expect(el.matches(':state(error)')).to.equal(true);
    expect(text(q(el, '.load-error'))).to.contain('Vi kunde inte hämta din lånehistorik. Vi fick ingen kontakt med tjänsten.');
    await expect(el).to.be.accessible();
    setFetch();
    (q(el, '.load-error button') as HTMLButtonElement).click();
    await waitUntil(() => rows(el).length === 100, 'no list after trying again', { timeout: 10_000 });
    await waitUntil(() => root(el).activeElement === q(el, '#history-title'), 'the heading did not take the focus');
  });

  it('never loses the typed search across faults: a failed load tried again, a failed setting change, a failed deletion', async () => {
    await session().login(LISA.identifier, LISA.pin);
    // The first load fails; every change of the setting or deletion fails (Lisa's history stays as it is).
    let loadFails = true;
    setFetch((input, init) => {
      const method = methodOf(input, init);
      if (!urlOf(input).includes('/me/history')) return fetch(input, init);
      if ((method === 'GET' && loadFails) || method === 'PUT' || method === 'DELETE') return Promise.reject(new TypeError('Failed to fetch'));
      return fetch(input, init);
    });
    const el = await render();
    expect(el.matches(':state(error)')).to.equal(true);
    loadFails = false;
    button(el, 'Försök igen').click();
    await waitUntil(() => rows(el).length === 100, 'no list after trying again', { timeout: 10_000 });

    const { entries } = await onServer();
    const n = (term: string) => entries.filter((e) => `${e.title} ${e.author ?? ''}`.toLowerCase().includes(term)).length;
    const field = () => q<HTMLInputElement>(el, '#history-search') as HTMLInputElement;
    /** The field still holds `term`, and the list still shows its matches and only them. */
    const applied = (term: string) => {
      const matches = n(term);
      expect(matches).to.be.greaterThan(0);
      expect(field().value).to.equal(term);
      expect(text(q(el, '.count'))).to.equal(`Visar ${Math.min(100, matches)} av ${new Intl.NumberFormat('sv-SE').format(matches)} lån som matchar sökningen`);
      expect(rows(el).length).to.equal(Math.min(100, matches));
      expect(rows(el).every((li) => text(li).toLowerCase().includes(term))).to.equal(true);
    };
    await search(el, 'fyren');
    await waitUntil(() => text(q(el, '.count')).includes('som matchar'), 'the search was not applied');
    applied('fyren');

    // Unticking, "behåll": the setting cannot be saved. The box is ticked again, the search is still there.
    checkbox(el).click();
    await waitUntil(() => dialog(el).open, 'the dialog did not open');
    button(el, 'Sluta spara men behåll historiken').click();
    await waitUntil(() => q(el, '.setting .error-message') && !dialog(el).open, 'no error at the checkbox');
    await el.updateComplete;
    expect(text(q(el, '.setting .error-message'))).to.contain('Inställningen kunde inte sparas. Vi fick ingen kontakt med tjänsten');
    expect(checkbox(el).checked).to.equal(true);
    applied('fyren');

    // "Radera historiken": the deletion fails. The search is still there.
    button(el, 'Radera historiken').click();
    await waitUntil(() => dialog(el).open, 'the dialog did not open again');
    (q(el, 'dialog button.confirm') as HTMLButtonElement).click();
    await waitUntil(() => q(el, '#delete-error') && !dialog(el).open, 'no error at the deletion');
    await el.updateComplete;
    expect(text(q(el, '#delete-error'))).to.contain('Lånehistoriken kunde inte raderas. Vi fick ingen kontakt med tjänsten');
    applied('fyren');
    await expect(el).to.be.accessible();

    // The field still works: another search is applied.
    await search(el, 'ödsliga');
    await waitUntil(() => field().value === 'ödsliga' && titles(el).every((t) => t.startsWith('Ödsliga')), 'the next search was not applied');
    applied('ödsliga');
    setFetch();
    const server = await onServer();
    expect([server.enabled, server.entries.length]).to.deep.equal([true, 5000]);
  });

  it('forgets the previous patron’s history and search at logout and another login', async () => {
    await session().login(LISA.identifier, LISA.pin);
    const el = await render();
    await search(el, 'fyren');
    await waitUntil(() => text(q(el, '.count')).includes('som matchar'), 'the search was not applied');
    await session().logout();
    await waitUntil(() => el.matches(':state(logged-out)'), 'not logged out');
    expect(rows(el).length).to.equal(0);
    await session().login(ELIN.identifier, ELIN.pin);
    await waitUntil(() => q(el, '.setting'), 'no history after the next login', { timeout: 10_000 });
    expect(rows(el).length).to.equal(0);
    expect(text(root(el))).to.not.contain('fyren');
    expect(q(el, '#history-search')).to.equal(null);
  });

  it('lets a temporary account turn it on (saved at once) and off again (nothing stored: no question)', async () => {
    await session().login(ELIN.identifier, ELIN.pin);
    const el = await render();
    expect(el.matches(':state(empty)')).to.equal(true);
    expect(checkbox(el).checked).to.equal(false);
    expect(text(root(el))).to.contain('Din lånehistorik sparas inte.');
    expect(text(q(el, '.temporary'))).to.contain('Du har ett tillfälligt konto.');
    await expect(el).to.be.accessible();

    const on = oneEvent<BivHistorySettingChangedEvent>(el, 'biv-history-setting-changed');
    checkbox(el).click();
    expect((await on).detail).to.deep.equal({ enabled: true });
    await el.updateComplete;
    expect(text(q(el, '[part="notice"]'))).to.equal('Din lånehistorik sparas från och med nu.');
    expect(text(root(el))).to.contain('Inget har sparats ännu. Lån som lämnas tillbaka från och med nu sparas här.');
    expect((await onServer()).enabled).to.equal(true);

    const off = oneEvent<BivHistorySettingChangedEvent>(el, 'biv-history-setting-changed');
    checkbox(el).click();
    expect((await off).detail).to.deep.equal({ enabled: false });
    expect(dialog(el).open).to.equal(false);
    expect((await onServer()).enabled).to.equal(false);
  });

  it('keeps the box unticked with an error at it when the setting cannot be saved', async () => {
    await session().login(ELIN.identifier, ELIN.pin);
    const el = await render();
    setFetch((input, init) => (methodOf(input, init) === 'PUT' ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)));
    checkbox(el).click();
    await waitUntil(() => q(el, '.setting .error-message'), 'no error at the checkbox');
    expect(checkbox(el).checked).to.equal(false);
    expect(text(q(el, '.setting .error-message'))).to.contain('Inställningen kunde inte sparas. Vi fick ingen kontakt med tjänsten');
    expect(checkbox(el).getAttribute('aria-describedby')).to.equal('history-hint history-enabled-error');
    expect(checkbox(el).getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    setFetch();
    expect((await onServer()).enabled).to.equal(false);
  });

  it('says the card is blocked when the session ended that way, and shows none of the history', async () => {
    await session().login(ALVA.identifier, ALVA.pin);
    const el = await render(html`<biv-loan-history endpoint=${ENDPOINT} login-href="/logga-in" new-card-href="/nytt-kort"></biv-loan-history>`);
    expect(titles(el)).to.deep.equal([...LOAN_HISTORY.alva.titles]);
    await endSessionAsBlocked();
    await waitUntil(() => text(root(el)).includes('Ditt kort är spärrat'), 'not blocked');
    expect(el.matches(':state(logged-out)')).to.equal(true);
    expect(text(root(el))).to.contain('Du har loggats ut.');
    // How to get a new card, and no login: the card cannot log in.
    expect([...root(el).querySelectorAll('.panel a')].map((a) => a.getAttribute('href'))).to.deep.equal(['/nytt-kort']);
    expect(rows(el)).to.have.length(0);
    for (const gone of ['.setting', '#history-search', 'ul', 'dialog[open]']) expect(q(el, gone), gone).to.equal(null);
    for (const title of LOAN_HISTORY.alva.titles) expect(text(root(el))).to.not.contain(title);
    await expect(el).to.be.accessible();
  });

  it('asks when Alva unticks it: Escape keeps it on, “behåll” turns it off and keeps her six loans', async () => {
    await session().login(ALVA.identifier, ALVA.pin);
    const el = await render();
    expect(titles(el)).to.deep.equal([...LOAN_HISTORY.alva.titles]);
    checkbox(el).focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => dialog(el).open, 'the dialog did not open');
    expect(el.matches(':state(confirming)')).to.equal(true);
    expect(text(dialog(el))).to.contain('Radera också den sparade historiken? Du har 6 sparade lån.');
    expect(text(root(el).activeElement)).to.equal('Avbryt');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el).open, 'Escape did not close the dialog');
    await waitUntil(() => root(el).activeElement === checkbox(el), 'focus did not return to the checkbox');
    expect(checkbox(el).checked).to.equal(true);
    expect((await onServer()).enabled).to.equal(true);

    await sendKeys({ press: 'Space' });
    await waitUntil(() => dialog(el).open, 'the dialog did not open again');
    button(el, 'Sluta spara men behåll historiken').click();
    await waitUntil(() => !dialog(el).open && !el.matches(':state(enabled)'), 'not turned off');
    expect(text(q(el, '[part="notice"]'))).to.equal('Din lånehistorik sparas inte längre. Det som redan är sparat finns kvar.');
    expect(text(root(el))).to.contain('Det som sparades tidigare finns kvar här tills du raderar det.');
    expect(rows(el).length).to.equal(6);
    const server = await onServer();
    expect(server.enabled).to.equal(false);
    expect(server.entries.length).to.equal(6);
    await expect(el).to.be.accessible();
  });

  it('deletes Alva’s history after a confirmation, on the server too', async () => {
    await session().login(ALVA.identifier, ALVA.pin);
    const el = await render();
    const del = button(el, 'Radera historiken');
    del.click();
    await waitUntil(() => dialog(el).open, 'the dialog did not open');
    expect(text(dialog(el))).to.contain('Alla 6 sparade lån raderas för gott. Det går inte att ångra.');
    button(el, 'Avbryt').click();
    await waitUntil(() => !dialog(el).open, '“Avbryt” did not close the dialog');
    await waitUntil(() => root(el).activeElement === del, 'focus did not return to the button');
    expect((await onServer()).entries.length).to.equal(6);

    del.click();
    await waitUntil(() => dialog(el).open, 'the dialog did not open again');
    const deleted = oneEvent<BivHistoryDeletedEvent>(el, 'biv-history-deleted');
    (q(el, 'dialog button.confirm') as HTMLButtonElement).click();
    await deleted;
    await waitUntil(() => rows(el).length === 0 && !dialog(el).open, 'the list stayed');
    await el.updateComplete;
    expect(text(q(el, '[part="notice"]'))).to.equal('Din lånehistorik är raderad.');
    expect(root(el).activeElement).to.equal(q(el, '#history-title'));
    expect((await onServer()).entries).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
