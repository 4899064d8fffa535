/**
 * Load: N virtual patrons at once against the real server, each in a loop: log in, read the loans,
 * renew the loan due first, read the session, log out. On SQLite, and on PostgreSQL when
 * BIV_BENCH_DATABASE_URL is set; a bare Hono handler, in a process of its own, is the baseline.
 *
 * Each virtual patron is one autocannon connection sending the five requests as a sequence, so
 * every patron has one request in flight at a time, like a browser tab. The servers run in child
 * processes (bench/servers.ts); only 127.0.0.1 is contacted. Any answer other than the expected
 * status is an error (a 429 from the login throttle included), and so is a timeout or a lost
 * connection: errors must be 0, or the figures mean nothing.
 */
import { randomBytes } from 'node:crypto';
import autocannon, { type Client, type Request } from 'autocannon';
import { benchPatrons, type BenchPatron } from './patrons.js';
import { onFreshPostgres } from './postgres.js';
import { sessionCookie, startBenchServers } from './spawn.js';
import { fixed, quantile, table } from './stats.js';

const API = '/api/v1';

/** The steps of a patron's loop, in order, with the status each must get. */
const STEPS = [
  { key: 'login', name: `POST ${API}/session (log in)`, status: 200 },
  { key: 'loans', name: `GET ${API}/me/loans`, status: 200 },
  { key: 'renew', name: `POST ${API}/me/loans/:id/renewal`, status: 200 },
  { key: 'session', name: `GET ${API}/session`, status: 200 },
  { key: 'logout', name: `DELETE ${API}/session (log out)`, status: 204 },
] as const;

type Step = (typeof STEPS)[number]['key'];

export interface LoadOptions {
  /** Virtual patrons, all at once, all from 127.0.0.1. */
  patrons: number;
  /** Measured seconds per target (after a warm-up that is not counted). */
  seconds: number;
  /** Loans of each bench patron. */
  loans: number;
  /** The benchmark's own PostgreSQL database (its name must contain `bench`: it is re-created), or none. */
  postgresUrl: string | undefined;
  warmupSeconds?: number;
}

export interface RouteFigures {
  name: string;
  count: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export interface ScenarioResult {
  database: string;
  seconds: number;
  /** Loops that ended with the logout's answer, and those of them without any error. */
  loops: number;
  cleanLoops: number;
  routes: RouteFigures[];
  /** All routes together. */
  total: RouteFigures;
  renewals: { renewed: number; alreadyToday: number; refused: number };
  /** Unexpected answers and faults: `route: status code` → how many. */
  unexpected: Map<string, number>;
}

export interface LoadResult {
  options: LoadOptions;
  baseline: RouteFigures;
  scenarios: ScenarioResult[];
  notes: string[];
}

/** Latencies and errors per step, recorded while `recording` is on. */
class Recorder {
  recording = false;
  readonly latencies = new Map<string, number[]>();
  readonly errors = new Map<string, number>();
  readonly unexpected = new Map<string, number>();
  loops = 0;
  cleanLoops = 0;
  renewals = { renewed: 0, alreadyToday: 0, refused: 0 };

  answer(key: string, ms: number) {
    if (!this.recording) return;
    const list = this.latencies.get(key) ?? [];
    list.push(ms);
    this.latencies.set(key, list);
  }

  error(key: string, what: string) {
    if (!this.recording) return;
    this.errors.set(key, (this.errors.get(key) ?? 0) + 1);
    this.unexpected.set(`${key}: ${what}`, (this.unexpected.get(`${key}: ${what}`) ?? 0) + 1);
  }

  figures(key: string, name: string, seconds: number): RouteFigures {
    const values = this.latencies.get(key) ?? [];
    return { name, count: values.length, errors: this.errors.get(key) ?? 0, perSecond: values.length / seconds, p50: quantile(values, 0.5), p99: quantile(values, 0.99) };
  }
}

/** What a problem answer says (`status code`), for the list of unexpected answers. */
function describe(status: number, body: string): string {
  const code = parse<{ code?: unknown }>(body)?.code;
  return typeof code === 'string' ? `${status} ${code}` : String(status);
}

/** A JSON body, or undefined when it is not JSON (an error of the step, not a crash of the run). */
function parse<T>(body: string): T | undefined {
  try {
    return JSON.parse(body) as T;
  } catch {
    return undefined;
  }
}

const header = (headers: Record<string, string | string[]>, name: string) =>
  Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];

/**
 * One virtual patron: the requests of its loop for autocannon, and what it remembers between them
 * (the session cookie, the loan to renew). Which step is in flight tells the recorder where an
 * answer, a timeout or a lost connection belongs.
 */
class VirtualPatron {
  /** The step in flight (or whose answer is being handled). */
  step: Step = 'login';
  private cookie: string | undefined;
  private loan: { id: string; dueDate: string } | undefined;
  /** No error in this loop so far. */
  private clean = true;

  constructor(
    private readonly patron: BenchPatron,
    private readonly origin: string,
    private readonly recorder: Recorder,
  ) {}

  /**
   * Set up a step: remember it, and add the cookie (and Origin on writes, as a browser sends).
   * Without a session (the login failed, an error already counted) the rest of the loop is
   * skipped: null makes autocannon start the sequence again with the login.
   */
  private setup(step: Step, request: Request, extra: Record<string, string> = {}): Request | null {
    if (step !== 'login' && !this.cookie) return null;
    this.step = step;
    const headers: Record<string, string> = { ...request.headers, ...extra };
    if (this.cookie) headers.cookie = this.cookie;
    return { ...request, headers };
  }

  /** Check an answer's status; anything else is an error of this step. */
  private expect(step: Step, status: number, body: string): boolean {
    const expected = STEPS.find((s) => s.key === step)?.status;
    if (status === expected) return true;
    this.fail(describe(status, body));
    return false;
  }

  fail(what: string) {
    this.clean = false;
    this.recorder.error(this.step, what);
  }

  requests(): Request[] {
    const write = { origin: this.origin };
    return [
      {
        method: 'POST',
        path: `${API}/session`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier: this.patron.card, pin: this.patron.pin }),
        setupRequest: (request) => {
          this.cookie = undefined;
          this.loan = undefined;
          this.clean = true;
          return this.setup('login', request, write);
        },
        onResponse: (status, body, _context, headers) => {
          if (!this.expect('login', status, body)) return;
          this.cookie = sessionCookie(header(headers, 'set-cookie'));
          if (!this.cookie) this.fail('200 without a session cookie');
        },
      },
      {
        method: 'GET',
        path: `${API}/me/loans`,
        setupRequest: (request) => this.setup('loans', request),
        onResponse: (status, body) => {
          if (!this.expect('loans', status, body)) return;
          // The loan due first that can be renewed (the list is by due date).
          const answer = parse<{ loans?: { id: string; dueDate: string; renewable: boolean }[] }>(body);
          this.loan = answer?.loans?.find((loan) => loan.renewable);
          if (!this.loan) this.fail(answer?.loans ? 'no renewable loan' : '200 with an unexpected body');
        },
      },
      {
        method: 'POST',
        setupRequest: (request) =>
          this.setup('renew', { ...request, path: `${API}/me/loans/${encodeURIComponent(this.loan?.id ?? 'none')}/renewal` }, {
            ...write,
            'idempotency-key': randomBytes(16).toString('base64url'),
          }),
        onResponse: (status, body) => {
          if (!this.expect('renew', status, body)) return;
          const result = parse<{ id?: string; renewed?: unknown; dueDate?: string }>(body);
          const loan = this.loan;
          if (!loan || !result || result.id !== loan.id || typeof result.renewed !== 'boolean') return this.fail('200 with an unexpected body');
          if (!this.recorder.recording) return;
          // A refusal (renewal limit, reserved…) is an expected answer, counted apart.
          if (!result.renewed) this.recorder.renewals.refused++;
          else if (result.dueDate === loan.dueDate) this.recorder.renewals.alreadyToday++;
          else this.recorder.renewals.renewed++;
        },
      },
      {
        method: 'GET',
        path: `${API}/session`,
        setupRequest: (request) => this.setup('session', request),
        onResponse: (status, body) => void this.expect('session', status, body),
      },
      {
        method: 'DELETE',
        path: `${API}/session`,
        setupRequest: (request) => this.setup('logout', request, write),
        onResponse: (status, body) => {
          this.expect('logout', status, body);
          if (!this.recorder.recording) return;
          this.recorder.loops++;
          if (this.clean) this.recorder.cleanLoops++;
        },
      },
    ];
  }
}

/**
 * Answers are recorded from `warmup` seconds into the run until its end: one run, so no login is
 * cut off between a warm-up and the measurement (a cut-off login would still hold its place in
 * the server's PIN check queue). Returns the measured seconds.
 */
async function measured(run: PromiseLike<unknown>, warmup: number, recorder: Recorder): Promise<number> {
  let started = Number.NaN;
  const timer = setTimeout(() => {
    recorder.recording = true;
    started = performance.now();
  }, warmup * 1000);
  try {
    await run;
  } finally {
    clearTimeout(timer);
    recorder.recording = false;
  }
  return (performance.now() - started) / 1000;
}

/** N virtual patrons against the server at `url`: `warmup` seconds, then `seconds` recorded. */
async function patronLoad(url: string, patrons: BenchPatron[], warmup: number, seconds: number, recorder: Recorder): Promise<number> {
  const byClient = new WeakMap<Client, VirtualPatron>();
  let next = 0;
  const run = autocannon({
    url,
    connections: patrons.length,
    duration: warmup + seconds,
    setupClient: (client) => {
      const patron = patrons[next++ % patrons.length];
      if (!patron) return;
      const virtual = new VirtualPatron(patron, new URL(url).origin, recorder);
      byClient.set(client, virtual);
      client.on('timeout', () => virtual.fail('timeout'));
      client.on('connError', (error: Error) => virtual.fail(`connection error: ${error.message}`));
      client.setRequests(virtual.requests());
    },
  });
  // After the request's onResponse, so the step is still the answered one.
  run.on('response', (client, _status, _bytes, ms) => {
    const virtual = byClient.get(client);
    if (virtual) recorder.answer(virtual.step, ms);
  });
  return measured(run, warmup, recorder);
}

async function scenario(database: string, url: string, options: LoadOptions): Promise<ScenarioResult> {
  const recorder = new Recorder();
  const seconds = await patronLoad(url, benchPatrons(options.patrons), options.warmupSeconds ?? 2, options.seconds, recorder);
  const routes = STEPS.map((s) => recorder.figures(s.key, s.name, seconds));
  const all = [...recorder.latencies.values()].flat();
  const total: RouteFigures = {
    name: 'all routes',
    count: all.length,
    errors: routes.reduce((sum, r) => sum + r.errors, 0),
    perSecond: all.length / seconds,
    p50: quantile(all, 0.5),
    p99: quantile(all, 0.99),
  };
  return { database, seconds, loops: recorder.loops, cleanLoops: recorder.cleanLoops, routes, total, renewals: recorder.renewals, unexpected: recorder.unexpected };
}

/** The bare Hono handler with as many connections as there are patrons, timed the same way. */
async function baselineLoad(url: string, connections: number, warmup: number, seconds: number): Promise<RouteFigures> {
  const recorder = new Recorder();
  const run = autocannon({ url, connections, duration: warmup + seconds });
  run.on('response', (_client, status, _bytes, ms) => {
    recorder.answer('baseline', ms);
    if (status !== 200) recorder.error('baseline', String(status));
  });
  const measuredSeconds = await measured(run, warmup, recorder);
  const result = await run;
  const figures = recorder.figures('baseline', 'bare Hono handler (baseline)', measuredSeconds);
  return { ...figures, errors: figures.errors + result.errors + result.timeouts };
}

async function onServer(database: string, databaseUrl: string | undefined, options: LoadOptions): Promise<ScenarioResult> {
  const servers = await startBenchServers({ api: { ...(databaseUrl ? { databaseUrl } : {}), patrons: options.patrons, loans: options.loans } });
  try {
    if (!servers.urls.api) throw new Error('the benchmark server did not report its URL');
    return await scenario(database, servers.urls.api, options);
  } finally {
    await servers.stop();
  }
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  const notes: string[] = [];
  if (options.patrons > 10) {
    notes.push(
      `${options.patrons} patrons log in from one address: the server runs about 2 PIN checks per address and queues about 8 more (BIV_PIN_CHECKS_PER_CLIENT, BIV_PIN_CHECK_QUEUE_PER_CLIENT); past that a login gets 429, an error here. Raise them in the environment (the server inherits it) to measure more.`,
    );
  }
  const base = await startBenchServers({ baseline: true });
  let baseline: RouteFigures;
  try {
    if (!base.urls.baseline) throw new Error('the baseline server did not report its URL');
    baseline = await baselineLoad(`${base.urls.baseline}/`, options.patrons, options.warmupSeconds ?? 2, options.seconds);
  } finally {
    await base.stop();
  }
  const scenarios = [await onServer('SQLite', undefined, options)];
  const postgres = await onFreshPostgres(options.postgresUrl, notes, (url) => onServer('PostgreSQL', url, options));
  if (postgres) scenarios.push(postgres);
  return { options, baseline, scenarios, notes };
}

const ms = (n: number) => fixed(n, n < 10 ? 2 : 1);
const times = (n: number) => fixed(n, n < 10 ? 1 : 0);

export function formatLoad(result: LoadResult): string {
  const { options, baseline } = result;
  const lines = [
    `${options.patrons} virtual patrons from 127.0.0.1, each in a loop (log in, loans, renew, session, log out); ${options.seconds} s per target after ${options.warmupSeconds ?? 2} s warm-up; ${options.loans} loans per patron`,
  ];
  const row = (r: RouteFigures) => [r.name, r.count, r.errors, fixed(r.perSecond), ms(r.p50), ms(r.p99), (r.perSecond / baseline.perSecond).toPrecision(2), times(r.p50 / baseline.p50)];
  for (const s of result.scenarios) {
    lines.push(
      '',
      `### ${s.database}: ${s.loops} loops in ${fixed(s.seconds, 2)} s = ${fixed(s.loops / s.seconds, 2)} patron loops/s (${s.cleanLoops} without an error)`,
      `renewals: ${s.renewals.renewed} renewed, ${s.renewals.alreadyToday} already renewed today (no change), ${s.renewals.refused} refused`,
      '',
      table([
        ['route', 'n', 'errors', 'req/s', 'p50 ms', 'p99 ms', 'req/s ÷ baseline', 'p50 ÷ baseline'],
        ...s.routes.map(row),
        row(s.total),
        [`${baseline.name}, ${options.patrons} connections`, baseline.count, baseline.errors, fixed(baseline.perSecond), ms(baseline.p50), ms(baseline.p99), '1.0', '1.0'],
      ]),
    );
    if (s.unexpected.size > 0) {
      lines.push('', `${s.total.errors} ERRORS on ${s.database}: these figures mean nothing. Unexpected answers and faults:`, ...[...s.unexpected].map(([what, n]) => `  ${what}: ${n}`));
    }
  }
  if (result.notes.length > 0) lines.push('', ...result.notes);
  return lines.join('\n');
}
