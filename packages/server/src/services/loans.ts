import type { Loan, RenewalReason, RenewalResult, Reservation } from '@biv/contract';
import type { IlsAdapter, IlsLoan, IlsPatron, IlsRenewal, IlsReservation } from '../ils/types.js';
import { effectiveCardState } from './auth.js';
import { withoutNull } from './answer-shape.js';

/** Why nothing of this patron can be renewed, whatever the loan: the card's state. */
function cardReason(patron: IlsPatron, now: Date): RenewalReason | null {
  const state = effectiveCardState(patron, now);
  if (state === 'blocked') return 'card_blocked';
  if (state === 'expired') return 'card_expired';
  if (state === 'temporary') return 'card_temporary';
  return null;
}

export function toLoan(loan: IlsLoan, cardBlock: RenewalReason | null): Loan {
  const reason = cardBlock ?? loan.blockedBy;
  return withoutNull({
    id: loan.id,
    title: loan.title,
    author: loan.author ?? undefined,
    format: loan.format,
    libraryId: loan.libraryId,
    loanDate: loan.loanDate,
    dueDate: loan.dueDate,
    renewalsUsed: loan.renewalsUsed,
    renewalsLeft: loan.renewalsLeft,
    renewable: reason === null,
    reason: reason ?? undefined,
  });
}

function toResult(renewal: IlsRenewal): RenewalResult {
  return withoutNull({
    id: renewal.id,
    renewed: renewal.renewed,
    dueDate: renewal.loan?.dueDate,
    renewalsUsed: renewal.loan?.renewalsUsed,
    renewalsLeft: renewal.loan?.renewalsLeft,
    reason: renewal.renewed ? undefined : renewal.reason,
  });
}

export function toReservation(reservation: IlsReservation): Reservation {
  return withoutNull({
    id: reservation.id,
    title: reservation.title,
    author: reservation.author ?? undefined,
    format: reservation.format,
    pickupLibraryId: reservation.pickupLibraryId,
    reservedAt: reservation.reservedAt,
    queuePosition: reservation.queuePosition ?? undefined,
    readyForPickup: reservation.readyForPickup,
    pickupBy: reservation.pickupBy ?? undefined,
  });
}

export async function listLoans(ils: IlsAdapter, patron: IlsPatron, now: Date): Promise<Loan[]> {
  const block = cardReason(patron, now);
  return (await ils.listLoans(patron.id)).map((loan) => toLoan(loan, block));
}

/** Renew by the card's state and the library's rules; one result per loan asked for. */
export async function renew(ils: IlsAdapter, patron: IlsPatron, ids: string[] | undefined, now: Date): Promise<RenewalResult[]> {
  const block = cardReason(patron, now);
  if (block) {
    // Nothing is renewed; every loan asked for says why (unknown ids still say not_found).
    const loans = await ils.listLoans(patron.id);
    const known = new Map(loans.map((loan) => [loan.id, loan]));
    return (ids ?? loans.map((loan) => loan.id)).map((id) => {
      const loan = known.get(id);
      return loan ? toResult({ id, renewed: false, loan, reason: block }) : { id, renewed: false, reason: 'not_found' };
    });
  }
  return (await ils.renewLoans(patron.id, ids)).map(toResult);
}

/** Change where a reservation is collected, to one of the consortium's libraries. */
export async function changePickupLibrary(
  ils: IlsAdapter,
  patronId: string,
  id: string,
  pickupLibraryId: string,
): Promise<Reservation | 'not_found' | 'ready' | 'unknown_library'> {
  const libraryId = pickupLibraryId.trim();
  if (!(await ils.listLibraries()).some((library) => library.id === libraryId)) return 'unknown_library';
  const result = await ils.changePickupLibrary(patronId, id, libraryId);
  return typeof result === 'string' ? result : toReservation(result);
}
