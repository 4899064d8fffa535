/**
 * Arabic, right to left, end to end: the demo's Arabic page (/ar.html, `<html lang="ar"
 * dir="rtl">`) with the built CMS module, the real server and database, in Chromium with axe-core.
 * Alva logs in by keyboard, sees the Arabic words, her loans with dates and counts formatted by
 * `Intl` for 'ar' (Arabic month names), renews one and logs out; axe is clean in each state; the
 * login box is `dir="rtl"` and laid out mirrored; at 320 px with the text at 200 % nothing scrolls
 * sideways or is cut off.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { layoutProblems } from './layout-problems.js';
import { axeViolations, openPage, useDemoSite, watchPageErrors } from './support.js';

const site = useDemoSite();

const ALVA = { personnummer: '19850322-2385', pin: '1357', name: 'Alva Andersson' };
const WIDGETS = 'biv-login-box, biv-my-loans, biv-my-reservations';

interface ApiLoan {
  id: string;
  title: string;
  dueDate: string;
  renewalsUsed: number;
}

const loansOf = async (page: Page) => ((await (await page.request.get(`${site.server.url}/api/v1/me/loans`)).json()) as { loans: ApiLoan[] }).loans;
const shadowText = (locator: Locator) => locator.evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

/** The page's own `Intl` for 'ar' (Chromium's ICU, as the elements use it): a day in Swedish time, a number. */
const arabicDay = (page: Page, iso: string) =>
  page.evaluate((d) => new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(new Date(d)), iso);
const arabicNumber = (page: Page, n: number) => page.evaluate((x) => new Intl.NumberFormat('ar').format(x), n);

describe('the Arabic page, right to left', () => {
  it('logs Alva in by keyboard, shows her loans in Arabic with Arabic dates, renews one and logs her out; axe-clean and mirrored', async () => {
    const { page, errors } = await openPage(site.browser, `${site.server.url}/ar.html`, { locale: 'ar' });
    const box = page.locator('#main-login');
    const loans = page.locator('biv-my-loans');

    // Logged out: the Arabic words, right to left.
    const submit = box.getByRole('button', { name: 'تسجيل الدخول' });
    await submit.waitFor();
    await loans.getByRole('heading', { name: 'سجّل الدخول لرؤية إعاراتك' }).waitFor();
    const inner = box.locator('.box');
    assert.equal(await inner.getAttribute('dir'), 'rtl');
    assert.equal(await inner.getAttribute('lang'), 'ar');
    assert.equal(await inner.evaluate((el) => getComputedStyle(el).direction), 'rtl');
    // Mirrored: each label's words start at its right edge and the field's text starts at the right.
    const identifier = box.getByLabel('رقم بطاقة المكتبة أو الرقم الشخصي', { exact: true });
    const pin = box.getByLabel('الرقم السري', { exact: true });
    const label = await identifier.evaluate((input: HTMLInputElement) => {
      const labelEl = input.labels?.[0] as HTMLLabelElement;
      const words = document.createRange();
      words.selectNodeContents(labelEl);
      const [shown, edge] = [words.getBoundingClientRect(), labelEl.getBoundingClientRect()];
      return { fromRight: edge.right - shown.right, fromLeft: shown.left - edge.left, textAlign: getComputedStyle(input).textAlign, direction: getComputedStyle(input).direction };
    });
    assert.ok(label.fromRight < 2 && label.fromLeft > 20, `the label's words are at the right: ${JSON.stringify(label)}`);
    assert.equal(label.direction, 'rtl');
    assert.ok(['start', 'right'].includes(label.textAlign), label.textAlign);
    assert.deepEqual(await axeViolations(page), [], 'logged out');

    // An empty submit: the Arabic error summary.
    await submit.focus();
    await page.keyboard.press('Enter');
    await box.getByText('توجد مشكلة').waitFor();
    assert.ok((await shadowText(box)).includes('أدخل رقم بطاقة المكتبة أو الرقم الشخصي'));
    assert.deepEqual(await axeViolations(page), [], 'with the error summary');

    // Log in by keyboard.
    await identifier.focus();
    await page.keyboard.type(ALVA.personnummer);
    await page.keyboard.press('Tab');
    assert.equal(await pin.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement), true, 'Tab goes on to the PIN');
    await page.keyboard.type(ALVA.pin);
    await page.keyboard.press('Enter');
    await box.getByText(`مسجّل الدخول باسم`).waitFor();
    await box.getByText(ALVA.name).waitFor();

    // The loans, in Arabic, with counts and dates by Intl 'ar'.
    await loans.getByRole('heading', { name: 'إعاراتي', exact: true }).waitFor();
    await loans.getByRole('heading', { name: 'Pippi Långstrump' }).waitFor();
    const apiLoans = await loansOf(page);
    assert.ok(apiLoans.length >= 3 && apiLoans.length <= 10, `the count's plural form below is "few" (3–10): ${apiLoans.length}`);
    const text = await shadowText(loans);
    assert.ok(text.includes(`${await arabicNumber(page, apiLoans.length)} إعارات`), `the count in Arabic-Indic digits: ${text.slice(0, 200)}`);
    for (const words of ['تاريخ الإرجاع', 'متأخرة', 'حجزها مستعير آخر.', 'تجديد الكل']) assert.ok(text.includes(words), words);
    const pippi = apiLoans.find((l) => l.title === 'Pippi Långstrump');
    assert.ok(pippi);
    const pippiItem = loans.getByRole('listitem').filter({ hasText: 'Pippi Långstrump' });
    const due = await pippiItem.locator(`time[datetime="${pippi.dueDate}"]`).textContent();
    assert.equal(due, await arabicDay(page, pippi.dueDate));
    // The month's name in Arabic (the digits are whatever Chromium's 'ar' gives: Latin in current ICU).
    assert.match(due ?? '', /[\u0621-\u064A]/, `the month in Arabic: ${due}`);
    assert.deepEqual(await axeViolations(page), [], 'logged in with the loans');

    // Renew one (by keyboard).
    await loans.getByRole('button', { name: 'تجديد Pippi Långstrump' }).focus();
    await page.keyboard.press('Enter');
    await pippiItem.getByText(/^تم التجديد – تاريخ الإرجاع الجديد /).waitFor();
    const renewed = (await loansOf(page)).find((l) => l.id === pippi.id);
    assert.equal(renewed?.renewalsUsed, pippi.renewalsUsed + 1, 'renewed once');
    assert.ok(renewed && renewed.dueDate !== pippi.dueDate);
    const outcome = await pippiItem.getByText(/^تم التجديد/).textContent();
    assert.ok(outcome?.endsWith(await arabicDay(page, renewed.dueDate)), `the new due date by Intl 'ar': ${outcome}`);
    assert.deepEqual(await axeViolations(page), [], 'with the renewal’s outcome');

    // Log out (by keyboard): the loans list goes back to its logged-out view.
    await box.getByRole('button', { name: 'تسجيل الخروج' }).focus();
    await page.keyboard.press('Enter');
    await box.getByText('تم تسجيل خروجك.').waitFor();
    await loans.getByRole('heading', { name: 'سجّل الدخول لرؤية إعاراتك' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'logged out again');
    assert.deepEqual(errors, []);
  });

  it('does not scroll sideways or cut anything off at 320 px with the text at 200 %, logged out and logged in', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'ar', timezoneId: 'Europe/Stockholm' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = watchPageErrors(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.goto(`${site.server.url}/ar.html`);
    assert.ok((await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))) >= 32, 'the text is twice as large');

    const check = async (state: string) => {
      for (let i = 0; i < 10; i++) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        if (height <= 640) break;
        await page.setViewportSize({ width: 320, height: Math.min(height, 20_000) });
      }
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      assert.deepEqual(await page.evaluate(layoutProblems, { selector: WIDGETS }), [], state);
      await page.setViewportSize({ width: 320, height: 640 });
    };

    const box = page.locator('#main-login');
    await box.locator('#pin').waitFor();
    await page.locator('biv-my-loans').getByRole('heading', { name: 'سجّل الدخول لرؤية إعاراتك' }).waitFor();
    await check('logged out');
    await box.locator('#identifier').fill(ALVA.personnummer);
    await box.locator('#pin').fill(ALVA.pin);
    await box.locator('button[type=submit]').click();
    await box.getByText(ALVA.name).waitFor();
    await page.locator('biv-my-loans').getByRole('heading', { name: 'Pippi Långstrump' }).waitFor();
    await page.locator('biv-my-reservations').getByRole('listitem').first().waitFor();
    await check('logged in, with the loans and reservations');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
