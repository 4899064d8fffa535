/**
 * The municipalities' own sites in the demo, end to end: pages on `http://www.<id>.localhost:PORT`
 * (another site than the library's `http://api.biv.localhost:PORT`, which serves the widgets and
 * the API), each with its own look; a login there; and the configurator on the library's site.
 * Chromium resolves every `*.localhost` name to this machine, so the one demo server answers all.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, useDemoSite } from './support.js';

const site = useDemoSite();

const consortium = JSON.parse(readFileSync(new URL('../demo/consortium.json', import.meta.url), 'utf8')) as {
  municipalities: { id: string; name: string; theme: Record<string, string> }[];
};
const theme = (id: string) => consortium.municipalities.find((m) => m.id === id)!.theme;

const port = () => new URL(site.server.url).port;
const municipal = (id: string, path = '/') => `http://www.${id}.localhost:${port()}${path}`;
const library = () => `http://api.biv.localhost:${port()}`;

/** `#0b5e8a` as getComputedStyle writes it: `rgb(11, 94, 138)`. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** The background of a widget's first button, read inside its shadow root. */
const buttonBackground = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const button = el.shadowRoot?.querySelector('button');
    return button ? getComputedStyle(button).backgroundColor : '';
  });

const identifierField = (page: Page) => page.getByLabel('Bibliotekskortsnummer eller personnummer');

describe("the municipalities' own sites in the demo", () => {
  it('two municipal pages load the widgets from the library site, each in its own look, under a strict CSP, with no axe violations', async () => {
    const seen: string[] = [];
    for (const [id, kommun] of [['ale', 'Ale kommun'], ['kungalv', 'Kungälvs kommun']] as const) {
      const { page, errors, context } = await openPage(site.browser, municipal(id));
      await page.getByLabel('PIN-kod').waitFor();
      assert.equal(await page.title(), `Bibliotekskort – ${kommun}`);
      await page.getByRole('link', { name: kommun }).waitFor();
      const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
      assert.ok(scripts.includes(`${library()}/biv-widgets.js`), scripts.join());
      assert.ok(scripts.every((s) => s.startsWith(`${library()}/`)), `every script from the library's site: ${scripts.join()}`);

      const accent = await buttonBackground(page, 'biv-login-box');
      assert.equal(accent, rgb(theme(id)['--biv-color-accent']!), `${id}: the login button in the municipality's accent`);
      seen.push(accent);
      assert.deepEqual(await axeViolations(page), [], id);
      assert.deepEqual(errors, [], id);
      await context.close();
    }
    assert.notEqual(seen[0], seen[1], 'each municipality its own look');
  });

  it('Alva logs in on www.ale.localhost with the API on another site, stays logged in over a reload and on Mina sidor, and only on that site', async () => {
    const { page, errors, context } = await openPage(site.browser, municipal('ale'));
    await identifierField(page).fill('1000000001');
    await page.getByLabel('PIN-kod').fill('1357');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText('Alva Andersson').waitFor();

    await page.reload();
    await page.getByText('Alva Andersson').waitFor();
    // The library's session cookie, kept for Ale's site only (CHIPS).
    const cookie = (await context.cookies(`${library()}/api/v1/session`)).find((c) => c.name === 'biv_session');
    assert.ok(cookie, 'a session cookie of the library site');
    assert.match(cookie.partitionKey ?? '', /ale\.localhost/, `partitioned by the top-level site: ${JSON.stringify(cookie)}`);

    await page.goto(municipal('ale', '/mina-sidor.html'));
    await page.locator('biv-my-loans').getByRole('heading', { name: 'Mina lån' }).waitFor();
    await page.locator('biv-my-loans').getByRole('heading', { name: 'Pippi Långstrump' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'Mina sidor, logged in');

    // One login per municipal site: the same browser on Kungälv's site is not logged in.
    const other = await context.newPage();
    await other.goto(municipal('kungalv'));
    await identifierField(other).waitFor();
    assert.equal(await other.getByText('Alva Andersson').count(), 0);
    await other.close();

    await page.locator('biv-login-box').getByRole('button', { name: 'Logga ut' }).click();
    await identifierField(page).waitFor();
    await page.reload();
    await identifierField(page).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a municipal site serves only its own pages: the API and the widgets are on the library site', async () => {
    const { page, context } = await openPage(site.browser, municipal('orust', '/glomt-pin.html'));
    await page.locator('biv-pin-reset').getByRole('form', { name: 'Begär en länk för att välja ny PIN-kod' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the reset page');
    assert.equal(await page.title(), 'Har du glömt PIN-koden? – Orust kommun');
    // Asked by the browser (node cannot resolve *.localhost names).
    const other = await context.newPage();
    for (const path of ['/api/v1/libraries', '/biv-widgets.js', '/konfigurator.html']) {
      const answer = await other.goto(municipal('orust', path));
      assert.equal(answer?.status(), 404, path);
    }
    const css = await other.goto(municipal('orust', '/theme.css'));
    assert.match((await css?.text()) ?? '', new RegExp(`--biv-color-accent: ${theme('orust')['--biv-color-accent']};`));
    await context.close();
  });

  it("the library's index links to each municipal site", async () => {
    const { page, context } = await openPage(site.browser, `${site.server.url}/`);
    await page.getByRole('link', { name: 'Öckerö kommun' }).click();
    await page.waitForURL(municipal('ockero'));
    await page.getByLabel('PIN-kod').waitFor();
    assert.equal(await page.title(), 'Bibliotekskort – Öckerö kommun');
    await context.close();
  });
});

describe('the configurator', () => {
  const manifest = JSON.parse(readFileSync(new URL('../packages/elements/custom-elements.json', import.meta.url), 'utf8')) as {
    modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
  };
  const documented = new Map(
    manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, (d.attributes ?? []).map((a) => a.name).sort()]),
  );

  const snippet = (page: Page) => page.locator('#snippet').textContent().then((t) => t ?? '');
  const previewed = (page: Page, tag: string) => page.locator(`#preview > ${tag}`);

  it('offers each element with the attributes of custom-elements.json', async () => {
    const { page, errors, context } = await openPage(site.browser, `${site.server.url}/konfigurator.html`);
    const tags = await page.locator('input[name="element"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    assert.deepEqual([...tags].sort(), [...documented.keys()].sort());
    for (const tag of tags) {
      await page.locator(`input[name="element"][value="${tag}"]`).check();
      await previewed(page, tag).waitFor({ state: 'attached' });
      const fields = await page.locator('#attribute-inputs [data-attr]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.attr ?? ''));
      assert.deepEqual(fields.sort(), documented.get(tag), tag);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('changes the live element, shows the escaped snippet, copies it with an announced confirmation, works by keyboard, with no axe violations', async () => {
    const { page, errors, context } = await openPage(site.browser, `${site.server.url}/konfigurator.html`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const status = page.locator('#copy-status'); // the configurator's own; the previewed login box has one too
    assert.equal(await status.getAttribute('role'), 'status');
    assert.equal(await status.textContent(), '', 'the live region is there, silent, before it speaks');
    await page.locator('#preview').getByLabel('PIN-kod', { exact: true }).waitFor(); // the login box, live
    assert.deepEqual(await axeViolations(page), [], 'at start');

    await page.getByLabel(/^Sidan om glömd PIN-kod/).fill('/glomt-pin?a=1&b="2"');
    await page.getByLabel(/^Språk/).selectOption('en');
    await page.getByLabel('Ale kommun').check();
    const box = previewed(page, 'biv-login-box');
    await box.getByRole('button', { name: 'Log in' }).waitFor();
    assert.equal(await box.getAttribute('forgot-pin-href'), '/glomt-pin?a=1&b="2"');
    await box.getByRole('link', { name: 'Forgot your PIN?' }).waitFor();
    assert.equal(await buttonBackground(page, '#preview > biv-login-box'), rgb(theme('ale')['--biv-color-accent']!));

    const code = await snippet(page);
    assert.ok(code.startsWith(`<script type="module" src="${site.server.url}/biv-widgets.js"></script>`), code);
    assert.match(code, /<biv-login-box\n/);
    assert.ok(code.includes(`endpoint="${site.server.url}/api/v1"`), code);
    assert.ok(code.includes('forgot-pin-href="/glomt-pin?a=1&amp;b=&quot;2&quot;"'), code);
    assert.ok(code.includes('lang="en"'), code);
    assert.match(await page.locator('#theme-css').textContent() ?? '', new RegExp(`--biv-color-accent: ${theme('ale')['--biv-color-accent']};`));

    await page.getByRole('button', { name: 'Kopiera koden' }).click();
    await status.getByText('Koden är kopierad').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);

    // By keyboard: the widget choice is a radio group; the arrow keys move through it.
    await page.locator('input[name="element"]:checked').focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
    await page.getByRole('group', { name: 'Inställningar för biv-block-card-button' }).waitFor();
    await page.getByLabel(/^Visa en inloggningsruta/).focus();
    await page.keyboard.press('Space');
    await page.getByLabel(/^Knappens text/).fill('Spärra mitt <kort>');
    await previewed(page, 'biv-block-card-button').waitFor({ state: 'attached' });
    await page.waitForFunction(() => document.querySelector('#preview > biv-block-card-button')?.textContent === 'Spärra mitt <kort>');
    const blockCode = await snippet(page);
    assert.match(blockCode, /\n {2}with-login\n/);
    assert.ok(blockCode.includes('>Spärra mitt &lt;kort&gt;</biv-block-card-button>'), blockCode);
    assert.ok(blockCode.includes('lang="en"'), 'what was typed stays when another widget is chosen');
    assert.deepEqual(await axeViolations(page), [], 'after the changes');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
