/**
 * "Min lånehistorik" end to end: the demo's /lanehistorik.html (strict CSP), the built CMS module,
 * the real server and database, in Chromium with axe-core. Lisa's 5,000 loans are searched, sorted,
 * shown 100 more and exported by keyboard alone (the CSV file read back from the download); Hugo,
 * who never turned it on, turns it on and off; Alva turns it off and deletes her six loans, and the
 * server has none left. The page at 320 px with text at 200 % does not scroll sideways.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { LOAN_HISTORY } from './fixtures.js';
import { layoutProblems } from './layout-problems.js';
import { axeViolations, openPage, useDemoSite } from './support.js';

const site = useDemoSite();

const LISA = { identifier: LOAN_HISTORY.long.card, pin: LOAN_HISTORY.long.pin, name: LOAN_HISTORY.long.name };
const ALVA = { identifier: LOAN_HISTORY.alva.card, pin: LOAN_HISTORY.alva.pin, name: 'Alva Andersson' };
/** Hugo Holm: 300 loans, and a loan history he never turned on (nothing stored). */
const HUGO = { identifier: '1000000007', pin: '7913', name: 'Hugo Holm' };

interface ApiHistory {
  enabled: boolean;
  entries: { title: string; author?: string }[];
}

const historyOf = async (page: Page): Promise<ApiHistory> => (await page.request.get(`${site.server.url}/api/v1/me/history`)).json() as Promise<ApiHistory>;

/** The focused element, through shadow roots: its tag, id and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.localName ?? '', id: el?.id ?? '', text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(), label: el?.getAttribute('aria-label') ?? '' };
  });

/** Press Tab until the focused element matches (at most 40 times): the way a keyboard user gets there. */
async function tabTo(page: Page, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

/** Log in with the page's login box by keyboard alone. */
async function logIn(page: Page, patron: { identifier: string; pin: string; name: string }) {
  const box = page.locator('#main-login');
  await box.locator('#identifier').waitFor();
  await tabTo(page, (f) => f.id === 'identifier', 'the identifier field');
  await page.keyboard.type(patron.identifier);
  await tabTo(page, (f) => f.id === 'pin', 'the PIN field');
  await page.keyboard.type(patron.pin);
  await page.keyboard.press('Enter');
  await box.getByText(patron.name).waitFor();
}

async function visit(patron: { identifier: string; pin: string; name: string }) {
  const opened = await openPage(site.browser, `${site.server.url}/lanehistorik.html`);
  await logIn(opened.page, patron);
  return opened;
}

const countText = (page: Page) => page.locator('biv-loan-history').locator('.count').innerText();

describe('Min lånehistorik on the demo site', () => {
  it('Lisa searches, sorts, shows more and exports her 5,000 loans by keyboard alone', async () => {
    const { page, errors } = await visit(LISA);
    const history = page.locator('biv-loan-history');
    await history.getByText('Visar 100 av 5 000 lån').waitFor({ timeout: 20_000 });
    assert.equal(await history.locator('li.entry').count(), 100);
    assert.deepEqual(await axeViolations(page), []);

    // Sort by title: Tab to the select, then the arrow keys.
    await tabTo(page, (f) => f.id === 'history-sort', 'the sort select');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.querySelector('biv-loan-history')?.getAttribute('sort') === 'title');
    const titles = await history.locator('li.entry h2, li.entry h3').allTextContents();
    assert.deepEqual(titles, [...titles].sort(new Intl.Collator('sv').compare));

    // "Visa 100 till": the focus goes to the first new row.
    await tabTo(page, (f) => f.text === 'Visa 100 till', 'Visa 100 till');
    await page.keyboard.press('Enter');
    await history.getByText('Visar 200 av 5 000 lån').waitFor();
    const first = await focused(page);
    assert.equal(first.id, 'row-100', `focus on the first new row, not ${JSON.stringify(first)}`);
    assert.equal(first.text, (await history.locator('li.entry').nth(100).locator('.title').innerText()).trim());

    // Search: back to the field (Shift+Tab), typed letter by letter.
    for (let i = 0; i < 80 && (await focused(page)).id !== 'history-search'; i++) await page.keyboard.press('Shift+Tab');
    assert.equal((await focused(page)).id, 'history-search');
    await page.keyboard.type('fyren', { delay: 30 });
    await page.waitForFunction(() => (document.querySelector('biv-loan-history')?.shadowRoot?.querySelector('.count')?.textContent ?? '').includes('som matchar'));
    const all = (await historyOf(page)).entries;
    const expected = all.filter((e) => e.title.toLowerCase().includes('fyren') || (e.author ?? '').toLowerCase().includes('fyren'));
    assert.ok(expected.length > 100, `more than a page of matches: ${expected.length}`);
    const n = new Intl.NumberFormat('sv-SE').format(expected.length);
    assert.equal((await countText(page)).replace(/\s/g, ' '), `Visar 100 av ${n} lån som matchar sökningen`.replace(/\s/g, ' '));
    assert.deepEqual(await axeViolations(page), [], 'with a search');

    // Export what the search finds, every match in the order shown.
    await tabTo(page, (f) => f.text === 'Exportera som CSV', 'Exportera som CSV');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /^lanehistorik-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte order mark');
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    assert.equal(lines[0], 'Titel;Författare;Medietyp;Bibliotek;Lånad;Återlämnad');
    assert.equal(lines.length - 1, expected.length, 'every match, not only the 100 shown');
    const csvTitles = lines.slice(1).map((line) => line.split(';')[0] as string);
    assert.deepEqual(csvTitles, [...csvTitles].sort(new Intl.Collator('sv').compare), 'in the order shown (title)');
    for (const line of lines.slice(1)) assert.match(line, /;\d{4}-\d{2}-\d{2};\d{4}-\d{2}-\d{2}$/);
    await history.getByText(`${n} lån har exporterats till en CSV-fil.`).waitFor();
    assert.deepEqual(errors, [], 'no CSP violation or error (the blob: download included)');
  });

  it('Hugo, who never turned it on, turns it on and off again', async () => {
    const { page, errors } = await visit(HUGO);
    const history = page.locator('biv-loan-history');
    await history.getByText('Din lånehistorik sparas inte.').waitFor();
    assert.deepEqual(await historyOf(page), { enabled: false, entries: [] });
    await tabTo(page, (f) => f.id === 'history-enabled', 'the checkbox');
    await page.keyboard.press('Space');
    await history.getByText('Din lånehistorik sparas från och med nu.').waitFor();
    assert.equal((await historyOf(page)).enabled, true);
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Space');
    await history.getByText('Din lånehistorik sparas inte längre.').waitFor();
    assert.deepEqual(await historyOf(page), { enabled: false, entries: [] });
    assert.deepEqual(errors, []);
  });

  it('Alva turns it off and deletes her history: the server has none left', async () => {
    const { page, errors } = await visit(ALVA);
    const history = page.locator('biv-loan-history');
    await history.getByText('Visar 6 av 6 lån').waitFor();
    assert.equal((await historyOf(page)).entries.length, 6);
    await tabTo(page, (f) => f.id === 'history-enabled', 'the checkbox');
    await page.keyboard.press('Space');
    const dialog = history.getByRole('dialog');
    await dialog.waitFor();
    assert.equal((await focused(page)).text, 'Avbryt', 'the safe choice has the focus');
    assert.deepEqual(await axeViolations(page), [], 'with the dialog open');
    await tabTo(page, (f) => f.text === 'Sluta spara och radera historiken', 'the delete choice');
    await page.keyboard.press('Enter');
    await history.getByText('Din lånehistorik sparas inte längre och det som var sparat är raderat.').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    assert.deepEqual(await historyOf(page), { enabled: false, entries: [] });
    assert.equal((await focused(page)).id, 'history-enabled');
    assert.equal(await history.locator('li.entry').count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    // Only Alva's: Lisa's 5,000 are all there.
    const other = await site.browser.newContext();
    try {
      const login = await other.request.post(`${site.server.url}/api/v1/session`, { data: { identifier: LISA.identifier, pin: LISA.pin }, headers: { origin: site.server.url } });
      assert.equal(login.status(), 200);
      const lisa = (await (await other.request.get(`${site.server.url}/api/v1/me/history`)).json()) as ApiHistory;
      assert.equal(lisa.entries.length, LOAN_HISTORY.long.entries, 'another patron’s history is untouched');
    } finally {
      await other.close();
    }
    assert.deepEqual(errors, []);
  });

  it('fits a 320 px screen with text at 200 % (no sideways scrolling)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      await page.goto(`${site.server.url}/lanehistorik.html`);
      const login = await context.request.post(`${site.server.url}/api/v1/session`, { data: { identifier: LISA.identifier, pin: LISA.pin }, headers: { origin: site.server.url } });
      assert.equal(login.status(), 200);
      await page.reload();
      const history = page.locator('biv-loan-history');
      await history.locator('li.entry').first().waitFor({ timeout: 20_000 });
      // As tall as its content (as test/reflow.e2e.ts does), so the rows off screen are laid out too.
      for (let i = 0; i < 10; i++) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        if (height <= (page.viewportSize()?.height ?? 0)) break;
        await page.setViewportSize({ width: 320, height: Math.min(height, 20_000) });
      }
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      assert.deepEqual(await page.evaluate(layoutProblems, { selector: 'biv-loan-history' }), []);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scrolling');
      // The confirmation dialog fits too (Escape then closes it: nothing is deleted).
      await page.setViewportSize({ width: 320, height: 640 });
      await history.getByRole('button', { name: 'Radera historiken' }).click();
      await history.getByRole('dialog').waitFor();
      // The modal dialog covers the list (layoutProblems would call that an overlap): it and its
      // content stay within the screen, and nothing in it overflows.
      const dialogProblems = await history.locator('dialog').evaluate((dialog) => {
        const problems: string[] = [];
        const box = dialog.getBoundingClientRect();
        if (box.left < 0 || box.right > document.documentElement.clientWidth) problems.push(`the dialog reaches past the screen: ${box.left}–${box.right}`);
        if (dialog.scrollWidth > dialog.clientWidth + 1) problems.push(`the dialog overflows: ${dialog.scrollWidth} > ${dialog.clientWidth}`);
        for (const el of dialog.querySelectorAll('h1, h2, h3, h4, p, button')) {
          const r = el.getBoundingClientRect();
          if (r.left < box.left - 1 || r.right > box.right + 1) problems.push(`${el.localName} "${(el.textContent ?? '').trim().slice(0, 20)}" sticks out`);
        }
        return problems;
      });
      assert.deepEqual(dialogProblems, [], 'with the dialog open');
      await page.keyboard.press('Escape');
      await history.getByRole('dialog').waitFor({ state: 'hidden' });
    } finally {
      await context.close();
    }
  });
});
