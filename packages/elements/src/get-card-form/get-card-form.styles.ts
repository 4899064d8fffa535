import { css } from 'lit';

/**
 * The get-card form's own tokens default to the global `--biv-*` ones; one column, mobile first.
 * Panels, the result view and the status line come from `panelStyles`.
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
  .borrower-id {
    display: block;
    font-size: 1.75em;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
`;
