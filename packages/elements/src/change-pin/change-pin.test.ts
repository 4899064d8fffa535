import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setFetch } from '@biv/client';
import { NEW_ADULTS } from '../../../../test/fixtures.js';
import { endSessionsAfterEach, ENDPOINT, itAsksLoggedOutVisitorToLogIn, login as logInAs, q, root, session, submit, text, type } from '../../../../test/element-helpers.js';
import './define.js';
import type { ChangePin } from './change-pin.js';

// Against the real reference server, proxied same-origin by web-test-runner.config.mjs. The patron
// is a new temporary account of this file's own (registered in `before`), so changing its PIN
// disturbs no other test. setFetch is used only to produce faults.
const PATRON = NEW_ADULTS[11];
let pin = '7391';

const input = (el: ChangePin, id: string) => q<HTMLInputElement>(el, `#${id}`) as HTMLInputElement;

async function fill(el: ChangePin, currentPin: string, newPin: string, repeat = newPin) {
  type(el, 'currentPin', currentPin);
  type(el, 'newPin', newPin);
  type(el, 'newPinRepeat', repeat);
  await el.updateComplete;
}

async function render(markup = html`<biv-change-pin endpoint=${ENDPOINT} login-href="/logga-in"></biv-change-pin>`) {
  const el = await fixture<ChangePin>(markup);
  await waitUntil(() => el.matches(':state(logged-out)') || q(el, 'form') || q(el, '.config-error'), 'the session was not read', { timeout: 5000 });
  return el;
}

const login = (personnummer: string, code: string) => logInAs({ identifier: personnummer, pin: code });

before(async () => {
  const response = await fetch(`${ENDPOINT}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      personnummer: PATRON,
      givenName: 'Pim',
      familyName: 'Persson',
      streetAddress: 'Kyrkogatan 3',
      postalCode: '442 31',
      city: 'Kungälv',
      email: 'pim.persson@example.org',
      homeLibraryId: 'kungalv',
      pin,
      acceptRules: true,
    }),
  });
  expect(response.status).to.equal(201);
});

endSessionsAfterEach();

describe('<biv-change-pin>', () => {
  itAsksLoggedOutVisitorToLogIn('biv-change-pin', { title: 'Logga in för att byta PIN-kod', absent: 'form' });

  it('shows the form once the patron logs in elsewhere on the page, with the right autocomplete', async () => {
    const el = await render();
    await login(PATRON, pin);
    await waitUntil(() => q(el, 'form'), 'no form after login');
    expect(input(el, 'currentPin').autocomplete).to.equal('current-password');
    expect(input(el, 'newPin').autocomplete).to.equal('new-password');
    expect(input(el, 'newPinRepeat').autocomplete).to.equal('new-password');
    expect(q(el, 'label[for=currentPin]')?.textContent).to.equal('Nuvarande PIN-kod');
    expect(input(el, 'newPin').getAttribute('aria-describedby')).to.equal('newPin-hint');
    await expect(el).to.be.accessible();
  });

  it('checks in the browser first: empty, weak, mismatched and unchanged PINs send nothing', async () => {
    await login(PATRON, pin);
    const el = await render();
    const sent: string[] = [];
    setFetch((request, init) => {
      sent.push(request instanceof Request ? request.url : String(request)); // never read the body
      return fetch(request, init);
    });
    await submit(el);
    expect(text(root(el))).to.contain('Skriv din nuvarande PIN-kod');
    expect(text(root(el))).to.contain('Skriv en ny PIN-kod');
    expect(root(el).activeElement).to.equal(q(el, '.error-summary'));
    await fill(el, pin, '2580');
    await submit(el);
    expect(q(el, '#newPin-error')?.textContent).to.contain('knappsatsen');
    await fill(el, pin, '4826', '4862');
    await submit(el);
    expect(q(el, '#newPinRepeat-error')?.textContent).to.contain('PIN-koderna är inte lika');
    await fill(el, pin, pin);
    await submit(el);
    expect(q(el, '#newPin-error')?.textContent).to.contain('samma som den nuvarande');
    expect(sent).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('refuses a wrong current PIN at its field, keeping what was typed', async () => {
    await login(PATRON, pin);
    const el = await render();
    await fill(el, '9473', '4826');
    await submit(el);
    expect(q(el, '#currentPin-error')?.textContent).to.contain('Den nuvarande PIN-koden stämmer inte');
    expect(input(el, 'currentPin').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'newPin').value).to.equal('4826');
    await expect(el).to.be.accessible();
  });

  it('keeps the server’s wrong-PIN error when Enter was pressed in that field and focus moves on', async () => {
    await login(PATRON, pin);
    const el = await render();
    type(el, 'newPin', '4826');
    type(el, 'newPinRepeat', '4826');
    type(el, 'currentPin', '9473'); // the last field typed in keeps focus
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, '#currentPin-error'), 'no error at the current PIN', { timeout: 10_000 });
    await el.updateComplete;
    expect(root(el).activeElement?.classList.contains('error-summary'), 'focus on the summary').to.equal(true);
    expect(q(el, '#currentPin-error')?.textContent, 'leaving the field kept the server’s word').to.contain('Den nuvarande PIN-koden stämmer inte');
    expect(q(el, '.error-summary')?.textContent).to.contain('Den nuvarande PIN-koden stämmer inte');
    type(el, 'currentPin', '9474');
    await el.updateComplete;
    expect(q(el, '#currentPin-error'), 'a new value is the browser’s to check again').to.equal(null);
  });

  it('refuses the patron’s own birth date on the server (1992-01 as YYMM)', async () => {
    await login(PATRON, pin);
    const el = await render();
    await fill(el, pin, '9201');
    await submit(el);
    expect(q(el, '#newPin-error')?.textContent).to.contain('födelsedatum');
  });

  it('changes the PIN: the session stays, the event fires, and the new PIN logs in', async () => {
    await login(PATRON, pin);
    const el = await render();
    const changed = oneEvent(el, 'biv-pin-changed');
    await fill(el, pin, '4826');
    await submit(el);
    await changed;
    pin = '4826';
    expect(el.matches(':state(done)')).to.equal(true);
    expect(text(root(el))).to.contain('Din PIN-kod är ändrad');
    expect(root(el).activeElement).to.equal(q(el, '#view-title'));
    await expect(el).to.be.accessible();
    expect((await session().refresh()).status).to.equal('logged-in');

    await session().logout();
    expect((await login(PATRON, '4826')).cardState).to.equal('temporary');
    await session().logout();
    const old = await login(PATRON, '7391').catch((error: { code?: string }) => error.code);
    expect(old).to.equal('invalid_credentials');
  });

  it('shows the lockout message and keeps the fields through faults', async () => {
    await login(PATRON, pin);
    const el = await render();
    await fill(el, pin, '7391');
    setFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await submit(el);
    expect(text(root(el))).to.contain('Vi fick ingen kontakt med tjänsten');
    expect(input(el, 'currentPin').value).to.equal(pin);
    setFetch(() =>
      Promise.resolve(
        new Response(JSON.stringify({ type: 'about:blank#account_locked', title: 't', status: 429, code: 'account_locked', retryAfter: 900 }), {
          status: 429,
          headers: { 'content-type': 'application/problem+json' },
        }),
      ),
    );
    await submit(el);
    expect(text(root(el))).to.contain('Kontot är låst efter för många försök med fel PIN-kod. Försök igen om 15 minuter');
  });

  it('goes to the logged-out view when the session has ended', async () => {
    await login(PATRON, pin);
    const el = await render();
    await fill(el, pin, '7391');
    setFetch(() =>
      Promise.resolve(
        new Response(JSON.stringify({ type: 'about:blank#unauthenticated', title: 't', status: 401, code: 'unauthenticated' }), {
          status: 401,
          headers: { 'content-type': 'application/problem+json' },
        }),
      ),
    );
    await submit(el);
    await waitUntil(() => el.matches(':state(logged-out)'), 'still shows the form');
    expect(text(root(el))).to.contain('Logga in för att byta PIN-kod');
  });

  it('is in English on an English page', async () => {
    await login(PATRON, pin);
    const el = await render(html`<biv-change-pin lang="en" endpoint=${ENDPOINT}></biv-change-pin>`);
    expect(text(root(el))).to.contain('Current PIN');
    await submit(el);
    expect(text(root(el))).to.contain('Enter your current PIN');
  });
});
