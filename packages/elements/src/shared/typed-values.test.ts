import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getSession, resetSessions } from '@biv/client';
import '../login-box/define.js';
import '../change-pin/define.js';
import '../block-card-button/define.js';
import '../pin-reset/define.js';
import '../get-card-form/define.js';
import { normaliseIdentifier, normalisePin } from './typed-values.js';

// Pasted and typed values with white space and separators (WCAG 3.3.8: a value pasted from a
// password manager must just work), in every PIN and identifier field of every element, against
// the real reference server. Alva only logs in here: nothing is submitted that changes her PIN or
// blocks her card.
const ENDPOINT = '/api/v1';
const ALVA = { card: '1000000001', personnummer: '19850322-2385', pin: '1357', name: 'Alva Andersson' };
const PINS = [' 1357', '1 3 5 7', '1357 ', '13-57', '\u00a01357\n'];

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const field = (el: Element, id: string) => q<HTMLInputElement>(el, `#${id}`) as HTMLInputElement;
const text = (el: Element) => (root(el).textContent ?? '').replace(/\s+/g, ' ');
const session = () => getSession(new URL(ENDPOINT, window.location.href).href);

/**
 * A paste event with `value` on its clipboard, into the focused field (emptied first). A script's
 * paste event has no default action, so when the element leaves the paste to the browser, this
 * does what the browser does: the text goes in at the selection, cut to the field's maxlength,
 * and an input event follows.
 */
async function paste(el: Element & { updateComplete: Promise<boolean> }, id: string, value: string): Promise<HTMLInputElement> {
  const input = field(el, id);
  input.focus();
  input.value = '';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  const data = new DataTransfer();
  data.setData('text/plain', value);
  const leftToBrowser = input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true }));
  if (leftToBrowser) {
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    const room = input.maxLength >= 0 ? input.maxLength - (input.value.length - (end - start)) : value.length;
    input.setRangeText(value.slice(0, Math.max(0, room)), start, end, 'end');
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: value }));
  }
  await el.updateComplete;
  return input;
}

/** Leave the field, so that its check runs, and wait for the render. */
async function leave(el: Element & { updateComplete: Promise<boolean> }, input: HTMLInputElement): Promise<void> {
  input.blur();
  await el.updateComplete;
}

/** Every PIN variant pasted into `id` ends up as 1357 with no error shown; and typed, the same. */
async function checkPinField(el: Element & { updateComplete: Promise<boolean> }, id: string): Promise<void> {
  for (const value of PINS) {
    const input = await paste(el, id, value);
    expect(input.value, `${JSON.stringify(value)} pasted into #${id}`).to.equal('1357');
    await leave(el, input);
    expect(input.getAttribute('aria-invalid'), `#${id} after ${JSON.stringify(value)}`).to.equal('false');
    expect(q(el, `#${id}-error`), text(el)).to.equal(null);
  }
  const input = field(el, id);
  input.focus();
  input.value = '';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await sendKeys({ type: ' 1 35 7 ' });
  await el.updateComplete;
  expect(input.value, `typed into #${id}`).to.equal('1357');
  expect(input.selectionStart, 'the caret stays at the end').to.equal(4);
  expect(input.hasAttribute('maxlength'), 'no maxlength cuts a value before it is tidied').to.equal(false);
}

afterEach(async () => {
  await fetch(`${ENDPOINT}/session`, { method: 'DELETE', credentials: 'include' });
  resetSessions();
});

describe('typed values', () => {
  it('a PIN loses white space and separators and keeps four characters; a card number or personnummer its white space', () => {
    expect(PINS.map(normalisePin)).to.deep.equal(['1357', '1357', '1357', '1357', '1357']);
    expect(normalisePin('12345')).to.equal('1234');
    expect(normalisePin('12a')).to.equal('12a', 'really wrong input stays for the check to refuse');
    expect(normaliseIdentifier(' 1000000001 ')).to.equal('1000000001');
    expect(normaliseIdentifier('1000 0000 01')).to.equal('1000000001');
    expect(normaliseIdentifier(' 19850322-2385')).to.equal('19850322-2385');
    expect(normaliseIdentifier('850322 - 2385')).to.equal('850322-2385');
    expect(normaliseIdentifier('19121212+1212')).to.equal('19121212+1212');
    expect(normaliseIdentifier(' ab 12 ')).to.equal('ab 12', 'anything else is only trimmed');
  });

  it('<biv-login-box>: pasted " 1000000001 " and each PIN variant log Alva in', async () => {
    const el = await fixture(html`<biv-login-box endpoint=${ENDPOINT}></biv-login-box>`);
    await waitUntil(() => q(el, '#identifier'), 'no form', { timeout: 5000 });
    await checkPinField(el as never, 'pin');
    for (const value of [' 1000000001 ', ' 19850322-2385', '1000 0000 01\t']) {
      const input = await paste(el as never, 'identifier', value);
      expect(input.value, JSON.stringify(value)).to.equal(value.includes('-') ? ALVA.personnummer : ALVA.card);
    }
    await paste(el as never, 'identifier', ' 1000000001 ');
    await paste(el as never, 'pin', ' 1357');
    (q(el, 'button[type=submit]') as HTMLButtonElement).click();
    await waitUntil(() => text(el).includes(ALVA.name), `not logged in: ${text(el)}`, { timeout: 10_000 });
  });

  it('<biv-change-pin>: the current PIN, the new PIN and its repetition', async () => {
    await session().login(ALVA.card, ALVA.pin);
    const el = await fixture(html`<biv-change-pin endpoint=${ENDPOINT}></biv-change-pin>`);
    await waitUntil(() => q(el, '#currentPin'), 'no form', { timeout: 5000 });
    await checkPinField(el as never, 'currentPin');
    const repeat = await paste(el as never, 'newPinRepeat', ' 4 8 1 5 ');
    const pin = await paste(el as never, 'newPin', '4815 ');
    expect([pin.value, repeat.value]).to.deep.equal(['4815', '4815']);
    await leave(el as never, pin);
    expect(q(el, '.error-message'), text(el)).to.equal(null);
  });

  it('<biv-block-card-button>: the PIN in the dialog', async () => {
    await session().login(ALVA.card, ALVA.pin);
    const el = await fixture(html`<biv-block-card-button endpoint=${ENDPOINT}></biv-block-card-button>`);
    await waitUntil(() => q(el, 'button.trigger'), 'no button', { timeout: 5000 });
    (q(el, 'button.trigger') as HTMLButtonElement).click();
    await waitUntil(() => q<HTMLDialogElement>(el, 'dialog')?.open && q(el, '#pin'), 'the dialog did not open');
    await checkPinField(el as never, 'pin');
  });

  it('<biv-pin-reset>: the identifier, then the new PIN twice', async () => {
    const request = await fixture(html`<biv-pin-reset endpoint=${ENDPOINT}></biv-pin-reset>`);
    await waitUntil(() => q(request, '#identifier'), 'no form', { timeout: 5000 });
    const input = await paste(request as never, 'identifier', ' 1000000001 ');
    expect(input.value).to.equal(ALVA.card);
    await leave(request as never, input);
    expect(input.getAttribute('aria-invalid')).to.equal('false');

    window.history.replaceState(null, '', `${window.location.pathname}#token=${'C'.repeat(43)}`);
    const reset = await fixture(html`<biv-pin-reset endpoint=${ENDPOINT}></biv-pin-reset>`);
    await waitUntil(() => q(reset, '#newPin'), 'no new PIN form', { timeout: 5000 });
    const repeat = await paste(reset as never, 'newPinRepeat', ' 4 8 1 5 ');
    const pin = await paste(reset as never, 'newPin', '4815 ');
    expect([pin.value, repeat.value]).to.deep.equal(['4815', '4815']);
    await leave(reset as never, pin);
    expect(q(reset, '.error-message'), text(reset)).to.equal(null);
  });

  it('<biv-get-card-form>: the personnummer and the PIN twice', async () => {
    const el = await fixture(html`<biv-get-card-form endpoint=${ENDPOINT}></biv-get-card-form>`);
    await waitUntil(() => q(el, '#personnummer'), 'no form', { timeout: 5000 });
    const pnr = await paste(el as never, 'personnummer', ' 19850322-2385 ');
    expect(pnr.value).to.equal(ALVA.personnummer);
    await leave(el as never, pnr);
    expect(pnr.getAttribute('aria-invalid')).to.equal('false');
    const repeat = await paste(el as never, 'pinRepeat', ' 4 8 1 5 ');
    const pin = await paste(el as never, 'pin', '4815 ');
    expect([pin.value, repeat.value]).to.deep.equal(['4815', '4815']);
    await leave(el as never, pin);
    expect(q(el, '.error-message'), text(el)).to.equal(null);
    expect(pin.hasAttribute('maxlength')).to.equal(false);
  });
});
