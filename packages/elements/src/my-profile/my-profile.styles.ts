import { css } from 'lit';

/**
 * "Mina uppgifter"'s own tokens default to the global `--biv-*` ones; one column, mobile first.
 * Panels, the status line and the configuration error come from `panelStyles`.
 */
export const myProfileStyles = css`
  :host {
    --_biv-accent: var(--biv-my-profile-accent, var(--biv-color-accent, #1d5c3e));
    --_biv-accent-text: var(--biv-my-profile-accent-contrast, var(--biv-color-accent-contrast, #ffffff));
    --_biv-radius: var(--biv-my-profile-radius, var(--biv-radius, 4px));
    --_biv-space: var(--biv-my-profile-spacing, var(--biv-spacing, 1rem));
    --_note-background: var(--biv-my-profile-note-background, var(--biv-color-note-background, #f3f2f1));
    max-width: var(--biv-my-profile-max-width, 40rem);
  }
  .profile-title {
    margin: 0 0 var(--_biv-space);
    font-size: 1.375em;
  }
  .group {
    margin: 0 0 calc(var(--_biv-space) * 1.5);
  }
  .group-title {
    margin: 0 0 0.5rem;
    font-size: 1.125em;
  }
  dl {
    margin: 0 0 var(--_biv-space);
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0 0 0.75rem;
  }
  .borrower-id {
    font-size: 1.5em;
    font-weight: 700;
    letter-spacing: 0.05em;
    /* One click selects all of it, for copying by hand. */
    user-select: all;
  }
  .id-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin: 0 0 var(--_biv-space);
  }
  .actions > a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_biv-target);
  }
  .load-error,
  .save-error {
    margin: 0 0 var(--_biv-space);
    padding: calc(var(--_biv-space) * 0.75);
    border: 4px solid var(--_biv-error);
    border-radius: var(--_biv-radius);
  }
  .load-error p,
  .save-error p {
    margin: 0 0 0.5rem;
  }
  .inline {
    margin: 0 0 var(--_biv-space);
  }
  .contact-form {
    margin: 0 0 var(--_biv-space);
    padding: min(var(--_biv-space), 4vw);
    border: 1px solid var(--_biv-border);
    border-radius: var(--_biv-radius);
  }
`;
