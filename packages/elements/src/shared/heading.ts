import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A heading level, 1 to 6. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** `level` as a heading level: a whole number from 1 to 6 (2 when it is not a number). */
export function headingLevel(level: unknown, offset = 0): HeadingLevel {
  const n = Math.trunc(Number(level));
  return Math.min(6, Math.max(1, (Number.isFinite(n) ? n : 2) + offset)) as HeadingLevel;
}

/** What a heading carries besides its level and text. */
export interface HeadingOptions {
  id?: string | undefined;
  /** Focusable by script (`tabindex="-1"`): a view's title that takes focus when it appears. */
  focusable?: boolean;
  part?: string | undefined;
  class?: string | undefined;
}

/**
 * A real `<h1>`…`<h6>` at `level`, with the same attributes whatever the level. One fixed
 * template per level: no tag name is ever made from a string, so Trusted Types are not involved.
 */
export function heading(level: HeadingLevel, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const o = options;
  switch (level) {
    case 1:
      return html`<h1 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} tabindex=${ifDefined(o.focusable ? -1 : undefined)}>${content}</h1>`;
    case 3:
      return html`<h3 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} tabindex=${ifDefined(o.focusable ? -1 : undefined)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} tabindex=${ifDefined(o.focusable ? -1 : undefined)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} tabindex=${ifDefined(o.focusable ? -1 : undefined)}>${content}</h5>`;
    case 6:
      return html`<h6 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} tabindex=${ifDefined(o.focusable ? -1 : undefined)}>${content}</h6>`;
    default:
      return html`<h2 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} tabindex=${ifDefined(o.focusable ? -1 : undefined)}>${content}</h2>`;
  }
}
