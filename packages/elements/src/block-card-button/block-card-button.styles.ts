import { css } from 'lit';

/**
 * This element's own tokens default to the global `--biv-*` ones. The button is serious but not
 * alarming: outlined in the error colour on the surface; only the dialog's confirm button is filled.
 * Panels, the status line and the configuration error come from `panelStyles`.
 */
export const blockCardButtonStyles = css`
  :host {
    --_biv-accent: var(--biv-block-card-button-accent, var(--biv-color-accent, #1d5c3e));
    --_biv-accent-text: var(--biv-block-card-button-accent-contrast, var(--biv-color-accent-contrast, #ffffff));
    --_biv-radius: var(--biv-block-card-button-radius, var(--biv-radius, 4px));
    --_biv-space: var(--biv-block-card-button-spacing, var(--biv-spacing, 1rem));
    --_note-background: var(--biv-block-card-button-note-background, var(--biv-color-note-background, #f3f2f1));
    --_serious: var(--biv-block-card-button-color, var(--biv-color-error, #b3261e));
    --_serious-text: var(--biv-block-card-button-color-contrast, var(--biv-color-accent-contrast, #ffffff));
    max-width: var(--biv-block-card-button-max-width, 28rem);
  }
  button.trigger {
    color: var(--_serious);
    background: var(--_biv-surface);
    border-color: var(--_serious);
  }
  button.trigger:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button.confirm {
    color: var(--_serious-text);
    background: var(--_serious);
  }
  dialog {
    width: min(32rem, calc(100vw - 2rem));
  }
  .explanation p {
    margin: 0 0 0.75rem;
  }
  .explanation {
    margin: 0 0 var(--_biv-space);
  }
`;
