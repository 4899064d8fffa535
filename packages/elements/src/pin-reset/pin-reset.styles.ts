import { css } from 'lit';

/** This element's own tokens default to the global `--biv-*` ones; panels come from `panelStyles`. */
export const pinResetStyles = css`
  :host {
    --_biv-accent: var(--biv-pin-reset-accent, var(--biv-color-accent, #1d5c3e));
    --_biv-accent-text: var(--biv-pin-reset-accent-contrast, var(--biv-color-accent-contrast, #ffffff));
    --_biv-radius: var(--biv-pin-reset-radius, var(--biv-radius, 4px));
    --_biv-space: var(--biv-pin-reset-spacing, var(--biv-spacing, 1rem));
    --_note-background: var(--biv-pin-reset-note-background, var(--biv-color-note-background, #f3f2f1));
    max-width: var(--biv-pin-reset-max-width, 32rem);
  }
  .intro {
    margin: 0 0 var(--_biv-space);
  }
`;
