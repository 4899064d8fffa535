// Typed and pasted values, tidied before they are checked: a PIN or a card number copied from a
// password manager, an e-mail or a letter often brings spaces or separators along (WCAG 3.3.8:
// pasting must just work). The fields have no `maxlength` that would cut such a value before it is
// tidied; the tidying keeps a PIN to four characters instead.

/** White space, including no-break and zero-width spaces. */
const SPACE = /[\s\u200b-\u200d\u2060\ufeff]/gu;
/** White space and the separators people write between groups of digits. */
const SEPARATOR = /[\s\u200b-\u200d\u2060\ufeff\-\u2010-\u2015\u2212.,_/]/gu;

/** A PIN: no white space or separators, at most four characters (what is left is checked as it is). */
export function normalisePin(value: string): string {
  return value.replace(SEPARATOR, '').slice(0, 4);
}

/**
 * A card number or personnummer: no surrounding white space, and no white space inside when the
 * rest is digits with at most one hyphen or plus (`1000 0000 01`, `850322 - 2385`); anything else
 * only trimmed, for the checks to judge.
 */
export function normaliseIdentifier(value: string): string {
  const compact = value.replace(SPACE, '');
  return /^\d+(?:[-+]\d+)?[-+]?$/.test(compact) ? compact : value.trim();
}

export type Normalise = (value: string) => string;

/**
 * Tidy the value of `input` in place (the caret stays after the same characters) and return it,
 * for an `input` handler.
 */
export function normaliseInput(input: HTMLInputElement, normalise: Normalise): string {
  const value = input.value;
  const next = normalise(value);
  if (next === value) return value;
  const caret = input.selectionEnd ?? value.length;
  const at = Math.min(next.length, normalise(value.slice(0, caret)).length);
  input.value = next;
  if (input.matches(':focus')) {
    try {
      input.setSelectionRange(at, at);
    } catch {
      // not a text field with a selection
    }
  }
  return next;
}

/**
 * A `paste` handler: the pasted text goes in at the selection and the whole value is tidied, then
 * the field's `input` handler hears it as from typing. (Without this, a browser would insert the
 * text as it is; with a length limit it would cut it before anything could tidy it.)
 */
export function pasteNormalised(normalise: Normalise): (event: ClipboardEvent) => void {
  return (event) => {
    const input = event.target as HTMLInputElement;
    const text = event.clipboardData?.getData('text/plain');
    if (text === undefined) return; // nothing readable: the browser's own paste
    event.preventDefault();
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    input.setRangeText(text, start, end, 'end');
    normaliseInput(input, normalise);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: text }));
  };
}
