import { css, unsafeCSS } from 'lit';

/**
 * Rows off screen are not laid out until they come near (hundreds of rows after "Visa 100 till"),
 * yet they stay in the page for find in page and screen readers. As `unsafeCSS` because
 * lit-analyzer's list of CSS properties predates `content-visibility` (a constant string).
 */
const longList = unsafeCSS('.entry { content-visibility: auto; contain-intrinsic-size: auto 7rem; }');

/** This element's own tokens default to the global `--biv-*` ones; one column, mobile first. */
export const loanHistoryStyles = css`
  :host {
    --_biv-accent: var(--biv-loan-history-accent, var(--biv-color-accent, #1d5c3e));
    --_biv-accent-text: var(--biv-loan-history-accent-contrast, var(--biv-color-accent-contrast, #ffffff));
    --_biv-radius: var(--biv-loan-history-radius, var(--biv-radius, 4px));
    --_biv-space: var(--biv-loan-history-spacing, var(--biv-spacing, 1rem));
    --_note-background: var(--biv-loan-history-note-background, var(--biv-color-note-background, #f3f2f1));
    max-width: var(--biv-loan-history-max-width, 48rem);
  }
  .list-title {
    margin: 0 0 var(--_biv-space);
    font-size: 1.5em;
  }
  .setting {
    margin: 0 0 var(--_biv-space);
    padding: min(calc(var(--_biv-space) * 0.75), 3vw);
    border-inline-start: 6px solid var(--_biv-accent);
    background: var(--_note-background);
  }
  .setting .field {
    margin: 0;
  }
  .setting .checkbox label {
    font-weight: 700;
  }
  .setting p {
    margin: 0.5rem 0 0;
  }
  .empty,
  .note {
    margin: 0 0 var(--_biv-space);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_biv-space);
  }
  .search {
    flex: 1 1 14rem;
    min-width: 0;
    margin: 0 0 var(--_biv-space);
  }
  .sort {
    flex: 0 1 auto;
    max-width: 100%;
    margin: 0 0 var(--_biv-space);
  }
  .sort select {
    width: auto;
    min-width: min(14em, 100%);
    max-width: 100%;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 var(--_biv-space);
  }
  .actions button {
    max-width: 100%;
  }
  .count {
    margin: 0 0 0.5rem;
    color: var(--_biv-text-muted);
  }
  .load-error {
    margin: 0;
    padding: calc(var(--_biv-space) * 0.75);
    border: 4px solid var(--_biv-error);
    border-radius: var(--_biv-radius);
  }
  .load-error p {
    margin: 0 0 0.75rem;
  }
  .load-error p:last-child {
    margin: 0;
  }
  ul.entries {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .entry {
    padding: 0.75rem 0;
    border-block-start: 1px solid var(--_biv-border);
  }
  ${longList}
  .entry:last-child {
    border-block-end: 1px solid var(--_biv-border);
  }
  .title {
    margin: 0;
    font-size: 1.125em;
  }
  .entry p {
    margin: 0.25rem 0 0;
  }
  .meta {
    color: var(--_biv-text-muted);
  }
  .dates span {
    display: block;
  }
  .more {
    margin: var(--_biv-space) 0 0;
  }
  dialog p {
    margin: 0 0 var(--_biv-space);
  }
`;
