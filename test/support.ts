/**
 * End-to-end support: the real demo server (built, as `npm start` runs it) on a free port with a
 * fresh database, and Debian's Chromium driven by playwright-core.
 */
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { CHROMIUM_ARGS, requireChromium, startServerProcess, type ServerProcess } from '../scripts/harness.mjs';

export type DemoServer = ServerProcess;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS, headless: true });
}

/** Start `biv-server demo` from the build, as `npm start` does, on a free port with a fresh database. */
export function startDemoServer(env: Record<string, string> = {}): Promise<DemoServer> {
  return startServerProcess({ from: 'build', env });
}

/**
 * For an end-to-end file: the demo server and a browser, started before its tests and stopped
 * after them. The fields are set once `before` has run. `env` is awaited then too, so it may start
 * what the server needs first (such as a mail server, for its port).
 */
export function useDemoSite(env: () => Record<string, string> | Promise<Record<string, string>> = () => ({})): { server: DemoServer; browser: Browser } {
  const site = {} as { server: DemoServer; browser: Browser };
  before(async () => {
    site.server = await startDemoServer(await env());
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}

/** An axe-core scan of the whole page (shadow roots included); returns the violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Collect CSP violations and uncaught errors of a page. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(`console: ${message.text()}`);
  });
  return errors;
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** CSP violations, uncaught errors and console errors seen so far. */
  errors: string[];
  /** How many requests matched `count` since the page was opened. */
  requests: () => number;
}

/**
 * Open a URL in a new context (Swedish locale and time zone unless told otherwise), watching for
 * errors and counting the requests that match `count`.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: { locale?: string; count?: { method: string; path: string } } = {},
): Promise<OpenPage> {
  const context = await browser.newContext({ locale: options.locale ?? 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = watchPageErrors(page);
  let counted = 0;
  const { count } = options;
  if (count) {
    page.on('request', (request) => {
      if (request.method() === count.method && new URL(request.url()).pathname === count.path) counted++;
    });
  }
  await page.goto(url);
  return { context, page, errors, requests: () => counted };
}
