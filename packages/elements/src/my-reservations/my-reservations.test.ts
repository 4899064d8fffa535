import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setFetch, type Reservation } from '@biv/client';
import { ENDPOINT, endSessionsAfterEach, itAsksLoggedOutVisitorToLogIn, methodOf, q, root, session, text } from '../../../../test/element-helpers.js';
import './define.js';
import type { MyReservations } from './my-reservations.js';
import type { BivReservationCancelledEvent, BivReservationChangedEvent } from './events.js';

// Against the real reference server (demo data, fresh database per run), proxied same-origin by
// web-test-runner.config.mjs. Alva's reservations are this file's alone: other files log her in
// but never touch her reservations. The tests that change them (pickup library, cancel) run last,
// in this order, and find reservations by title. setFetch is used only to produce faults.
const ALVA = { personnummer: '19850322-2385', pin: '1357' };
const ELIN = { card: '1000000005', pin: '5791' };
const HUNDRA = 'Hundraåringen som klev ut genom fönstret och försvann';
const SAGAN = 'Sagan om ringen';
const MIO = 'Mio, min Mio';

const items = (el: MyReservations) => [...root(el).querySelectorAll<HTMLLIElement>('li.reservation')];
const titles = (el: MyReservations) => items(el).map((li) => li.querySelector('h3')?.textContent?.trim());
const item = (el: MyReservations, title: string) => items(el).find((li) => li.querySelector('h3')?.textContent?.trim() === title);
const cancelButton = (li: HTMLElement) => li.querySelector<HTMLButtonElement>('.actions button') as HTMLButtonElement;
const dialog = (el: MyReservations) => q<HTMLDialogElement>(el, 'dialog') as HTMLDialogElement;

async function render(markup = html`<biv-my-reservations endpoint=${ENDPOINT} login-href="/logga-in"></biv-my-reservations>`) {
  const el = await fixture<MyReservations>(markup);
  await waitUntil(
    () => el.matches(':state(logged-out)') || q(el, 'ul.reservations') || q(el, '.empty') || q(el, '.load-error'),
    'the reservations were not shown',
    { timeout: 8000 },
  );
  return el;
}

/** The patron's reservations as the server has them now. */
async function onServer(): Promise<Reservation[]> {
  const response = await fetch(`${ENDPOINT}/me/reservations`, { credentials: 'include' });
  expect(response.status).to.equal(200);
  return ((await response.json()) as { reservations: Reservation[] }).reservations;
}


endSessionsAfterEach();

describe('<biv-my-reservations>', () => {
  itAsksLoggedOutVisitorToLogIn('biv-my-reservations', { title: 'Logga in för att se dina reservationer', absent: 'ul' });

  it('lists Alva’s reservations: ready first with the last day and her borrower ID, then by queue', async () => {
    const el = await render();
    await session().login(ALVA.personnummer, ALVA.pin);
    await waitUntil(() => q(el, 'ul.reservations'), 'no list after login', { timeout: 8000 });
    expect(titles(el)).to.deep.equal([HUNDRA, SAGAN, MIO]);

    const ready = item(el, HUNDRA) as HTMLLIElement;
    const pickupBy = (await onServer()).find((r) => r.title === HUNDRA)?.pickupBy as string;
    const day = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(new Date(pickupBy));
    const inFive = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(new Date(Date.now() + 5 * 864e5));
    expect(day).to.equal(inFive);
    expect(text(ready)).to.contain('Jonas Jonasson · Bok');
    expect(text(ready)).to.contain(`Klar att hämta Hämta senast ${day} (om 5 dagar)`);
    expect(text(ready)).to.contain('Hämtas på: Nödinge bibliotek');
    expect(ready.querySelector('select')).to.equal(null); // a ready one waits where it is

    expect(text(item(el, SAGAN))).to.contain('Plats 1 i kön');
    const mio = item(el, MIO) as HTMLLIElement;
    expect(text(mio)).to.contain('Plats 3 i kön');
    expect(text(mio)).to.contain('Astrid Lindgren · Bok');
    expect(text(mio)).to.contain('Hämtas på: Kungälvs stadsbibliotek');
    const select = mio.querySelector('select') as HTMLSelectElement;
    expect(select.value).to.equal('kungalv');
    expect(text(mio.querySelector(`label[for="${select.id}"]`))).to.contain('Byt bibliotek att hämta på');
    expect([...select.querySelectorAll('optgroup')].map((g) => g.label)).to.deep.equal(['Ale', 'Kungälv', 'Lilla Edet', 'Orust', 'Stenungsund', 'Tjörn', 'Öckerö']);
    expect(select.options.length).to.equal(9);

    const pickupId = q(el, '[part="borrower-id"]') as HTMLElement;
    expect(text(pickupId)).to.contain('Ditt låntagar-ID behövs när du hämtar: BIV-000001');
    expect(text(pickupId)).to.contain('En reservation är klar att hämta.');
    expect(pickupId.compareDocumentPosition(q(el, 'ul') as Node) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(el.matches(':state(has-ready)')).to.equal(true);
    expect(cancelButton(mio).getAttribute('aria-label')).to.equal(`Avboka ${MIO}`);
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    await session().login(ALVA.personnummer, ALVA.pin);
    const el = await render(html`<biv-my-reservations endpoint=${ENDPOINT} lang="en"></biv-my-reservations>`);
    const all = text(root(el));
    expect(all).to.contain('Your reservations');
    expect(all).to.contain('You need your borrower ID when you collect: BIV-000001');
    expect(all).to.contain('Ready to collect Collect by');
    expect(all).to.contain('(in 5 days)');
    expect(all).to.contain('Number 1 in the queue');
    expect(all).to.contain('Number 3 in the queue');
    expect(all).to.contain('Jonas Jonasson · Book');
    expect(all).to.contain('Collect at: Nödinge bibliotek');
    expect(cancelButton(item(el, MIO) as HTMLElement).getAttribute('aria-label')).to.equal(`Cancel ${MIO}`);
    await expect(el).to.be.accessible();
  });

  it('shows only the logged-in patron’s own reservations, and no borrower ID when nothing is ready', async () => {
    await session().login(ELIN.card, ELIN.pin);
    const el = await render();
    expect(items(el).length).to.equal(1);
    expect(titles(el)).to.not.include(MIO);
    expect(q(el, '[part="borrower-id"]')).to.equal(null);
    expect(el.matches(':state(has-ready)')).to.equal(false);
  });

  it('shows a load fault with a way to try again', async () => {
    await session().login(ALVA.personnummer, ALVA.pin);
    setFetch((input, init) => (methodOf(input, init) === 'GET' && String(input instanceof Request ? input.url : input).includes('/me/reservations') ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)));
    const el = await render();
    expect(el.matches(':state(error)')).to.equal(true);
    expect(text(q(el, '.load-error'))).to.contain('Vi kunde inte hämta dina reservationer. Vi fick ingen kontakt med tjänsten.');
    await expect(el).to.be.accessible();
    setFetch();
    (q(el, '.load-error button') as HTMLButtonElement).click();
    await waitUntil(() => q(el, 'ul.reservations'), 'no list after trying again');
    expect(root(el).activeElement).to.equal(q(el, '#list-title'));
    expect(items(el).length).to.equal(3);
  });

  it('works by keyboard: Enter opens the dialog on “Behåll”, Escape closes it and focus returns', async () => {
    await session().login(ALVA.personnummer, ALVA.pin);
    const el = await render();
    const button = cancelButton(item(el, MIO) as HTMLElement);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el).open, 'the dialog did not open');
    expect(el.matches(':state(confirming)')).to.equal(true);
    expect(text(dialog(el))).to.contain(`Vill du avboka reservationen av ${MIO}?`);
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Behåll');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el).open, 'Escape did not close the dialog');
    await waitUntil(() => root(el).activeElement === button, 'focus did not return to the button');
    expect(item(el, MIO)).to.not.equal(undefined);
    expect((await onServer()).map((r) => r.title)).to.include(MIO);
  });

  it('keeps the reservation with an error at it when the cancellation cannot be sent', async () => {
    await session().login(ALVA.personnummer, ALVA.pin);
    const el = await render();
    setFetch((input, init) => (methodOf(input, init) === 'DELETE' ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)));
    const button = cancelButton(item(el, MIO) as HTMLElement);
    button.click();
    await waitUntil(() => dialog(el).open, 'the dialog did not open');
    (q(el, 'dialog button.confirm') as HTMLButtonElement).click();
    await waitUntil(() => !dialog(el).open, 'the dialog stayed open');
    await el.updateComplete;
    const mio = item(el, MIO) as HTMLLIElement;
    const error = mio.querySelector('.error-message') as HTMLElement;
    expect(text(error)).to.contain('Vi fick ingen kontakt med tjänsten');
    expect(button.getAttribute('aria-describedby')).to.equal(error.id);
    await waitUntil(() => root(el).activeElement === button, 'focus did not return to the button');
    expect(titles(el)).to.deep.equal([HUNDRA, SAGAN, MIO]);
    await expect(el).to.be.accessible();
  });

  it('shows the server’s refusals at the reservation: unknown library, and ready meanwhile', async () => {
    await session().login(ALVA.personnummer, ALVA.pin);
    const el = await render();
    const mio = item(el, MIO) as HTMLLIElement;
    const select = mio.querySelector('select') as HTMLSelectElement;
    select.append(new Option('Atlantis bibliotek', 'atlantis'));
    select.value = 'atlantis';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    (mio.querySelector('form button') as HTMLButtonElement).click();
    await waitUntil(() => mio.querySelector('.error-message'), 'no error for an unknown library');
    expect(text(mio.querySelector('.error-message'))).to.contain('Det biblioteket går inte att hämta på');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(select.getAttribute('aria-describedby')).to.equal(mio.querySelector('.error-message')?.id);

    setFetch((input, init) =>
      methodOf(input, init) === 'PATCH'
        ? Promise.resolve(
            new Response(JSON.stringify({ type: 'about:blank#reservation_ready', title: 'Ready', status: 409, code: 'reservation_ready' }), {
              status: 409,
              headers: { 'content-type': 'application/problem+json' },
            }),
          )
        : fetch(input, init),
    );
    const again = (item(el, MIO) as HTMLLIElement).querySelector('select') as HTMLSelectElement;
    again.value = 'ytterby';
    again.dispatchEvent(new Event('change', { bubbles: true }));
    ((item(el, MIO) as HTMLLIElement).querySelector('form button') as HTMLButtonElement).click();
    await waitUntil(() => text(item(el, MIO)).includes('väntar redan på att hämtas'), 'no reservation_ready error');
    expect((await onServer()).find((r) => r.title === MIO)?.pickupLibraryId).to.equal('kungalv');
    await expect(el).to.be.accessible();
  });

  it('changes where “Mio, min Mio” is collected, says so and fires biv-reservation-changed', async () => {
    await session().login(ALVA.personnummer, ALVA.pin);
    const el = await render();
    const mio = item(el, MIO) as HTMLLIElement;
    const select = mio.querySelector('select') as HTMLSelectElement;
    select.value = 'stenungsund';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const changed = oneEvent<BivReservationChangedEvent>(el, 'biv-reservation-changed');
    (mio.querySelector('form button') as HTMLButtonElement).click();
    const event = await changed;
    expect(event.detail).to.deep.equal({ id: 'res-mio', pickupLibraryId: 'stenungsund' });
    await el.updateComplete;
    expect(text(q(el, '[part="notice"]'))).to.equal('Reservationen av Mio, min Mio hämtas nu på Stenungsunds bibliotek.');
    expect(q(el, '[part="notice"]')?.getAttribute('role')).to.equal('status');
    expect(text(item(el, MIO))).to.contain('Hämtas på: Stenungsunds bibliotek');
    expect(text((item(el, MIO) as HTMLLIElement).querySelector('.item-status'))).to.equal('Sparat.');
    expect(((item(el, MIO) as HTMLLIElement).querySelector('select') as HTMLSelectElement).value).to.equal('stenungsund');
    expect((await onServer()).find((r) => r.title === MIO)?.pickupLibraryId).to.equal('stenungsund');
    await expect(el).to.be.accessible();
  });

  it('cancels “Sagan om ringen” after a confirmation: “Behåll” keeps it, “Avboka” removes it', async () => {
    await session().login(ALVA.personnummer, ALVA.pin);
    const el = await render();
    const cancelled: string[] = [];
    el.addEventListener('biv-reservation-cancelled', (e: BivReservationCancelledEvent) => cancelled.push(e.detail.id));

    const button = cancelButton(item(el, SAGAN) as HTMLElement);
    button.click();
    await waitUntil(() => dialog(el).open, 'the dialog did not open');
    expect(text(dialog(el))).to.contain(`Vill du avboka reservationen av ${SAGAN}?`);
    expect(dialog(el).getAttribute('aria-labelledby')).to.equal('confirm-title');
    await expect(el).to.be.accessible();
    (q(el, 'dialog button.keep') as HTMLButtonElement).click();
    await waitUntil(() => !dialog(el).open, '“Behåll” did not close the dialog');
    await waitUntil(() => root(el).activeElement === button, 'focus did not return to the button');
    expect(titles(el)).to.include(SAGAN);
    expect(cancelled).to.deep.equal([]);

    button.click();
    await waitUntil(() => dialog(el).open, 'the dialog did not open again');
    expect(text(q(el, 'dialog button.confirm'))).to.equal('Avboka reservationen');
    (q(el, 'dialog button.confirm') as HTMLButtonElement).click();
    await waitUntil(() => item(el, SAGAN) === undefined, 'the reservation stayed');
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(titles(el)).to.deep.equal([HUNDRA, MIO]);
    expect(text(q(el, '[part="notice"]'))).to.equal('Reservationen av Sagan om ringen är avbokad.');
    expect(cancelled).to.deep.equal(['res-sagan-om-ringen']);
    // Focus goes to the reservation that took its place.
    expect(root(el).activeElement).to.equal((item(el, MIO) as HTMLLIElement).querySelector('h3'));
    expect((await onServer()).map((r) => r.title)).to.deep.equal([HUNDRA, MIO]);
    await expect(el).to.be.accessible();
  });
});
