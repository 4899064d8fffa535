import type { SessionStore } from './session.js';

const REGISTRY_KEY = Symbol.for('biv.sessions');
type Registry = Map<string, SessionStore>;

/**
 * The session stores of this page by endpoint, on `globalThis[Symbol.for('biv.sessions')]`, so
 * every element on the page, even from two copies of the bundle, shares one store per endpoint.
 */
export function sessionRegistry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY_KEY]?: Registry };
  return (holder[REGISTRY_KEY] ??= new Map<string, SessionStore>());
}
