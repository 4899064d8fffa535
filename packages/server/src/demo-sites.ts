/**
 * The demo's municipal sites (`biv-server demo`): each municipality of the consortium gets pages of
 * its own on its own host name, `http://www.<id>.localhost:<port>`, another site than the library's
 * `http://api.biv.localhost:<port>` that serves the API and `biv-widgets.js`. Browsers resolve every
 * `*.localhost` name to this machine and treat it as a secure context, so one server process shows
 * widgets embedded on other sites, as on the municipalities' own CMS pages.
 *
 * The pages are the templates in `demo/kommun/`, filled in at request time with the municipality's
 * name and the library's origin (its port is only known once the server listens), and styled by
 * the municipality's theme (`/theme.css`, from `themeCss`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { joinMunicipalities, type Config } from './config.js';
import { readConsortium, themeCss, type Municipality } from './consortium.js';

/** The library's own host name in the demo: the API, `biv-widgets.js` and the library's pages. */
export const DEMO_LIBRARY_HOST = 'api.biv.localhost';

/** Template pages by path on a municipal host. */
const PAGES: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/mina-sidor.html': 'mina-sidor.html',
  '/skaffa-lanekort.html': 'skaffa-lanekort.html',
  '/glomt-pin.html': 'glomt-pin.html',
};

/** The municipalities' official names (the genitive is not a rule: "Ale kommun", "Kungälvs kommun"). */
const OFFICIAL_NAMES: Record<string, string> = {
  Ale: 'Ale kommun',
  Kungälv: 'Kungälvs kommun',
  'Lilla Edet': 'Lilla Edets kommun',
  Orust: 'Orust kommun',
  Stenungsund: 'Stenungsunds kommun',
  Tjörn: 'Tjörns kommun',
  Öckerö: 'Öckerö kommun',
};

export const officialName = (m: Pick<Municipality, 'name'>): string => OFFICIAL_NAMES[m.name] ?? m.name;

const isDemoHost = (hostname: string) => hostname.endsWith('.localhost');

/** `http://www.ale.localhost` on `port`; other URLs (real sites, paths, given ports) as they are. */
function onPort(url: string, port: number | undefined): string {
  if (port === undefined || url.startsWith('/')) return url;
  const parsed = new URL(url);
  if (!isDemoHost(parsed.hostname) || parsed.port !== '') return url;
  const page = parsed.pathname !== '/' || parsed.search !== '' || parsed.hash !== '';
  parsed.port = String(port);
  return page ? parsed.href : parsed.origin;
}

/** A municipality whose demo sites are given the port the server listens on. */
export function withPort(m: Municipality, port: number | undefined): Municipality {
  return {
    ...m,
    sites: m.sites.map((site) => onPort(site, port)),
    ...(m.pinResetPage === undefined ? {} : { pinResetPage: onPort(m.pinResetPage, port) }),
  };
}

/** The library's origin in the demo: `http://api.biv.localhost:<port>`. */
export const libraryOrigin = (port: number): string => `http://${DEMO_LIBRARY_HOST}:${port}`;

/**
 * The Content-Security-Policy of a municipal page, as a strict municipal CMS sends it: scripts and
 * API calls from the library's origin only, styles from the page's own site, Trusted Types with
 * lit-html's policy.
 */
export function municipalPagePolicy(library: string): string {
  return [
    "default-src 'none'",
    `script-src ${library}`,
    `connect-src ${library}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

/**
 * A template with its `{{placeholders}}` filled (HTML-escaped). An unknown placeholder is an
 * error: a page must never go out half-filled.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{([a-z]+)\}\}/g, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`demo template: unknown placeholder {{${key}}}`);
    return escapeHtml(value);
  });
}

/** What a municipal template page is filled with. */
export function templateValues(m: Municipality, library: string): Record<string, string> {
  return { id: m.id, name: m.name, kommun: officialName(m), api: library };
}

/** The municipality one of whose demo sites (`*.localhost`) is the request's Host, if any. */
function municipalityAt(municipalities: Municipality[], host: string): Municipality | undefined {
  return municipalities.find((m) =>
    m.sites.some((site) => {
      const url = new URL(site);
      return isDemoHost(url.hostname) && url.host === host;
    }),
  );
}

/** The first demo site (`*.localhost`) of a municipality. */
export const demoSiteOf = (m: Municipality): string | undefined => m.sites.find((site) => isDemoHost(new URL(site).hostname));

const pageHeaders = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
  // As every demo page: links and requests to other sites get no Referer (see static.ts).
  'referrer-policy': 'same-origin',
};

/**
 * The municipal demo sites. Built by `biv-server demo` and handed to `startServer`, which calls
 * `configure` before the app is built, `handler` for the routes, and `listening` with the port.
 */
export class DemoSites {
  private port: number | undefined;
  /** The configuration as read from the environment, before the demo's municipalities joined it. */
  private base: Pick<Config, 'allowedOrigins' | 'pinResetPages' | 'municipalities'> | undefined;

  /**
   * @param templateDir `demo/kommun/`: the template pages and `kommun.css`.
   * @param own The demo's own municipalities (`demo/consortium.json`), whose `*.localhost` sites
   *   get the port; undefined when `BIV_CONSORTIUM_FILE` configures them (taken as they are).
   */
  constructor(
    private readonly templateDir: string,
    private readonly own: Municipality[] | undefined,
  ) {}

  /** `demo/consortium.json`, unless `BIV_CONSORTIUM_FILE` names the consortium. */
  static forDemo(demoDir: string, env: NodeJS.ProcessEnv = process.env): DemoSites {
    const own = env.BIV_CONSORTIUM_FILE ? undefined : readConsortium(join(demoDir, 'consortium.json'));
    return new DemoSites(join(demoDir, 'kommun'), own);
  }

  /**
   * Before the app is built: the demo's municipalities join the configuration as `loadConfig`
   * adds those of `BIV_CONSORTIUM_FILE` (sites to the allowed origins, reset pages by name), on the
   * configured port when it is not 0.
   */
  configure(config: Config): void {
    this.base = { allowedOrigins: [...config.allowedOrigins], pinResetPages: { ...config.pinResetPages }, municipalities: [...config.municipalities] };
    this.apply(config, config.port === 0 ? undefined : config.port);
  }

  /**
   * Once the server listens: the sites and reset pages get the port (the app reads the
   * configuration at request time). Returns the municipal sites' addresses, for the start message.
   */
  listening(config: Config, port: number): { name: string; url: string }[] {
    this.port = port;
    this.apply(config, port);
    const sites = config.municipalities.flatMap((m) => {
      const site = demoSiteOf(m);
      return site ? [{ name: officialName(m), url: `${site}/` }] : [];
    });
    return [{ name: 'Bibliotek i Väst (API, biv-widgets.js)', url: `${libraryOrigin(port)}/` }, ...sites];
  }

  private apply(config: Config, port: number | undefined): void {
    if (!this.own || !this.base) return;
    const mine = this.own.map((m) => withPort(m, port));
    const ids = new Set(mine.map((m) => m.id));
    config.municipalities = [...this.base.municipalities.filter((m) => !ids.has(m.id)), ...mine];
    Object.assign(config, joinMunicipalities(this.base, mine, 'demo/consortium.json'));
  }

  /**
   * The routes: on a municipal host its pages, `/kommun.css` and `/theme.css`, and nothing else (its
   * pages use the library's API on the library's host). On any other host, `/demo/kommuner.json`
   * (the municipalities and their looks, for the configurator) and `/demo/kommun/<id>` (a redirect to
   * the municipality's site); the templates themselves are not pages of the library's site.
   */
  handler(config: Config): MiddlewareHandler {
    return async (c, next) => {
      const host = (c.req.header('host') ?? '').toLowerCase();
      const m = municipalityAt(config.municipalities, host);
      const path = c.req.path;
      const reading = c.req.method === 'GET' || c.req.method === 'HEAD';
      if (!m) {
        if (path === '/kommun' || path.startsWith('/kommun/')) return c.text('Not found', 404);
        if (!reading) return next();
        if (path === '/demo/kommuner.json') {
          const list = config.municipalities.map((x) => ({ id: x.id, name: x.name, kommun: officialName(x), site: demoSiteOf(x) ?? null, theme: x.theme }));
          return c.json({ municipalities: list }, 200, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
        }
        const to = /^\/demo\/kommun\/([a-z0-9-]+)\/?$/.exec(path)?.[1];
        if (to !== undefined) {
          const site = config.municipalities.find((x) => x.id === to);
          const url = site && demoSiteOf(site);
          return url ? c.redirect(`${url}/`, 302) : c.text('Not found', 404);
        }
        return next();
      }
      if (!reading) return c.text('Method not allowed', 405, { allow: 'GET, HEAD' });
      if (this.port === undefined) return c.text('Starting', 503, { 'retry-after': '1' });
      const library = libraryOrigin(this.port);
      if (path === '/theme.css') return c.body(themeCss(m), 200, { ...pageHeaders, 'content-type': 'text/css; charset=utf-8' });
      if (path === '/kommun.css') {
        const css = await readFile(join(this.templateDir, 'kommun.css'));
        return c.body(css, 200, { ...pageHeaders, 'content-type': 'text/css; charset=utf-8' });
      }
      const page = PAGES[path];
      if (page === undefined) return c.text('Sidan finns inte.', 404, pageHeaders);
      const template = await readFile(join(this.templateDir, page), 'utf8');
      return c.body(fillTemplate(template, templateValues(m, library)), 200, {
        ...pageHeaders,
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': municipalPagePolicy(library),
      });
    };
  }
}
