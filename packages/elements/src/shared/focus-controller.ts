import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * Moves focus sensibly in an element's shadow root: after the next render (to a heading, the error
 * summary, a field), or at once to a field of an error summary's link (fragment links do not
 * reach into shadow roots). What is not focusable itself is focusable only while focused.
 */
export class FocusController implements ReactiveController {
  #host: Host;
  #pending: string | undefined;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** Focus what `selector` finds once the host has rendered. */
  after(selector: string): void {
    this.#pending = selector;
    this.#host.requestUpdate();
  }

  /** Focus the element with this id now. */
  readonly field = (id: string): void => {
    this.#host.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  };

  /**
   * Go to the field with this id from an error summary's link (`errorSummary`'s `onLink`), as
   * GOV.UK's summary links do: its label scrolled into view, so the question is seen with the
   * field, then the field focused without scrolling again.
   */
  readonly link = (id: string): void => {
    const root = this.#host.renderRoot;
    root.querySelector(`label[for=${id}]`)?.scrollIntoView();
    root.querySelector<HTMLElement>(`#${id}`)?.focus({ preventScroll: true });
  };

  hostUpdated(): void {
    const selector = this.#pending;
    if (!selector) return;
    this.#pending = undefined;
    const target = this.#host.renderRoot.querySelector<HTMLElement>(selector);
    // GOV.UK Frontend's way: what is not focusable itself (the error summary, a paragraph) gets
    // tabindex="-1" only while it has focus, so it does not stay a target of clicks.
    if (target && !target.hasAttribute('tabindex')) {
      target.tabIndex = -1;
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target?.focus();
  }
}
