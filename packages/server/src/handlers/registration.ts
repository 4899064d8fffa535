import { clientOf, type AppDeps, type ServerRoutes } from '../route-handler.js';
import { register } from '../services/registration.js';

/** Getting a card online, and the libraries to choose from. */
export function registrationRoutes(deps: AppDeps): ServerRoutes<'createRegistration' | 'listLibraries'> {
  const { config } = deps;
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
        return c.json({ libraries: await deps.ils.listLibraries() });
      },
    },
  };
}
