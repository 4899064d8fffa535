import { css } from 'lit';

/**
 * The get-card form's own tokens default to the global `--biv-*` ones; one column, mobile first.
 */
export const getCardFormStyles = css`
  :host {
    --_biv-accent: var(--biv-get-card-form-accent, var(--biv-color-accent, #1d5c3e));
    --_biv-accent-text: var(--biv-get-card-form-accent-contrast, var(--biv-color-accent-contrast, #ffffff));
    --_biv-radius: var(--biv-get-card-form-radius, var(--biv-radius, 4px));
    --_biv-space: var(--biv-get-card-form-spacing, var(--biv-spacing, 1rem));
    --_note-background: var(--biv-get-card-form-note-background, var(--biv-color-note-background, #f3f2f1));
    max-width: var(--biv-get-card-form-max-width, 36rem);
  }
  form {
    margin: 0;
  }
  .short {
    max-width: 10em;
  }
  .libraries-failed {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
  }
  .libraries-failed p {
    margin: 0;
  }
  button.secondary {
    color: var(--_biv-accent);
    background: var(--_biv-surface);
    border-color: var(--_biv-accent);
  }
  .panel {
    margin: 0 0 var(--_biv-space);
    padding: calc(var(--_biv-space) * 0.75);
    border-inline-start: 6px solid var(--_biv-accent);
    background: var(--_note-background);
  }
  .panel h2,
  .result h2 {
    margin: 0 0 0.5rem;
    font-size: 1.25em;
  }
  .panel p,
  .result p {
    margin: 0 0 0.75rem;
  }
  .panel p:last-child,
  .result p:last-child {
    margin-block-end: 0;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_biv-focus-bg);
    box-shadow: 0 0 0 5px var(--_biv-focus);
  }
  .result {
    padding: var(--_biv-space);
    border: 4px solid var(--_biv-success);
    border-radius: var(--_biv-radius);
  }
  .borrower-id {
    display: block;
    font-size: 1.75em;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  .note {
    padding: calc(var(--_biv-space) * 0.75);
    border-inline-start: 4px solid var(--_biv-accent);
    background: var(--_note-background);
  }
  .status:empty {
    display: none;
  }
  .status {
    margin: var(--_biv-space) 0 0;
    color: var(--_biv-text-muted);
  }
  .config-error {
    margin: 0;
    padding: calc(var(--_biv-space) * 0.75);
    border: 4px solid var(--_biv-error);
    border-radius: var(--_biv-radius);
  }
`;
