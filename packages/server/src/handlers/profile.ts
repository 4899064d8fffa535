import type { AppDeps, ServerRoutes } from '../route-handler.js';
import { getProfile, updateProfile } from '../services/profile.js';

/** The patron's own details (Mina uppgifter): only ever the session's patron. */
export function profileRoutes(deps: AppDeps): ServerRoutes<'getProfile' | 'updateProfile'> {
  return {
    getProfile: {
      async handle({ c, auth }) {
        return c.json(await getProfile(deps, auth.patron));
      },
    },
    updateProfile: {
      async handle({ c, auth, body }) {
        return c.json(await updateProfile(deps, auth.patron, body));
      },
    },
  };
}
