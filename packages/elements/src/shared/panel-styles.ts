import { css } from 'lit';

/**
 * What the forms show besides fields: a note or panel, a result view with a focusable heading,
 * the busy status line, a configuration error and a secondary button. Each element sets
 * `--_note-background` from its own custom property.
 */
export const panelStyles = css`
  form {
    margin: 0;
  }
  .short {
    max-width: 10em;
  }
  button.secondary {
    color: var(--_biv-accent);
    background: var(--_biv-surface);
    border-color: var(--_biv-accent);
  }
  .panel {
    margin: 0 0 var(--_biv-space);
    padding: calc(var(--_biv-space) * 0.75);
    border-inline-start: 6px solid var(--_biv-accent);
    background: var(--_note-background);
  }
  .panel p,
  .result p {
    margin: 0 0 0.75rem;
  }
  .panel p:last-child,
  .result p:last-child {
    margin-block-end: 0;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_biv-focus-bg);
    box-shadow: 0 0 0 5px var(--_biv-focus);
  }
  .result {
    padding: var(--_biv-space);
    border: 4px solid var(--_biv-success);
    border-radius: var(--_biv-radius);
  }
  .note {
    padding: calc(var(--_biv-space) * 0.75);
    border-inline-start: 4px solid var(--_biv-accent);
    background: var(--_note-background);
  }
  /* A list's status message after an action (a statusRegion with class "notice"). */
  .notice {
    margin: 0 0 var(--_biv-space);
    padding: calc(var(--_biv-space) * 0.75);
    border-inline-start: 6px solid var(--_biv-success);
    background: var(--_note-background);
  }
  /* Empty, the status region takes no room but stays in the accessibility tree. */
  .notice:empty {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .status {
    margin: var(--_biv-space) 0 0;
    color: var(--_biv-text-muted);
  }
  /* Empty, a status region takes no room but stays in the accessibility tree (see statusRegion). */
  .status:empty {
    margin: 0;
  }
  .panel :is(h1, h2, h3, h4, h5, h6),
  .result :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 0.5rem;
    font-size: 1.25em;
  }
  .config-error {
    margin: 0;
    padding: calc(var(--_biv-space) * 0.75);
    border: 4px solid var(--_biv-error);
    border-radius: var(--_biv-radius);
  }
`;
