import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { asApiError, type ApiError } from '@biv/client';
import type { SessionController } from './session-controller.js';

export interface PatronDataOptions<T> {
  /** Fetch the patron's data from the endpoint. */
  load: (endpoint: string) => Promise<T>;
  /** Another patron (or nobody): forget what belongs to the previous one. */
  onReset?: () => void;
  /** Fresh data arrived. */
  onLoad?: (value: T) => void;
}

/**
 * The logged-in patron's data (loans, reservations), loaded through `@lit/task` keyed on endpoint
 * and patron. At another patron or at logout it is dropped at once (`sync()`, from the host's
 * `willUpdate`), and an answer that comes late, for a patron no longer logged in, is never shown.
 * The host may change the data it shows (`value`) after actions on it.
 */
export class PatronData<T> {
  readonly #host: ReactiveControllerHost;
  readonly #session: SessionController;
  readonly #options: PatronDataOptions<T>;
  readonly #task: Task<readonly [string | undefined, string | undefined], T | undefined>;
  /** `endpoint\nborrowerId` of the patron whose data this is; undefined when nobody is logged in. */
  #key: string | undefined;
  #value: T | undefined;

  constructor(host: ReactiveControllerHost, session: SessionController, options: PatronDataOptions<T>) {
    this.#host = host;
    this.#session = session;
    this.#options = options;
    this.#task = new Task(host, {
      task: async ([endpoint, borrowerId]: readonly [string | undefined, string | undefined]) =>
        endpoint && borrowerId ? options.load(endpoint) : undefined,
      args: () => this.#args(),
      onComplete: (value) => {
        this.#value = value;
        if (value !== undefined) options.onLoad?.(value);
      },
      onError: (error) => void this.#session.ended(asApiError(error)),
    });
  }

  #args(): readonly [string | undefined, string | undefined] {
    const state = this.#session.state;
    const endpoint = this.#session.store?.endpoint;
    return state.status === 'logged-in' && endpoint ? [endpoint, state.patron.borrowerId] : [undefined, undefined];
  }

  /** Call first in the host's `willUpdate`: at another patron or none, forget the previous one's data. */
  sync(): void {
    const [endpoint, borrowerId] = this.#args();
    const key = endpoint && borrowerId ? `${endpoint}\n${borrowerId}` : undefined;
    if (key === this.#key) return;
    this.#key = key;
    this.#value = undefined;
    this.#options.onReset?.();
  }

  /** Whether a patron is logged in (whose data this is, or will be). */
  get active(): boolean {
    return this.#key !== undefined;
  }

  /** The data shown, until another patron or none. */
  get value(): T | undefined {
    return this.#value;
  }

  set value(value: T | undefined) {
    this.#value = value;
    this.#host.requestUpdate();
  }

  get loading(): boolean {
    return this.#key !== undefined && (this.#task.status === TaskStatus.PENDING || (this.#value === undefined && this.#task.status === TaskStatus.INITIAL));
  }

  /** Why the data could not be loaded (not when the session ended: the logged-out view follows). */
  get error(): ApiError | undefined {
    if (this.#key === undefined || this.#task.status !== TaskStatus.ERROR) return undefined;
    const error = asApiError(this.#task.error);
    return error.code === 'unauthenticated' ? undefined : error;
  }

  /** Load again, showing the loading view meanwhile (after a failure). Resolves once answered. */
  async reload(): Promise<void> {
    await this.#task.run();
  }

  /** Load again while the data stays shown; a fault changes nothing. */
  async refresh(): Promise<void> {
    const key = this.#key;
    const [endpoint] = this.#args();
    if (!endpoint || key === undefined) return;
    try {
      const value = await this.#options.load(endpoint);
      if (key !== this.#key) return;
      this.#value = value;
      this.#options.onLoad?.(value);
      this.#host.requestUpdate();
    } catch (error) {
      if (key === this.#key) this.#session.ended(asApiError(error));
    }
  }
}
