/**
 * The fake API's loan histories for the `<biv-loan-history>` stories: Alva's six returned loans of
 * the reference server's demo data, a long history like Lisa's (5,000 loans, made the same way
 * every time), and the states in between. The setting and deletions change a per-scenario copy in
 * memory, so stories never disturb one another.
 */
import type { HistoryEntry, ItemFormat, LoanHistoryResponse } from '@biv/client';
import { DEMO_LIBRARIES } from '../../packages/server/src/demo-libraries.js';
import { addFakeRoutes, alva, json, problem, sessionOf } from './fake-api.js';

export const HISTORY_SCENARIOS = [
  'history',
  'history-long',
  'history-logged-out',
  'history-loading',
  'history-off',
  'history-on-empty',
  'history-off-kept',
  'history-error',
  'history-temporary',
  'history-turn-off',
  'history-delete',
  'history-delete-fails',
] as const;
export type HistoryScenario = (typeof HISTORY_SCENARIOS)[number];

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** Alva's returned loans, newest return first, as the demo data has them. */
function alvasHistory(): HistoryEntry[] {
  const rows: [string, string, string | undefined, ItemFormat, string, number, number][] = [
    ['sommarboken', 'Sommarboken', 'Tove Jansson', 'book', 'nodinge', 30, 9],
    ['vi-i-villa', 'Vi i villa', undefined, 'magazine', 'nodinge', 40, 33],
    ['fadren', 'Fadren', 'August Strindberg', 'ebook', 'alvangen', 75, 50],
    ['ronja', 'Ronja Rövardotter', 'Astrid Lindgren', 'film', 'nodinge', 120, 113],
    ['markurells', 'Markurells i Wadköping', 'Hjalmar Bergman', 'audiobook', 'kungalv', 210, 190],
    ['kometjakten', 'Kometjakten', 'Tove Jansson', 'book', 'nodinge', 300, 280],
  ];
  return rows.map(([recordId, title, author, format, libraryId, borrowed, returned]) => ({
    id: `history-${recordId}`,
    recordId,
    title,
    ...(author ? { author } : {}),
    format,
    libraryId,
    loanDate: daysAgo(borrowed),
    returnDate: daysAgo(returned),
  }));
}

const FIRST = ['Den', 'Det', 'Sista', 'Första', 'Hemliga', 'Stora', 'Lilla', 'Blå', 'Röda', 'Tysta', 'Ödsliga', 'Åttonde'];
const SECOND = ['fyren', 'skogen', 'sommaren', 'vintern', 'huset', 'resan', 'brevet', 'ön', 'älven', 'staden', 'natten', 'kusten'];
const AUTHORS = ['Anna Ahlgren', 'Björn Bergström', 'Camilla Claesson', 'Greta Gran', 'Maja Mattsson', 'Åsa Åberg', 'Örjan Öhman'];
const FORMATS: ItemFormat[] = ['book', 'book', 'book', 'audiobook', 'ebook', 'film', 'music'];

/** A long history, newest return first: `count` loans over 15 years, the same every time. */
function longHistory(count: number): HistoryEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const returned = 1 + Math.floor((i * 15 * 365) / count);
    return {
      id: `long-${i + 1}`,
      recordId: `old-${i + 1}`,
      title: `${FIRST[(i * 5 + Math.floor(i / 7)) % FIRST.length]} ${SECOND[(i * 3 + Math.floor(i / 11)) % SECOND.length]}`,
      author: AUTHORS[(i * 11 + Math.floor(i / 5)) % AUTHORS.length] as string,
      format: FORMATS[i % FORMATS.length] as ItemFormat,
      libraryId: (DEMO_LIBRARIES[i % DEMO_LIBRARIES.length] as { id: string }).id,
      loanDate: daysAgo(returned + 21),
      returnDate: daysAgo(returned),
    };
  });
}

const histories = new Map<string, LoanHistoryResponse>();
function historyOf(scenario: string): LoanHistoryResponse {
  let history = histories.get(scenario);
  if (!history) {
    if (scenario === 'history-long') history = { enabled: true, entries: longHistory(5000) };
    else if (scenario === 'history-off' || scenario === 'history-temporary') history = { enabled: false, entries: [] };
    else if (scenario === 'history-on-empty') history = { enabled: true, entries: [] };
    else history = { enabled: scenario !== 'history-off-kept', entries: alvasHistory() };
    histories.set(scenario, history);
  }
  return history;
}

/** Elin: a temporary account (online registration), valid 7 days. */
const elin = () => ({ name: 'Elin Ek', borrowerId: 'BIV-000005', cardState: 'temporary' as const, validUntil: new Date(Date.now() + 7 * DAY).toISOString() });

/** Never answers: the client gives up after its timeout (the loading story is looked at before). */
const never = (request: Request) =>
  new Promise<never>((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason as Error));
  });

addFakeRoutes(HISTORY_SCENARIOS, async (scenario, method, path, request) => {
  if (path === '/session' && method === 'GET') {
    if (scenario === 'history-logged-out') return problem(401, 'unauthenticated');
    return sessionOf(scenario === 'history-temporary' ? elin() : alva);
  }
  const history = historyOf(scenario);
  if (path === '/me/history' && method === 'GET') {
    if (scenario === 'history-loading') return never(request);
    if (scenario === 'history-error') throw new TypeError('Failed to fetch');
    return json(200, history);
  }
  if (path === '/me/history/setting' && method === 'PUT') {
    const body = (await request.json()) as { enabled?: unknown };
    if (typeof body.enabled !== 'boolean') return problem(400, 'validation_failed', { errors: [{ path: 'enabled', code: 'invalid_type' }] });
    history.enabled = body.enabled;
    return json(200, { enabled: history.enabled });
  }
  if (path === '/me/history' && method === 'DELETE') {
    if (scenario === 'history-delete-fails') throw new TypeError('Failed to fetch');
    history.entries = [];
    return new Response(null, { status: 204 });
  }
  return undefined;
});
