import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { loadConfig } from './config.js';
import { readConsortium, type Municipality } from './consortium.js';
import { DemoSites, fillTemplate, municipalPagePolicy, templateValues, withPort } from './demo-sites.js';
import { DEMO_LIBRARIES } from './demo-libraries.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const demoDir = join(root, 'demo');
const consortium = readConsortium(join(demoDir, 'consortium.json'));

/** WCAG 2.x contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The tokens docs/theming.md documents (its token table), with their defaults. */
function documentedTokens(): Map<string, string> {
  const doc = readFileSync(join(root, 'docs/theming.md'), 'utf8');
  const tokens = new Map<string, string>();
  for (const match of doc.matchAll(/^\| `(--biv-[a-z0-9-]+)` \| `?([^|`]*)`? \|/gm)) tokens.set(match[1]!, match[2]!.trim());
  return tokens;
}

describe('demo/consortium.json', () => {
  it('lists the seven municipalities of the library list, each on its own *.localhost site with its reset page there', () => {
    assert.deepEqual(
      consortium.map((m) => m.id),
      ['ale', 'kungalv', 'lillaedet', 'orust', 'stenungsund', 'tjorn', 'ockero'],
    );
    const names = new Set(DEMO_LIBRARIES.map((l) => l.municipality));
    for (const m of consortium) {
      assert.ok(names.has(m.name), `${m.name} is a municipality of the library list`);
      assert.deepEqual(m.sites, [`http://www.${m.id}.localhost`]);
      assert.equal(m.pinResetPage, `http://www.${m.id}.localhost/glomt-pin.html`);
    }
  });

  it('themes use only documented custom properties, and meet WCAG 2.2 AA contrast', () => {
    const tokens = documentedTokens();
    assert.ok(tokens.has('--biv-color-accent') && tokens.has('--biv-radius'), 'the token table is read');
    const accents = new Set<string>();
    for (const m of consortium) {
      for (const name of Object.keys(m.theme)) assert.ok(tokens.has(name), `${m.id}: ${name} is documented in docs/theming.md`);
      const token = (name: string) => m.theme[name] ?? tokens.get(name)!;
      const accent = token('--biv-color-accent');
      const surface = token('--biv-color-surface');
      accents.add(accent);
      assert.ok(contrast(accent, token('--biv-color-accent-contrast')) >= 4.5, `${m.id}: text on the accent`);
      assert.ok(contrast(accent, surface) >= 4.5, `${m.id}: links on the surface`);
      assert.ok(contrast(token('--biv-color-border'), surface) >= 3, `${m.id}: input borders`);
      for (const text of ['--biv-color-text', '--biv-color-text-muted', '--biv-color-accent']) {
        assert.ok(contrast(token(text), token('--biv-color-note-background')) >= 4.5, `${m.id}: ${text} on notes`);
      }
    }
    assert.equal(accents.size, consortium.length, 'each municipality has its own accent');
  });
});

describe('demo sites', () => {
  it('give the *.localhost sites and reset pages the port, and leave other URLs alone', () => {
    const ale = consortium[0]!;
    assert.deepEqual(withPort(ale, 4321), { ...ale, sites: ['http://www.ale.localhost:4321'], pinResetPage: 'http://www.ale.localhost:4321/glomt-pin.html' });
    assert.deepEqual(withPort(ale, 80).sites, ['http://www.ale.localhost']);
    assert.deepEqual(withPort(ale, undefined), ale);
    const real: Municipality = { id: 'ale', name: 'Ale', sites: ['https://www.ale.se', 'http://www.ale.localhost:9000'], pinResetPage: '/glomt-pin', theme: {} };
    assert.deepEqual(withPort(real, 4321), real);
  });

  it('fill every template completely, escaped, and refuse an unknown placeholder', () => {
    const templates = readdirSync(join(demoDir, 'kommun')).filter((f) => f.endsWith('.html'));
    assert.deepEqual(templates.sort(), ['glomt-pin.html', 'index.html', 'mina-sidor.html', 'skaffa-lanekort.html']);
    for (const m of consortium) {
      for (const file of templates) {
        const html = fillTemplate(readFileSync(join(demoDir, 'kommun', file), 'utf8'), templateValues(m, 'http://api.biv.localhost:4321'));
        assert.doesNotMatch(html, /\{\{|\}\}/, `${m.id} ${file}`);
        assert.match(html, /<script type="module" src="http:\/\/api\.biv\.localhost:4321\/biv-widgets\.js"><\/script>/);
        assert.match(html, /<script type="application\/json" id="biv-config">\{ "endpoint": "http:\/\/api\.biv\.localhost:4321\/api\/v1" \}<\/script>/);
        assert.doesNotMatch(html, /<script(?![^>]*(type="module" src=|type="application\/json"))/, 'no inline script');
      }
    }
    assert.equal(fillTemplate('<b>{{name}}</b>', { name: 'A & <B>' }), '<b>A &amp; &lt;B&gt;</b>');
    assert.throws(() => fillTemplate('{{nope}}', {}), /unknown placeholder \{\{nope\}\}/);
  });

  /** The demo's sites with a stand-in API behind them, configured and listening on `port`. */
  function demoApp(env: NodeJS.ProcessEnv = {}, port = 4321) {
    const config = loadConfig({ PORT: '0', ...env });
    const sites = DemoSites.forDemo(demoDir, env);
    sites.configure(config);
    const app = new Hono();
    app.use('*', sites.handler(config));
    app.get('/api/v1/libraries', (c) => c.json({ libraries: [] }));
    app.get('/index.html', (c) => c.text('library page'));
    const lines = sites.listening(config, port);
    const get = (path: string, host: string) => app.request(`http://${host}${path}`, { headers: { host } });
    return { config, lines, get };
  }

  it('join the configuration as a consortium file would, on the port, keeping BIV_ALLOWED_ORIGINS and BIV_PIN_RESET_PAGES', () => {
    const { config, lines } = demoApp({ BIV_ALLOWED_ORIGINS: 'https://intranet.example.se', BIV_PIN_RESET_PAGES: 'Göteborg=https://goteborg.se/pin' });
    assert.deepEqual(config.allowedOrigins, ['https://intranet.example.se', ...consortium.map((m) => `http://www.${m.id}.localhost:4321`)]);
    assert.equal(config.pinResetPages.Ale, 'http://www.ale.localhost:4321/glomt-pin.html');
    assert.equal(config.pinResetPages['Öckerö'], 'http://www.ockero.localhost:4321/glomt-pin.html');
    assert.equal(config.pinResetPages['Göteborg'], 'https://goteborg.se/pin');
    assert.equal(config.municipalities.length, 7);
    assert.deepEqual(lines[0], { name: 'Bibliotek i Väst (API, biv-widgets.js)', url: 'http://api.biv.localhost:4321/' });
    assert.deepEqual(lines[2], { name: 'Kungälvs kommun', url: 'http://www.kungalv.localhost:4321/' });
  });

  it('refuse a reset page given both in demo/consortium.json and in BIV_PIN_RESET_PAGES, as loadConfig does for a consortium file', () => {
    assert.throws(() => demoApp({ BIV_PIN_RESET_PAGES: 'Ale=https://www.ale.se/pin' }), /Ale has a PIN reset page both in demo\/consortium\.json and in BIV_PIN_RESET_PAGES/);
  });

  it('serve a municipality its pages with a strict CSP, its theme and its CSS, and nothing else, on its host', async () => {
    const { get } = demoApp();
    const page = await get('/', 'www.kungalv.localhost:4321');
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(page.headers.get('content-security-policy'), municipalPagePolicy('http://api.biv.localhost:4321'));
    assert.match(page.headers.get('content-security-policy')!, /script-src http:\/\/api\.biv\.localhost:4321;/);
    const html = await page.text();
    assert.match(html, /<title>Bibliotekskort – Kungälvs kommun<\/title>/);
    assert.match(html, /Biblioteken i Kungälv/);

    const theme = await get('/theme.css', 'www.kungalv.localhost:4321');
    assert.equal(theme.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.match(await theme.text(), /:root \{[^}]*--biv-color-accent: #a1172f;/);
    assert.equal((await get('/kommun.css', 'www.kungalv.localhost:4321')).status, 200);
    for (const path of ['/mina-sidor.html', '/skaffa-lanekort.html', '/glomt-pin.html']) {
      assert.equal((await get(path, 'www.ale.localhost:4321')).status, 200, path);
    }
    // The API and the library's files are on the library's host only.
    for (const path of ['/api/v1/libraries', '/site.css', '/biv-widgets.js', '/nope.html', '/../consortium.json']) {
      assert.equal((await get(path, 'www.ale.localhost:4321')).status, 404, path);
    }
    // Another port is not the site.
    assert.equal(await (await get('/index.html', 'www.ale.localhost:9999')).text(), 'library page');
  });

  it('on the library host: the templates are not pages, /demo/kommun/<id> leads to the site, /demo/kommuner.json lists the looks', async () => {
    const { get } = demoApp();
    assert.equal((await get('/kommun/index.html', 'api.biv.localhost:4321')).status, 404);
    assert.equal((await get('/kommun/', '127.0.0.1:4321')).status, 404);
    const redirect = await get('/demo/kommun/tjorn', '127.0.0.1:4321');
    assert.equal(redirect.status, 302);
    assert.equal(redirect.headers.get('location'), 'http://www.tjorn.localhost:4321/');
    assert.equal((await get('/demo/kommun/gothenburg', '127.0.0.1:4321')).status, 404);
    const list = (await (await get('/demo/kommuner.json', 'api.biv.localhost:4321')).json()) as { municipalities: { id: string; kommun: string; site: string; theme: Record<string, string> }[] };
    assert.equal(list.municipalities.length, 7);
    assert.deepEqual(list.municipalities[6], { id: 'ockero', name: 'Öckerö', kommun: 'Öckerö kommun', site: 'http://www.ockero.localhost:4321', theme: consortium[6]!.theme });
    assert.equal(await (await get('/index.html', 'api.biv.localhost:4321')).text(), 'library page');
  });

  it('with BIV_CONSORTIUM_FILE, serve its *.localhost sites as they are written', async () => {
    const { config, get } = demoApp({ BIV_CONSORTIUM_FILE: join(demoDir, 'consortium.json') });
    assert.deepEqual(config.allowedOrigins, consortium.map((m) => m.sites[0]));
    assert.equal((await get('/', 'www.ale.localhost')).status, 200);
    assert.equal((await get('/', 'www.ale.localhost:4321')).status, 404, 'not on another port: the file said port 80');
  });
});
