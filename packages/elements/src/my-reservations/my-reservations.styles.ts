import { css } from 'lit';

/**
 * The reservations' own tokens default to the global `--biv-*` ones; one column, mobile first.
 * Panels, the status line and the configuration error come from `panelStyles`.
 */
export const myReservationsStyles = css`
  :host {
    --_biv-accent: var(--biv-my-reservations-accent, var(--biv-color-accent, #1d5c3e));
    --_biv-accent-text: var(--biv-my-reservations-accent-contrast, var(--biv-color-accent-contrast, #ffffff));
    --_biv-radius: var(--biv-my-reservations-radius, var(--biv-radius, 4px));
    --_biv-space: var(--biv-my-reservations-spacing, var(--biv-spacing, 1rem));
    --_note-background: var(--biv-my-reservations-note-background, var(--biv-color-note-background, #f3f2f1));
    --_ready: var(--biv-my-reservations-ready-color, var(--biv-color-success, #1d5c3e));
    max-width: var(--biv-my-reservations-max-width, 40rem);
  }
  .list-title {
    margin: 0 0 var(--_biv-space);
    font-size: 1.375em;
  }
  .item-title {
    margin: 0 0 0.25rem;
    font-size: 1.125em;
  }
  .pickup-id {
    margin: 0 0 var(--_biv-space);
    padding: calc(var(--_biv-space) * 0.75);
    border: 4px solid var(--_ready);
    border-radius: var(--_biv-radius);
  }
  .pickup-id p {
    margin: 0 0 0.5rem;
  }
  .pickup-id p:last-child {
    margin: 0;
  }
  .borrower-id {
    display: block;
    font-size: 1.75em;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  ul.reservations {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .reservation {
    margin: 0 0 var(--_biv-space);
    /* Less padding on a narrow screen, so a button still fits at 320 px with 200 % text. */
    padding: min(var(--_biv-space), 4vw);
    border: 1px solid var(--_biv-border);
    border-radius: var(--_biv-radius);
  }
  .reservation--ready {
    border: 3px solid var(--_ready);
  }
  .reservation p {
    margin: 0 0 0.5rem;
  }
  .meta {
    color: var(--_biv-text-muted);
  }
  .badge {
    display: inline-block;
    margin-inline-end: 0.5rem;
    padding: 0 0.5rem;
    color: var(--_biv-accent-text);
    background: var(--_ready);
    border-radius: var(--_biv-radius);
    font-weight: 700;
  }
  .pickup-form {
    margin: var(--_biv-space) 0 0;
  }
  .pickup-form .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-end;
  }
  .pickup-form select {
    flex: 1 1 14rem;
    width: auto;
    /* A flex item is at least as wide as its longest option unless told otherwise: it would stick out. */
    min-width: 0;
    max-width: 100%;
  }
  .actions {
    margin: var(--_biv-space) 0 0;
  }
  .reservation .error-message {
    margin: 0.5rem 0 0;
  }
  .item-status:empty {
    margin: 0;
  }
  .item-status {
    margin: 0.5rem 0 0;
    color: var(--_biv-text-muted);
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
  dialog p {
    margin: 0 0 var(--_biv-space);
  }
`;
