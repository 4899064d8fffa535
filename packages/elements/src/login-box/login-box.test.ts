// Over 350 lines on purpose: one suite per behaviour of the login box (states, fields, errors,
// focus, sessions shared between boxes, English), each against the real server; the shared
// helpers are in test/element-helpers.ts.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { resetSessions, setFetch } from '@biv/client';
import { endSessionsAfterEach, ENDPOINT, q, root, session, submit as press, text, type } from '../../../../test/element-helpers.js';
import { BivElement } from '../shared/biv-element.js';
import './define.js';
import { LoginBox } from './login-box.js';
import type { BivLoginEvent } from './events.js';

// Against the real reference server (demo data), proxied same-origin by web-test-runner.config.mjs.
const ALVA = { card: '1000000001', personnummer: '19850322-2385', pin: '1357', name: 'Alva Andersson' };
/**
 * Card numbers of nobody, for wrong-PIN answers (the server answers them exactly as a wrong PIN):
 * a right login does not forget wrong PINs, so wrong ones on Alva's card would lock her for the
 * rest of the run.
 */
const NOBODY = ['1000000091', '1000000092', '1000000093'] as const;

const input = (el: LoginBox, id: 'identifier' | 'pin') => q<HTMLInputElement>(el, `#${id}`) as HTMLInputElement;

async function render(markup = html`<biv-login-box endpoint=${ENDPOINT} forgot-pin-href="/glomt-pin"></biv-login-box>`) {
  const el = await fixture<LoginBox>(markup);
  await waitUntil(() => q(el, '#identifier') || q(el, '#logged-in-as') || q(el, '.config-error'), 'the session was not read', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function logIn(el: LoginBox, identifier: string, pin: string) {
  type(el, 'identifier', identifier);
  type(el, 'pin', pin);
  await press(el);
}

/** Each test starts logged out, with a fresh store (and so a fresh GET /session). */
endSessionsAfterEach();

describe('<biv-login-box>', () => {
  describe('a real mouse click on "Logga in" while a field with an error is still focused', () => {
    afterEach(() => resetMouse());

    it('submits: the blur error does not push the button away from under the pointer', async () => {
      const el = await render();
      input(el, 'identifier').focus();
      await sendKeys({ type: ALVA.card });
      input(el, 'pin').focus();
      await sendKeys({ type: '13' }); // too short: leaving the field would show an error above it
      const button = q(el, 'button[type=submit]') as HTMLButtonElement;
      const box = button.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await waitUntil(() => q(el, '.error-summary'), 'the click was lost: no error summary after submit', { timeout: 3000 });
      expect(text(root(el))).to.contain('PIN-koden ska vara fyra siffror');
    });
  });

  describe('accessibility (axe) in every state', () => {
    const states: { name: string; reach: (el: LoginBox) => Promise<void> }[] = [
      { name: 'logged out', reach: async () => {} },
      { name: 'with field errors and the summary', reach: (el) => press(el) },
      { name: 'with a server error', reach: (el) => logIn(el, NOBODY[0], '9999') },
      { name: 'busy', reach: async (el) => {
        setFetch((i, init) => new Promise((r) => setTimeout(r, 300)).then(() => fetch(i, init)));
        type(el, 'identifier', ALVA.card);
        type(el, 'pin', ALVA.pin);
        (q(el, 'button[type=submit]') as HTMLButtonElement).click();
        expect(el.matches(':state(busy)')).to.equal(true);
        await el.updateComplete;
      } },
      { name: 'logged in', reach: (el) => logIn(el, ALVA.card, ALVA.pin) },
      { name: 'logged in with a temporary account', reach: (el) => logIn(el, '1000000005', '5791') },
    ];
    for (const state of states) {
      it(`is accessible ${state.name}`, async () => {
        const el = await render();
        await state.reach(el);
        await expect(el).to.be.accessible();
        if (el.matches(':state(busy)')) await waitUntil(() => !el.matches(':state(busy)'), 'the login did not finish', { timeout: 5000 });
      });
    }

    it('is accessible showing a configuration error', async () => {
      const el = await render(html`<biv-login-box></biv-login-box>`);
      await expect(el).to.be.accessible();
    });
  });

  it('is a real form that password managers can detect', async () => {
    const el = await render();
    const form = root(el).querySelector<HTMLFormElement>('form');
    if (!form) throw new Error('no form');
    expect(form).to.be.instanceOf(HTMLFormElement);
    const username = form.elements.namedItem('username') as HTMLInputElement;
    const password = form.elements.namedItem('password') as HTMLInputElement;
    expect(username.autocomplete).to.equal('username');
    expect(username.labels?.[0]?.textContent?.trim()).to.equal('Bibliotekskortsnummer eller personnummer');
    expect(password.type).to.equal('password');
    expect(password.autocomplete).to.equal('current-password');
    expect(password.inputMode).to.equal('numeric');
    expect(password.maxLength, 'no maxlength: a pasted " 1357" is tidied instead (shared/typed-values.test.ts)').to.equal(-1);
    expect(password.labels?.[0]?.textContent?.trim()).to.equal('PIN-kod');
    expect(q(el, 'button[type=submit]')?.textContent?.trim()).to.equal('Logga in');
    type(el, 'identifier', ALVA.card);
    type(el, 'pin', ALVA.pin);
    const data = new FormData(form);
    expect([data.get('username'), data.get('password')]).to.deep.equal([ALVA.card, ALVA.pin]);
  });

  it('links "Har du glömt PIN-koden?" to forgot-pin-href, and hides it without one', async () => {
    const el = await render();
    expect(q<HTMLAnchorElement>(el, 'a.forgot')?.getAttribute('href')).to.equal('/glomt-pin');
    expect(q(el, 'a.forgot')?.textContent).to.equal('Har du glömt PIN-koden?');
    const bare = await render(html`<biv-login-box endpoint=${ENDPOINT}></biv-login-box>`);
    expect(q(bare, 'a.forgot')).to.equal(null);
  });

  for (const [how, identifier] of [
    ['card number', ALVA.card],
    ['personnummer', ALVA.personnummer],
    ['short personnummer', '850322-2385'],
  ] as const) {
    it(`logs in by ${how}, announces it with biv-login, and moves focus to the logged-in text`, async () => {
      const el = await render();
      type(el, 'identifier', identifier);
      type(el, 'pin', ALVA.pin);
      const event = oneEvent<BivLoginEvent>(el, 'biv-login');
      await press(el);
      const { detail, bubbles, composed } = await event;
      expect(detail.patron.name).to.equal(ALVA.name);
      expect([bubbles, composed]).to.deep.equal([true, true]);
      expect(el.matches(':state(logged-in)')).to.equal(true);
      expect(text(root(el))).to.contain(`Inloggad som ${ALVA.name}`);
      expect(root(el).activeElement?.id).to.equal('logged-in-as');
      expect(el.patron?.borrowerId).to.equal('BIV-000001');
      // The session lives on the server: a new store finds it with GET /session.
      resetSessions();
      expect((await session().refresh()).status).to.equal('logged-in');
    });
  }

  describe('refuses a login with its own clear message, keeps the input and focuses the summary', () => {
    const cases: { name: string; identifier: string; pin: string; field?: 'identifier' | 'pin'; message: RegExp }[] = [
      { name: 'no input', identifier: '', pin: '', field: 'identifier', message: /Skriv ditt bibliotekskortsnummer eller personnummer/ },
      { name: 'an identifier that is neither', identifier: 'hello', pin: '1357', field: 'identifier', message: /bara siffror/ },
      { name: 'a personnummer with no real date', identifier: '850399-2385', pin: '1357', field: 'identifier', message: /giltigt datum/ },
      { name: 'a personnummer with a wrong check digit', identifier: '19850322-2386', pin: '1357', field: 'identifier', message: /kontrollsiffran/ },
      { name: 'a personnummer with serial 000', identifier: '150916-0006', pin: '1357', field: 'identifier', message: /000/ },
      { name: 'a PIN of three digits', identifier: ALVA.card, pin: '135', field: 'pin', message: /PIN-koden ska vara fyra siffror/ },
      { name: 'a wrong PIN', identifier: NOBODY[1], pin: '9999', message: /Fel bibliotekskortsnummer, personnummer eller PIN-kod/ },
      { name: 'an unknown card', identifier: '1999999999', pin: '1357', message: /Fel bibliotekskortsnummer, personnummer eller PIN-kod/ },
      { name: 'a blocked card (Bertil)', identifier: '1000000002', pin: '2468', message: /spärrat och kan inte användas för att logga in\. Ett nytt kort får du på biblioteket/ },
      { name: 'an expired temporary account (Filip)', identifier: '1000000006', pin: '6802', message: /tillfälliga konto har gått ut/ },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const el = await render();
        await logIn(el, c.identifier, c.pin);
        expect(el.matches(':state(logged-in)')).to.equal(false);
        const summary = q(el, '.error-summary');
        expect(summary, 'summary').to.exist;
        expect(root(el).activeElement).to.equal(summary);
        expect(summary?.querySelector('[role=alert]')).to.exist;
        expect(summary?.textContent).to.match(c.message);
        expect(input(el, 'identifier').value).to.equal(c.identifier);
        expect(input(el, 'pin').value).to.equal(c.pin);
        if (c.field) {
          const field = input(el, c.field);
          expect(field.getAttribute('aria-invalid')).to.equal('true');
          const error = q(el, `#${c.field}-error`);
          expect(field.getAttribute('aria-describedby')?.split(' ')).to.include(`${c.field}-error`);
          expect(error?.querySelector('.visually-hidden')?.textContent).to.equal('Fel:');
          expect(error?.textContent).to.match(c.message);
          // The summary links to the field.
          (summary?.querySelector(`a[href="#${c.field}"]`) as HTMLAnchorElement).click();
          expect(root(el).activeElement).to.equal(field);
        }
      });
    }
  });

  it('links to how to get a new card when a blocked card is refused (new-card-href)', async () => {
    const el = await render(html`<biv-login-box endpoint=${ENDPOINT} new-card-href="/nytt-kort"></biv-login-box>`);
    expect(q(el, 'a[href="/nytt-kort"]'), 'no link before').to.equal(null);
    await logIn(el, '19771020-9318', '2468'); // Bertil, by personnummer
    const link = q<HTMLAnchorElement>(el, 'a[href="/nytt-kort"]');
    expect(link?.textContent).to.equal('Så får du ett nytt kort');
    expect(q(el, '[part=notice]'), 'a refused login is not a session that ended').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the card is blocked once the session ended that way, above an empty form', async () => {
    const el = await render(html`<biv-login-box endpoint=${ENDPOINT} new-card-href="/nytt-kort" lang="en"></biv-login-box>`);
    const store = session();
    await store.login(ALVA.card, ALVA.pin);
    await el.updateComplete;
    expect(el.matches(':state(logged-in)')).to.equal(true);
    store.end('card_blocked'); // as blockCard() does after the server's 204
    await el.updateComplete;
    expect(el.matches(':state(logged-in)')).to.equal(false);
    const notice = q(el, '[part=notice]');
    expect(notice?.textContent).to.match(/Your card is blocked/);
    expect(notice?.textContent).to.match(/You get a new card at the library/);
    expect(notice?.querySelector('a')?.getAttribute('href')).to.equal('/nytt-kort');
    expect(input(el, 'identifier').value).to.equal('');
    await expect(el).to.be.accessible();
    await store.logout(); // Alva's session stays usable on the server: end it
  });

  it('shows the server’s field error when only the server refuses the identifier (400)', async () => {
    const el = await render();
    await logIn(el, '123456', '1357'); // six digits: a card number to the browser, not to the demo server
    expect(q(el, '#identifier-error')?.textContent).to.match(/bara siffror/);
  });

  it('shows a field error only after the field is left, and follows the input afterwards', async () => {
    const el = await render();
    type(el, 'identifier', '8503');
    await el.updateComplete;
    expect(q(el, '#identifier-error')).to.equal(null);
    input(el, 'identifier').blur();
    await el.updateComplete;
    expect(q(el, '#identifier-error')).to.exist;
    type(el, 'identifier', '850322-2385');
    await el.updateComplete;
    expect(q(el, '#identifier-error')).to.equal(null);
    expect(input(el, 'identifier').value).to.equal('850322-2385');
  });

  it('locks David out after five wrong PINs and says when to try again', async () => {
    const el = await render();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await logIn(el, '1000000004', '0000');
      expect(q(el, '.error-summary')?.textContent, `attempt ${attempt}`).to.match(/Fel bibliotekskortsnummer|låst/);
    }
    await logIn(el, '1000000004', '4680'); // the right PIN is refused while locked
    expect(el.matches(':state(logged-in)')).to.equal(false);
    expect(q(el, '.error-summary')?.textContent).to.match(/Kontot är låst .* Försök igen om \d+ minuter/);
  });

  it('shows a temporary account as temporary, with the end date and time', async () => {
    const el = await render();
    await logIn(el, '1000000005', '5791');
    expect(text(root(el))).to.contain('Inloggad som Elin Ek');
    const validUntil = el.patron?.validUntil as string;
    const expected = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(new Date(validUntil));
    expect(text(root(el))).to.contain(`Ditt konto är tillfälligt och gäller till ${expected}`);
    expect(expected).to.match(/\d{4}/);
  });

  it('logs out: the session ends on the server, biv-logout fires, focus returns to the identifier', async () => {
    const el = await render();
    await logIn(el, ALVA.card, ALVA.pin);
    const event = oneEvent(el, 'biv-logout');
    await press(el, '.logged-in button');
    await event;
    expect(el.matches(':state(logged-in)')).to.equal(false);
    expect(root(el).activeElement?.id).to.equal('identifier');
    expect(input(el, 'identifier').value).to.equal('');
    expect(text(root(el))).to.contain('Du är utloggad');
    expect((await fetch(`${ENDPOINT}/session`, { credentials: 'include' })).status).to.equal(401);
  });

  it('shares one session and one GET /session between two boxes on a page', async () => {
    let sessionGets = 0;
    setFetch((request, init) => {
      const req = request instanceof Request ? request : new Request(request, init);
      if (req.method === 'GET' && new URL(req.url).pathname === '/api/v1/session') sessionGets++;
      return fetch(request, init); // counts, and passes every request to the real server
    });
    const page = await fixture<HTMLElement>(html`<div>
      <biv-login-box endpoint=${ENDPOINT}></biv-login-box>
      <biv-login-box endpoint="${location.origin}/api/v1/"></biv-login-box>
    </div>`);
    const [first, second] = [...page.querySelectorAll('biv-login-box')] as [LoginBox, LoginBox];
    await waitUntil(() => q(first, '#identifier') && q(second, '#identifier'));
    expect(sessionGets).to.equal(1);
    await logIn(second, ALVA.card, ALVA.pin);
    await first.updateComplete;
    expect(text(root(first))).to.contain(`Inloggad som ${ALVA.name}`);
    expect(root(first).activeElement, 'focus stays where the patron is').to.equal(null);
    await press(first, '.logged-in button');
    await second.updateComplete;
    expect(q(second, '#identifier')).to.exist;
    expect(sessionGets).to.equal(1);
  });

  describe('languages', () => {
    it('speaks English with lang="en", including server errors', async () => {
      const el = await render(html`<biv-login-box lang="en" endpoint=${ENDPOINT} forgot-pin-href="/pin"></biv-login-box>`);
      expect(input(el, 'identifier').labels?.[0]?.textContent?.trim()).to.equal('Library card number or personal identity number');
      expect(input(el, 'pin').labels?.[0]?.textContent?.trim()).to.equal('PIN');
      expect(q(el, 'a.forgot')?.textContent).to.equal('Forgot your PIN?');
      await logIn(el, NOBODY[2], '9999');
      expect(q(el, '.error-summary')?.textContent).to.match(/There is a problem.*Wrong library card number/s);
      await logIn(el, ALVA.card, ALVA.pin);
      expect(text(root(el))).to.contain(`Logged in as ${ALVA.name}`);
    });

    it('speaks Arabic right to left with lang="ar", including server errors', async () => {
      const el = await render(html`<biv-login-box lang="ar" endpoint=${ENDPOINT} forgot-pin-href="/pin"></biv-login-box>`);
      const box = q(el, '.box') as HTMLElement;
      expect([box.getAttribute('lang'), box.getAttribute('dir'), getComputedStyle(box).direction]).to.deep.equal(['ar', 'rtl', 'rtl']);
      const label = input(el, 'identifier').labels?.[0] as HTMLLabelElement;
      expect(label.textContent?.trim()).to.equal('رقم بطاقة المكتبة أو الرقم الشخصي');
      expect(q(el, 'button[type=submit]')?.textContent?.trim()).to.equal('تسجيل الدخول');
      expect(q(el, 'a.forgot')?.textContent).to.equal('هل نسيت رقمك السري؟');
      // Mirrored: the label's words start at the right edge of the label, not the left.
      const words = document.createRange();
      words.selectNodeContents(label);
      const [shown, edge] = [words.getBoundingClientRect(), label.getBoundingClientRect()];
      expect(edge.right - shown.right, 'the text starts at the right').to.be.below(2);
      expect(shown.left - edge.left, 'and leaves room at the left').to.be.above(20);
      await press(el);
      expect(q(el, '.visually-hidden')?.textContent).to.equal('خطأ:');
      expect(q(el, '.error-summary')?.textContent).to.contain('أدخل رقم بطاقة المكتبة أو الرقم الشخصي');
      await logIn(el, NOBODY[2], '9999');
      expect(q(el, '.error-summary')?.textContent).to.match(/توجد مشكلة.*رقم بطاقة المكتبة أو الرقم الشخصي أو الرقم السري غير صحيح/s);
      await logIn(el, ALVA.card, ALVA.pin);
      expect(text(root(el))).to.contain(`مسجّل الدخول باسم ${ALVA.name}`);
      await expect(el).to.be.accessible();
    });

    it('switches from Swedish to Arabic and back when lang changes at run time', async () => {
      const el = await render(html`<biv-login-box lang="sv" endpoint=${ENDPOINT}></biv-login-box>`);
      expect(q(el, 'button[type=submit]')?.textContent?.trim()).to.equal('Logga in');
      expect(q(el, '.box')?.getAttribute('dir')).to.equal('ltr');
      type(el, 'identifier', '1000');
      await el.updateComplete;
      // The update that setting `lang` starts waits for the Arabic words (BivElement).
      el.setAttribute('lang', 'ar');
      await el.updateComplete;
      expect(q(el, 'button[type=submit]')?.textContent?.trim()).to.equal('تسجيل الدخول');
      expect(q(el, '.box')?.getAttribute('dir')).to.equal('rtl');
      expect(input(el, 'identifier').value, 'what was typed stays').to.equal('1000');
      el.setAttribute('lang', 'sv');
      await el.updateComplete;
      expect(q(el, 'button[type=submit]')?.textContent?.trim()).to.equal('Logga in');
      expect(q(el, '.box')?.getAttribute('dir')).to.equal('ltr');
    });

    it('follows the nearest ancestor’s lang, and its changes', async () => {
      const wrapper = await fixture<HTMLElement>(html`<section lang="en"><biv-login-box endpoint=${ENDPOINT}></biv-login-box></section>`);
      const el = wrapper.querySelector('biv-login-box') as LoginBox;
      await waitUntil(() => q(el, '#identifier'));
      expect(q(el, 'button[type=submit]')?.textContent?.trim()).to.equal('Log in');
      wrapper.setAttribute('lang', 'sv');
      await waitUntil(() => q(el, 'button[type=submit]')?.textContent?.trim() === 'Logga in', 'did not switch to Swedish');
      await press(el);
      expect(q(el, '.visually-hidden')?.textContent).to.equal('Fel:');
    });

    it('keeps its language’s direction and its own typography on a right-to-left page with hostile * rules', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl">
        <style>
          #hostile * { box-sizing: content-box !important; line-height: 0.8 !important; text-indent: 5em !important; white-space: nowrap !important; }
        </style>
        <div id="hostile"><biv-login-box endpoint=${ENDPOINT}></biv-login-box></div>
      </div>`);
      const el = wrapper.querySelector('biv-login-box') as LoginBox;
      await waitUntil(() => q(el, '#identifier'));
      const box = q(el, '.box') as HTMLElement;
      expect(box.getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(box).direction).to.equal('ltr');
      const field = getComputedStyle(input(el, 'identifier'));
      expect(field.boxSizing).to.equal('border-box');
      const label = getComputedStyle(input(el, 'identifier').labels?.[0] as HTMLLabelElement);
      expect([label.textIndent, label.whiteSpace, parseFloat(label.lineHeight) / parseFloat(label.fontSize)]).to.deep.equal(['0px', 'normal', 1.5]);
    });
  });

  it('is busy during a login: a second submit sends nothing, the input stays', async () => {
    let posts = 0;
    setFetch((request, init) => {
      const req = request instanceof Request ? request : new Request(request, init);
      if (req.method === 'POST') posts++;
      return new Promise((resolve) => setTimeout(resolve, 300)).then(() => fetch(request, init));
    });
    const el = await render();
    type(el, 'identifier', ALVA.card);
    type(el, 'pin', ALVA.pin);
    const button = q(el, 'button[type=submit]') as HTMLButtonElement;
    button.click();
    await el.updateComplete;
    expect(el.matches(':state(busy)')).to.equal(true);
    expect(q(el, 'form')?.getAttribute('aria-busy')).to.equal('true');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    button.click();
    q<HTMLFormElement>(el, 'form')?.requestSubmit();
    expect(input(el, 'identifier').value).to.equal(ALVA.card);
    await waitUntil(() => !el.matches(':state(busy)'), 'still busy', { timeout: 10_000 });
    await el.updateComplete;
    expect(posts).to.equal(1);
    expect(el.matches(':state(logged-in)')).to.equal(true);
  });

  describe('keeps the typed input when the server cannot answer', () => {
    const faults: { name: string; fetch: typeof fetch; message: RegExp }[] = [
      { name: 'network down', fetch: () => Promise.reject(new TypeError('Failed to fetch')), message: /ingen kontakt med tjänsten/ },
      { name: 'a 500 without a problem body', fetch: async () => new Response('<h1>Bad gateway</h1>', { status: 500, headers: { 'content-type': 'text/html' } }), message: /Något gick fel hos oss/ },
      {
        name: 'a 503 problem',
        fetch: async () =>
          new Response(JSON.stringify({ type: 'about:blank', title: 'x', status: 503, code: 'internal_error' }), { status: 503, headers: { 'content-type': 'application/problem+json' } }),
        message: /Något gick fel hos oss/,
      },
      {
        // What the server answers when its database cannot be reached or the PIN checks queue up.
        name: 'a 503 service_unavailable problem with Retry-After',
        fetch: async () =>
          new Response(
            JSON.stringify({ type: 'about:blank#service_unavailable', title: 'The service is busy', status: 503, code: 'service_unavailable', retryAfter: 5 }),
            { status: 503, headers: { 'content-type': 'application/problem+json', 'retry-after': '5' } },
          ),
        message: /Tjänsten är tillfälligt otillgänglig\. Försök igen om en stund\./,
      },
      { name: 'a 200 that breaks the contract', fetch: async () => Response.json({ patron: { name: 'x' } }), message: /oväntat svar/ },
    ];
    for (const fault of faults) {
      it(fault.name, async () => {
        const el = await render();
        setFetch(fault.fetch);
        await logIn(el, ALVA.card, ALVA.pin);
        expect(q(el, '.error-summary')?.textContent).to.match(fault.message);
        expect(q(el, '.error-summary')?.textContent).to.contain('Det du har skrivit finns kvar');
        expect([input(el, 'identifier').value, input(el, 'pin').value]).to.deep.equal([ALVA.card, ALVA.pin]);
        expect(root(el).activeElement).to.equal(q(el, '.error-summary'));
        setFetch();
        await logIn(el, ALVA.card, ALVA.pin);
        expect(el.matches(':state(logged-in)')).to.equal(true);
      });
    }
  });

  it('says in English that the service is temporarily unavailable (503 service_unavailable)', async () => {
    const el = await render(html`<biv-login-box lang="en" endpoint=${ENDPOINT}></biv-login-box>`);
    setFetch(async () =>
      new Response(JSON.stringify({ type: 'about:blank#service_unavailable', title: 'x', status: 503, code: 'service_unavailable', retryAfter: 5 }), {
        status: 503,
        headers: { 'content-type': 'application/problem+json', 'retry-after': '5' },
      }),
    );
    await logIn(el, ALVA.card, ALVA.pin);
    expect(q(el, '.error-summary')?.textContent).to.contain('The service is temporarily unavailable. Try again in a moment. What you typed is kept.');
  });

  it('shows a configuration error when no endpoint is configured', async () => {
    const el = await render(html`<biv-login-box></biv-login-box>`);
    expect(q(el, 'form')).to.equal(null);
    expect(q(el, '.config-error')?.textContent).to.match(/adressen till biblioteket saknas/);
    el.setAttribute('endpoint', ENDPOINT);
    await waitUntil(() => q(el, '#identifier'), 'did not recover with an endpoint');
  });

  it('can be defined again without throwing, and warns once about another class', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => LoginBox.define('biv-login-box')).not.to.throw();
      class Impostor extends BivElement {}
      expect(() => Impostor.define('biv-login-box')).not.to.throw();
      expect(() => Impostor.define('biv-login-box')).not.to.throw();
      expect(customElements.get('biv-login-box')).to.equal(LoginBox);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});
