// Over 350 lines on purpose: the get-card form has twelve fields, the under-18 path, two
// results and every fault, each tested against the real server; the shared helpers are in
// test/element-helpers.ts.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { REQUEST_TIMEOUT, resetLibraries, setFetch } from '@biv/client';
import { ENDPOINT, q, root, submit, text, type } from '../../../../test/element-helpers.js';
import { NEW_ADULTS, personnummerAged } from '../../../../test/fixtures.js';
import './define.js';
import type { GetCardForm, GetCardFormField } from './get-card-form.js';
import type { BivCardCreatedEvent } from './events.js';

// Against the real reference server (demo data, fresh database per run), proxied same-origin by
// web-test-runner.config.mjs. setFetch is used only to produce faults or to count requests.
const ALVA_PERSONNUMMER = '19850322-2385';

type Field = GetCardFormField;

interface Applicant extends Partial<Record<Exclude<Field, 'acceptRules'>, string>> {
  acceptRules?: boolean;
}

const applicant = (personnummer: string, more: Applicant = {}): Applicant => ({
  personnummer,
  givenName: 'Saga',
  familyName: 'Svensson',
  streetAddress: 'Strandvägen 4',
  postalCode: '471 31',
  city: 'Skärhamn',
  email: 'saga.svensson@example.org',
  phone: '070-123 45 67',
  homeLibraryId: '',
  pin: '7391',
  pinRepeat: '7391',
  acceptRules: true,
  ...more,
});

const control = (el: GetCardForm, id: Field) => q<HTMLInputElement>(el, `#${id}`) as HTMLInputElement;
const select = (el: GetCardForm) => q<HTMLSelectElement>(el, '#homeLibraryId') as HTMLSelectElement;

async function render(markup = html`<biv-get-card-form endpoint=${ENDPOINT} rules-href="/laneregler" children-href="/barn" login-href="/logga-in"></biv-get-card-form>`) {
  const el = await fixture<GetCardForm>(markup);
  await waitUntil(() => (q(el, '#homeLibraryId') && select(el).options.length > 1) || q(el, '.libraries-failed') || q(el, '.config-error'), 'the libraries did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** The id of the first library in a municipality, as listed by the element. */
function libraryIn(el: GetCardForm, municipality: string): string {
  const option = q<HTMLOptionElement>(el, `optgroup[label="${municipality}"] option`);
  if (!option) throw new Error(`no library in ${municipality}`);
  return option.value;
}

async function fill(el: GetCardForm, values: Applicant) {
  for (const [name, value] of Object.entries(values) as [Field, string | boolean][]) {
    if (name === 'acceptRules') {
      if (control(el, 'acceptRules').checked !== value) control(el, 'acceptRules').click();
    } else if (name === 'homeLibraryId') {
      select(el).value = (value as string) || libraryIn(el, 'Tjörn');
      select(el).dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      type(el, name, value as string);
    }
    await el.updateComplete;
  }
  (root(el).activeElement as HTMLElement | null)?.blur();
  await el.updateComplete;
}

/** Count the registrations sent, passing every request to the real server. */
function countPosts() {
  const posts: unknown[] = [];
  setFetch((input, init) => {
    const req = input instanceof Request ? input : new Request(input, init);
    if (req.method === 'POST') posts.push(req.url);
    return fetch(input, init);
  });
  return posts;
}

/** Replace only POST /registrations with a fault; the libraries still come from the server. */
function failPosts(fault: typeof fetch) {
  setFetch((input, init) => {
    const req = input instanceof Request ? input : new Request(input, init);
    return req.method === 'POST' ? fault(input, init) : fetch(input, init);
  });
}

// Adults used here, each once (the database lives for the whole run); the e2e suite has its own server.
const [, , ADULT_SUCCESS, ADULT_TWICE, ADULT_KEYBOARD, ADULT_A11Y, ADULT_FAULTS] = NEW_ADULTS;

afterEach(() => {
  setFetch();
});

describe('<biv-get-card-form>', () => {
  describe('accessibility (axe) in every state', () => {
    const states: { name: string; reach: (el: GetCardForm) => Promise<void>; check: (el: GetCardForm) => boolean }[] = [
      { name: 'empty', reach: async () => {}, check: (el) => Boolean(q(el, 'form')) },
      { name: 'with errors and the summary', reach: (el) => submit(el), check: (el) => Boolean(q(el, '.error-summary')) },
      { name: 'under 18', reach: (el) => fill(el, { personnummer: personnummerAged(17) }), check: (el) => el.matches(':state(under-age)') },
      { name: 'created', reach: async (el) => { await fill(el, applicant(ADULT_A11Y)); await submit(el); }, check: (el) => el.matches(':state(created)') },
      { name: 'received', reach: async (el) => { await fill(el, applicant(ALVA_PERSONNUMMER)); await submit(el); }, check: (el) => el.matches(':state(received)') },
      {
        name: 'after a fault',
        reach: async (el) => { failPosts(() => Promise.reject(new TypeError('Failed to fetch'))); await fill(el, applicant(ADULT_FAULTS)); await submit(el); },
        check: (el) => /ingen kontakt/.test(q(el, '.error-summary')?.textContent ?? ''),
      },
      {
        name: 'busy',
        reach: async (el) => {
          failPosts(() => new Promise(() => {}));
          await fill(el, applicant(ADULT_FAULTS));
          (q(el, 'button[type=submit]') as HTMLButtonElement).click();
          await el.updateComplete;
        },
        check: (el) => el.matches(':state(busy)'),
      },
    ];
    for (const state of states) {
      it(`is accessible ${state.name}`, async () => {
        const el = await render();
        await state.reach(el);
        expect(state.check(el), 'reached the state').to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible when the libraries cannot be loaded, and retries', async () => {
      resetLibraries();
      let failing = true;
      setFetch((input, init) => (failing ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)));
      const el = await render();
      expect(q(el, '.libraries-failed')?.textContent).to.match(/kunde inte hämta listan/);
      expect(select(el).disabled).to.equal(true);
      expect(select(el).getAttribute('aria-describedby')).to.contain('homeLibraryId-status');
      await expect(el).to.be.accessible();
      failing = false;
      (q(el, '.libraries-failed button') as HTMLButtonElement).click();
      await waitUntil(() => select(el).options.length > 1, 'retry did not load the libraries');
      expect(q(el, '.libraries-failed')).to.equal(null);
    });

    it('is accessible showing a configuration error', async () => {
      const el = await render(html`<biv-get-card-form></biv-get-card-form>`);
      expect(q(el, '.config-error')?.textContent).to.match(/adressen till biblioteket saknas/);
      await expect(el).to.be.accessible();
    });
  });

  it('labels every field and gives it the right autocomplete token, type and inputmode', async () => {
    const el = await render();
    const expected: [Field, string, string, string, string][] = [
      ['personnummer', 'Personnummer', 'off', 'text', 'numeric'],
      ['givenName', 'Förnamn', 'given-name', 'text', ''],
      ['familyName', 'Efternamn', 'family-name', 'text', ''],
      ['streetAddress', 'Gatuadress', 'street-address', 'text', ''],
      ['postalCode', 'Postnummer', 'postal-code', 'text', 'numeric'],
      ['city', 'Ort', 'address-level2', 'text', ''],
      ['email', 'E-postadress', 'email', 'email', ''],
      ['phone', 'Mobiltelefon (valfritt)', 'tel', 'tel', ''],
      ['pin', 'Välj en PIN-kod', 'new-password', 'password', 'numeric'],
      ['pinRepeat', 'Upprepa PIN-koden', 'new-password', 'password', 'numeric'],
    ];
    const seen = expected.map(([id]) => {
      const input = control(el, id);
      return [id, input.labels?.[0]?.textContent?.trim(), input.getAttribute('autocomplete'), input.type, input.inputMode];
    });
    expect(seen).to.deep.equal(expected);
    // No maxlength: a pasted " 1357" is tidied to four digits instead (shared/typed-values.test.ts).
    expect([control(el, 'pin').maxLength, control(el, 'pinRepeat').maxLength]).to.deep.equal([-1, -1]);
    expect(control(el, 'phone').required).to.equal(false);
    expect(select(el).labels?.[0]?.textContent?.trim()).to.equal('Hembibliotek');
    const rules = control(el, 'acceptRules');
    expect(rules.type).to.equal('checkbox');
    expect(rules.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Jag har läst och godkänner bibliotekets låneregler (öppnas i ny flik)');
    const link = rules.labels?.[0]?.querySelector('a');
    expect([link?.getAttribute('href'), link?.target, link?.rel]).to.deep.equal(['/laneregler', '_blank', 'noopener']);
    expect(q(el, 'button[type=submit]')?.textContent?.trim()).to.equal('Skaffa lånekort');
  });

  it('lists the libraries grouped by municipality, in Swedish order', async () => {
    const el = await render();
    const groups = [...root(el).querySelectorAll('optgroup')].map((g) => [g.label, [...g.querySelectorAll('option')].map((o) => o.textContent)]);
    expect(groups).to.deep.equal([
      ['Ale', ['Nödinge bibliotek', 'Älvängens bibliotek']],
      ['Kungälv', ['Kungälvs stadsbibliotek', 'Ytterby bibliotek']],
      ['Lilla Edet', ['Lilla Edets bibliotek']],
      ['Orust', ['Henåns bibliotek']],
      ['Stenungsund', ['Stenungsunds bibliotek']],
      ['Tjörn', ['Skärhamns bibliotek']],
      ['Öckerö', ['Öckerö bibliotek']],
    ]);
    expect(select(el).options[0]?.textContent).to.equal('Välj bibliotek');
  });

  it('registers a new adult: the borrower ID, the end date, focus on the result, biv-card-created with the ID only', async () => {
    const posts = countPosts();
    const el = await render();
    await fill(el, applicant(ADULT_SUCCESS));
    const event = oneEvent<BivCardCreatedEvent>(el, 'biv-card-created');
    const href = location.href;
    await submit(el);
    const { detail, bubbles, composed } = await event;
    expect(Object.keys(detail)).to.deep.equal(['borrowerId']);
    expect(detail.borrowerId).to.match(/^BIV-\d{6}$/);
    expect([bubbles, composed]).to.deep.equal([true, true]);
    expect(posts).to.have.length(1);
    expect(el.matches(':state(created)')).to.equal(true);
    expect(q(el, 'form')).to.equal(null);
    expect(root(el).activeElement?.id).to.equal('result-title');
    expect(q(el, '.borrower-id')?.textContent).to.equal(detail.borrowerId);
    const shown = text(root(el));
    const date = /gäller till (\d{1,2} \p{L}+ \d{4}) (kl\. )?\d{2}[:.]\d{2}/u.exec(shown);
    expect(date, shown).to.not.equal(null);
    // Seven days from now in Swedish time (the account ends 7 days after creation).
    const inAWeek = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(new Date(Date.now() + 7 * 864e5));
    expect(date?.[1]).to.equal(inAWeek);
    expect(shown).to.contain('reservera');
    expect(shown).to.contain('personnummer och den PIN-kod du valt');
    expect(shown).to.contain('Ta med legitimation!');
    expect(q<HTMLAnchorElement>(el, '.result a')?.getAttribute('href')).to.equal('/logga-in');
    // Nothing personal is kept in the page's storage or URL.
    expect(location.href).to.equal(href);
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.to.contain('7391');
  });

  it('answers the same personnummer again neutrally, without saying that an account exists', async () => {
    const first = await render();
    await fill(first, applicant(ADULT_TWICE));
    await submit(first);
    expect(first.matches(':state(created)')).to.equal(true);
    const events: Event[] = [];
    const again = await render();
    again.addEventListener('biv-card-created', (e) => events.push(e));
    await fill(again, applicant(ADULT_TWICE, { pin: '5830', pinRepeat: '5830' }));
    await submit(again);
    expect(again.matches(':state(received)')).to.equal(true);
    expect(root(again).activeElement?.id).to.equal('result-title');
    expect(text(root(again))).to.contain('Vi har tagit emot din ansökan. Du får ett e-postmeddelande om vad som händer härnäst.');
    expect(text(root(again))).not.to.match(/BIV-\d|redan|finns/);
    expect(events).to.deep.equal([]);
  });

  describe('under 18', () => {
    it('explains the way to a library with a guardian as soon as the personnummer is valid, and sends nothing', async () => {
      const posts = countPosts();
      const el = await render();
      type(el, 'personnummer', personnummerAged(17).slice(0, 10));
      await el.updateComplete;
      expect(q(el, '[part=panel]')).to.equal(null);
      type(el, 'personnummer', personnummerAged(17));
      await el.updateComplete;
      expect(el.matches(':state(under-age)')).to.equal(true);
      expect(q(el, '[part=panel]')?.textContent).to.match(/under 18 år .* vårdnadshavare/s);
      expect(q<HTMLAnchorElement>(el, '[part=panel] a')?.getAttribute('href')).to.equal('/barn');
      expect(q(el, '[part=panel] a')?.textContent).to.equal('Läs mer på sidan Biblioteket för barn och unga');
      await fill(el, applicant(personnummerAged(17)));
      await submit(el);
      expect(root(el).activeElement?.id).to.equal('age-title');
      expect(q(el, '.error-summary')).to.equal(null);
      expect(posts).to.deep.equal([]);
      // An adult's personnummer makes the form usable again.
      type(el, 'personnummer', personnummerAged(18));
      await el.updateComplete;
      expect(el.matches(':state(under-age)')).to.equal(false);
    });

    it('speaks English too', async () => {
      const el = await render(html`<biv-get-card-form lang="en" endpoint=${ENDPOINT} children-href="/children"></biv-get-card-form>`);
      type(el, 'personnummer', personnummerAged(16));
      await el.updateComplete;
      expect(q(el, '[part=panel]')?.textContent).to.match(/under 18.*parent or guardian/s);
    });
  });

  describe('gives each invalid field its own message, inline and in the summary', () => {
    const invalid: Applicant = {
      personnummer: '19920101-2384',
      givenName: '',
      familyName: '  ',
      streetAddress: '',
      postalCode: '4713',
      city: '',
      email: 'saga.example.org',
      phone: 'ring mig',
      pin: '1234',
      pinRepeat: '1243',
      acceptRules: false,
    };
    const messages: Record<'sv' | 'en', [Field, RegExp][]> = {
      sv: [
        ['personnummer', /kontrollsiffran/],
        ['givenName', /Skriv ditt förnamn/],
        ['familyName', /Skriv ditt efternamn/],
        ['streetAddress', /Skriv din gatuadress/],
        ['postalCode', /Postnumret ska vara fem siffror/],
        ['city', /Skriv din ort/],
        ['email', /e-postadressen i rätt format/],
        ['phone', /mobilnumret med siffror/],
        ['homeLibraryId', /Välj ditt hembibliotek/],
        ['pin', /en av de vanligaste .* Välj fyra siffror/],
        ['pinRepeat', /PIN-koderna är inte lika/],
        ['acceptRules', /godkänna lånereglerna/],
      ],
      en: [
        ['personnummer', /check digit/],
        ['givenName', /Enter your first name/],
        ['familyName', /Enter your last name/],
        ['streetAddress', /Enter your street address/],
        ['postalCode', /postcode must be five digits/],
        ['city', /Enter your town or city/],
        ['email', /email address in the correct format/],
        ['phone', /mobile number in digits/],
        ['homeLibraryId', /Choose your home library/],
        ['pin', /one of the most common .* Choose four digits/],
        ['pinRepeat', /PINs do not match/],
        ['acceptRules', /accept the loan rules/],
      ],
    };
    for (const lang of ['sv', 'en'] as const) {
      it(`in ${lang === 'sv' ? 'Swedish' : 'English'}, keeping what was typed`, async () => {
        const posts = countPosts();
        const el = await render(html`<biv-get-card-form lang=${lang} endpoint=${ENDPOINT} rules-href="/rules"></biv-get-card-form>`);
        await fill(el, invalid);
        select(el).value = '';
        select(el).dispatchEvent(new Event('change'));
        await submit(el);
        const summary = q(el, '.error-summary') as HTMLElement;
        expect(root(el).activeElement).to.equal(summary);
        expect(summary.querySelector('h2')?.textContent).to.equal(lang === 'sv' ? 'Det finns ett problem' : 'There is a problem');
        const links = [...summary.querySelectorAll('a')];
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(messages[lang].map(([id]) => `#${id}`));
        expect(new Set(links.map((a) => a.textContent)).size).to.equal(links.length);
        for (const [id, message] of messages[lang]) {
          const input = id === 'homeLibraryId' ? select(el) : control(el, id);
          const error = q(el, `#${id}-error`);
          expect(error?.textContent, id).to.match(message);
          expect(error?.querySelector('.visually-hidden')?.textContent).to.equal(lang === 'sv' ? 'Fel:' : 'Error:');
          expect(input.getAttribute('aria-invalid'), id).to.equal('true');
          expect(input.getAttribute('aria-describedby')?.split(' '), id).to.include(`${id}-error`);
        }
        expect(control(el, 'email').value).to.equal('saga.example.org');
        expect(control(el, 'pin').value).to.equal('1234');
        links[5]?.click();
        expect(root(el).activeElement).to.equal(control(el, 'city'));
        expect(posts).to.deep.equal([]);
      });
    }
  });

  it('shows a field error only after the field is left, then follows the input', async () => {
    const el = await render();
    type(el, 'postalCode', '471');
    await el.updateComplete;
    expect(q(el, '#postalCode-error')).to.equal(null);
    control(el, 'postalCode').blur();
    await el.updateComplete;
    expect(q(el, '#postalCode-error')).to.exist;
    type(el, 'postalCode', '47131');
    await el.updateComplete;
    expect(q(el, '#postalCode-error')).to.equal(null);
  });

  it('says when the PINs differ, and clears it when the first PIN is changed to match', async () => {
    const el = await render();
    await fill(el, { pin: '7391', pinRepeat: '7319' });
    expect(q(el, '#pinRepeat-error')?.textContent).to.match(/PIN-koderna är inte lika/);
    type(el, 'pin', '7319');
    await el.updateComplete;
    expect(q(el, '#pinRepeat-error')).to.equal(null);
  });

  describe('refuses weak PINs with the reason and advice', () => {
    const cases: { name: string; personnummer?: string; pin: string; message: RegExp }[] = [
      { name: 'a common PIN', pin: '0000', message: /en av de vanligaste.*Välj fyra siffror utan mönster/ },
      { name: 'repeated digits', pin: '4545', message: /upprepar samma siffror.*Blanda/ },
      { name: 'a run', pin: '6789', message: /sifferföljd.*Undvik siffror i följd/ },
      { name: 'a keypad line', pin: '2580', message: /rak linje på knappsatsen/ },
      { name: 'a year', pin: '1987', message: /årtal.*Undvik årtal/ },
      { name: 'the birth date', personnummer: '19920104-5359', pin: '0104', message: /födelsedatum.*Undvik datum/ },
      { name: 'the last four digits', personnummer: '19920104-5359', pin: '5359', message: /fyra sista siffrorna i ditt personnummer/ },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const el = await render();
        if (c.personnummer) type(el, 'personnummer', c.personnummer);
        type(el, 'pin', c.pin);
        control(el, 'pin').blur();
        await el.updateComplete;
        expect(q(el, '#pin-error')?.textContent?.replace(/\s+/g, ' ')).to.match(c.message);
      });
    }

    it('checks the birth date again when the personnummer changes', async () => {
      const el = await render();
      await fill(el, { personnummer: '19920103-2381', pin: '0104' });
      expect(q(el, '#pin-error')).to.equal(null);
      await fill(el, { pin: '0103' });
      expect(q(el, '#pin-error')?.textContent).to.match(/födelsedatum/);
      type(el, 'personnummer', '19920104-5359');
      await el.updateComplete;
      expect(q(el, '#pin-error')).to.equal(null);
    });
  });

  it('puts the server’s field errors at their fields (unknown library)', async () => {
    const el = await render();
    await fill(el, applicant(ADULT_FAULTS));
    const bogus = document.createElement('option');
    bogus.value = 'no-such-library';
    select(el).append(bogus);
    select(el).value = 'no-such-library';
    select(el).dispatchEvent(new Event('change'));
    await submit(el);
    expect(q(el, '#homeLibraryId-error')?.textContent).to.match(/Det biblioteket går inte att välja/);
    expect(q(el, '.error-summary a[href="#homeLibraryId"]')).to.exist;
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await render();
    control(el, 'personnummer').focus();
    for (const value of [ADULT_KEYBOARD, 'Kim', 'Karlsson', 'Hamngatan 2', '44230', 'Kungälv', 'kim.karlsson@example.org', '']) {
      if (value) await sendKeys({ type: value });
      await sendKeys({ press: 'Tab' });
    }
    expect(root(el).activeElement).to.equal(select(el));
    // Type-ahead in the list, as keyboard users do. ASCII only: Playwright types "ä" with
    // Input.insertText, which Chromium sends to the previous text field when a <select> in a
    // shadow root has focus (not what a real "ä" key does).
    await sendKeys({ type: 'Kung' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '7391' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '7391' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id, 'the rules checkbox has focus').to.equal('acceptRules');
    expect([select(el).selectedOptions[0]?.textContent, control(el, 'pin').value, control(el, 'pinRepeat').value]).to.deep.equal(['Kungälvs stadsbibliotek', '7391', '7391']);
    await sendKeys({ press: 'Space' });
    expect(control(el, 'acceptRules').checked).to.equal(true);
    await sendKeys({ press: 'Tab' }); // the loan rules link
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(q(el, 'button[type=submit]'));
    const created = oneEvent(el, 'biv-card-created');
    await sendKeys({ press: 'Enter' });
    await created;
    await el.updateComplete;
    expect(select(el)).to.equal(null);
    expect(text(root(el))).to.match(/BIV-\d{6}/);
  });

  it('is busy while sending: a second submit sends nothing', async () => {
    const posts: unknown[] = [];
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    setFetch((input, init) => {
      const req = input instanceof Request ? input : new Request(input, init);
      if (req.method !== 'POST') return fetch(input, init);
      posts.push(req.url);
      return held.then(() => Promise.reject(new TypeError('Failed to fetch')));
    });
    const el = await render();
    await fill(el, applicant(ADULT_FAULTS));
    const button = q(el, 'button[type=submit]') as HTMLButtonElement;
    button.click();
    await el.updateComplete;
    expect(el.matches(':state(busy)')).to.equal(true);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(q(el, 'form')?.getAttribute('aria-busy')).to.equal('true');
    expect(q(el, '.status')?.textContent).to.contain('Skickar');
    button.click();
    q<HTMLFormElement>(el, 'form')?.requestSubmit();
    release();
    await waitUntil(() => !el.matches(':state(busy)'));
    expect(posts).to.have.length(1);
  });

  describe('keeps every field through a fault and says what happened', () => {
    const problem = (status: number, code: string, headers: Record<string, string> = {}) =>
      new Response(JSON.stringify({ type: 'about:blank', title: 'x', status, code }), { status, headers: { 'content-type': 'application/problem+json', ...headers } });
    const faults: { name: string; fetch: typeof fetch; message: RegExp; slow?: boolean }[] = [
      { name: 'network down', fetch: () => Promise.reject(new TypeError('Failed to fetch')), message: /ingen kontakt med tjänsten/ },
      { name: 'a 500 page', fetch: async () => new Response('<h1>oops</h1>', { status: 500, headers: { 'content-type': 'text/html' } }), message: /Något gick fel hos oss/ },
      { name: 'a 503 problem', fetch: async () => problem(503, 'internal_error'), message: /Något gick fel hos oss/ },
      { name: 'too many applications (429)', fetch: async () => problem(429, 'rate_limited', { 'retry-after': '600' }), message: /För många försök.*om 10 minuter/ },
      {
        name: 'a timeout',
        fetch: (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
        message: /svarade inte i tid/,
        slow: true,
      },
    ];
    for (const fault of faults) {
      it(fault.name, async function () {
        if (fault.slow) this.timeout(REQUEST_TIMEOUT + 10_000);
        const el = await render();
        const values = applicant(ADULT_FAULTS, { homeLibraryId: libraryIn(el, 'Orust') });
        await fill(el, values);
        failPosts(fault.fetch);
        await submit(el);
        const summary = q(el, '.error-summary');
        expect(root(el).activeElement).to.equal(summary);
        expect(summary?.textContent?.replace(/\s+/g, ' ')).to.match(fault.message);
        for (const name of ['personnummer', 'givenName', 'familyName', 'streetAddress', 'postalCode', 'city', 'email', 'phone', 'pin', 'pinRepeat'] as const) {
          expect(control(el, name).value, name).to.equal(values[name]);
        }
        expect(select(el).value).to.equal(values.homeLibraryId);
        expect(control(el, 'acceptRules').checked).to.equal(true);
      });
    }
  });
});
