/**
 * The long list: how `<biv-my-loans>` renders the 300 loans of the demo patron Hugo Holm.
 *
 * The built demo server (`biv-server demo`, as `npm start` runs it) on a fresh database, and
 * Debian's Chromium through playwright-core. Each round opens /mina-lan.html logged in as Hugo,
 * records every long task (the Long Tasks API: main-thread work over 50 ms) from navigation until
 * all 300 loans are in the list, and then re-sorts by title and records again. Before each round
 * the same page opens for a patron without loans (Elin): the script's own start-up is in both,
 * so the difference is what the list costs. Nothing asserts on time; the figures are printed.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium, startServerProcess } from '../scripts/harness.mjs';
import { fixed, median, table } from './stats.js';

const HUGO = { identifier: '1000000007', pin: '7913' };
/** The baseline: the same page for a patron with no loans (Elin), so what the list costs stands out. */
const ELIN = { identifier: '19550114-2284', pin: '5791' };

export interface LongListRound {
  /** The same page for a patron without loans: its longest task. */
  baselineLongestTaskMs: number;
  loadMs: number;
  longestTaskMs: number;
  longTasks: number;
  sortLongestTaskMs: number;
}

/** Long tasks seen by the page so far (collected by an init script). */
const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

/** Runs in the page: whether the element shows at least `n` loans (each a `part="item"`). */
const shows = (n: number) => (document.querySelector('biv-my-loans')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) >= n;
/** Runs in the page: whether the element says the patron has no loans. */
const showsEmpty = () => document.querySelector('biv-my-loans')?.matches(':state(empty)') ?? false;

async function loggedIn(browser: Browser, url: string, patron: { identifier: string; pin: string }): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const login = await context.request.post(`${url}/api/v1/session`, { data: patron, headers: { origin: url } });
  if (login.status() !== 200) throw new Error(`logging in as ${patron.identifier} failed: ${login.status()}`);
  await context.addInitScript(OBSERVE_LONG_TASKS);
  return context;
}

const takeLongTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));

export async function longList(rounds: number): Promise<LongListRound[]> {
  const server = await startServerProcess({ from: 'build' });
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await loggedIn(browser, server.url, HUGO);
    const baseline = await loggedIn(browser, server.url, ELIN);
    const results: LongListRound[] = [];
    for (let round = 0; round < rounds + 1; round++) {
      const empty = await baseline.newPage();
      await empty.goto(`${server.url}/mina-lan.html`);
      await empty.waitForFunction(showsEmpty, undefined, { timeout: 30_000, polling: 50 });
      await empty.waitForTimeout(200);
      const baselineTasks = await takeLongTasks(empty);
      await empty.close();
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(`${server.url}/mina-lan.html`);
      await page.waitForFunction(shows, 300, { timeout: 30_000, polling: 50 });
      const loadMs = Date.now() - started;
      await page.waitForTimeout(200); // let the observer deliver
      const loadTasks = await takeLongTasks(page);
      // Re-sort by title through the element's own control.
      const select = page.locator('biv-my-loans').getByRole('combobox').first();
      if ((await select.count()) > 0) {
        const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
        const other = values.find((v) => v !== (values[0] ?? ''));
        if (other) await select.selectOption(other);
        await page.waitForTimeout(300);
      }
      const sortTasks = await takeLongTasks(page);
      await page.close();
      if (round === 0) continue; // warm-up: the first load compiles the code
      results.push({ baselineLongestTaskMs: Math.max(0, ...baselineTasks), loadMs, longestTaskMs: Math.max(0, ...loadTasks), longTasks: loadTasks.length, sortLongestTaskMs: Math.max(0, ...sortTasks) });
    }
    return results;
  } finally {
    await browser.close();
    await server.stop();
  }
}

export function formatLongList(rounds: LongListRound[]): string {
  const rows = rounds.map((r, i) => [i + 1, fixed(r.baselineLongestTaskMs), r.loadMs, fixed(r.longestTaskMs), r.longTasks, fixed(r.sortLongestTaskMs)]);
  const med = (pick: (r: LongListRound) => number) => fixed(median(rounds.map(pick)));
  return [
    table([['round', 'no loans: longest task, ms', '300 loans: until shown, ms', 'longest task, ms', 'long tasks (>50 ms)', 'on re-sort, ms'], ...rows]),
    '',
    `median longest task: ${med((r) => r.baselineLongestTaskMs)} ms without loans, ${med((r) => r.longestTaskMs)} ms with 300 loans, ${med((r) => r.sortLongestTaskMs)} ms on re-sort (0 = no task over 50 ms)`,
  ].join('\n');
}
