/**
 * Reflow (WCAG 1.4.10 with 1.4.4) and text spacing (1.4.12), end to end on the demo site: every
 * element in every state a test can reach without changing a demo patron (logged out, with the
 * error summary, logged in, the block-card and cancel-reservation dialogs open, the loans and
 * reservations, the get-card form with errors, both steps of the PIN reset), on a 320 px wide
 * viewport, in two settings:
 *
 * - text at 200 %: the browser's text size doubled (CDP `Page.setFontSizes`, standard 32 px and
 *   fixed 26 px, as a patron's browser setting does), so everything sized in em and rem grows;
 * - WCAG text spacing: the 1.4.12 values (line height 1.5, letter spacing 0.12em, word spacing
 *   0.16em, 2em after paragraphs) with `!important`, adopted into the page and every shadow root.
 *
 * In each state: the page does not scroll sideways, nothing on the page (the demo's own headings
 * too) reaches past the viewport, and in each widget's shadow root no box or text reaches past
 * the widget (past the viewport, for an open dialog in the top layer), no box clips its content
 * (scrollWidth or, when overflow is hidden, scrollHeight beyond its own size) and no text or
 * control overlaps another. Screenshots go to test-output/reflow/.
 *
 * Alva only logs in here; nothing is submitted that would change her PIN, cancel a reservation or
 * block her card. The last test proves the check fails on an overflow.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../scripts/harness.mjs';
import { layoutProblems } from './layout-problems.js';
import { useDemoSite, watchPageErrors } from './support.js';

const site = useDemoSite();
const SHOTS = join(repoRoot, 'test-output', 'reflow');
mkdirSync(SHOTS, { recursive: true });

const ALVA = { card: '1000000001', pin: '1357', name: 'Alva Andersson' };
const WIDGETS =
  'biv-login-box, biv-get-card-form, biv-pin-reset, biv-change-pin, biv-my-loans, biv-my-reservations, biv-block-card-button, biv-my-pages, biv-my-profile, biv-loan-history, biv-wishlist, biv-wishlist-button';
const WIDTH = 320;
const HEIGHT = 640;

interface Setting {
  name: string;
  /** The browser's text size doubled. */
  text200: boolean;
  /** The WCAG 1.4.12 text spacing. */
  spacing: boolean;
}

const SETTINGS: Setting[] = [
  { name: 'text at 200 %', text200: true, spacing: false },
  { name: 'WCAG text spacing', text200: false, spacing: true },
  { name: 'text at 200 % with WCAG text spacing', text200: true, spacing: true },
];

/** The WCAG 1.4.12 values (the bookmarklet's), for the page and every shadow root. */
const SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p, li, dd, dt, h1, h2, h3, h4, legend { margin-block-end: 2em !important; }`;

/** Adopt the text spacing sheet into the document and every shadow root not yet given it. */
function adoptSpacing(css: string): number {
  const w = window as unknown as { __bivSpacing?: CSSStyleSheet };
  let sheet = w.__bivSpacing;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    w.__bivSpacing = sheet;
  }
  let adopted = 0;
  // An object method, not an arrow function in a constant: tsx would wrap that in a helper the page lacks.
  const util = {
    visit(root: Document | ShadowRoot, added: CSSStyleSheet): void {
      if (!root.adoptedStyleSheets.includes(added)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, added];
        adopted++;
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) util.visit(el.shadowRoot, added);
    },
  };
  util.visit(document, sheet);
  return adopted;
}

/** A 320 px wide page at `url` in a new context, in `setting`; its errors are watched. */
async function open(setting: Setting, url: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = watchPageErrors(page);
  if (setting.text200) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  }
  await page.goto(url);
  if (setting.text200) {
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    assert.ok(size >= 32, `the text is twice as large: ${size}px`);
  }
  return { page, errors, close: () => context.close() };
}

/** Check the page in its state (as tall as its content, so that lists off screen are laid out too). */
async function check(page: Page, setting: Setting, label: string): Promise<void> {
  // Every element's code loads when it is on the page: wait until each has rendered, also those
  // inside another's shadow root (the parts of <biv-my-pages>).
  await page.waitForFunction((selector) => {
    const found: Element[] = [];
    const util = {
      visit(root: Document | ShadowRoot): void {
        for (const el of root.querySelectorAll('*')) {
          if (el.matches(selector)) found.push(el);
          if (el.shadowRoot) util.visit(el.shadowRoot);
        }
      },
    };
    util.visit(document);
    return found.every((el) => el.shadowRoot?.firstElementChild);
  }, WIDGETS);
  for (let i = 0; i < 10; i++) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height <= (page.viewportSize()?.height ?? 0)) break;
    await page.setViewportSize({ width: WIDTH, height: Math.min(height, 20_000) });
  }
  if (setting.spacing) await page.evaluate(adoptSpacing, SPACING_CSS);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const file = `${setting.text200 ? 'text200-' : ''}${setting.spacing ? 'spacing-' : ''}${label.replace(/[^a-z0-9]+/gi, '-')}.png`;
  await page.screenshot({ path: join(SHOTS, file) });
  assert.deepEqual(await page.evaluate(layoutProblems, { selector: WIDGETS }), [], `${setting.name}: ${label}`);
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
}

const base = () => site.server.url;

async function logIn(page: Page, box = 'biv-login-box'): Promise<void> {
  const login = page.locator(box);
  await login.locator('#identifier').fill(ALVA.card);
  await login.locator('#pin').fill(ALVA.pin);
  await login.locator('button[type=submit]').click();
  await login.getByText(ALVA.name).waitFor();
}

for (const setting of SETTINGS) {
  describe(`reflow at 320 px, ${setting.name}`, () => {
    it('the login box: the form, the error summary, logged in', async () => {
      const { page, errors, close } = await open(setting, `${base()}/`);
      const box = page.locator('biv-login-box');
      await box.locator('#pin').waitFor();
      await check(page, setting, 'login form');
      await box.locator('button[type=submit]').click();
      await box.locator('.error-summary').waitFor();
      await check(page, setting, 'login errors');
      await logIn(page);
      await check(page, setting, 'logged in');
      assert.deepEqual(errors, []);
      await close();
    });

    it('Lånekort och PIN-kod: logged out, change PIN with errors, the block-card dialog with errors', async () => {
      const { page, errors, close } = await open(setting, `${base()}/kort-och-pin.html`);
      await page.locator('#main-login #pin').waitFor();
      await check(page, setting, 'mina sidor logged out');
      await logIn(page, '#main-login');
      const change = page.locator('biv-change-pin');
      await change.locator('#currentPin').waitFor();
      await check(page, setting, 'mina sidor logged in');
      await change.locator('button[type=submit]').click();
      await change.locator('.error-summary').waitFor();
      await check(page, setting, 'change pin errors');
      const block = page.locator('biv-block-card-button');
      await block.locator('button.trigger').click();
      await block.locator('dialog[open] #pin').waitFor();
      await check(page, setting, 'block card dialog');
      await block.locator('button.confirm').click();
      await block.locator('dialog[open] .error-message').first().waitFor();
      await check(page, setting, 'block card dialog errors');
      await page.keyboard.press('Escape');
      await block.locator('dialog[open]').waitFor({ state: 'detached' });
      assert.deepEqual(errors, []);
      await close();
    });

    it('Mina sidor in one element: logged out, then every tab with its part', async () => {
      const { page, errors, close } = await open(setting, `${base()}/mina-sidor.html`);
      const myPages = page.locator('#mina-sidor');
      await myPages.locator('#pin').waitFor();
      await check(page, setting, 'my pages logged out');
      await logIn(page, '#mina-sidor biv-login-box');
      const tabs = myPages.getByRole('tab');
      await tabs.first().waitFor();
      const parts = ['biv-my-profile', 'biv-my-loans', 'biv-my-reservations', 'biv-loan-history', 'biv-wishlist', 'biv-change-pin', 'biv-block-card-button'];
      assert.equal(await tabs.count(), parts.length);
      for (const [i, part] of parts.entries()) {
        await tabs.nth(i).click();
        await myPages.locator(`[role=tabpanel]:not([hidden]) ${part}`).waitFor();
        // The part's own view (not its "Hämtar …"): a heading, a form, a list or a button.
        await page.waitForFunction(
          (tag) => {
            const host = document.querySelector('#mina-sidor')?.shadowRoot?.querySelector(`[role=tabpanel]:not([hidden]) ${tag}`);
            const root = host?.shadowRoot;
            return !!root?.querySelector('h2, h3, form, ul, button') && ![...root.querySelectorAll('[role=status]')].some((status) => status.textContent?.includes('Hämtar'));
          },
          part,
        );
        await check(page, setting, `my pages ${part}`);
      }
      assert.deepEqual(errors, []);
      await close();
    });

    it('loans and reservations, the cancel dialog', async () => {
      const { page, errors, close } = await open(setting, `${base()}/mina-lan.html`);
      await page.locator('#main-login #pin').waitFor();
      await check(page, setting, 'lists logged out');
      await logIn(page, '#main-login');
      const reservations = page.locator('biv-my-reservations');
      await page.locator('biv-my-loans').getByRole('heading', { name: 'Pippi Långstrump' }).waitFor();
      await reservations.getByText('Plats 3 i kön').waitFor();
      await check(page, setting, 'loans and reservations');
      await reservations.getByRole('listitem').filter({ hasText: 'Sagan om ringen' }).getByRole('button', { name: /^Avboka/ }).click();
      await reservations.locator('dialog[open]').waitFor();
      await check(page, setting, 'cancel reservation dialog');
      await page.keyboard.press('Escape');
      await reservations.locator('dialog[open]').waitFor({ state: 'detached' });
      assert.deepEqual(errors, []);
      await close();
    });

    it('the wishlist page: buttons beside titles, logged out with the login offered and the login dialog, then the list', async () => {
      const { page, errors, close } = await open(setting, `${base()}/minneslista.html`);
      await page.locator('biv-wishlist').getByRole('heading', { name: 'Logga in för att se din minneslista' }).waitFor();
      await page.locator('biv-wishlist-button[record-id="hemsoborna"]').first().locator('button.toggle').click();
      await page.locator('biv-wishlist-button[record-id="hemsoborna"]').first().getByRole('link').waitFor();
      await check(page, setting, 'wishlist logged out');
      await page.locator('biv-wishlist-button[record-id="kejsarn-av-portugallien"] button.toggle').click();
      await page.locator('biv-wishlist-button[record-id="kejsarn-av-portugallien"] dialog[open] biv-login-box #pin').waitFor();
      await check(page, setting, 'wishlist login dialog');
      await page.keyboard.press('Escape');
      await page.locator('biv-wishlist-button dialog[open]').waitFor({ state: 'detached' });
      await logIn(page, '#main-login');
      await page.locator('biv-wishlist').getByRole('heading', { name: 'Aniara' }).waitFor();
      await check(page, setting, 'wishlist logged in');
      assert.deepEqual(errors, []);
      await close();
    });

    it('the get-card form, with its errors', async () => {
      const { page, errors, close } = await open(setting, `${base()}/skaffa-lanekort.html`);
      const form = page.locator('biv-get-card-form');
      await form.locator('#personnummer').waitFor();
      await form.locator('#homeLibraryId option').nth(1).waitFor({ state: 'attached' });
      await check(page, setting, 'get card form');
      await form.locator('button[type=submit]').click();
      await form.locator('.error-summary').waitFor();
      await check(page, setting, 'get card errors');
      assert.deepEqual(errors, []);
      await close();
    });

    it('the PIN reset: the request with errors, the new PIN with errors', async () => {
      const { page, errors, close } = await open(setting, `${base()}/glomt-pin.html`);
      // The element's own fields come first; the login box in its slot has the same ids.
      const reset = page.locator('biv-pin-reset');
      await reset.locator('#identifier').first().waitFor();
      await check(page, setting, 'pin reset request');
      await reset.locator('button[type=submit]').first().click();
      await reset.locator('.error-summary').first().waitFor();
      await check(page, setting, 'pin reset request errors');
      // The link's second step (a well-formed token: the form shows before the server is asked).
      await page.goto(`${base()}/glomt-pin.html#token=${'C'.repeat(43)}`);
      await reset.locator('#newPin').waitFor();
      await check(page, setting, 'pin reset new pin');
      await reset.locator('button[type=submit]').first().click();
      await reset.locator('.error-summary').first().waitFor();
      await check(page, setting, 'pin reset new pin errors');
      assert.deepEqual(errors.filter((e) => !/40[04]|token/i.test(e)), []);
      await close();
    });

    it("a municipality's site and the configurator: the pages' own headings fit", async () => {
      const port = new URL(base()).port;
      for (const url of [`http://www.lillaedet.localhost:${port}/`, `http://www.stenungsund.localhost:${port}/mina-sidor.html`, `${base()}/konfigurator.html`]) {
        const { page, close } = await open(setting, url);
        await page.locator('h1').waitFor();
        await page.waitForFunction(() => [...document.querySelectorAll('biv-login-box')].every((el) => el.shadowRoot?.querySelector('#pin, .config-error')));
        await check(page, setting, new URL(url).host.split('.')[1] + new URL(url).pathname);
        await close();
      }
    });
  });
}

describe('the reflow check', () => {
  it('fails on an overflow: a widget box wider than the viewport, and a page heading too wide', async () => {
    const setting = SETTINGS[0]!;
    const { page, close } = await open(setting, `${base()}/`);
    await page.locator('biv-login-box #pin').waitFor();
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.field { min-width: 30rem; }');
      const root = document.querySelector('biv-login-box')!.shadowRoot!;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      document.querySelector('h1')!.style.minWidth = '40rem';
    });
    const problems = await page.evaluate(layoutProblems, { selector: WIDGETS });
    assert.ok(problems.some((p) => /scrolls sideways/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /biv-login-box div\.field.* sticks out/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /page h1 reaches past the viewport/.test(p)), problems.join('\n'));
    await close();
  });
});
