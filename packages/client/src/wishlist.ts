import { isRecordId, WishlistEntry, WishlistResponse } from '@biv/contract';
import { ApiError } from './errors.js';
import { request } from './http.js';
import { getSession, type SessionStore } from './session.js';

/** The record id in a path, after the contract's check (nothing is sent for a bad one). */
function recordPath(recordId: string): string {
  if (!isRecordId(recordId)) throw new ApiError('validation_failed', { fieldIssues: [{ path: 'recordId', code: 'invalid' }] });
  return `/me/wishlist/${encodeURIComponent(recordId)}`;
}

/** The logged-in patron's wishlist (`GET /me/wishlist`), newest first. */
export async function getWishlist(endpoint: string): Promise<WishlistEntry[]> {
  return (await request(endpoint, { method: 'get', path: '/me/wishlist', schema: WishlistResponse })).entries;
}

/**
 * Save a catalogue record in the wishlist (`PUT /me/wishlist/:recordId`): `added` is false when
 * it was there already (the entry keeps its first `addedAt`). Rejects with `validation_failed`
 * (issue `invalid` at `recordId`, nothing sent) for an id that is not a record id, `not_found`
 * for a record the catalogue does not have, `wishlist_full` at 500 entries.
 */
export async function addToWishlist(endpoint: string, recordId: string): Promise<{ entry: WishlistEntry; added: boolean }> {
  let status = 0;
  const entry = await request(endpoint, { method: 'put', path: recordPath(recordId), schema: WishlistEntry, onStatus: (s) => (status = s) });
  return { entry, added: status === 201 };
}

/** Remove a record from the wishlist (`DELETE /me/wishlist/:recordId`); `not_found` when it is not there. */
export async function removeFromWishlist(endpoint: string, recordId: string): Promise<void> {
  await request(endpoint, { method: 'delete', path: recordPath(recordId) });
}

export type WishlistListener = (entries: readonly WishlistEntry[] | undefined) => void;

/**
 * One endpoint's wishlist as this page knows it, shared by every element on the page (a catalogue
 * page may carry fifty buttons and a list): one `GET /me/wishlist` for all of them, and each
 * one's changes seen by the others. It belongs to the logged-in patron: at logout or another
 * login it is forgotten at once, and an answer for the previous patron is dropped.
 */
export interface WishlistStore {
  readonly endpoint: string;
  /** The entries, newest first, once loaded for the logged-in patron; undefined before (or logged out). */
  readonly entries: readonly WishlistEntry[] | undefined;
  /** Whether the record is in the loaded list (false while nothing is loaded). */
  has(recordId: string): boolean;
  /**
   * Load the list: concurrent calls share one request, and a loaded list is given as it is unless
   * `force`. Rejects with an `ApiError` (`unauthenticated` when logged out).
   */
  load(force?: boolean): Promise<readonly WishlistEntry[]>;
  /**
   * Save a record (see `addToWishlist`); the entry goes into the loaded list at `at` (default:
   * first, as the newest) unless it is there already.
   */
  add(recordId: string, at?: number): Promise<{ entry: WishlistEntry; added: boolean }>;
  /** Remove a record; one that is not there (`not_found`) is taken out of the list all the same and resolves. */
  remove(recordId: string): Promise<void>;
  /** Called at once with the current entries and on every change; returns the unsubscribe. */
  subscribe(listener: WishlistListener): () => void;
}

class EndpointWishlist implements WishlistStore {
  #entries: readonly WishlistEntry[] | undefined;
  #loading: Promise<readonly WishlistEntry[]> | undefined;
  #listeners = new Set<WishlistListener>();
  /** The borrower ID of the patron the list belongs to. */
  #patron: string | undefined;
  /** Bumped when the patron changes, so a late answer for the previous one is dropped. */
  #generation = 0;

  readonly endpoint: string;

  constructor(session: SessionStore) {
    this.endpoint = session.endpoint;
    session.subscribe((state) => {
      const patron = state.status === 'logged-in' ? state.patron.borrowerId : undefined;
      if (patron === this.#patron) return;
      this.#patron = patron;
      this.#generation++;
      this.#loading = undefined;
      this.#set(undefined);
    });
  }

  get entries() {
    return this.#entries;
  }

  has(recordId: string): boolean {
    return this.#entries?.some((e) => e.recordId === recordId) ?? false;
  }

  #set(entries: readonly WishlistEntry[] | undefined): void {
    this.#entries = entries;
    for (const listener of [...this.#listeners]) {
      try {
        listener(entries);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  load(force = false): Promise<readonly WishlistEntry[]> {
    if (this.#entries && !force) return Promise.resolve(this.#entries);
    if (this.#loading) return this.#loading;
    const generation = this.#generation;
    const loading = getWishlist(this.endpoint)
      .then((entries) => {
        if (generation === this.#generation) this.#set(entries);
        return entries;
      })
      .finally(() => {
        if (this.#loading === loading) this.#loading = undefined;
      });
    this.#loading = loading;
    return loading;
  }

  async add(recordId: string, at = 0): Promise<{ entry: WishlistEntry; added: boolean }> {
    const generation = this.#generation;
    const result = await addToWishlist(this.endpoint, recordId);
    const entries = this.#entries;
    if (generation === this.#generation && entries && !entries.some((e) => e.recordId === recordId)) {
      const next = [...entries];
      next.splice(Math.max(0, Math.min(at, next.length)), 0, result.entry);
      this.#set(next);
    }
    return result;
  }

  async remove(recordId: string): Promise<void> {
    const generation = this.#generation;
    try {
      await removeFromWishlist(this.endpoint, recordId);
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'not_found')) throw error;
    }
    const entries = this.#entries;
    if (generation === this.#generation && entries?.some((e) => e.recordId === recordId)) this.#set(entries.filter((e) => e.recordId !== recordId));
  }

  subscribe(listener: WishlistListener): () => void {
    this.#listeners.add(listener);
    listener(this.#entries);
    return () => this.#listeners.delete(listener);
  }
}

const REGISTRY_KEY = Symbol.for('biv.wishlists');
type Registry = WeakMap<SessionStore, WishlistStore>;

/**
 * The wishlist store of an endpoint (a normalised URL from `resolveEndpoint`), shared by the page:
 * one per session store, kept on `globalThis` like the sessions (two copies of the bundle share
 * it), so forgetting the sessions (`resetSessions`) forgets the lists too.
 */
export function wishlistStore(endpoint: string): WishlistStore {
  const holder = globalThis as typeof globalThis & { [REGISTRY_KEY]?: Registry };
  const stores = (holder[REGISTRY_KEY] ??= new WeakMap<SessionStore, WishlistStore>());
  const session = getSession(endpoint);
  let store = stores.get(session);
  if (!store) {
    store = new EndpointWishlist(session);
    stores.set(session, store);
  }
  return store;
}
