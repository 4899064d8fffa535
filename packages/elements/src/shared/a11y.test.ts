import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { setFetch } from '@biv/client';
import { endSessionsAfterEach, ENDPOINT, q, root, session, submit as submitAndWait, text } from '../../../../test/element-helpers.js';
import '../login-box/define.js';
import '../get-card-form/define.js';
import '../pin-reset/define.js';
import '../change-pin/define.js';
import '../my-loans/define.js';
import '../my-reservations/define.js';
import '../block-card-button/define.js';
import { headingLevel } from './heading.js';
import { swedishTerms } from './swedish-terms.js';

// Issue 17: status messages in live regions that exist before they speak (WCAG 4.1.3), headings
// relative to `heading-level` (1.3.1), accessible names without a stray gap, and Swedish terms in
// English text marked lang="sv" (3.1.2). Against the real server; Alva is only read here (her
// reservations and loans are changed by other files, so nothing here depends on their titles).
// The accessibility tree is Chromium's own, read through CDP (web-test-runner.config.mjs).
const ALVA = { personnummer: '19850322-2385', pin: '1357' };

interface AxNode {
  role: string;
  name: string;
  level: number | null;
  live: string | null;
}

const axTree = () => executeServerCommand<AxNode[], undefined>('biv-ax-tree');

/** The region is rendered (not display: none), a polite status, and in Chromium's accessibility tree. */
async function expectLiveRegion(region: HTMLElement | null, what: string): Promise<void> {
  expect(region, `${what}: no status region`).to.be.instanceOf(HTMLElement);
  const el = region as HTMLElement;
  expect(el.getAttribute('role'), what).to.equal('status');
  expect(getComputedStyle(el).display, `${what}: display`).to.not.equal('none');
  expect(el.checkVisibility({ visibilityProperty: true }), `${what}: rendered`).to.equal(true);
  const statuses = (await axTree()).filter((node) => node.role === 'status');
  expect(statuses.length, `${what}: status regions in the accessibility tree`).to.be.greaterThan(0);
  expect(statuses.every((node) => node.live === 'polite')).to.equal(true);
}

/** A request that never answers (the busy message stays), for the path given; others go through. */
function hold(pathEnd: string): void {
  setFetch((input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    return new URL(request.url).pathname.endsWith(pathEnd) ? new Promise<Response>(() => undefined) : fetch(input, init);
  });
}

endSessionsAfterEach();

describe('status messages are set into live regions that exist before (WCAG 4.1.3)', () => {
  it('<biv-login-box>: one region from the first render through login and logout, "Du är utloggad." set into it', async () => {
    const el = await fixture<HTMLElement>(html`<biv-login-box endpoint=${ENDPOINT}></biv-login-box>`);
    await waitUntil(() => q(el, 'form'), 'no form', { timeout: 8000 });
    const region = q(el, '[role=status]');
    await expectLiveRegion(region, 'login box, logged out');
    expect(text(region)).to.equal('');

    await session().login(ALVA.personnummer, ALVA.pin);
    await waitUntil(() => el.matches(':state(logged-in)'), 'not logged in', { timeout: 8000 });
    expect(q(el, '[role=status]')).to.equal(region);
    await expectLiveRegion(region, 'login box, logged in');

    q<HTMLButtonElement>(el, '.logged-in button')?.click();
    await waitUntil(() => q(el, 'form'), 'no form after logout', { timeout: 8000 });
    expect(q(el, '[role=status]'), 'the region is the one that was there before the logout').to.equal(region);
    expect(text(region)).to.equal('Du är utloggad.');
  });

  it('<biv-change-pin>: the region is there before the submit, and "Sparar …" is set into it', async () => {
    await session().login(ALVA.personnummer, ALVA.pin);
    const el = await fixture<HTMLElement>(html`<biv-change-pin endpoint=${ENDPOINT}></biv-change-pin>`);
    await waitUntil(() => q(el, 'form'), 'no form', { timeout: 8000 });
    const region = q(el, '[role=status]');
    await expectLiveRegion(region, 'change PIN');
    expect(text(region)).to.equal('');

    hold('/me/pin');
    for (const [id, value] of [['currentPin', '1357'], ['newPin', '6194'], ['newPinRepeat', '6194']] as const) {
      const input = q<HTMLInputElement>(el, `#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    q<HTMLButtonElement>(el, 'button[type=submit]')?.click();
    await waitUntil(() => text(region) !== '', 'no busy message', { timeout: 8000 });
    expect(q(el, '[role=status]')).to.equal(region);
    expect(text(region)).to.equal('Sparar …');
  });

  it('<biv-block-card-button>: the dialog’s region is there once it opens, and "Spärrar kortet …" is set into it', async () => {
    await session().login(ALVA.personnummer, ALVA.pin);
    const el = await fixture<HTMLElement>(html`<biv-block-card-button endpoint=${ENDPOINT}></biv-block-card-button>`);
    await waitUntil(() => q(el, 'button.trigger'), 'no button', { timeout: 8000 });
    q<HTMLButtonElement>(el, 'button.trigger')?.click();
    await waitUntil(() => q<HTMLDialogElement>(el, 'dialog')?.open, 'the dialog did not open');
    const region = q(el, 'dialog [role=status]');
    await expectLiveRegion(region, 'block card dialog');
    expect(text(region)).to.equal('');

    hold('/me/card/block');
    const pin = q<HTMLInputElement>(el, '#pin') as HTMLInputElement;
    pin.value = ALVA.pin;
    pin.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    q<HTMLInputElement>(el, '#confirm')?.click();
    q<HTMLButtonElement>(el, 'button.confirm')?.click();
    await waitUntil(() => text(region) !== '', 'no busy message', { timeout: 8000 });
    expect(q(el, 'dialog [role=status]')).to.equal(region);
    expect(text(region)).to.equal('Spärrar kortet …');
  });

  it('<biv-my-reservations>: the notice and each reservation’s status are regions before they speak', async () => {
    await session().login(ALVA.personnummer, ALVA.pin);
    const el = await fixture<HTMLElement>(html`<biv-my-reservations endpoint=${ENDPOINT}></biv-my-reservations>`);
    await waitUntil(() => q(el, 'form.pickup-form'), 'no reservation with a library to change', { timeout: 8000 });
    const notice = q(el, '.notice');
    await expectLiveRegion(notice, 'reservations notice');
    const form = q<HTMLFormElement>(el, 'form.pickup-form') as HTMLFormElement;
    const itemStatus = form.querySelector<HTMLElement>('.item-status');
    await expectLiveRegion(itemStatus, 'reservation status');
    expect(text(notice)).to.equal('');

    // Saving the library it already has sends nothing and says so.
    form.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await waitUntil(() => text(notice) !== '', 'no notice');
    expect(q(el, '.notice'), 'the notice is the region that was there before').to.equal(notice);
    expect(text(notice)).to.match(/^Reservationen hämtas redan på /);
  });
});

/** Every heading of the page's accessibility tree, in order. */
const headings = async () => (await axTree()).filter((node) => node.role === 'heading').map((node) => ({ level: Number(node.level), name: node.name }));

/**
 * The outline under the page's `<h2>`: nothing above level 3 after it, and no level skipped going
 * down. Returns the headings for a closer look.
 */
async function expectOutline(state: string, expected: string[]): Promise<{ level: number; name: string }[]> {
  const all = await headings();
  const start = all.findIndex((h) => h.name === 'Sidans rubrik');
  expect(start, `${state}: the page's heading`).to.be.greaterThan(-1);
  const outline = all.slice(start);
  expect(outline[0]?.level).to.equal(2);
  for (let i = 1; i < outline.length; i++) {
    const { level, name } = outline[i] as { level: number; name: string };
    const previous = (outline[i - 1] as { level: number }).level;
    expect(level, `${state}: "${name}" is above the elements' level`).to.be.at.least(3);
    expect(level, `${state}: "${name}" skips a level after h${previous}`).to.be.at.most(previous + 1);
  }
  for (const name of expected) expect(outline.map((h) => h.name), state).to.include(name);
  return outline;
}

async function page(): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(html`<main>
    <h2>Sidans rubrik</h2>
    <biv-login-box endpoint=${ENDPOINT} heading-level="3"></biv-login-box>
    <biv-get-card-form endpoint=${ENDPOINT} heading-level="3"></biv-get-card-form>
    <biv-pin-reset endpoint=${ENDPOINT} heading-level="3"></biv-pin-reset>
    <biv-change-pin endpoint=${ENDPOINT} heading-level="3"></biv-change-pin>
    <biv-my-loans endpoint=${ENDPOINT} heading-level="3"></biv-my-loans>
    <biv-my-reservations endpoint=${ENDPOINT} heading-level="3"></biv-my-reservations>
    <biv-block-card-button endpoint=${ENDPOINT} heading-level="3"></biv-block-card-button>
  </main>`);
  await waitUntil(() => root.querySelector('biv-my-loans')?.matches(':state(logged-out)'), 'not shown', { timeout: 8000 });
  return root;
}

const submit = (el: Element | null) => q<HTMLButtonElement>(el as Element, 'form button[type=submit]')?.click();

describe('heading-level: every heading relative to it (1.3.1)', () => {
  it('a page with every element at heading-level 3 under an h2 has its outline in order: logged out, errors, logged in, dialogs', async () => {
    const root = await page();
    await expectOutline('logged out', ['Logga in för att byta PIN-kod', 'Logga in för att se dina lån', 'Logga in för att spärra kortet']);

    // Error summaries of the forms.
    for (const tag of ['biv-login-box', 'biv-get-card-form', 'biv-pin-reset']) submit(root.querySelector(tag));
    await waitUntil(() => ['biv-login-box', 'biv-get-card-form', 'biv-pin-reset'].every((tag) => q(root.querySelector(tag) as Element, '.error-summary')));
    const errors = await expectOutline('error summaries', ['Det finns ett problem']);
    expect(errors.filter((h) => h.name === 'Det finns ett problem').map((h) => h.level)).to.deep.equal([3, 3, 3]);

    await session().login(ALVA.personnummer, ALVA.pin);
    const loans = root.querySelector('biv-my-loans') as Element;
    const reservations = root.querySelector('biv-my-reservations') as Element;
    await waitUntil(() => q(loans, 'ul.loans') && q(reservations, 'ul.reservations'), 'no lists', { timeout: 8000 });
    const outline = await expectOutline('logged in', ['Mina lån', 'Dina reservationer']);
    expect(outline.find((h) => h.name === 'Mina lån')?.level).to.equal(3);
    expect(q(loans, 'li.loan h4'), 'a loan title one level under the list').to.be.instanceOf(HTMLHeadingElement);
    expect(q(reservations, 'li.reservation h4'), 'a reservation title one level under the list').to.be.instanceOf(HTMLHeadingElement);

    const change = root.querySelector('biv-change-pin') as Element;
    submit(change);
    await waitUntil(() => q(change, '.error-summary'));
    expect(q(change, '.error-summary h3')).to.be.instanceOf(HTMLHeadingElement);
    await expectOutline('logged in, change PIN errors', ['Det finns ett problem']);

    // The block dialog: its title at the level, the error summary in it one deeper.
    const block = root.querySelector('biv-block-card-button') as Element;
    q<HTMLButtonElement>(block, 'button.trigger')?.click();
    await waitUntil(() => q<HTMLDialogElement>(block, 'dialog')?.open);
    submit(block);
    await waitUntil(() => q(block, 'dialog .error-summary'));
    expect(q(block, 'dialog > h3')).to.be.instanceOf(HTMLHeadingElement);
    expect(q(block, 'dialog .error-summary h4')).to.be.instanceOf(HTMLHeadingElement);
    const inDialog = (await headings()).filter((h) => h.level >= 3);
    for (let i = 1; i < inDialog.length; i++) expect(inDialog[i]?.level).to.be.at.most((inDialog[i - 1]?.level ?? 0) + 1);
    q<HTMLDialogElement>(block, 'dialog')?.close();

    // The reservations' cancel dialog.
    q<HTMLButtonElement>(reservations, 'li.reservation .actions button')?.click();
    await waitUntil(() => q<HTMLDialogElement>(reservations, 'dialog')?.open);
    expect(q(reservations, 'dialog > h3')).to.be.instanceOf(HTMLHeadingElement);
    q<HTMLDialogElement>(reservations, 'dialog')?.close();
  });

  it('defaults to 2, follows the attribute and property, and is capped at 1 and 6', async () => {
    expect([headingLevel(undefined), headingLevel('x'), headingLevel(0), headingLevel(9), headingLevel(6, 1), headingLevel('4')]).to.deep.equal([2, 2, 1, 6, 6, 4]);
    const el = await fixture<HTMLElement & { headingLevel: number }>(html`<biv-change-pin endpoint=${ENDPOINT}></biv-change-pin>`);
    await waitUntil(() => el.matches(':state(logged-out)'), 'not logged out', { timeout: 8000 });
    expect(q(el, '#view-title')?.tagName).to.equal('H2');
    el.setAttribute('heading-level', '5');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(q(el, '#view-title')?.tagName).to.equal('H5');
    el.headingLevel = 1;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(q(el, '#view-title')?.tagName).to.equal('H1');
    expect(q(el, '#view-title')?.getAttribute('tabindex')).to.equal('-1');
  });
});

describe('accessible names have no stray gap', () => {
  it('"Spara, <title>", "Byt bibliotek att hämta på, <title>", "Avboka <title>" and "Förnya <title>", as Chromium computes them', async () => {
    await session().login(ALVA.personnummer, ALVA.pin);
    const reservations = await fixture<HTMLElement>(html`<biv-my-reservations endpoint=${ENDPOINT}></biv-my-reservations>`);
    const loans = await fixture<HTMLElement>(html`<biv-my-loans endpoint=${ENDPOINT}></biv-my-loans>`);
    await waitUntil(() => q(reservations, 'form.pickup-form') && q(loans, 'button[data-renew]'), 'no lists', { timeout: 8000 });
    // The loans have content-visibility: auto; one in view is in the accessibility tree.
    const li = q(loans, 'li.loan:has(button[data-renew])') as HTMLElement;
    li.scrollIntoView();
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    const names = (await axTree()).filter((node) => node.role === 'button' || node.role === 'combobox').map((node) => node.name);
    for (const li of (reservations.shadowRoot as ShadowRoot).querySelectorAll('li.reservation')) {
      const title = text(li.querySelector('.item-title'));
      expect(names).to.include(`Avboka ${title}`);
      if (li.querySelector('form')) {
        expect(names).to.include(`Spara, ${title}`);
        expect(names).to.include(`Byt bibliotek att hämta på, ${title}`);
      }
    }
    expect(names, names.join(' | ')).to.include(`Förnya ${text(li.querySelector('.title'))}`);
    for (const name of names) expect(name, `"${name}"`).to.not.match(/\s[,.:;]|\s{2}|^\s|\s$/);
  });
});

describe('Swedish terms in English text are marked lang="sv" (3.1.2)', () => {
  it('the English personnummer label of <biv-get-card-form> says "personnummer" in Swedish; the Swedish label has no mark', async () => {
    const en = await fixture<HTMLElement>(html`<biv-get-card-form lang="en" endpoint=${ENDPOINT}></biv-get-card-form>`);
    const label = q(en, 'label[for=personnummer]') as HTMLElement;
    expect(text(label)).to.equal('Personal identity number (personnummer)');
    const marked = [...label.querySelectorAll('[lang]')];
    expect(marked.map((m) => [m.getAttribute('lang'), m.textContent])).to.deep.equal([['sv', 'personnummer']]);
    const sv = await fixture<HTMLElement>(html`<biv-get-card-form lang="sv" endpoint=${ENDPOINT}></biv-get-card-form>`);
    expect(q(sv, 'label[for=personnummer] [lang]')).to.equal(null);
  });

  it('in Arabic too: the personnummer label of <biv-get-card-form lang="ar"> marks "personnummer" lang="sv"', async () => {
    const ar = await fixture<HTMLElement>(html`<biv-get-card-form lang="ar" endpoint=${ENDPOINT}></biv-get-card-form>`);
    const label = q(ar, 'label[for=personnummer]') as HTMLElement;
    expect(text(label)).to.equal('الرقم الشخصي (personnummer)');
    expect([...label.querySelectorAll('[lang]')].map((m) => [m.getAttribute('lang'), m.textContent])).to.deep.equal([['sv', 'personnummer']]);
    expect(q(ar, '.box')?.getAttribute('dir')).to.equal('rtl');
    await expect(ar).to.be.accessible();
  });

  it('swedishTerms marks personnummer, samordningsnummer, vårdnadshavare and låntagar-ID in English only', async () => {
    const el = await fixture<HTMLElement>(
      html`<p>${swedishTerms('Your personnummer or samordningsnummer, your guardian (vårdnadshavare), your borrower ID (låntagar-ID)', 'en')}</p>`,
    );
    expect([...el.querySelectorAll('span[lang=sv]')].map((s) => s.textContent)).to.deep.equal(['personnummer', 'samordningsnummer', 'vårdnadshavare', 'låntagar-ID']);
    expect(swedishTerms('Ditt personnummer', 'sv')).to.equal('Ditt personnummer');
  });
});

describe('the error summary, as GOV.UK Frontend does it', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('is focusable only while it has focus, and a link scrolls the label into view and focuses the field', async () => {
    await setViewport({ width: 800, height: 600 });
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<biv-get-card-form endpoint=${ENDPOINT}></biv-get-card-form>`);
    await waitUntil(() => q(el, '#homeLibraryId'), 'the form did not render', { timeout: 5000 });
    await submitAndWait(el);
    const summary = q(el, '.error-summary') as HTMLElement;
    await waitUntil(() => root(el).activeElement === summary, 'focus did not move to the summary');
    expect(summary.getAttribute('tabindex')).to.equal('-1');

    const label = q(el, 'label[for=pinRepeat]') as HTMLElement;
    const inView = () => {
      const box = label.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    };
    expect(inView(), 'the label starts out of view').to.equal(false);
    summary.querySelector<HTMLAnchorElement>('a[href="#pinRepeat"]')?.click();
    expect(root(el).activeElement).to.equal(q(el, '#pinRepeat'));
    expect(summary.hasAttribute('tabindex'), 'no tabindex after blur').to.equal(false);
    await waitUntil(inView, 'the label was not brought into view');
  });
});
