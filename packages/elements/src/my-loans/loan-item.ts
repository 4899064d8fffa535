import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError, Loan, RenewalResult } from '@biv/client';
import { problemText } from '../shared/messages.js';
import type { LocalizeController } from '../shared/localize.js';
import { daysFromToday, formatDay, formatsOf, relativeDays } from '../shared/dates.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import type { RenewalOutcome } from './events.js';
import type { myLoansMessages } from './my-loans.messages.js';

/** Days before the due day from which a loan counts as "due soon" (0 = due today). */
const DUE_SOON_DAYS = 3;

export type LoansI18n = LocalizeController<typeof myLoansMessages.sv>;

/** What the patron sees next to a loan after a renewal attempt. */
export type ItemOutcome = { kind: 'renewed'; dueDate: string } | { kind: 'refused'; reason: string } | { kind: 'failed'; error: ApiError };

/** What every loan of one render shares. */
export interface LoanContext {
  i18n: LoansI18n;
  /** The level of each loan's title heading (one under the list's). */
  level: HeadingLevel;
  outcome(id: string): ItemOutcome | undefined;
  busy(id: string): boolean;
  library(id: string): string | undefined;
  /** Due dates already put into words in this render (many loans share a due date). */
  dues: Map<string, DueWords>;
  /** Today, fixed for the render. */
  now: Date;
}

interface DueWords {
  /** Days from today to the due day (negative: overdue; NaN for a bad date). */
  days: number;
  date: string;
  relative: string;
}

/** The loans with the answers of a renewal folded in: new due dates and counts. */
export function applied(loans: readonly Loan[], results: readonly RenewalResult[]): Loan[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  return loans.map((loan) => {
    const result = byId.get(loan.id);
    if (!result) return loan;
    const next: Loan = {
      ...loan,
      dueDate: result.dueDate ?? loan.dueDate,
      renewalsUsed: result.renewalsUsed ?? loan.renewalsUsed,
      renewalsLeft: result.renewalsLeft ?? loan.renewalsLeft,
    };
    if (!result.renewed) return { ...next, renewable: false, reason: result.reason ?? 'unknown' };
    if (next.renewalsLeft <= 0) return { ...next, renewable: false, reason: 'renewal_limit' };
    return next;
  });
}

/** The answers of a renewal as `biv-renewed` tells them. */
export function renewalOutcomes(results: readonly RenewalResult[]): RenewalOutcome[] {
  return results.map((r) => ({ id: r.id, renewed: r.renewed, ...(r.dueDate ? { dueDate: r.dueDate } : {}), ...(r.reason ? { reason: r.reason } : {}) }));
}

/** Why a loan was not or cannot be renewed, in words. */
export function reasonText(t: LoansI18n, reason: string | undefined): string {
  return t.lookup(`reason.${reason ?? 'unknown'}`) ?? t.t('reason.unknown');
}

export function outcomeText(t: LoansI18n, outcome: ItemOutcome): string {
  if (outcome.kind === 'renewed') return t.t('renewed', formatDay(t.locale, outcome.dueDate));
  if (outcome.kind === 'refused') return t.t('notRenewed', reasonText(t, outcome.reason));
  return problemText(t, outcome.error);
}

/** The due day's words, made once per due date per render. */
function due(dueDate: string, c: LoanContext): DueWords {
  let words = c.dues.get(dueDate);
  if (!words) {
    const t = c.i18n;
    const days = daysFromToday(dueDate, c.now);
    const relative = days < 0 ? t.t('overdueBy', -days, formatsOf(t.locale).number.format(-days)) : relativeDays(t.locale, days);
    words = { days, date: formatDay(t.locale, dueDate), relative };
    c.dues.set(dueDate, words);
  }
  return words;
}

/** One loan. One template per loan, without nested ones (hidden parts instead): 300 loans render fast. */
export function loanItem(loan: Loan, c: LoanContext): TemplateResult {
  const t = c.i18n;
  const n = formatsOf(t.locale).number;
  const { days, date, relative } = due(loan.dueDate, c);
  const badge = days < 0 ? 'overdue' : days <= DUE_SOON_DAYS ? 'due-soon' : undefined;
  const outcome = c.outcome(loan.id);
  const busy = c.busy(loan.id);
  const failed = outcome?.kind === 'failed';
  const library = c.library(loan.libraryId);
  return html`<li class="loan" part="item" data-id=${loan.id}>
    ${heading(c.level, loan.title, { class: 'title', part: 'title' })}
    <p class="badge badge--${badge ?? 'none'}" part="badge" ?hidden=${!badge}>
      ${badge ? t.t(badge === 'overdue' ? 'badge.overdue' : 'badge.dueSoon') : ''}
    </p>
    <dl>
      <div ?hidden=${!loan.author}><dt>${t.t('author')}</dt><dd>${loan.author ?? ''}</dd></div>
      <div><dt>${t.t('format')}</dt><dd>${t.t(`format.${loan.format}`)}</dd></div>
      <div ?hidden=${!library}><dt>${t.t('library')}</dt><dd>${library ?? ''}</dd></div>
      <div><dt>${t.t('due')}</dt><dd><time datetime=${loan.dueDate}>${date}</time>${relative ? ` (${relative})` : ''}</dd></div>
      <div>
        <dt>${t.t('renewals')}</dt>
        <dd>${t.t('renewalCounts', n.format(loan.renewalsUsed), n.format(loan.renewalsUsed + loan.renewalsLeft), n.format(loan.renewalsLeft))}</dd>
      </div>
    </dl>
    <p class="outcome outcome--${outcome?.kind ?? 'none'}" part="outcome" tabindex="-1" ?hidden=${!outcome}>${outcome ? outcomeText(t, outcome) : ''}</p>
    <p class="reason" ?hidden=${!!outcome || loan.renewable}>${outcome || loan.renewable ? '' : t.t('cannotRenew', reasonText(t, loan.reason))}</p>
    ${loan.renewable
      ? html`<p class="actions">
          <button
            part="button"
            type="button"
            class=${failed ? '' : 'secondary'}
            data-renew=${loan.id}
            aria-label=${failed ? `${t.t('retry')}: ${t.t('retryRenewal', loan.title)}` : `${t.t('renew')} ${loan.title}`}
            aria-disabled=${busy ? 'true' : 'false'}
          >
            ${failed ? t.t('retry') : t.t('renew')}
          </button>
        </p>`
      : nothing}
  </li>`;
}
