/**
 * The fake API's reservations for the `<biv-my-reservations>` stories: Alva's three reservations
 * of the reference server's demo data (one ready to collect, two waiting), cancelled and changed
 * in memory. Each scenario keeps its own list, so stories never disturb one another.
 */
import type { Reservation } from '@biv/client';
import { DEMO_LIBRARIES } from '../../packages/server/src/demo-libraries.js';
import { addFakeRoutes, alva, json, problem, sessionOf } from './fake-api.js';

export const RESERVATION_SCENARIOS = [
  'reservations',
  'reservations-logged-out',
  'reservations-loading',
  'reservations-empty',
  'reservations-error',
  'reservations-dialog',
  'reservations-cancel',
  'reservations-change',
  'reservations-cancel-fails',
] as const;
export type ReservationScenario = (typeof RESERVATION_SCENARIOS)[number];

const DAY = 24 * 60 * 60 * 1000;

/** The end of the day `days` from today, in Swedish time (close enough for a story: 22:59 UTC). */
function endOfDay(days: number): string {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(21, 59, 59, 999);
  return date.toISOString();
}

const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** Alva's reservations, as the reference server's demo data has them. */
function alvasReservations(): Reservation[] {
  return [
    {
      id: 'res-hundraaringen',
      title: 'Hundraåringen som klev ut genom fönstret och försvann',
      author: 'Jonas Jonasson',
      format: 'book',
      pickupLibraryId: 'nodinge',
      reservedAt: daysAgo(20),
      readyForPickup: true,
      pickupBy: endOfDay(5),
    },
    {
      id: 'res-sagan-om-ringen',
      title: 'Sagan om ringen',
      author: 'J.R.R. Tolkien',
      format: 'book',
      pickupLibraryId: 'nodinge',
      reservedAt: daysAgo(12),
      queuePosition: 1,
      readyForPickup: false,
    },
    {
      id: 'res-mio',
      title: 'Mio, min Mio',
      author: 'Astrid Lindgren',
      format: 'book',
      pickupLibraryId: 'kungalv',
      reservedAt: daysAgo(15),
      queuePosition: 3,
      readyForPickup: false,
    },
  ];
}

const lists = new Map<string, Reservation[]>();
const listOf = (scenario: string): Reservation[] => {
  let list = lists.get(scenario);
  if (!list) lists.set(scenario, (list = scenario === 'reservations-empty' ? [] : alvasReservations()));
  return list;
};

/** Never answers: the client gives up after its timeout (the loading story is looked at before). */
const never = (request: Request) =>
  new Promise<never>((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason as Error));
  });

addFakeRoutes(RESERVATION_SCENARIOS, async (scenario, method, path, request) => {
  if (path === '/session' && method === 'GET') return scenario === 'reservations-logged-out' ? problem(401, 'unauthenticated') : sessionOf(alva);
  const match = /^\/me\/reservations(?:\/([^/]+))?$/.exec(path);
  if (!match) return undefined;
  const id = match[1] === undefined ? undefined : decodeURIComponent(match[1]);
  const list = listOf(scenario);
  if (id === undefined && method === 'GET') {
    if (scenario === 'reservations-loading') return never(request);
    if (scenario === 'reservations-error') throw new TypeError('Failed to fetch');
    return json(200, { reservations: list });
  }
  const index = list.findIndex((r) => r.id === id);
  const found = list[index];
  if (!found) return problem(404, 'not_found');
  if (method === 'DELETE') {
    if (scenario === 'reservations-cancel-fails') throw new TypeError('Failed to fetch');
    list.splice(index, 1);
    return new Response(null, { status: 204 });
  }
  if (method === 'PATCH') {
    const body = (await request.json()) as { pickupLibraryId?: string };
    if (!DEMO_LIBRARIES.some((library) => library.id === body.pickupLibraryId)) {
      return problem(400, 'validation_failed', { errors: [{ path: 'pickupLibraryId', code: 'unknown_library' }] });
    }
    if (found.readyForPickup) return problem(409, 'reservation_ready');
    const changed = { ...found, pickupLibraryId: body.pickupLibraryId as string };
    list[index] = changed;
    return json(200, changed);
  }
  return undefined;
});
