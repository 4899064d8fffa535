import { idempotent } from '../idempotency.js';
import { pathId, type AppDeps, type ServerRoutes } from '../route-handler.js';
import { changePickupLibrary, listLoans, renew, toReservation } from '../services/loans.js';

type LoanRoute = 'listLoans' | 'renewLoan' | 'renewLoans' | 'listReservations' | 'cancelReservation' | 'updateReservation';

/** The patron's loans and reservations. */
export function loanRoutes(deps: AppDeps): ServerRoutes<LoanRoute> {
  const { logger } = deps;
  return {
    listLoans: {
      async handle({ c, auth }) {
        return c.json({ loans: await listLoans(deps.ils, auth.patron, deps.now()) });
      },
    },

    renewLoan: {
      async handle({ c, auth }) {
        const id = pathId(c);
        if (id === undefined) return { outcome: 'not_found' };
        return idempotent(c, deps, auth.patron.id, 'renewLoan', async (store) => {
          const [result] = await renew(store.ils, auth.patron, [id], deps.now());
          if (!result || result.reason === 'not_found') return { outcome: 'not_found' };
          logger.info({ event: 'renewal', renewed: result.renewed, reason: result.reason }, 'renewal');
          return { status: 200, body: result };
        });
      },
    },

    renewLoans: {
      async handle({ c, auth, body }) {
        return idempotent(c, deps, auth.patron.id, 'renewLoans', async (store) => {
          const results = await renew(store.ils, auth.patron, body.ids, deps.now());
          logger.info({ event: 'renewal', loans: results.length, renewed: results.filter((r) => r.renewed).length }, 'renewals');
          return { status: 200, body: { results } };
        });
      },
    },

    listReservations: {
      async handle({ c, auth }) {
        return c.json({ reservations: (await deps.ils.listReservations(auth.patron.id)).map(toReservation) });
      },
    },

    cancelReservation: {
      async handle({ c, auth }) {
        const id = pathId(c);
        if (id === undefined || !(await deps.ils.cancelReservation(auth.patron.id, id))) return { outcome: 'not_found' };
        logger.info({ event: 'reservation_cancelled' }, 'reservation cancelled');
        return c.body(null, 204);
      },
    },

    updateReservation: {
      async handle({ c, auth, body }) {
        const id = pathId(c);
        if (id === undefined) return { outcome: 'not_found' };
        const result = await changePickupLibrary(deps.ils, auth.patron.id, id, body.pickupLibraryId);
        if (result === 'unknown_library') return { outcome: 'invalid', errors: [{ path: 'pickupLibraryId', code: 'unknown_library' }] };
        if (result === 'not_found') return { outcome: 'not_found' };
        if (result === 'ready') return { outcome: 'reservation_ready' };
        return c.json(result);
      },
    },
  };
}
