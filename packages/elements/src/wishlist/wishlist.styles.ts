import { css } from 'lit';

/** The wishlist's own tokens default to the global `--biv-*` ones; one column, mobile first. */
export const wishlistStyles = css`
  :host {
    --_biv-accent: var(--biv-wishlist-accent, var(--biv-color-accent, #1d5c3e));
    --_biv-radius: var(--biv-wishlist-radius, var(--biv-radius, 4px));
    --_biv-space: var(--biv-wishlist-spacing, var(--biv-spacing, 1rem));
    --_note-background: var(--biv-wishlist-note-background, var(--biv-color-note-background, #f3f2f1));
    max-width: var(--biv-wishlist-max-width, 40rem);
  }
  .list-title {
    margin: 0 0 var(--_biv-space);
    font-size: 1.375em;
  }
  .item-title {
    margin: 0 0 0.25rem;
    font-size: 1.125em;
  }
  .notice-box {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin: 0 0 var(--_biv-space);
    padding: calc(var(--_biv-space) * 0.75);
    border-inline-start: 6px solid var(--_biv-success);
    background: var(--_note-background);
  }
  /* Empty, the status region takes no room but stays in the accessibility tree. */
  .notice-box--empty {
    margin: 0;
    padding: 0;
    border: 0;
  }
  /* Inside .notice-box, which has the status message's look; the region itself has none. */
  .notice {
    flex: 1 1 12rem;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
  }
  .notice:empty {
    flex: 0 0 0;
  }
  .notice-box .error-message {
    flex: 1 1 100%;
    margin: 0;
  }
  ul.entries {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .entry {
    margin: 0 0 var(--_biv-space);
    /* Less padding on a narrow screen, so a button still fits at 320 px with 200 % text. */
    padding: min(var(--_biv-space), 4vw);
    border: 1px solid var(--_biv-border);
    border-radius: var(--_biv-radius);
  }
  .entry p {
    margin: 0 0 0.5rem;
  }
  .meta,
  .saved {
    color: var(--_biv-text-muted);
  }
  .entry .actions {
    margin: var(--_biv-space) 0 0;
  }
  .empty {
    padding: calc(var(--_biv-space) * 0.75);
    border-inline-start: 6px solid var(--_biv-accent);
    background: var(--_note-background);
  }
  .empty p {
    margin: 0 0 0.5rem;
  }
  .empty p:last-child {
    margin: 0;
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
`;
