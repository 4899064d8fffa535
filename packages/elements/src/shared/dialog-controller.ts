import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export interface DialogOptions {
  /** Whether a request is under way: Escape and closing wait for its outcome meanwhile. */
  busy: () => boolean;
  /** After the dialog closed, whichever way (button, Escape, the browser), before focus returns. */
  onClose?: () => void;
  /** The dialog in the host's shadow root; the first `<dialog>` by default. */
  selector?: string;
}

/**
 * The behaviour of an element's confirmation `<dialog>`, as Material Web's and Shoelace's dialogs
 * have it: opened modal after the host rendered it, closed by its buttons or Escape, focus back to
 * the button that opened it. While a request is under way (`busy`), Escape is held back, both the
 * `cancel` event and the key itself (Chromium closes a modal dialog on a second Escape even when
 * `cancel` is prevented), and `reopen()` shows it again if the browser closed it anyway.
 *
 * The listeners sit on the host's shadow root (`cancel` and `close` do not bubble: captured), so the
 * template needs none.
 */
export class DialogController implements ReactiveController {
  readonly #host: Host;
  readonly #options: DialogOptions;
  #open = false;
  #opener: HTMLElement | undefined;
  /** Whether closing returns focus to the opener (not when the view it was in goes away). */
  #restoreFocus = true;

  constructor(host: Host, options: DialogOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.#host.renderRoot;
    root.addEventListener('cancel', this.#onCancel, true);
    root.addEventListener('keydown', this.#onKeydown as EventListener, true);
    root.addEventListener('close', this.#onClose, true);
  }

  hostDisconnected(): void {
    const root = this.#host.renderRoot;
    root.removeEventListener('cancel', this.#onCancel, true);
    root.removeEventListener('keydown', this.#onKeydown as EventListener, true);
    root.removeEventListener('close', this.#onClose, true);
  }

  /** Whether the dialog is meant to be open (for the host's `confirming` state). */
  get open(): boolean {
    return this.#open;
  }

  get element(): HTMLDialogElement | null {
    return this.#host.renderRoot?.querySelector<HTMLDialogElement>(this.#options.selector ?? 'dialog') ?? null;
  }

  /** Render the host with the dialog open, then show it modal; `opener` gets the focus back on closing. */
  async show(opener?: HTMLElement | null): Promise<HTMLDialogElement | null> {
    this.#open = true;
    this.#opener = opener ?? undefined;
    this.#restoreFocus = true;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const dialog = this.element;
    if (dialog && !dialog.open) dialog.showModal();
    return dialog;
  }

  /** Close it; `restoreFocus: false` when the view it was opened from goes away (focus goes elsewhere). */
  close({ restoreFocus = true }: { restoreFocus?: boolean } = {}): void {
    this.#restoreFocus = restoreFocus;
    // Open no more at once: a dialog whose view goes away in this render sends no `close` event here.
    this.#open = false;
    const dialog = this.element;
    if (dialog?.open) dialog.close();
    if (!restoreFocus) this.#opener = undefined;
    this.#host.requestUpdate();
  }

  /** Show it again when the browser closed it while the request was under way. */
  reopen(): void {
    const dialog = this.element;
    if (dialog && !dialog.open && dialog.isConnected) {
      this.#open = true;
      dialog.showModal();
      this.#host.requestUpdate();
    }
  }

  #isOurs(event: Event): boolean {
    return event.target instanceof HTMLDialogElement && event.target === this.element;
  }

  /** Escape while the request is sent would leave its outcome unseen: wait for it. */
  readonly #onCancel = (event: Event): void => {
    if (this.#isOurs(event) && this.#options.busy()) event.preventDefault();
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#options.busy() && this.element?.contains(event.target as Node)) event.preventDefault();
  };

  readonly #onClose = (event: Event): void => {
    if (this.#isOurs(event)) this.#closed();
  };

  #closed(): void {
    this.#open = false;
    this.#options.onClose?.();
    const opener = this.#opener;
    if (this.#restoreFocus && opener?.isConnected) opener.focus();
    this.#opener = undefined;
    this.#host.requestUpdate();
  }
}
