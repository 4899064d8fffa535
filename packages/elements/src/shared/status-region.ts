import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A status message (WCAG 4.1.3): a `role="status"` region rendered from the first render on and
 * kept in place, so that the text is set into a live region that assistive technology already
 * knows. A region that appears with its text already in it is usually not read out. Empty, it takes
 * no room but stays in the accessibility tree (never `display: none`). Put it where the views of
 * an element do not replace it (next to them, not inside one), so it survives a change of view.
 * Its CSS (`.status:empty` collapsed, not hidden) is in `panelStyles` and each element's styles.
 */
export function statusRegion(text: string | undefined, options: { class?: string; part?: string; id?: string } = {}): TemplateResult {
  return html`<p class=${options.class ?? 'status'} part=${ifDefined(options.part)} id=${ifDefined(options.id)} role="status">${text ?? ''}</p>`;
}

