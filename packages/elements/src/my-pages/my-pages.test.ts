import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { endSessionsAfterEach, ENDPOINT, login, q, root, session, text } from '../../../../test/element-helpers.js';
import './define.js';
import { MyPages } from './my-pages.js';

// Against the real reference server, proxied same-origin by web-test-runner.config.mjs. Alva only
// reads here (her loans, reservations and details), so no other test is disturbed.
const ALVA = { identifier: '1000000001', pin: '1357' };

const tabs = (el: MyPages) => [...root(el).querySelectorAll<HTMLButtonElement>('[role=tab]')];
const selected = (el: MyPages) => q<HTMLButtonElement>(el, '[role=tab][aria-selected=true]');
const focusedTab = (el: MyPages) => root(el).activeElement as HTMLElement | null;
const panel = (el: MyPages, tab: string) => q<HTMLElement>(el, `#panel-${tab}`);

async function render(markup = html`<biv-my-pages endpoint=${ENDPOINT}></biv-my-pages>`) {
  const el = await fixture<MyPages>(markup);
  await waitUntil(() => el.matches(':state(logged-out)') || q(el, '[role=tablist]'), 'the session was not read', { timeout: 5000 });
  return el;
}

async function loggedIn(markup?: ReturnType<typeof html>) {
  await login(ALVA);
  const el = await render(markup);
  await waitUntil(() => q(el, '[role=tablist]'), 'no tabs after login', { timeout: 5000 });
  return el;
}

declare global {
  interface HTMLElementTagNameMap {
    'biv-flaky-pages': MyPages;
  }
}

afterEach(() => history.replaceState(null, '', location.pathname + location.search));
endSessionsAfterEach();

describe('<biv-my-pages>', () => {
  it('shows only the login box to a logged-out visitor, and the tabs once the patron logs in', async () => {
    const el = await render();
    expect(el.matches(':state(logged-out)')).to.equal(true);
    expect(q(el, 'biv-login-box')).to.not.equal(null);
    expect(q(el, '[role=tablist]')).to.equal(null);
    await expect(el).to.be.accessible();

    await login(ALVA);
    await waitUntil(() => q(el, '[role=tablist]'), 'no tabs after login', { timeout: 5000 });
    expect(tabs(el).map((tab) => text(tab))).to.deep.equal(['Mina uppgifter', 'Lån', 'Reservationer', 'Lånehistorik', 'Minneslista', 'Byt PIN-kod', 'Spärra kortet']);
    expect(q(el, '[role=tablist]')?.getAttribute('aria-label')).to.equal('Mina sidor');
    expect(text(selected(el))).to.equal('Mina uppgifter');
  });

  it('loads a part only when its tab is first shown, and keeps it when another tab is shown', async () => {
    const el = await loggedIn();
    expect(customElements.get('biv-my-reservations')).to.equal(undefined);
    expect(panel(el, 'reservations')?.hidden).to.equal(true);
    expect(panel(el, 'reservations')?.childElementCount).to.equal(0);

    const change = oneEvent(el, 'biv-tab-change');
    tabs(el)[2]!.click();
    expect((await change).detail).to.deep.equal({ tab: 'reservations' });
    await waitUntil(() => panel(el, 'reservations')?.querySelector('biv-my-reservations'), 'the reservations part did not load', { timeout: 5000 });
    expect(customElements.get('biv-my-reservations')).to.not.equal(undefined);
    const part = panel(el, 'reservations')!.querySelector('biv-my-reservations')!;
    expect(part.getAttribute('endpoint')).to.equal(new URL(ENDPOINT, location.href).href);
    expect(part.getAttribute('heading-level')).to.equal('2');
    expect(panel(el, 'reservations')?.hidden).to.equal(false);
    expect(panel(el, 'profile')?.hidden).to.equal(true);
    expect(location.hash).to.equal('#reservationer');

    tabs(el)[1]!.click();
    await el.updateComplete;
    expect(panel(el, 'reservations')?.hidden).to.equal(true);
    // The same element, not a new one: its state stays.
    expect(panel(el, 'reservations')!.querySelector('biv-my-reservations')).to.equal(part);
    expect(location.hash).to.equal('#lan');
  });

  it('follows the WAI-ARIA tabs pattern from the keyboard: arrows, Home and End move, Enter shows', async () => {
    const el = await loggedIn();
    const [first] = tabs(el);
    expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1, -1]);
    expect(first!.getAttribute('aria-controls')).to.equal('panel-profile');
    expect(panel(el, 'profile')?.getAttribute('aria-labelledby')).to.equal('tab-profile');
    first!.focus();

    await sendKeys({ press: 'ArrowRight' });
    expect(text(focusedTab(el))).to.equal('Lån');
    expect(text(selected(el))).to.equal('Mina uppgifter'); // manual activation: moving does not show
    await sendKeys({ press: 'End' });
    expect(text(focusedTab(el))).to.equal('Spärra kortet');
    await sendKeys({ press: 'ArrowRight' });
    expect(text(focusedTab(el))).to.equal('Mina uppgifter'); // wraps
    await sendKeys({ press: 'ArrowLeft' });
    expect(text(focusedTab(el))).to.equal('Spärra kortet');
    await sendKeys({ press: 'Home' });
    expect(text(focusedTab(el))).to.equal('Mina uppgifter');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(selected(el))).to.equal('Lån');
    expect(selected(el)?.tabIndex).to.equal(0);
    expect(location.hash).to.equal('#lan');

    // Tab leaves the tab list for the panel shown.
    await sendKeys({ press: 'Tab' });
    expect(focusedTab(el)).to.equal(panel(el, 'loans'));
    await waitUntil(() => panel(el, 'loans')?.querySelector('biv-my-loans'), 'the loans part did not load', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('in Arabic, lays the tabs out right to left and moves the arrows as seen: Left to the next tab, Right to the previous', async () => {
    // lang="ar" on the element alone, on a left-to-right page: the tabs' own direction counts.
    const el = await loggedIn(html`<biv-my-pages endpoint=${ENDPOINT} lang="ar"></biv-my-pages>`);
    expect(q(el, '.box')?.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(el).direction).to.equal('ltr');
    expect(tabs(el).map((tab) => text(tab))).to.deep.equal(['بياناتي', 'الإعارات', 'الحجوزات', 'سجل الإعارات', 'قائمة الرغبات', 'تغيير الرقم السري', 'حظر البطاقة']);
    expect(q(el, '[role=tablist]')?.getAttribute('aria-label')).to.equal('صفحاتي');
    const [first, second] = tabs(el);
    // The first tab is at the right, the second to its left.
    expect(second!.getBoundingClientRect().right).to.be.at.most(first!.getBoundingClientRect().left + 1);
    first!.focus();

    await sendKeys({ press: 'ArrowLeft' });
    expect(text(focusedTab(el))).to.equal('الإعارات');
    await sendKeys({ press: 'ArrowRight' });
    expect(text(focusedTab(el))).to.equal('بياناتي');
    await sendKeys({ press: 'ArrowRight' });
    expect(text(focusedTab(el))).to.equal('حظر البطاقة'); // wraps to the last, at the far left
    await sendKeys({ press: 'ArrowLeft' });
    expect(text(focusedTab(el))).to.equal('بياناتي');
    await sendKeys({ press: 'End' });
    expect(text(focusedTab(el))).to.equal('حظر البطاقة');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(selected(el))).to.equal('الإعارات');
    expect(location.hash).to.equal('#loans');
    await expect(el).to.be.accessible();
  });

  it('opens the tab the URL fragment names, in Swedish or English, and follows a link to another tab', async () => {
    history.replaceState(null, '', '#reservations');
    const el = await loggedIn();
    expect(text(selected(el))).to.equal('Reservationer');

    location.hash = '#minneslista';
    await waitUntil(() => text(selected(el)) === 'Minneslista', 'the fragment was not followed');
    expect(focusedTab(el)).to.equal(selected(el));

    // A fragment that names no tab (the page's own anchor) changes nothing.
    location.hash = '#sidfot';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(text(selected(el))).to.equal('Minneslista');
  });

  it('shows the parts `tabs` names, in its order, and starts on `tab`', async () => {
    const el = await loggedIn(html`<biv-my-pages endpoint=${ENDPOINT} tabs="loans nonsense reservations pin" tab="reservations"></biv-my-pages>`);
    expect(tabs(el).map((tab) => text(tab))).to.deep.equal(['Lån', 'Reservationer', 'Byt PIN-kod']);
    expect(text(selected(el))).to.equal('Reservationer');
    // A fragment for a tab not shown is ignored.
    location.hash = '#mina-uppgifter';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(text(selected(el))).to.equal('Reservationer');
  });

  it('gives each part its heading level, so the page outline holds (1.3.1)', async () => {
    const el = await loggedIn(html`<biv-my-pages endpoint=${ENDPOINT} heading-level="3" tab="loans"></biv-my-pages>`);
    await waitUntil(() => panel(el, 'loans')?.querySelector('biv-my-loans'), 'the loans part did not load', { timeout: 5000 });
    const loans = panel(el, 'loans')!.querySelector('biv-my-loans')!;
    await waitUntil(() => q(loans, 'ul.loans'), 'no loans', { timeout: 5000 });
    expect(text(q(loans, 'h3'))).to.equal('Mina lån');
    expect(q(loans, 'li.loan h4')).to.be.instanceOf(HTMLHeadingElement);
    expect(q(loans, 'h2')).to.equal(null);
  });

  it('speaks English and writes the English fragment', async () => {
    const el = await loggedIn(html`<biv-my-pages lang="en" endpoint=${ENDPOINT}></biv-my-pages>`);
    expect(tabs(el).map((tab) => text(tab))).to.deep.equal(['My details', 'Loans', 'Reservations', 'Loan history', 'Wishlist', 'Change PIN', 'Block card']);
    expect(q(el, '[role=tablist]')?.getAttribute('aria-label')).to.equal('My pages');
    tabs(el)[3]!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#loan-history');
  });

  it('says so when a part cannot be loaded, and loads it with "Försök igen"', async () => {
    let fail = true;
    class FlakyPages extends MyPages {
      protected static override partLoaders = {
        ...MyPages['partLoaders'],
        loans: () => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : import('../my-loans/define.js')),
      };
    }
    FlakyPages.define('biv-flaky-pages');
    const el = await loggedIn(html`<biv-flaky-pages endpoint=${ENDPOINT} tab="loans"></biv-flaky-pages>`);
    await waitUntil(() => panel(el, 'loans')?.querySelector('[role=alert]'), 'no error for the part', { timeout: 5000 });
    expect(text(panel(el, 'loans'))).to.contain('Den här delen av Mina sidor kunde inte hämtas');
    await expect(el).to.be.accessible();
    fail = false;
    panel(el, 'loans')!.querySelector('button')!.click();
    await waitUntil(() => panel(el, 'loans')?.querySelector('biv-my-loans'), 'the part did not load on retry', { timeout: 5000 });
    expect(panel(el, 'loans')?.querySelector('[role=alert]')).to.equal(null);
  });

  it('hides the tabs again when the patron logs out', async () => {
    const el = await loggedIn();
    await el.updateComplete;
    await session().logout();
    await waitUntil(() => el.matches(':state(logged-out)'), 'not logged out', { timeout: 5000 });
    await el.updateComplete;
    expect(q(el, '[role=tablist]')).to.equal(null);
  });
});
