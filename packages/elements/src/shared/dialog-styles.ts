import { css } from 'lit';

/**
 * A confirmation `<dialog>` (modal): the element's surface, border and radius, a dimmed page
 * behind it, never wider or taller than the screen, its heading, and its buttons in a wrapping row.
 */
export const dialogStyles = css`
  dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: var(--_biv-space);
    color: var(--_biv-text);
    background: var(--_biv-surface);
    border: 2px solid var(--_biv-border);
    border-radius: var(--_biv-radius);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.25em;
    margin: 0 0 0.75rem;
  }
  .dialog-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
