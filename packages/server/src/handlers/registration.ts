import { clientOf, type AppDeps, type ServerRoutes } from '../route-handler.js';
import { LibrariesAnswers, matchesIfNoneMatch } from '../services/libraries.js';
import { register } from '../services/registration.js';

/**
 * How long browsers and shared caches (a CDN) may keep the list before they ask again, with the
 * tag they have: the answer is then an empty 304 while the list is unchanged.
 */
export const LIBRARIES_CACHE_CONTROL = 'public, max-age=300';

/** Getting a card online, and the libraries to choose from. */
export function registrationRoutes(deps: AppDeps): ServerRoutes<'createRegistration' | 'listLibraries'> {
  const { config } = deps;
  const libraries = new LibrariesAnswers(deps.ils, deps.now);
  return {
    createRegistration: {
      checksPin: true,
      async handle({ c, body }) {
        const result = await register({ ...deps, temporaryDays: config.temporaryDays, rulesVersion: config.rulesVersion }, body, clientOf(c, config.trustProxy));
        if (result.outcome === 'created') return c.json({ status: 'created', borrowerId: result.borrowerId, validUntil: result.validUntil }, 201);
        if (result.outcome === 'received') return c.json({ status: 'received' }, 202);
        return result;
      },
    },

    listLibraries: {
      async handle({ c }) {
        const { json, etag } = await libraries.current();
        const headers = { etag, 'cache-control': LIBRARIES_CACHE_CONTROL };
        if (matchesIfNoneMatch(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
        return c.body(json, 200, { ...headers, 'content-type': 'application/json' });
      },
    },
  };
}
