import { html, type TemplateResult } from 'lit';
import { BivElement } from '../shared/biv-element.js';

/**
 * Placeholder: being built (issue 5).
 *
 * @tag biv-my-loans
 */
export class MyLoans extends BivElement {
  protected override render(): TemplateResult {
    return html``;
  }
}
