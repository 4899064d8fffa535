import { css } from 'lit';

/** This element's own tokens default to the global `--biv-*` ones; panels come from `panelStyles`. */
export const changePinStyles = css`
  :host {
    --_biv-accent: var(--biv-change-pin-accent, var(--biv-color-accent, #1d5c3e));
    --_biv-accent-text: var(--biv-change-pin-accent-contrast, var(--biv-color-accent-contrast, #ffffff));
    --_biv-radius: var(--biv-change-pin-radius, var(--biv-radius, 4px));
    --_biv-space: var(--biv-change-pin-spacing, var(--biv-spacing, 1rem));
    --_note-background: var(--biv-change-pin-note-background, var(--biv-color-note-background, #f3f2f1));
    max-width: var(--biv-change-pin-max-width, 28rem);
  }
  .intro {
    margin: 0 0 var(--_biv-space);
  }
`;
