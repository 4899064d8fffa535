import type { AppDeps, ServerRoutes } from '../route-handler.js';
import { deleteLoanHistory, getLoanHistory, setLoanHistoryEnabled } from '../services/history.js';

/** The patron's loan history (Min lånehistorik): only ever the session's patron. */
export function historyRoutes(deps: AppDeps): ServerRoutes<'getLoanHistory' | 'updateLoanHistorySetting' | 'deleteLoanHistory'> {
  return {
    getLoanHistory: {
      async handle({ c, auth }) {
        return c.json(await getLoanHistory(deps, auth.patron));
      },
    },
    updateLoanHistorySetting: {
      async handle({ c, auth, body }) {
        return c.json(await setLoanHistoryEnabled(deps, auth.patron, body));
      },
    },
    deleteLoanHistory: {
      async handle({ c, auth }) {
        await deleteLoanHistory(deps, auth.patron);
        return c.body(null, 204);
      },
    },
  };
}
