import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, getSession, resolveEndpoint, type SessionState, type SessionStore } from '@biv/client';

/**
 * Connects an element to the page's session store for its endpoint: re-renders the host on every
 * change, and asks the server once per page (the store de-duplicates) when nothing is known yet.
 */
export class SessionController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #store: SessionStore | undefined;
  #configError: ApiError | undefined;
  #unsubscribe: (() => void) | undefined;
  #endpoint: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement & { watchEndpoint(watcher: () => void): void }) {
    this.#host = host;
    host.addController(this);
    host.watchEndpoint(() => this.reconnect());
  }

  hostConnected(): void {
    this.#connect();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Re-resolve the endpoint (the host's `endpoint` changed). */
  reconnect(): void {
    if (!this.#host.isConnected) return;
    const next = resolveEndpoint(this.#host);
    if (typeof next === 'string' && next === this.#endpoint && this.#unsubscribe) return;
    this.hostDisconnected();
    this.#connect();
  }

  #connect(): void {
    const endpoint = resolveEndpoint(this.#host);
    if (endpoint instanceof ApiError) {
      this.#store = undefined;
      this.#endpoint = undefined;
      this.#configError = endpoint;
      this.#host.requestUpdate();
      return;
    }
    this.#configError = undefined;
    this.#endpoint = endpoint;
    this.#store = getSession(endpoint);
    this.#unsubscribe = this.#store.subscribe(() => this.#host.requestUpdate());
    if (this.#store.state.status === 'unknown') void this.#store.refresh();
  }

  /** The store, unless the endpoint could not be resolved. */
  get store(): SessionStore | undefined {
    return this.#store;
  }

  /** Set when no endpoint is configured (code `config`). */
  get configError(): ApiError | undefined {
    return this.#configError;
  }

  /**
   * Whether a request failed because the session had ended (401 `unauthenticated`). Then the
   * store asks the server again, and every element's logged-out view follows, saying why when the
   * card was blocked.
   */
  ended(error: ApiError): boolean {
    if (error.code !== 'unauthenticated') return false;
    void this.#store?.refresh();
    return true;
  }

  get state(): SessionState {
    return this.#store?.state ?? { status: 'unknown' };
  }
}
