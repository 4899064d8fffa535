import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * Moves focus sensibly in an element's shadow root: after the next render (to a heading, the error
 * summary, a field), or at once to a field of an error summary's link (fragment links do not
 * reach into shadow roots).
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

  /** Focus the element with this id now (for `errorSummary`'s `onLink`). */
  readonly field = (id: string): void => {
    this.#host.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  };

  hostUpdated(): void {
    const selector = this.#pending;
    if (!selector) return;
    this.#pending = undefined;
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
