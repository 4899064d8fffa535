import type { ReactiveControllerHost } from 'lit';
import { asApiError, newIdempotencyKey, type ApiError } from '@biv/client';

/** Failures where the request may have reached the server without the answer coming back. */
const UNANSWERED = new Set(['network', 'timeout', 'request_in_progress']);

/** How an action ended: the server's answer, or why there was none. */
export type ActionResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * The actions on the items of a list (renew a loan, cancel a reservation, change its library): which
 * are running (a second click while one runs does nothing), the `Idempotency-Key` of each, kept
 * until an answer arrives (a retry after a timeout or a network fault sends the same key, so the
 * server acts once) and the outcome shown at each item (`O`). `clear()` forgets it all for the next
 * patron: answers to actions started before it are dropped.
 */
export class ItemActions<O> {
  readonly #host: ReactiveControllerHost;
  readonly #onBusy: ((busy: boolean) => void) | undefined;
  readonly #running = new Set<string>();
  readonly #keys = new Map<string, string>();
  /** What each item shows after its last action. */
  readonly outcomes = new Map<string, O>();
  #generation = 0;

  /** `onBusy` hears at once when the first action starts and the last one ends. */
  constructor(host: ReactiveControllerHost, onBusy?: (busy: boolean) => void) {
    this.#host = host;
    this.#onBusy = onBusy;
  }

  get busy(): boolean {
    return this.#running.size > 0;
  }

  running(id: string): boolean {
    return this.#running.has(id);
  }

  /**
   * Run action `id` unless it runs already: `send` gets its idempotency key; `handle` gets the
   * result while the action still counts as running (so nobody sees it idle without its outcome),
   * and never for an action of a cleared list.
   */
  async run<T>(id: string, send: (key: string) => Promise<T>, handle: (result: ActionResult<T>) => void): Promise<void> {
    if (this.#running.has(id)) return;
    let key = this.#keys.get(id);
    if (!key) {
      key = newIdempotencyKey();
      this.#keys.set(id, key);
    }
    const generation = this.#generation;
    this.#running.add(id);
    if (this.#running.size === 1) this.#onBusy?.(true);
    this.#host.requestUpdate();
    let result: ActionResult<T>;
    try {
      result = { ok: true, value: await send(key) };
    } catch (error) {
      result = { ok: false, error: asApiError(error) };
    }
    if (generation !== this.#generation) return;
    // An answer came: the action is over, a new attempt is a new action with a new key.
    if (result.ok || !UNANSWERED.has(result.error.code)) this.#keys.delete(id);
    try {
      handle(result);
    } finally {
      this.#running.delete(id);
      if (this.#running.size === 0) this.#onBusy?.(false);
      this.#host.requestUpdate();
    }
  }

  /** Forget every action, key and outcome (another patron, or nobody). */
  clear(): void {
    this.#generation++;
    this.#keys.clear();
    this.outcomes.clear();
    if (this.#running.size > 0) {
      this.#running.clear();
      this.#onBusy?.(false);
    }
  }
}
