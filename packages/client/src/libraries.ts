import { LibrariesResponse, type Library } from '@biv/contract';
import { request } from './http.js';

const REGISTRY_KEY = Symbol.for('biv.libraries');
type Cache = Map<string, Promise<Library[]>>;

function cache(): Cache {
  const holder = globalThis as typeof globalThis & { [REGISTRY_KEY]?: Cache };
  return (holder[REGISTRY_KEY] ??= new Map<string, Promise<Library[]>>());
}

/**
 * The consortium's libraries (`GET /libraries`) of an endpoint. Asked once per endpoint per page
 * (kept on `globalThis[Symbol.for('biv.libraries')]`, so two copies of the bundle share it); a
 * failed request is forgotten, so calling again retries. Rejects with an `ApiError`.
 */
export function listLibraries(endpoint: string): Promise<Library[]> {
  const libraries = cache();
  let pending = libraries.get(endpoint);
  if (!pending) {
    pending = request(endpoint, { method: 'get', path: '/libraries', schema: LibrariesResponse }).then((body) => body.libraries);
    libraries.set(endpoint, pending);
    pending.catch(() => {
      if (libraries.get(endpoint) === pending) libraries.delete(endpoint);
    });
  }
  return pending;
}

/** Forget the cached libraries of every endpoint (tests and stories only). */
export function resetLibraries(): void {
  cache().clear();
}
