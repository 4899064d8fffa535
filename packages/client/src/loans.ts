import type {
  Loan} from '@biv/contract';
import {
  IDEMPOTENCY_HEADER,
  LoansResponse,
  RenewalResult,
  RenewalsResponse,
  Reservation,
  ReservationsResponse,
  ReservationUpdate,
} from '@biv/contract';
import { checkBody, request } from './http.js';

/**
 * A fresh idempotency key for one renewal action. Keep it until the action has an answer and send
 * it again on a retry (after a timeout or a network fault): the server then renews nothing twice.
 */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '');
}

const path = (id: string) => encodeURIComponent(id);

/** The logged-in patron's loans (`GET /me/loans`). */
export async function listLoans(endpoint: string): Promise<Loan[]> {
  return (await request(endpoint, { method: 'get', path: '/me/loans', schema: LoansResponse })).loans;
}

/** Renew one loan; the answer says whether it was renewed, the due date, and the reason if not. */
export function renewLoan(endpoint: string, id: string, idempotencyKey: string): Promise<RenewalResult> {
  return request(endpoint, {
    method: 'post',
    path: `/me/loans/${path(id)}/renewal`,
    headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
    schema: RenewalResult,
  });
}

/** Renew the given loans, or every loan when `ids` is absent: one outcome per loan. */
export async function renewLoans(endpoint: string, ids: string[] | undefined, idempotencyKey: string): Promise<RenewalResult[]> {
  const answer = await request(endpoint, {
    method: 'post',
    path: '/me/loans/renewals',
    json: ids ? { ids } : {},
    headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
    schema: RenewalsResponse,
  });
  return answer.results;
}

/** The logged-in patron's reservations (`GET /me/reservations`). */
export async function listReservations(endpoint: string): Promise<Reservation[]> {
  return (await request(endpoint, { method: 'get', path: '/me/reservations', schema: ReservationsResponse })).reservations;
}

/** Cancel a reservation. */
export async function cancelReservation(endpoint: string, id: string): Promise<void> {
  await request(endpoint, { method: 'delete', path: `/me/reservations/${path(id)}` });
}

/** Change where a reservation is collected; resolves with the changed reservation. */
export async function updateReservation(endpoint: string, id: string, update: ReservationUpdate): Promise<Reservation> {
  return request(endpoint, { method: 'patch', path: `/me/reservations/${path(id)}`, json: checkBody(ReservationUpdate, update), schema: Reservation });
}
