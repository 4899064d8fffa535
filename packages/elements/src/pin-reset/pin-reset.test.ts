import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setFetch } from '@biv/client';
import { ENDPOINT, q, root, submit, text, type } from '../../../../test/element-helpers.js';
import './define.js';
import type { PinReset } from './pin-reset.js';

// Against the real reference server (demo data, fresh database per run), proxied same-origin by
// web-test-runner.config.mjs, which also passes the demo outbox (/demo/mail.json) through: the
// links come from the mails the server really composed. setFetch only counts requests or makes faults.
/** Cecilia's PIN changes here; no other browser test uses her (the e2e suite has its own server). */
const CECILIA = { card: '1000000003', email: 'cecilia.carlsson@example.org' };

interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  sentAt: string;
}

const input = (el: PinReset, id: string) => q<HTMLInputElement>(el, `#${id}`) as HTMLInputElement;

async function outbox(): Promise<OutboxMail[]> {
  const response = await fetch('/demo/mail.json');
  return (await response.json()) as OutboxMail[];
}

/** The newest reset link mailed to `to` after `count` mails were in the outbox. */
async function nextLink(to: string, count: number): Promise<string> {
  let link: string | undefined;
  await waitUntil(
    async () => {
      const mails = await outbox();
      if (mails.length <= count) return false;
      const mail = mails.find((m) => m.to === to && /#token=/.test(m.text));
      link = mail && /https?:\/\/\S+#token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
      return Boolean(link);
    },
    'no reset mail arrived',
    { timeout: 5000, interval: 100 },
  );
  return link as string;
}

/** Open the element as the link does: the token in the address bar's fragment. */
async function openLink(link: string, markup = html`<biv-pin-reset endpoint=${ENDPOINT} login-href="/logga-in"></biv-pin-reset>`) {
  window.history.replaceState(null, '', `${window.location.pathname}${new URL(link).hash}`);
  const el = await fixture<PinReset>(markup);
  await el.updateComplete;
  return el;
}

async function askForLink(identifier: string): Promise<PinReset> {
  const el = await fixture<PinReset>(html`<biv-pin-reset endpoint=${ENDPOINT}></biv-pin-reset>`);
  type(el, 'identifier', identifier);
  await submit(el);
  return el;
}

function countRequests() {
  const sent: string[] = [];
  setFetch((request, init) => {
    sent.push(request instanceof Request ? request.url : String(request)); // never read the body
    return fetch(request, init);
  });
  return sent;
}

afterEach(() => {
  setFetch();
  window.history.replaceState(null, '', window.location.pathname);
});

describe('<biv-pin-reset>', () => {
  describe('asking for a link', () => {
    it('has a labelled identifier field filled in as a username, and is accessible', async () => {
      const el = await fixture<PinReset>(html`<biv-pin-reset endpoint=${ENDPOINT}></biv-pin-reset>`);
      const field = input(el, 'identifier');
      expect(q(el, 'label[for=identifier]')?.textContent).to.equal('Bibliotekskortsnummer eller personnummer');
      expect(field.autocomplete).to.equal('username');
      expect(field.getAttribute('aria-describedby')).to.equal('identifier-hint');
      expect(q(el, 'form')?.getAttribute('aria-label')).to.equal('Begär en länk för att välja ny PIN-kod');
      await expect(el).to.be.accessible();
    });

    it('sends nothing for an empty or malformed identifier, and says what is wrong at the field', async () => {
      const sent = countRequests();
      const el = await fixture<PinReset>(html`<biv-pin-reset endpoint=${ENDPOINT}></biv-pin-reset>`);
      await submit(el);
      expect(text(root(el))).to.contain('Skriv ditt bibliotekskortsnummer eller personnummer');
      expect(root(el).activeElement).to.equal(q(el, '.error-summary'));
      type(el, 'identifier', '19850322-2386');
      await submit(el);
      expect(q(el, '#identifier-error')?.textContent).to.contain('kontrollsiffran');
      expect(input(el, 'identifier').getAttribute('aria-invalid')).to.equal('true');
      expect(input(el, 'identifier').value).to.equal('19850322-2386');
      expect(sent).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('answers the same for an unknown card as for a real one, and only the real one gets a mail', async () => {
      const before = (await outbox()).length;
      const unknown = await askForLink('1000009999');
      expect(unknown.matches(':state(sent)')).to.equal(true);
      const unknownText = text(root(unknown));

      const requested = oneEvent(document, 'biv-pin-reset-requested');
      const known = await askForLink(CECILIA.card);
      await requested;
      expect(text(root(known))).to.equal(unknownText);
      expect(unknownText).to.contain('Titta i din e-post');
      expect(unknownText).to.contain('Länken fungerar en gång och i 30 minuter');
      expect(unknownText).to.contain('Har du ingen e-postadress hos oss? Besök ett bibliotek');
      expect(root(known).activeElement).to.equal(q(known, '#view-title'));
      await expect(known).to.be.accessible();

      const link = await nextLink(CECILIA.email, before);
      expect(link).to.match(/\/glomt-pin\.html#token=[A-Za-z0-9_-]{43}$/);
      const mails = (await outbox()).slice(0, (await outbox()).length - before);
      expect(mails.map((m) => m.to)).to.deep.equal([CECILIA.email], 'one mail, to the stored address only');
    });

    it('lets the patron ask again from the "check your e-mail" view, with the identifier kept', async () => {
      const el = await askForLink('1000009998');
      (q(el, '.panel button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(input(el, 'identifier').value).to.equal('1000009998');
      expect(root(el).activeElement).to.equal(input(el, 'identifier'));
    });

    it('keeps what was typed through a network fault and a 500', async () => {
      setFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const el = await askForLink('1000009997');
      expect(text(root(el))).to.contain('Vi fick ingen kontakt med tjänsten');
      expect(input(el, 'identifier').value).to.equal('1000009997');
      setFetch(() => Promise.resolve(new Response('oops', { status: 500 })));
      await submit(el);
      expect(text(root(el))).to.contain('Något gick fel hos oss');
      expect(input(el, 'identifier').value).to.equal('1000009997');
    });

    it('shows when to try again after too many requests (429)', async () => {
      setFetch(() =>
        Promise.resolve(
          new Response(JSON.stringify({ type: 'about:blank#rate_limited', title: 't', status: 429, code: 'rate_limited', retryAfter: 1800 }), {
            status: 429,
            headers: { 'content-type': 'application/problem+json', 'retry-after': '1800' },
          }),
        ),
      );
      const el = await askForLink('1000009996');
      expect(text(root(el))).to.contain('För många försök från den här enheten. Vänta och försök igen om 30 minuter');
    });

    it('is in English on an English page', async () => {
      const el = await fixture<PinReset>(html`<div lang="en"><biv-pin-reset endpoint=${ENDPOINT}></biv-pin-reset></div>`);
      const reset = el.querySelector('biv-pin-reset') as PinReset;
      await reset.updateComplete;
      expect(text(root(reset))).to.contain('Library card number or personal identity number');
      type(reset, 'identifier', '1000009995');
      await submit(reset);
      expect(text(root(reset))).to.contain('Check your e-mail');
      expect(text(root(reset))).to.contain('The link works once and for 30 minutes');
    });
  });

  describe('choosing the new PIN from the link', () => {
    it('takes the token out of the address bar, refuses weak PINs, saves a good one once, and offers the login', async () => {
      const before = (await outbox()).length;
      await askForLink(CECILIA.card);
      const link = await nextLink(CECILIA.email, before);

      const el = await openLink(link, html`<biv-pin-reset endpoint=${ENDPOINT} login-href="/logga-in"><p slot="login" id="slotted">Logga in här</p></biv-pin-reset>`);
      expect(window.location.hash).to.equal('', 'the token is gone from the address bar');
      expect(window.location.href).not.to.contain('token');
      expect(el.matches(':state(choosing)')).to.equal(true);
      expect(input(el, 'newPin').autocomplete).to.equal('new-password');
      expect(input(el, 'newPinRepeat').autocomplete).to.equal('new-password');
      expect(input(el, 'newPin').inputMode).to.equal('numeric');
      await expect(el).to.be.accessible();

      // In the browser: the general rules and the repetition; nothing is sent.
      const sent = countRequests();
      type(el, 'newPin', '1234');
      type(el, 'newPinRepeat', '1234');
      await submit(el);
      expect(q(el, '#newPin-error')?.textContent).to.contain('lätt att gissa');
      type(el, 'newPin', '4826');
      type(el, 'newPinRepeat', '4862');
      await submit(el);
      expect(q(el, '#newPinRepeat-error')?.textContent).to.contain('PIN-koderna är inte lika');
      expect(sent).to.deep.equal([]);
      await expect(el).to.be.accessible();

      // On the server: Cecilia's own birth date (1990-01-01 as YYMM).
      type(el, 'newPin', '9001');
      type(el, 'newPinRepeat', '9001');
      await submit(el);
      expect(q(el, '#newPin-error')?.textContent).to.contain('födelsedatum');
      expect(input(el, 'newPin').value).to.equal('9001', 'what was typed is kept');

      const done = oneEvent(el, 'biv-pin-reset');
      type(el, 'newPin', '4826');
      type(el, 'newPinRepeat', '4826');
      await submit(el);
      await done;
      expect(el.matches(':state(done)')).to.equal(true);
      expect(text(root(el))).to.contain('Din PIN-kod är ändrad');
      expect(root(el).activeElement).to.equal(q(el, '#view-title'));
      expect(q<HTMLAnchorElement>(el, '.result a')?.getAttribute('href')).to.equal('/logga-in');
      const assigned = q<HTMLSlotElement>(el, 'slot[name=login]')?.assignedElements() ?? [];
      expect(assigned.length).to.equal(1);
      expect(assigned[0]).to.equal(el.querySelector('#slotted'));
      await expect(el).to.be.accessible();

      // The same link a second time.
      const again = await openLink(link);
      type(again, 'newPin', '7391');
      type(again, 'newPinRepeat', '7391');
      await submit(again);
      expect(again.matches(':state(invalid-link)')).to.equal(true);
      expect(text(root(again))).to.contain('Länken har redan använts');
      expect(root(again).activeElement).to.equal(q(again, '#view-title'));
      await expect(again).to.be.accessible();
      (q(again, '.panel button') as HTMLButtonElement).click();
      await again.updateComplete;
      expect(root(again).activeElement).to.equal(input(again, 'identifier'));
    });

    it('says an altered link is not valid without asking the server', async () => {
      const sent = countRequests();
      const el = await openLink('https://bibliotek.example.se/glomt-pin#token=not-a-real-token');
      expect(el.matches(':state(invalid-link)')).to.equal(true);
      expect(text(root(el))).to.contain('Länken är inte giltig');
      expect(window.location.hash).to.equal('');
      expect(sent).to.deep.equal([]);
    });

    it('tells a well-formed but unknown token from the server, in English too', async () => {
      const el = await openLink(`https://x.example/#token=${'A'.repeat(43)}`, html`<biv-pin-reset lang="en" endpoint=${ENDPOINT}></biv-pin-reset>`);
      expect(text(root(el))).to.contain('Choose a new four-digit PIN');
      type(el, 'newPin', '7391');
      type(el, 'newPinRepeat', '7391');
      await submit(el);
      expect(text(root(el))).to.contain('The link is not valid');
      expect(text(root(el))).to.contain('Ask for a new link');
    });

    it('picks up a newer link opened in the same tab', async () => {
      const el = await fixture<PinReset>(html`<biv-pin-reset endpoint=${ENDPOINT}></biv-pin-reset>`);
      expect(el.matches(':state(choosing)')).to.equal(false);
      window.location.hash = `token=${'B'.repeat(43)}`;
      await waitUntil(() => el.matches(':state(choosing)'), 'the new link was not taken');
      expect(window.location.hash).to.equal('');
    });
  });

  it('shows a configuration error without an endpoint', async () => {
    const el = await fixture<PinReset>(html`<biv-pin-reset></biv-pin-reset>`);
    expect(q(el, '.config-error')?.getAttribute('role')).to.equal('alert');
    expect(text(root(el))).to.contain('adressen till biblioteket saknas');
  });
});
