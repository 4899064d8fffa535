import { css } from 'lit';

/** Small, beside a title: the button, and its messages wrapping below it on a narrow screen. */
export const wishlistButtonStyles = css`
  :host {
    --_biv-accent: var(--biv-wishlist-button-accent, var(--biv-color-accent, #1d5c3e));
    --_biv-radius: var(--biv-wishlist-button-radius, var(--biv-radius, 4px));
    --_biv-space: var(--biv-spacing, 1rem);
    display: inline-block;
    max-width: 100%;
    vertical-align: middle;
  }
  .wrap {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
  }
  .toggle {
    gap: 0.4rem;
    padding: 0.25rem 0.75rem;
  }
  .toggle[aria-pressed='false'] {
    color: var(--_biv-accent);
    background: var(--_biv-surface);
    border-color: var(--_biv-accent);
  }
  .toggle svg {
    flex: none;
    width: 1em;
    height: 1em;
  }
  .status,
  .error-message {
    margin: 0.25rem 0 0;
  }
  /* Empty, the status region takes no room but stays in the accessibility tree. */
  .status:empty {
    margin: 0;
  }
  .error-message {
    color: var(--_biv-error);
    font-weight: 700;
  }
  .config-error {
    margin: 0;
    padding: 0.5rem;
    border: 3px solid var(--_biv-error);
    border-radius: var(--_biv-radius);
  }
  dialog biv-login-box {
    display: block;
    margin: 0 0 var(--_biv-space);
  }
`;
