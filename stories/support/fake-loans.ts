/**
 * The fake API's loans (`GET /me/loans`, `POST /me/loans/{id}/renewal`, `POST /me/loans/renewals`)
 * for the `<biv-my-loans>` stories: Alva's loans of the reference server's demo data, with due
 * dates relative to today, and renewals by the same rules (28 days from today, one renewal
 * counted; refused with the loan's reason). Stateless: each story starts from the demo data.
 */
import type { Loan, RenewalResult } from '@biv/client';
import { addFakeRoutes, alva, json, problem, sessionOf } from './fake-api.js';

export const LOAN_SCENARIOS = ['loans', 'loans-empty', 'loans-loading', 'loans-error', 'loans-renew-lost'] as const;
export type LoanScenario = (typeof LOAN_SCENARIOS)[number];

const DAY = 86_400_000;
const RENEWAL_DAYS = 28;

/** The end of the Swedish day `days` from today (23:59:59 in summer, 22:59:59 in winter: the same day). */
function endOfDay(days: number): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date(Date.now() + days * DAY));
  return `${day}T21:59:59.000Z`;
}

type Row = [id: string, title: string, author: string, format: Loan['format'], library: string, due: number, used: number, reason?: string];
const ROWS: Row[] = [
  ['loan-1', 'Pippi Långstrump', 'Astrid Lindgren', 'book', 'nodinge', -5, 0],
  ['loan-2', 'Röda rummet', 'August Strindberg', 'book', 'nodinge', -40, 1, 'overdue_limit'],
  ['loan-3', 'Män som hatar kvinnor', 'Stieg Larsson', 'audiobook', 'alvangen', 2, 0],
  ['loan-4', 'Nils Holgerssons underbara resa genom Sverige', 'Selma Lagerlöf', 'book', 'kungalv', 10, 1, 'reserved'],
  ['loan-5', 'Utvandrarna', 'Vilhelm Moberg', 'book', 'nodinge', 14, 3, 'renewal_limit'],
  ['loan-6', 'Det sjunde inseglet', 'Ingmar Bergman', 'film', 'ytterby', 20, 0],
  ['loan-7', 'Gold', 'ABBA', 'music', 'nodinge', 25, 2],
];
const MAX_RENEWALS = 3;

function alvasLoans(): Loan[] {
  return ROWS.map(([id, title, author, format, libraryId, due, used, reason]) => ({
    id,
    title,
    author,
    format,
    libraryId,
    loanDate: endOfDay(due - 28),
    dueDate: endOfDay(due),
    renewalsUsed: used,
    renewalsLeft: MAX_RENEWALS - used,
    renewable: reason === undefined,
    ...(reason === undefined ? {} : { reason }),
  }));
}

function renewalOf(loan: Loan): RenewalResult {
  if (!loan.renewable) return { id: loan.id, renewed: false, dueDate: loan.dueDate, renewalsUsed: loan.renewalsUsed, renewalsLeft: loan.renewalsLeft, reason: loan.reason ?? 'not_renewable' };
  return { id: loan.id, renewed: true, dueDate: endOfDay(RENEWAL_DAYS), renewalsUsed: loan.renewalsUsed + 1, renewalsLeft: loan.renewalsLeft - 1 };
}

/** Idempotency keys whose first request "lost its answer" (`loans-renew-lost`). */
const lostOnce = new Set<string>();

const never = (request: Request) =>
  new Promise<never>((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason as Error));
  });

addFakeRoutes(LOAN_SCENARIOS, (scenario, method, path, request) => {
  if (path === '/session' && method === 'GET') return sessionOf(alva);
  if (path === '/me/loans' && method === 'GET') {
    if (scenario === 'loans-loading') return never(request); // the client gives up after its timeout
    if (scenario === 'loans-error') return problem(500, 'internal_error');
    return json(200, { loans: scenario === 'loans-empty' ? [] : alvasLoans() });
  }
  const one = /^\/me\/loans\/([^/]+)\/renewal$/.exec(path);
  if (method === 'POST' && (one || path === '/me/loans/renewals')) {
    const key = request.headers.get('Idempotency-Key') ?? '';
    if (scenario === 'loans-renew-lost' && !lostOnce.has(key)) {
      // The renewal is done, but the answer is lost on the way: the retry with the same key gets it.
      lostOnce.add(key);
      throw new TypeError('Failed to fetch');
    }
    const loans = alvasLoans();
    if (one) {
      const loan = loans.find((l) => l.id === decodeURIComponent(one[1] ?? ''));
      return loan ? json(200, renewalOf(loan)) : problem(404, 'not_found');
    }
    return json(200, { results: loans.map(renewalOf) });
  }
  return undefined;
});
