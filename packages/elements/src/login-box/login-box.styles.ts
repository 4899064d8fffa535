import { css } from 'lit';

/**
 * The login box's own tokens default to the global `--biv-*` ones; mobile first: one column, the
 * button under the fields, full width on narrow screens.
 */
export const loginBoxStyles = css`
  :host {
    --_biv-accent: var(--biv-login-box-accent, var(--biv-color-accent, #1d5c3e));
    --_biv-accent-text: var(--biv-login-box-accent-contrast, var(--biv-color-accent-contrast, #ffffff));
    --_biv-radius: var(--biv-login-box-radius, var(--biv-radius, 4px));
    --_biv-space: var(--biv-login-box-spacing, var(--biv-spacing, 1rem));
    --_box-background: var(--biv-login-box-background, var(--biv-color-surface, transparent));
    --_box-border: var(--biv-login-box-border, none);
    --_box-padding: var(--biv-login-box-padding, 0);
    max-width: var(--biv-login-box-max-width, 28rem);
  }
  .box {
    background: var(--_box-background);
    border: var(--_box-border);
    border-radius: var(--_biv-radius);
    padding: var(--_box-padding);
  }
  form {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: calc(var(--_biv-space) * 0.75);
  }
  .status {
    margin: calc(var(--_biv-space) * 0.75) 0 0;
    color: var(--_biv-text-muted);
  }
  /* Empty, the status region takes no room but stays in the accessibility tree. */
  .status:empty {
    margin: 0;
  }
  .forgot {
    display: inline-flex;
    align-items: center;
    min-height: var(--_biv-target);
  }
  .logged-in p {
    margin: 0 0 var(--_biv-space);
  }
  .logged-in-as:focus {
    outline: none;
  }
  .logged-in-as:focus-visible {
    outline: 3px solid var(--_biv-focus-bg);
    box-shadow: 0 0 0 5px var(--_biv-focus);
  }
  .note {
    padding: calc(var(--_biv-space) * 0.75);
    border-inline-start: 4px solid var(--_biv-accent);
    background: var(--biv-login-box-note-background, var(--biv-color-note-background, #f3f2f1));
  }
  .config-error {
    margin: 0;
    padding: calc(var(--_biv-space) * 0.75);
    border: 4px solid var(--_biv-error);
    border-radius: var(--_biv-radius);
    color: var(--_biv-text);
  }
  @media (min-width: 30em) {
    .actions {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: center;
    }
  }
`;
