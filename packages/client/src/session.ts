import { LoginRequest, SessionResponse, type Patron, type SessionEndReason } from '@biv/contract';
import { ApiError, asApiError } from './errors.js';
import { checkBody, request } from './http.js';
import { sessionRegistry } from './session-registry.js';

/** What a page knows about the patron's session at one endpoint. */
export type SessionState =
  | { status: 'unknown' }
  | { status: 'loading' }
  /**
   * `error` is set when the session could not be read (network, server error); `reason` when the
   * server ended the session and said why (the card was blocked).
   */
  | { status: 'logged-out'; error?: ApiError; reason?: SessionEndReason }
  /**
   * `pageOnly`: the browser keeps no cookie of the API's site, so the login lives in this page's
   * memory (a token) and ends with a reload or another page (docs/decisions/0005).
   */
  | { status: 'logged-in'; patron: Patron; expiresAt: string; idleTimeout: number; pageOnly?: true };

export type SessionListener = (state: SessionState) => void;

/** One endpoint's session, shared by every element on the page. */
export interface SessionStore {
  readonly endpoint: string;
  readonly state: SessionState;
  /** Ask the server (`GET /session`); concurrent calls share one request. */
  refresh(): Promise<SessionState>;
  /** Log in; rejects with an `ApiError` (the state stays logged out). */
  login(identifier: string, pin: string): Promise<Patron>;
  /** Log out (`DELETE /session`); rejects with an `ApiError` when the server was not reached. */
  logout(): Promise<void>;
  /** The server ended the session (the card was blocked): logged out, saying why. */
  end(reason: SessionEndReason): void;
  /** Called at once with the current state and on every change; returns the unsubscribe. */
  subscribe(listener: SessionListener): () => void;
  /**
   * The `Authorization` header of this page's requests, when the server gave the page a session
   * token (a page of another site in a browser without partitioned cookies); else undefined and
   * the session cookie does the work. The token lives in this store's memory only.
   */
  authorization(): string | undefined;
  /** The server gave the session a new token (a PIN change of a token session). */
  replaceToken(token: string): void;
}

class EndpointSession implements SessionStore {
  #state: SessionState = { status: 'unknown' };
  #listeners = new Set<SessionListener>();
  #refreshing: Promise<SessionState> | undefined;
  /** The session token, when the server handed one out instead of a cookie it knew would be dropped. */
  #token: string | undefined;
  /** Bumped by login and logout, so an older refresh cannot overwrite a newer answer. */
  #generation = 0;

  constructor(readonly endpoint: string) {}

  get state(): SessionState {
    return this.#state;
  }

  #set(state: SessionState): void {
    this.#state = state;
    if (state.status !== 'logged-in') this.#token = undefined;
    for (const listener of [...this.#listeners]) {
      try {
        listener(state);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  refresh(): Promise<SessionState> {
    if (this.#refreshing) return this.#refreshing;
    const generation = this.#generation;
    const previous = this.#state;
    if (previous.status !== 'logged-in') this.#set({ status: 'loading' });
    this.#refreshing = request(this.endpoint, { method: 'get', path: '/session', schema: SessionResponse })
      .then(
        (body): SessionState => ({ status: 'logged-in', patron: body.patron, ...body.session, ...(this.#token === undefined ? {} : { pageOnly: true }) }),
        (error: unknown): SessionState => {
          const apiError = asApiError(error);
          if (apiError.code !== 'unauthenticated') return { status: 'logged-out', error: apiError };
          return apiError.reason === 'card_blocked' ? { status: 'logged-out', reason: apiError.reason } : { status: 'logged-out' };
        },
      )
      .then((state) => {
        if (generation === this.#generation) this.#set(state);
        return this.#state;
      })
      .finally(() => {
        this.#refreshing = undefined;
      });
    return this.#refreshing;
  }

  async login(identifier: string, pin: string): Promise<Patron> {
    const body = checkBody(LoginRequest, { identifier, pin }); // nothing is sent, and no state changes, when it fails
    const generation = ++this.#generation;
    const answer = await request(this.endpoint, { method: 'post', path: '/session', json: body, schema: SessionResponse });
    if (generation === this.#generation) {
      this.#token = answer.token;
      this.#set({ status: 'logged-in', patron: answer.patron, ...answer.session, ...(answer.token === undefined ? {} : { pageOnly: true }) });
    }
    return answer.patron;
  }

  async logout(): Promise<void> {
    const generation = ++this.#generation;
    try {
      await request(this.endpoint, { method: 'delete', path: '/session' });
    } catch (error) {
      // Already gone on the server: the patron is logged out all the same.
      if (!(error instanceof ApiError && error.code === 'unauthenticated')) throw error;
    }
    if (generation === this.#generation) this.#set({ status: 'logged-out' });
  }

  end(reason: SessionEndReason): void {
    this.#generation++;
    this.#set({ status: 'logged-out', reason });
  }

  subscribe(listener: SessionListener): () => void {
    this.#listeners.add(listener);
    listener(this.#state);
    return () => this.#listeners.delete(listener);
  }

  authorization(): string | undefined {
    return this.#token === undefined ? undefined : `Bearer ${this.#token}`;
  }

  replaceToken(token: string): void {
    if (this.#token !== undefined) this.#token = token;
  }
}

/**
 * The session store of an endpoint (a normalised URL from `resolveEndpoint`). Kept on
 * `globalThis[Symbol.for('biv.sessions')]`, so every element on the page, even from two copies of
 * the bundle, shares one store and one `GET /session`.
 */
export function getSession(endpoint: string): SessionStore {
  const sessions = sessionRegistry();
  let store = sessions.get(endpoint);
  if (!store) {
    store = new EndpointSession(endpoint);
    sessions.set(endpoint, store);
  }
  return store;
}

/** Forget every store of this page (tests only). */
export function resetSessions(): void {
  sessionRegistry().clear();
}
