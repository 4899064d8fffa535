// Over 350 lines on purpose: one HTTPS front and browser for every hostile-page scenario, which
// would otherwise be started once per file.
/**
 * Proven on hostile pages: the widgets on municipal pages of OTHER sites than the library API, in
 * Chromium with third-party cookies blocked. One HTTPS server (test/https-sites.ts) is the TLS
 * front of the API (`api.biv.test`, and `api2.biv.test` for a second demo server) and the
 * municipal sites (`www.ale.test`, `www.kungalv.test`, and `www.evil.test`, which is not listed).
 * Every page sends a strict Content-Security-Policy with Trusted Types, and every test ends with
 * no CSP violation, no uncaught error, no unexpected console error and no axe violation.
 *
 * CSP violations are collected by a listener for `securitypolicyviolation` that Playwright adds
 * to every document before the page's own scripts (`addInitScript`, injected over the DevTools
 * protocol, which the page's policy does not govern) and that reports each one to the test through
 * a binding (`exposeBinding`, also a protocol feature); Chromium's console report of a violation
 * ("Refused to …") is caught as a console error too. The last CSP test proves the listener hears
 * a violation when there is one.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { repoRoot } from '../scripts/harness.mjs';
import { axeViolations, startDemoServer, watchPageErrors, type DemoServer } from './support.js';
import { launchCrossSiteBrowser, startHttpsSites, type HttpsSites } from './https-sites.js';
import { layoutProblems } from './layout-problems.js';

const API_HOST = 'api.biv.test';
const API2_HOST = 'api2.biv.test';
const ALE = 'www.ale.test';
const KUNGALV = 'www.kungalv.test';
const EVIL = 'www.evil.test';

const ALVA = { card: '1000000001', personnummer: '19850322-2385', pin: '1357', name: 'Alva Andersson' };
/** On the second API's own database. */
const KARIN = { card: '1000000010', pin: '1246', name: 'Karin Kvist' };
const ALVA_LOANS = ['Pippi Långstrump', 'Det sjunde inseglet', 'Män som hatar kvinnor'];

const SHOTS = join(repoRoot, 'test-output', 'cross-site');

let sites: HttpsSites;
let server: DemoServer;
let server2: DemoServer;
let browser: Browser;
let configDir: string;
/** `https://api.biv.test:PORT` and the API roots of the two servers. */
let apiOrigin: string;
let api: string;
let api2: string;
const origin = (host: string) => sites.origin(host);

/** The policy of every test page: only the API host's scripts, only the APIs, Trusted Types for Lit. */
function policy({ scripts = [apiOrigin], connect = [apiOrigin] }: { scripts?: string[]; connect?: string[] } = {}): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

interface PageOptions {
  title: string;
  body: string;
  lang?: string;
  dir?: 'rtl' | 'ltr';
  /** Stylesheets of the page's own host. */
  styles?: string[];
  /** Script URLs, in order, each as `<script type="module" src>`; the API's `biv-widgets.js` by default. */
  scripts?: string[];
  /** Extra markup in the head (a `biv-config` block). */
  head?: string;
  csp?: string;
}

/** Put an HTML page at `path` of `host`, with its policy as an HTTP header and no inline script. */
function servePage(host: string, path: string, options: PageOptions): void {
  const scripts = (options.scripts ?? [`${apiOrigin}/biv-widgets.js`]).map((src) => `<script type="module" src="${src}"></script>`);
  const styles = (options.styles ?? ['/site.css']).map((href) => `<link rel="stylesheet" href="${href}">`);
  const body = `<!doctype html>
<html lang="${options.lang ?? 'sv'}"${options.dir ? ` dir="${options.dir}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
${styles.join('\n')}
${scripts.join('\n')}
${options.head ?? ''}
</head>
<body>
<header><p class="site">${host}</p></header>
<main>
${options.body}
</main>
</body>
</html>`;
  sites.serve(host, path, { body, headers: { 'content-security-policy': options.csp ?? policy() } });
}

const SITE_CSS = `body { margin: 0 auto; padding: 0 1rem 2rem; max-width: 60rem; font-family: system-ui, sans-serif; color: #222; background: #fff; }
.site { font-weight: 700; }
section { margin-block: 2rem; }`;

/**
 * A global stylesheet of the kind that breaks embedded forms: a universal reset with `all: unset`,
 * `!important` everywhere, every form control hidden, a 10 px rem and headings in capitals.
 */
const HOSTILE_CSS = `html { font-size: 62.5% !important; }
body { font-size: 1.6rem; }
body * { all: unset; }
* { box-sizing: content-box !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
    line-height: 1 !important; letter-spacing: 0.2em !important; word-spacing: 0.5em !important; text-transform: uppercase !important;
    text-align: justify !important; text-indent: 3em !important; white-space: nowrap !important; color: #333 !important;
    max-width: 100% !important; min-width: 0 !important; float: left !important; }
input, select, textarea { display: none !important; height: 4px !important; width: 4px !important; }
button, [type=submit] { display: none !important; visibility: hidden !important; }
h1, h2, h3, h4, h5, h6 { font-size: 6rem !important; display: inline !important; }
label { display: none !important; }
form { display: none !important; }
p, li, dl, dd, dt, ul { display: inline !important; }
a { pointer-events: none !important; }
main, header { display: block !important; }
section { display: block !important; clear: both !important; }`;

/** One browser context with its errors and CSP violations, on any of the test's sites. */
class Browsing {
  readonly #violations: { url: string; directive: string; detail: string }[] = [];
  readonly #errors: string[][] = [];
  constructor(readonly context: BrowserContext) {}

  static async start(options: BrowserContextOptions = {}): Promise<Browsing> {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', ...options });
    const browsing = new Browsing(context);
    await context.exposeBinding('__bivCspViolation', ({ page }, directive: string, detail: string) => {
      browsing.#violations.push({ url: page.url(), directive, detail });
    });
    await context.addInitScript(() => {
      const report = (globalThis as unknown as { __bivCspViolation: (directive: string, detail: string) => void }).__bivCspViolation;
      document.addEventListener(
        'securitypolicyviolation',
        (e) => report(e.effectiveDirective, `(${e.disposition}) blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}: ${e.sample}`),
        true,
      );
    });
    context.on('page', (page) => {
      page.setDefaultTimeout(15_000);
      browsing.#errors.push(watchPageErrors(page));
    });
    return browsing;
  }

  /** A new tab at `url`. */
  async open(url: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(url);
    return page;
  }

  /** The CSP and Trusted Types violations heard so far in every tab, as `directive at URL: detail`. */
  violations(): string[] {
    return this.#violations.map((v) => `${v.directive} at ${v.url}: ${v.detail}`);
  }

  /** The directives of the violations heard so far, which are then forgotten. */
  takeViolatedDirectives(): string[] {
    return this.#violations.splice(0).map((v) => v.directive);
  }

  /** Uncaught errors and console errors of every tab, except those `expected` matches. */
  errors(expected?: RegExp): string[] {
    return this.#errors.flat().filter((e) => !expected?.test(e));
  }

  /** No CSP violation and no unexpected error in any tab; then close. */
  async end(expected?: RegExp): Promise<void> {
    assert.deepEqual(this.violations(), [], 'CSP violations');
    assert.deepEqual(this.errors(expected), [], 'errors');
    await this.context.close();
  }
}

const identifierField = (box: Locator) => box.getByLabel(/^Bibliotekskortsnummer eller personnummer$/);
const pinField = (box: Locator) => box.getByLabel(/^PIN-kod$/);

async function logIn(box: Locator, identifier: string, pin: string): Promise<void> {
  await identifierField(box).fill(identifier);
  await pinField(box).fill(pin);
  await box.getByRole('button', { name: 'Logga in' }).click();
}

/** The visible text of an element's shadow root. */
const shadowText = (element: Locator) => element.evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

/** Wait until the login box shows Alva's name, and the loans element her loans. */
async function expectLoggedIn(page: Page): Promise<void> {
  await page.locator('biv-login-box').first().getByText(ALVA.name).waitFor();
  const list = page.locator('biv-my-loans');
  for (const title of ALVA_LOANS) await list.getByRole('heading', { name: title }).waitFor();
}

/** Wait until the login box shows its form and the loans element asks for a login; nobody's name in the box. */
async function expectLoggedOut(page: Page): Promise<void> {
  const box = page.locator('biv-login-box').first();
  await pinField(box).waitFor();
  await page.locator('biv-my-loans').getByRole('heading', { name: 'Logga in för att se dina lån' }).waitFor();
  assert.doesNotMatch(await shadowText(box), /Inloggad som/);
}

/**
 * The session cookies the context holds for the API host, partitioned or not. (`cookies(url)`
 * leaves partitioned cookies out, so all are read and filtered here.)
 */
async function sessionCookies(context: BrowserContext, host = API_HOST) {
  return (await context.cookies()).filter((c) => c.name === 'biv_session' && c.domain === host);
}

/** A municipality's "Mina lån" page: the login box and the loans; its URL. */
function municipalPage(host: string, name: string): string {
  // Ale gives the endpoint as attributes, Kungälv once for the page in a biv-config block.
  const attribute = host === KUNGALV ? '' : ` endpoint="${api}"`;
  servePage(host, '/mina-lan', {
    title: `Mina lån – ${name}`,
    head: host === KUNGALV ? `<script type="application/json" id="biv-config">{ "endpoint": "${api}" }</script>` : '',
    body: `<h1>Mina lån</h1>
<biv-login-box${attribute} forgot-pin-href="/glomt-pin"></biv-login-box>
<section aria-label="Lån"><biv-my-loans${attribute} login-href="/mina-lan"></biv-my-loans></section>`,
  });
  return `${origin(host)}/mina-lan`;
}

before(async () => {
  sites = await startHttpsSites([API_HOST, API2_HOST, ALE, KUNGALV, EVIL]);
  apiOrigin = origin(API_HOST);
  api = `${apiOrigin}/api/v1`;
  api2 = `${origin(API2_HOST)}/api/v1`;

  configDir = mkdtempSync(join(tmpdir(), 'biv-cross-site-'));
  const consortium = join(configDir, 'consortium.json');
  writeFileSync(
    consortium,
    JSON.stringify({
      municipalities: [
        { id: 'ale', name: 'Ale', sites: [origin(ALE)], pinResetPage: `${origin(ALE)}/glomt-pin`, theme: { '--biv-color-accent': '#0b5e8a' } },
        { id: 'kungalv', name: 'Kungälv', sites: [origin(KUNGALV)] },
      ],
    }),
  );
  // The first API knows the sites from the consortium file, the second from BIV_ALLOWED_ORIGINS.
  const started = await Promise.allSettled([
    startDemoServer({ BIV_TRUST_PROXY: '1', BIV_CONSORTIUM_FILE: consortium }),
    startDemoServer({ BIV_TRUST_PROXY: '1', BIV_ALLOWED_ORIGINS: `${origin(ALE)},${origin(KUNGALV)}` }),
    launchCrossSiteBrowser(),
  ]);
  if (started[0].status === 'fulfilled') server = started[0].value;
  if (started[1].status === 'fulfilled') server2 = started[1].value;
  if (started[2].status === 'fulfilled') browser = started[2].value;
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  sites.forward(API_HOST, server.url);
  sites.forward(API2_HOST, server2.url);

  for (const host of [ALE, KUNGALV, EVIL]) sites.serve(host, '/site.css', { body: SITE_CSS, type: 'text/css; charset=utf-8' });
  sites.serve(ALE, '/hostile.css', { body: HOSTILE_CSS, type: 'text/css; charset=utf-8' });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await Promise.all([server?.stop(), server2?.stop()]);
  await sites?.close();
  if (configDir) rmSync(configDir, { recursive: true, force: true });
});

describe('the widgets on municipal pages of other sites (third-party cookies blocked)', () => {
  for (const [host, name] of [[ALE, 'Ale'], [KUNGALV, 'Kungälv']] as const) {
    it(`on ${host}: log in, loans, reload, a new tab, log out`, async () => {
      const url = municipalPage(host, name);
      const browsing = await Browsing.start();
      const page = await browsing.open(url);
      await expectLoggedOut(page);
      assert.deepEqual(await axeViolations(page), [], 'logged out');

      const login = page.waitForResponse((r) => r.url() === `${api}/session` && r.request().method() === 'POST');
      await logIn(page.locator('biv-login-box'), ALVA.personnummer, ALVA.pin);
      const answer = await login;
      assert.equal(answer.status(), 200);
      assert.equal(((await answer.json()) as { token?: string }).token, undefined, 'a cookie session, not the memory-only token');
      const setCookie = (await answer.headerValue('set-cookie')) ?? '';
      for (const attribute of [/HttpOnly/i, /Secure/i, /SameSite=None/i, /Partitioned/i, /Path=\/api\/v1/i]) {
        assert.match(setCookie, attribute, `Set-Cookie of the login: ${setCookie}`);
      }
      await expectLoggedIn(page);
      const cookies = await sessionCookies(browsing.context);
      assert.equal(cookies.length, 1, 'one session cookie');
      assert.equal(cookies[0]?.partitionKey, `https://${host.replace(/^www\./, '')}`, 'kept in the partition of the municipal site');
      assert.deepEqual(await axeViolations(page), [], 'logged in');

      await page.reload();
      await expectLoggedIn(page);

      const tab = await browsing.open(url);
      await expectLoggedIn(tab);

      await tab.locator('biv-login-box').getByRole('button', { name: 'Logga ut' }).click();
      await expectLoggedOut(tab);
      assert.deepEqual(await sessionCookies(browsing.context), [], 'the cookie is deleted');
      await page.reload();
      await expectLoggedOut(page);
      await tab.reload();
      await expectLoggedOut(tab);
      await browsing.end();
    });
  }

  it('a login on www.ale.test does not log in www.kungalv.test (one login per site, by partition)', async () => {
    const ale = municipalPage(ALE, 'Ale');
    const kungalv = municipalPage(KUNGALV, 'Kungälv');
    const browsing = await Browsing.start();
    const page = await browsing.open(ale);
    await expectLoggedOut(page);
    await logIn(page.locator('biv-login-box'), ALVA.card, ALVA.pin);
    await expectLoggedIn(page);

    const other = await browsing.context.newPage();
    const session = other.waitForResponse((r) => r.url() === `${api}/session` && r.request().method() === 'GET');
    await other.goto(kungalv);
    await expectLoggedOut(other);
    assert.equal((await session).status(), 401, 'GET /session from Kungälv carries no session');
    assert.deepEqual(await axeViolations(other), []);

    await page.reload();
    await expectLoggedIn(page);
    await browsing.end();
  });
});

describe('a site that is not listed: www.evil.test', () => {
  it('gets no login, and its scripts read nothing, even after the browser logged in on www.ale.test', async () => {
    servePage(EVIL, '/', {
      title: 'Gratis e-böcker',
      body: `<h1>Gratis e-böcker</h1>\n<biv-login-box endpoint="${api}"></biv-login-box>`,
    });
    const browsing = await Browsing.start();
    const ale = await browsing.open(municipalPage(ALE, 'Ale'));
    await pinField(ale.locator('biv-login-box')).waitFor();
    await logIn(ale.locator('biv-login-box'), ALVA.card, ALVA.pin);
    await expectLoggedIn(ale);

    const seen = sites.forwarded.length;
    const page = await browsing.open(`${origin(EVIL)}/`);
    const box = page.locator('biv-login-box');
    await logIn(box, ALVA.card, ALVA.pin);
    await box.getByRole('alert').first().waitFor();
    const text = await shadowText(box);
    assert.match(text, /Vi fick ingen kontakt med tjänsten|får inte använda bibliotekets tjänst/, text);
    assert.doesNotMatch(text, /Alva|Inloggad som/);
    await pinField(box).waitFor(); // the form is still there
    assert.deepEqual(await axeViolations(page), []);

    // A page script of the site, with the browser's cookies for the API if it had any.
    const reads = await page.evaluate(async (root) => {
      const results: string[] = [];
      for (const path of ['/me/loans', '/session']) {
        try {
          const response = await fetch(root + path, { credentials: 'include' });
          results.push(`${path}: READ ${response.status} ${await response.text()}`);
        } catch (error) {
          results.push(`${path}: blocked (${(error as Error).name})`);
        }
        const opaque = await fetch(root + path, { credentials: 'include', mode: 'no-cors' });
        results.push(`${path} no-cors: ${opaque.type} ${opaque.status} "${await opaque.text()}"`);
      }
      return results;
    }, api);
    assert.deepEqual(reads, [
      '/me/loans: blocked (TypeError)',
      '/me/loans no-cors: opaque 0 ""',
      '/session: blocked (TypeError)',
      '/session no-cors: opaque 0 ""',
    ]);

    // What reached the API from the page: no login, and no session (the Ale login is in Ale's partition).
    const fromEvil = sites.forwarded.slice(seen).filter((f) => f.origin === origin(EVIL));
    // The login's POST needs a preflight: the API gives it no CORS permission, so Chromium sends no
    // POST; one that came all the same would be refused.
    const preflights = fromEvil.filter((f) => f.method === 'OPTIONS' && f.path === '/api/v1/session');
    const logins = fromEvil.filter((f) => f.method === 'POST' && f.path === '/api/v1/session');
    assert.ok(preflights.length + logins.length > 0, `the login was tried: ${JSON.stringify(fromEvil)}`);
    for (const login of logins) assert.equal(login.status, 403, 'a POST /session that reached the API is refused');
    const reads401 = fromEvil.filter((f) => f.method === 'GET' && (f.path === '/api/v1/me/loans' || f.path === '/api/v1/session'));
    assert.ok(reads401.length >= 2, JSON.stringify(fromEvil));
    for (const read of reads401) assert.equal(read.status, 401, `${read.method} ${read.path} carried no session`);

    await ale.reload();
    await expectLoggedIn(ale); // still logged in where she logged in
    await browsing.end(/blocked by CORS policy/);
  });

  it('the API answers listed origins only: CORS with Vary: Origin, and 403 forbidden_origin for a login from another', async () => {
    const login = JSON.stringify({ identifier: ALVA.card, pin: ALVA.pin });
    const refused = await sites.fetch(`${api}/session`, {
      method: 'POST',
      headers: { origin: origin(EVIL), 'content-type': 'application/json' },
      body: login,
    });
    assert.equal(refused.status, 403);
    assert.equal((JSON.parse(refused.body) as { code: string }).code, 'forbidden_origin');
    assert.equal(refused.headers['set-cookie'], undefined);
    assert.equal(refused.headers['access-control-allow-origin'], undefined);

    const preflight = (from: string) =>
      sites.fetch(`${api}/session`, {
        method: 'OPTIONS',
        headers: { origin: from, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    assert.equal((await preflight(origin(EVIL))).headers['access-control-allow-origin'], undefined, 'no CORS for www.evil.test');
    for (const host of [ALE, KUNGALV]) {
      const allowed = await preflight(origin(host));
      assert.equal(allowed.headers['access-control-allow-origin'], origin(host));
      assert.equal(allowed.headers['access-control-allow-credentials'], 'true');
      const read = await sites.fetch(`${api}/session`, { headers: { origin: origin(host) } });
      assert.equal(read.status, 401);
      assert.equal(read.headers['access-control-allow-origin'], origin(host));
      assert.match(String(read.headers.vary), /origin/i, 'Vary: Origin');
    }
    const evilRead = await sites.fetch(`${api}/session`, { headers: { origin: origin(EVIL) } });
    assert.equal(evilRead.headers['access-control-allow-origin'], undefined);
    assert.match(String(evilRead.headers.vary), /origin/i, 'Vary: Origin on every answer, so a cache cannot mix them');
  });
});

const WIDGETS = 'biv-login-box, biv-my-loans, biv-my-reservations';

describe('hostile pages', () => {
  it('a global stylesheet with resets and !important everywhere: the widgets render and work', async () => {
    servePage(ALE, '/fientlig', {
      title: 'Mina lån – Ale',
      styles: ['/site.css', '/hostile.css'],
      body: `<h1>Mina lån</h1>
<form action="/sok"><label for="q">Sök</label><input id="q" name="q"><button>Sök</button></form>
<biv-login-box endpoint="${api}"></biv-login-box>
<section aria-label="Lån"><biv-my-loans endpoint="${api}"></biv-my-loans></section>`,
    });
    const browsing = await Browsing.start();
    const page = await browsing.open(`${origin(ALE)}/fientlig`);
    const box = page.locator('biv-login-box');
    // The page's own form is gone, as its stylesheet says; the widget's is not.
    assert.equal(await page.locator('main > form').isVisible(), false, 'the hostile stylesheet applies');
    await pinField(box).waitFor({ state: 'visible' });

    const sizes = async () =>
      box.evaluate((host) => {
        const root = host.shadowRoot!;
        const measure = {
          size(el: Element | null) {
            if (!el) return null;
            const r = el.getBoundingClientRect();
            const s = getComputedStyle(el);
            return { width: Math.round(r.width), height: Math.round(r.height), fontSize: parseFloat(s.fontSize), visible: s.visibility === 'visible' && s.display !== 'none' };
          },
        };
        return {
          host: measure.size(host),
          inputs: [...root.querySelectorAll('input')].map((el) => measure.size(el)),
          button: measure.size(root.querySelector('button')),
        };
      });
    const form = await sizes();
    assert.ok(form.host && form.host.width >= 250 && form.host.height >= 150, `the box has a sane size: ${JSON.stringify(form.host)}`);
    assert.equal(form.inputs.length, 2);
    for (const input of form.inputs) {
      assert.ok(input?.visible && input.width >= 150 && input.height >= 44 && input.fontSize >= 14, `input: ${JSON.stringify(input)}`);
    }
    assert.ok(form.button?.visible && form.button.width >= 44 && form.button.height >= 44, `button: ${JSON.stringify(form.button)}`);
    await page.screenshot({ path: join(SHOTS, 'hostile-form.png'), fullPage: true });
    assert.deepEqual(await page.evaluate(layoutProblems, { selector: WIDGETS, page: false, allShown: true }), [], 'layout with the form');

    await logIn(box, ALVA.personnummer, ALVA.pin);
    await expectLoggedIn(page);
    const logout = box.getByRole('button', { name: 'Logga ut' });
    const logoutBox = await logout.boundingBox();
    assert.ok(logoutBox && logoutBox.width >= 44 && logoutBox.height >= 44, `Logga ut: ${JSON.stringify(logoutBox)}`);
    const renew = page.locator('biv-my-loans').getByRole('button', { name: 'Förnya Pippi Långstrump' });
    const renewBox = await renew.boundingBox();
    assert.ok(renewBox && renewBox.width >= 44 && renewBox.height >= 44, `Förnya: ${JSON.stringify(renewBox)}`);
    await page.screenshot({ path: join(SHOTS, 'hostile-logged-in.png'), fullPage: true });
    assert.deepEqual(await page.evaluate(layoutProblems, { selector: WIDGETS, page: false, allShown: true }), [], 'layout logged in');
    assert.deepEqual(await axeViolations(page), []);

    await logout.click();
    await expectLoggedOut(page);
    await browsing.end();
  });

  const STRICT = () =>
    `default-src 'none'; script-src ${apiOrigin}; style-src 'self'; connect-src ${apiOrigin}; img-src 'self'; base-uri 'none'; form-action 'self'; require-trusted-types-for 'script'; trusted-types lit-html`;

  it('a strict policy with Trusted Types as an HTTP header: no violation, no error, through a login, loans, reservations and a logout', async () => {
    servePage(KUNGALV, '/strikt', {
      title: 'Mina sidor – Kungälv',
      csp: STRICT(),
      body: `<h1>Mina sidor</h1>
<biv-login-box endpoint="${api}"></biv-login-box>
<section aria-label="Lån"><biv-my-loans endpoint="${api}"></biv-my-loans></section>
<section aria-label="Reservationer"><biv-my-reservations endpoint="${api}"></biv-my-reservations></section>`,
    });
    const browsing = await Browsing.start();
    const page = await browsing.context.newPage();
    const response = await page.goto(`${origin(KUNGALV)}/strikt`);
    assert.equal(await response?.headerValue('content-security-policy'), STRICT());
    assert.deepEqual(await page.locator('script:not([src]):not([type="application/json"])').count(), 0, 'no inline script');
    const box = page.locator('biv-login-box');
    await logIn(box, ALVA.card, ALVA.pin);
    await expectLoggedIn(page);
    const reservations = page.locator('biv-my-reservations');
    await reservations.getByText('Plats 3 i kön').waitFor();
    const loans = page.locator('biv-my-loans');
    await loans.getByRole('button', { name: 'Förnya Pippi Långstrump' }).click();
    await loans.getByRole('listitem').filter({ hasText: 'Pippi Långstrump' }).getByText(/^Förnyad/).waitFor();
    await reservations.getByRole('listitem').filter({ hasText: 'Sagan om ringen' }).getByRole('button', { name: /^Avboka/ }).click();
    await reservations.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await reservations.getByRole('dialog').waitFor({ state: 'hidden' });
    assert.deepEqual(await axeViolations(page), []);
    await box.getByRole('button', { name: 'Logga ut' }).click();
    await expectLoggedOut(page);
    assert.deepEqual(browsing.violations(), [], 'no CSP or Trusted Types violation');
    assert.deepEqual(browsing.errors(), [], 'no errors');

    // The watch hears violations: an inline style and an HTML string, both refused by the policy.
    // The page's own listener resolves once both were dispatched, after the watch's (capture) one.
    const refused = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          let heard = 0;
          let outcome = '';
          document.addEventListener('securitypolicyviolation', () => {
            if (++heard === 2) resolve(outcome);
          });
          const style = document.createElement('style');
          style.textContent = 'h1 { color: red }';
          document.head.append(style);
          try {
            document.body.insertAdjacentHTML('beforeend', '<p>x</p>');
            outcome = 'accepted';
          } catch (error) {
            outcome = (error as Error).name;
          }
        }),
    );
    assert.equal(refused, 'TypeError', 'Trusted Types refuse a string of HTML');
    await page.evaluate(() => true); // the binding's reports came before this answer
    assert.deepEqual(browsing.takeViolatedDirectives().sort(), ['require-trusted-types-for', 'style-src-elem']);
    await browsing.end(/Applying inline style violates|TrustedHTML/);
  });

  it('all of Mina sidor in <biv-my-pages> under the strict policy: each tab loads its part from the library site, the history exports a CSV', async () => {
    servePage(KUNGALV, '/mina-sidor-flikar', { title: 'Mina sidor – Kungälv', csp: STRICT(), body: `<h1>Mina sidor</h1>\n<biv-my-pages endpoint="${api}"></biv-my-pages>` });
    const browsing = await Browsing.start();
    const page = await browsing.open(`${origin(KUNGALV)}/mina-sidor-flikar#lanehistorik`);
    const myPages = page.locator('biv-my-pages');
    await logIn(myPages.locator('biv-login-box'), ALVA.card, ALVA.pin);
    const history = myPages.locator('biv-loan-history');
    await history.getByRole('heading', { name: 'Sommarboken' }).waitFor();

    // The CSV: a blob: download, which the page's policy does not govern.
    const download = page.waitForEvent('download');
    await history.getByRole('button', { name: 'Exportera som CSV' }).click();
    const file = await (await download).path();
    const csv = readFileSync(file, 'utf8');
    assert.match(csv, /^\uFEFF/, 'a BOM');
    assert.match(csv, /Sommarboken;Tove Jansson;/);

    const parts: [tab: string, tag: string, shows: string | RegExp][] = [
      ['Mina uppgifter', 'biv-my-profile', 'BIV-000001'],
      ['Lån', 'biv-my-loans', ALVA_LOANS[0]!],
      ['Reservationer', 'biv-my-reservations', 'Plats 3 i kön'],
      ['Minneslista', 'biv-wishlist', 'Aniara'],
      ['Byt PIN-kod', 'biv-change-pin', 'Nuvarande PIN-kod'],
      ['Spärra kortet', 'biv-block-card-button', 'Spärra kortet'],
    ];
    for (const [tab, tag, shows] of parts) {
      await myPages.getByRole('tab', { name: tab, exact: true }).click();
      await myPages.locator(tag).getByText(shows).first().waitFor();
    }
    assert.deepEqual(await axeViolations(page), []);
    await browsing.end();
  });

  it('right to left, 320 px wide and text at 200 %: nothing cut off, overlapping or scrolling sideways', async () => {
    servePage(ALE, '/rtl', {
      title: 'Mina lån – Ale',
      dir: 'rtl',
      body: `<h1>Mina lån</h1>
<biv-login-box endpoint="${api}" forgot-pin-href="/glomt-pin"></biv-login-box>
<section aria-label="Lån"><biv-my-loans endpoint="${api}"></biv-my-loans></section>
<section aria-label="Reservationer"><biv-my-reservations endpoint="${api}"></biv-my-reservations></section>`,
    });
    // A 320 px viewport at device scale 2 is what a 640 px window at 200 % browser zoom lays out.
    const browsing = await Browsing.start({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 });
    const page = await browsing.open(`${origin(ALE)}/rtl`);
    const box = page.locator('biv-login-box');
    await pinField(box).waitFor();
    // The page is right to left; the widget's Swedish keeps its own direction (dir="ltr" with lang="sv").
    assert.deepEqual(
      await box.evaluate((el) => [getComputedStyle(el).direction, getComputedStyle(el.shadowRoot!.querySelector('form')!).direction]),
      ['rtl', 'ltr'],
    );
    const check = async (label: string) => {
      // Loans off screen are not laid out (content-visibility: auto): a viewport as tall as the page shows them all.
      for (let i = 0; i < 10; i++) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        if (height <= (page.viewportSize()?.height ?? 0)) break;
        await page.setViewportSize({ width: 320, height });
      }
      await page.screenshot({ path: join(SHOTS, `${label}.png`) });
      assert.deepEqual(await page.evaluate(layoutProblems, { selector: WIDGETS, page: false, allShown: true }), [], label);
      await page.setViewportSize({ width: 320, height: 640 });
    };
    await check('rtl-320-form');
    await logIn(box, ALVA.personnummer, ALVA.pin);
    await expectLoggedIn(page);
    await check('rtl-320-logged-in');
    assert.deepEqual(await axeViolations(page), []);

    // Text at 200 %: the browser's text size setting (its default font size doubled) on the same
    // 320 px. Everything the widgets size in em and rem grows with it, as with text-only zoom.
    const cdp = await browsing.context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.reload();
    await expectLoggedIn(page);
    assert.equal(await box.evaluate((el) => getComputedStyle(el).fontSize), '32px');
    await check('rtl-320-text-200-logged-in');
    await box.getByRole('button', { name: 'Logga ut' }).click();
    await expectLoggedOut(page);
    await check('rtl-320-text-200-form');
    assert.deepEqual(await axeViolations(page), []);
    await browsing.end();
  });
});

describe('busy pages', () => {
  it('the script twice, elements added by a page script, two APIs: each endpoint keeps its own session', async () => {
    const api2Origin = origin(API2_HOST);
    sites.serve(ALE, '/lagg-till.js', {
      type: 'text/javascript; charset=utf-8',
      body: `// Adds widgets after the page has loaded, as a CMS block does.
window.addEventListener('load', () => {
  const add = (heading, tag, endpoint) => {
    const section = document.createElement('section');
    const h2 = document.createElement('h2');
    h2.textContent = heading;
    const element = document.createElement(tag);
    element.id = tag + '-' + (endpoint.includes('api2') ? '2' : '1');
    element.setAttribute('endpoint', endpoint);
    section.append(h2, element);
    document.querySelector('main').append(section);
  };
  add('Bibliotek två', 'biv-login-box', ${JSON.stringify(api2)});
  add('Dina lån', 'biv-my-loans', ${JSON.stringify(api)});
});
`,
    });
    servePage(ALE, '/mina-sidor', {
      title: 'Mina sidor – Ale',
      csp: policy({ scripts: [apiOrigin, api2Origin, `${origin(ALE)}/lagg-till.js`], connect: [apiOrigin, api2Origin] }),
      scripts: [`${apiOrigin}/biv-widgets.js`, `${apiOrigin}/biv-widgets.js`, `${api2Origin}/biv-widgets.js`, '/lagg-till.js'],
      body: `<h1>Mina sidor</h1>\n<biv-login-box id="biv-login-box-1" endpoint="${api}"></biv-login-box>`,
    });
    const browsing = await Browsing.start();
    const seen = sites.forwarded.length;
    const page = await browsing.open(`${origin(ALE)}/mina-sidor`);
    const one = page.locator('#biv-login-box-1');
    const two = page.locator('#biv-login-box-2');
    await pinField(one).waitFor();
    await pinField(two).waitFor();
    await page.locator('biv-my-loans').getByRole('heading', { name: 'Logga in för att se dina lån' }).waitFor();
    const sessionReads = (host: string) =>
      sites.forwarded.slice(seen).filter((f) => f.host === host && f.method === 'GET' && f.path === '/api/v1/session').length;
    assert.equal(sessionReads(API_HOST), 1, 'one GET /session for the two elements of the first API');
    assert.equal(sessionReads(API2_HOST), 1, 'one GET /session for the second API');

    await logIn(one, ALVA.card, ALVA.pin);
    await one.getByText(ALVA.name).waitFor();
    await page.locator('biv-my-loans').getByRole('heading', { name: ALVA_LOANS[0] }).waitFor();
    assert.doesNotMatch(await shadowText(two), /Inloggad som/, 'the second API has its own session');
    await logIn(two, KARIN.card, KARIN.pin);
    await two.getByText(KARIN.name).waitFor();
    assert.match(await shadowText(one), new RegExp(ALVA.name));
    assert.deepEqual(await axeViolations(page), []);

    const partitions = async (host: string) => (await sessionCookies(browsing.context, host)).map((c) => c.partitionKey);
    assert.deepEqual([await partitions(API_HOST), await partitions(API2_HOST)], [['https://ale.test'], ['https://ale.test']], 'a cookie per API');

    await page.reload();
    await page.locator('#biv-login-box-1').getByText(ALVA.name).waitFor();
    await page.locator('#biv-login-box-2').getByText(KARIN.name).waitFor();

    await one.getByRole('button', { name: 'Logga ut' }).click();
    await pinField(one).waitFor();
    await page.locator('biv-my-loans').getByRole('heading', { name: 'Logga in för att se dina lån' }).waitFor();
    assert.match(await shadowText(two), new RegExp(KARIN.name), 'logging out of one API leaves the other');
    await page.reload();
    await pinField(page.locator('#biv-login-box-1')).waitFor();
    await page.locator('#biv-login-box-2').getByText(KARIN.name).waitFor();
    await browsing.end();
  });
});
