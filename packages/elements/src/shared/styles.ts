import { css } from 'lit';

/**
 * Global design tokens with their defaults. Pages override them on any ancestor:
 * `biv-login-box { --biv-color-accent: #005a9c; }` or `:root { --biv-radius: 0; }`.
 * Colours meet WCAG 2.2 AA against `--biv-color-surface` (text 4.5:1, boundaries 3:1).
 */
export const tokenStyles = css`
  :host {
    --_biv-text: var(--biv-color-text, #1b1b1b);
    --_biv-text-muted: var(--biv-color-text-muted, #4d4d4d);
    --_biv-surface: var(--biv-color-surface, #ffffff);
    --_biv-border: var(--biv-color-border, #6b6b6b);
    --_biv-accent: var(--biv-color-accent, #1d5c3e);
    --_biv-accent-text: var(--biv-color-accent-contrast, #ffffff);
    --_biv-error: var(--biv-color-error, #b3261e);
    --_biv-success: var(--biv-color-success, #1d5c3e);
    --_biv-focus: var(--biv-focus-color, #0b0c0c);
    --_biv-focus-bg: var(--biv-focus-background, #ffdd00);
    --_biv-radius: var(--biv-radius, 4px);
    --_biv-space: var(--biv-spacing, 1rem);
    --_biv-target: var(--biv-target-size, 44px);
  }
`;

/** Reset for the shadow root: the page's font, box sizing, the hidden attribute honoured. */
export const resetStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    /* The page's font unless --biv-font-family is set (an unset var() falls back to inheriting). */
    font-family: var(--biv-font-family);
    color: var(--_biv-text);
    line-height: 1.5;
  }
  /*
   * The page's rules reach the host (a page's "* { … !important }" beats :host) and the host
   * passes inherited properties on. So the widget sets its typography again on the top elements of
   * its shadow root, which no page rule reaches: the font family and size, letter and word spacing
   * (a reader's text spacing settings) still come from the page; the colour, line height and
   * alignment, capitals, indent and wrapping are the widget's.
   */
  :host > * {
    color: var(--_biv-text);
    line-height: 1.5;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    /*
     * A long compound word ("Bibliotekskortsnummer") wraps rather than sticks out at 200 % text;
     * "anywhere" (not "break-word") also lets flex and grid items (a checkbox's label, a button's
     * text) shrink below their longest word on a 320 px screen (test/reflow.e2e.ts).
     */
    overflow-wrap: anywhere;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /* Not inherited from the host: the page can set content-box there. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;

/** Fields, buttons, links and the error summary (GOV.UK-like), all on the tokens. */
export const formStyles = css`
  .field {
    margin: 0 0 var(--_biv-space);
  }
  .field--error {
    border-inline-start: 4px solid var(--_biv-error);
    padding-inline-start: calc(var(--_biv-space) * 0.75);
  }
  label {
    display: block;
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  .hint {
    display: block;
    color: var(--_biv-text-muted);
    margin-block-end: 0.25rem;
  }
  .error-message {
    display: block;
    color: var(--_biv-error);
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  input,
  select {
    display: block;
    width: 100%;
    min-height: var(--_biv-target);
    padding: 0.5rem;
    font: inherit;
    color: var(--_biv-text);
    background: var(--_biv-surface);
    border: 2px solid var(--_biv-border);
    border-radius: var(--_biv-radius);
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_biv-error);
  }
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_biv-focus-bg);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_biv-focus);
  }
  select:disabled {
    color: var(--_biv-text-muted);
  }
  .checkbox {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .checkbox input {
    flex: none;
    width: var(--_biv-target);
    height: var(--_biv-target);
    min-height: 0;
    margin: 0;
  }
  .checkbox label {
    font-weight: 400;
    padding-block: 0.5rem;
    margin: 0;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_biv-target);
    min-width: var(--_biv-target);
    padding: 0.5rem 1.25rem;
    font: inherit;
    font-weight: 700;
    color: var(--_biv-accent-text);
    background: var(--_biv-accent);
    border: 2px solid transparent;
    border-radius: var(--_biv-radius);
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_biv-focus-bg);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_biv-focus);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.85;
  }
  a {
    color: var(--_biv-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .error-summary {
    margin: 0 0 var(--_biv-space);
    padding: calc(var(--_biv-space) * 0.75);
    border: 4px solid var(--_biv-error);
    border-radius: var(--_biv-radius);
    background: var(--_biv-surface);
  }
  .error-summary:focus {
    outline: 3px solid var(--_biv-focus-bg);
    outline-offset: 0;
  }
  .error-summary :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 0.5rem;
    font-size: 1.125em;
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary li + li {
    margin-block-start: 0.25rem;
  }
  .error-summary a {
    color: var(--_biv-error);
    font-weight: 700;
  }
  .error-summary p {
    margin: 0;
  }
`;
