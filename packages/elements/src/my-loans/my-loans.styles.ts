import { css, unsafeCSS } from 'lit';

/**
 * Long lists (300 loans) lay out only what is on screen. As `unsafeCSS` because lit-analyzer's
 * list of CSS properties predates `content-visibility` (a constant string, nothing from outside).
 */
const longList = unsafeCSS('.loan { content-visibility: auto; contain-intrinsic-size: auto 14rem; }');

/** This element's own tokens default to the global `--biv-*` ones; panels come from `panelStyles`. */
export const myLoansStyles = css`
  :host {
    --_biv-accent: var(--biv-my-loans-accent, var(--biv-color-accent, #1d5c3e));
    --_biv-accent-text: var(--biv-my-loans-accent-contrast, var(--biv-color-accent-contrast, #ffffff));
    --_biv-radius: var(--biv-my-loans-radius, var(--biv-radius, 4px));
    --_biv-space: var(--biv-my-loans-spacing, var(--biv-spacing, 1rem));
    --_note-background: var(--biv-my-loans-note-background, var(--biv-color-note-background, #f3f2f1));
    --_due-soon: var(--biv-my-loans-due-soon, #7a4d00);
    max-width: var(--biv-my-loans-max-width, 48rem);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_biv-space);
  }
  .header :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: 1.5em;
  }
  .count {
    margin: 0;
    color: var(--_biv-text-muted);
  }
  .empty {
    margin: var(--_biv-space) 0 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--_biv-space);
    margin: var(--_biv-space) 0;
  }
  .sort {
    max-width: 100%;
  }
  .sort select {
    width: auto;
    min-width: min(12em, 100%);
    max-width: 100%;
  }
  .announce {
    margin: 0 0 calc(var(--_biv-space) * 0.5);
    color: var(--_biv-text-muted);
  }
  .announce:empty {
    margin: 0;
  }
  .load-error,
  .all-error {
    margin: 0 0 var(--_biv-space);
    padding: calc(var(--_biv-space) * 0.75);
    border: 4px solid var(--_biv-error);
    border-radius: var(--_biv-radius);
  }
  .load-error p,
  .all-error p {
    margin: 0 0 0.75rem;
  }
  .load-error p:last-child,
  .all-error p:last-child {
    margin: 0;
  }
  .loans {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .loan {
    padding: var(--_biv-space) 0;
    border-block-start: 1px solid var(--_biv-border);
  }
  ${longList}
  .loan:last-child {
    border-block-end: 1px solid var(--_biv-border);
  }
  .title {
    margin: 0;
    font-size: 1.125em;
  }
  .badge {
    display: inline-block;
    margin: 0.25rem 0 0;
    padding: 0 0.5rem;
    font-weight: 700;
    border: 2px solid currentColor;
    border-radius: var(--_biv-radius);
  }
  .badge--overdue {
    color: var(--_biv-error);
  }
  .badge--due-soon {
    color: var(--_due-soon);
  }
  /*
   * Each term and its value side by side, the terms in one column as wide as the longest term of
   * the language; where a value would get less than 10em (a narrow place, or large text) it goes
   * under its term. No container query: its containment would shrink a widget the page sizes to
   * its content (a flex item, a float).
   */
  .box {
    --_term-width: 9.5em;
  }
  .box:lang(en) {
    --_term-width: 6em;
  }
  dl {
    margin: 0.5rem 0 0;
  }
  dl > div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75rem;
  }
  dt {
    flex: 0 1 var(--_term-width);
    color: var(--_biv-text-muted);
  }
  dd {
    flex: 1 1 10em;
    min-width: 0;
    margin: 0;
  }
  .reason,
  .outcome {
    margin: 0.5rem 0 0;
  }
  .outcome {
    padding-inline-start: 0.5rem;
    border-inline-start: 4px solid var(--_biv-success);
    font-weight: 700;
  }
  .outcome--refused {
    border-color: var(--_biv-text-muted);
  }
  .outcome--failed {
    border-color: var(--_biv-error);
    color: var(--_biv-error);
  }
  .actions {
    margin: 0.5rem 0 0;
  }
  .loan button {
    padding-inline: 1rem;
  }
`;
