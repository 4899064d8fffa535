import { css } from 'lit';

/**
 * The tabs: a row that wraps on a narrow screen (never a horizontal scroll), the selected tab
 * marked by a thick line under it and by weight (not by colour alone), each at least the target size.
 */
export const myPagesStyles = css`
  :host {
    --_biv-accent: var(--biv-my-pages-accent, var(--biv-color-accent, #1d5c3e));
    --_biv-space: var(--biv-my-pages-spacing, var(--biv-spacing, 1rem));
    --_tab-background: var(--biv-my-pages-tab-background, transparent);
    max-width: var(--biv-my-pages-max-width, 48rem);
  }
  biv-login-box {
    margin-block-end: var(--_biv-space);
  }
  .tablist {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-end: var(--_biv-space);
    border-block-end: 1px solid var(--_biv-border);
  }
  [role='tab'] {
    min-height: var(--_biv-target);
    padding: 0.5rem 0.75rem;
    border: 0;
    border-block-end: 4px solid transparent;
    border-radius: var(--_biv-radius) var(--_biv-radius) 0 0;
    background: var(--_tab-background);
    color: var(--_biv-accent);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  [role='tab'][aria-selected='true'] {
    border-block-end-color: var(--_biv-accent);
    color: var(--_biv-text);
    font-weight: 700;
    text-decoration: none;
  }
  [role='tab']:focus-visible,
  [role='tabpanel']:focus-visible {
    outline: 3px solid var(--_biv-focus-bg);
    box-shadow: 0 0 0 5px var(--_biv-focus);
  }
  [role='tabpanel'] {
    outline: none;
  }
  .intro {
    margin: 0 0 var(--_biv-space);
  }
  .part-error {
    color: var(--_biv-error);
    font-weight: 700;
  }
`;
