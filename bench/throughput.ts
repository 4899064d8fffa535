/**
 * API throughput relative to a bare Hono handler, over real loopback sockets (issue 16): the public
 * library list (in full, and revalidated with its ETag), the session and the loans of a patron
 * with a cookie, and the login. On SQLite, then on PostgreSQL when BIV_BENCH_DATABASE_URL is set.
 *
 * The real server runs in a child process of its own for each database (bench/servers.ts, started
 * by bench/spawn.ts), optionally with a CPU profile; the bare handler in another; autocannon in
 * this one. Only 127.0.0.1 is ever contacted.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import autocannon, { type Request } from 'autocannon';
import { onFreshPostgres } from './postgres.js';
import { sessionCookie, startBenchServers, type BenchServers } from './spawn.js';
import { fixed, quantile, table } from './stats.js';

const API = '/api/v1';
/** The demo patron whose session, loans and login are measured (README: Alva Andersson, 7 loans). */
const PATRON = { identifier: '1000000001', pin: '1357', loans: 7 };
/**
 * The server runs at most 2 PIN checks per client address and lets 8 more wait (429 beyond):
 * every connection here comes from 127.0.0.1, so the login row uses at most this many.
 */
export const LOGIN_CONNECTIONS = 10;

/** What the routes' figures are compared with: the issue's goals, as ratios to the baseline. */
const GOALS = [
  { id: 'session', route: `GET ${API}/session`, ratio: 0.5 },
  { id: 'libraries', route: `GET ${API}/libraries`, ratio: 0.5 },
  { id: 'loans', route: `GET ${API}/me/loans`, ratio: 0.3 },
] as const;

interface Target {
  /** Short name, for BENCH_TARGETS. */
  id: string;
  name: string;
  connections: number;
  /** The status that counts as a success (anything else is listed as unexpected). */
  status: number;
  request: Request;
}

/** The targets measured against the real server, in order (the login last: its sessions pile up). */
export const TARGET_IDS = ['libraries', 'libraries-304', 'session', 'loans', 'login'] as const;

export interface ThroughputOptions {
  seconds: number;
  connections: number;
  /** The benchmark's own PostgreSQL database (its name must contain `bench`: it is re-created), or none. */
  postgresUrl: string | undefined;
  /** Measure only these targets (ids of TARGET_IDS); the baseline always runs. */
  only?: readonly string[];
  /** Folder for a CPU profile of each database's server process, or none. */
  cpuProfileDir?: string;
  warmupSeconds?: number;
}

export interface ThroughputRow {
  id: string;
  name: string;
  connections: number;
  /** Answers in the recorded time. */
  count: number;
  requestsPerSecond: number;
  /** CPU time (µs, all its threads) the answering process spent per answer during the run. */
  cpuPerAnswer: number;
  /** The baseline's req/s in its run just before this one. */
  baselineRequestsPerSecond?: number;
  /** req/s ÷ the baseline's req/s just before. */
  ratio: number;
  p50: number;
  p99: number;
  /** Answers outside 2xx, except the expected 304 of the revalidation row. */
  non2xx: number;
  /** Connection errors and timeouts (autocannon counts a timeout as an error). */
  errors: number;
  /** Statuses other than the expected one: status → how many. */
  unexpected: Map<number, number>;
}

export interface ThroughputSection {
  database: string;
  baseline: ThroughputRow;
  rows: ThroughputRow[];
  notes: string[];
  /** The CPU profile written for this section's server, if one was asked for. */
  profile?: string;
}

export interface ThroughputResult {
  options: ThroughputOptions;
  sections: ThroughputSection[];
  notes: string[];
}

/**
 * One autocannon run of `warmup + seconds`; answers are recorded from `warmup` seconds in until
 * the run ends. One run rather than a warm-up run and a measured one: a login cut off at the end
 * of a warm-up run would still hold its place in the server's PIN check queue, and the measured
 * run would start with 429s. Latency is autocannon's time from writing a request to the end of its
 * answer, per request (its own histogram keeps whole milliseconds, and 2xx answers only).
 */
async function measure(url: string, target: Target, warmup: number, seconds: number, cpuMicros: () => Promise<number>): Promise<ThroughputRow> {
  const latencies: number[] = [];
  let answers = 0; // all of them, the warm-up's too, for the CPU time per answer
  const cpuBefore = await cpuMicros();
  const statuses = new Map<number, number>();
  let errors = 0;
  let recording = false;
  let started = Number.NaN;
  const fault = () => {
    if (recording) errors++;
  };
  const run = autocannon({
    url,
    connections: target.connections,
    duration: warmup + seconds,
    requests: [target.request],
    setupClient: (client) => {
      client.on('timeout', fault);
      client.on('connError', fault);
    },
  });
  run.on('response', (_client, status, _bytes, ms) => {
    answers++;
    if (!recording) return;
    latencies.push(ms);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  });
  const timer = setTimeout(() => {
    recording = true;
    started = performance.now();
  }, warmup * 1000);
  try {
    await run;
  } finally {
    clearTimeout(timer);
    recording = false;
  }
  const measured = (performance.now() - started) / 1000;
  const cpuPerAnswer = (await cpuMicros() - cpuBefore) / answers;
  const unexpected = new Map([...statuses].filter(([status]) => status !== target.status));
  const non2xx = [...statuses].filter(([status]) => (status < 200 || status > 299) && status !== target.status).reduce((sum, [, n]) => sum + n, 0);
  return {
    id: target.id,
    name: target.name,
    connections: target.connections,
    count: latencies.length,
    requestsPerSecond: latencies.length / measured,
    cpuPerAnswer,
    ratio: Number.NaN,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    non2xx,
    errors,
    unexpected,
  };
}

async function logIn(api: string): Promise<string> {
  const response = await fetch(`${api}${API}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: api },
    body: JSON.stringify({ identifier: PATRON.identifier, pin: PATRON.pin }),
  });
  await response.arrayBuffer();
  const cookie = sessionCookie(response.headers.get('set-cookie'));
  if (response.status !== 200 || !cookie) throw new Error(`the benchmark's login failed: ${response.status}`);
  return cookie;
}

/**
 * The targets on the server at `api`, after the checks that make their figures mean something:
 * a session cookie (one login), the patron's 7 loans, and the library list's ETag, if it has one.
 */
async function targets(api: string, options: ThroughputOptions, notes: string[]): Promise<Target[]> {
  const wanted = (id: string) => !options.only || options.only.includes(id);
  const { connections } = options;
  const cookie = await logIn(api);
  const list: Target[] = [];
  if (wanted('libraries')) {
    list.push({ id: 'libraries', name: `GET ${API}/libraries`, connections, status: 200, request: { method: 'GET', path: `${API}/libraries` } });
  }
  if (wanted('libraries-304')) {
    const answer = await fetch(`${api}${API}/libraries`);
    await answer.arrayBuffer();
    const etag = answer.headers.get('etag');
    if (!etag) {
      notes.push(`GET ${API}/libraries with If-None-Match skipped: the server answered no ETag.`);
    } else {
      const again = await fetch(`${api}${API}/libraries`, { headers: { 'if-none-match': etag } });
      await again.arrayBuffer();
      if (again.status !== 304) notes.push(`GET ${API}/libraries with If-None-Match: ${etag} answered ${again.status}, not 304, before measuring.`);
      list.push({
        id: 'libraries-304',
        name: `GET ${API}/libraries, If-None-Match (304)`,
        connections,
        status: 304,
        request: { method: 'GET', path: `${API}/libraries`, headers: { 'if-none-match': etag } },
      });
    }
  }
  if (wanted('session')) {
    list.push({ id: 'session', name: `GET ${API}/session (cookie)`, connections, status: 200, request: { method: 'GET', path: `${API}/session`, headers: { cookie } } });
  }
  if (wanted('loans')) {
    const answer = await fetch(`${api}${API}/me/loans`, { headers: { cookie } });
    const body = (await answer.json().catch(() => undefined)) as { loans?: unknown[] } | undefined;
    const count = Array.isArray(body?.loans) ? body.loans.length : undefined;
    if (answer.status !== 200 || count !== PATRON.loans) {
      throw new Error(`GET ${API}/me/loans for the demo patron answered ${answer.status} with ${count ?? 'no'} loans, not ${PATRON.loans}: the figures would not be the issue's`);
    }
    list.push({ id: 'loans', name: `GET ${API}/me/loans (${PATRON.loans} loans)`, connections, status: 200, request: { method: 'GET', path: `${API}/me/loans`, headers: { cookie } } });
  }
  if (wanted('login')) {
    const loginConnections = Math.min(connections, LOGIN_CONNECTIONS);
    list.push({
      id: 'login',
      name: `POST ${API}/session (log in, ${loginConnections} connections)`,
      connections: loginConnections,
      status: 200,
      request: {
        method: 'POST',
        path: `${API}/session`,
        // JSON with the server's own Origin, as a same-origin fetch sends it.
        headers: { 'content-type': 'application/json', origin: api },
        body: JSON.stringify({ identifier: PATRON.identifier, pin: PATRON.pin }),
      },
    });
    if (loginConnections < connections) {
      notes.push(
        `The login uses ${loginConnections} connections, not ${connections}: the server runs 2 PIN checks per client address and lets 8 wait (429 beyond), and every connection comes from 127.0.0.1.`,
      );
    }
  }
  return list;
}

/**
 * The reference row: the bare handler answering the exact bytes and headers of the server's
 * library list (`GET /copy`, bench/servers.ts). Its ratio is what a route doing no work at all
 * would reach with an answer of that size.
 */
async function copyOfLibraries(api: string, baselineUrl: string, options: ThroughputOptions): Promise<Target> {
  const answer = await fetch(`${api}${API}/libraries`);
  const body = await answer.text();
  const headers = Object.fromEntries([...answer.headers].filter(([name]) => !['content-length', 'date', 'connection', 'keep-alive'].includes(name)));
  const put = await fetch(`${baselineUrl}/copy`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ body, headers }) });
  if (put.status !== 204) throw new Error(`the baseline server did not take the copy: ${put.status}`);
  return {
    id: 'libraries-copy',
    name: `bare Hono handler with the list's ${Buffer.byteLength(body)} bytes and ${Object.keys(headers).length} headers (reference)`,
    connections: options.connections,
    status: 200,
    request: { method: 'GET', path: '/copy' },
  };
}

async function section(database: string, databaseUrl: string | undefined, bare: BenchServers, options: ThroughputOptions): Promise<ThroughputSection> {
  const baselineUrl = bare.urls.baseline ?? '';
  const warmup = options.warmupSeconds ?? 2;
  const notes: string[] = [];
  const profileName = `throughput-${database.toLowerCase()}-${(options.only ?? ['all']).join('+')}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`;
  const cpuProfile = options.cpuProfileDir ? { dir: options.cpuProfileDir, name: profileName } : undefined;
  const servers: BenchServers = await startBenchServers({ api: databaseUrl ? { databaseUrl } : {} }, { cpuProfile });
  const rows: ThroughputRow[] = [];
  const baselines: ThroughputRow[] = [];
  try {
    const api = servers.urls.api;
    if (!api) throw new Error('the benchmark server did not report its URL');
    const list = await targets(api, options, notes);
    // The baseline again just before each target, and each target's ratio to that run: what a
    // shared machine gives both drifts by up to a factor of two within minutes, far less within
    // seconds. The server is idle in its process meanwhile.
    const base = { id: 'baseline', name: 'bare Hono handler (baseline)', connections: options.connections, status: 200, request: { method: 'GET', path: '/' } };
    const measured = [...list.map((target) => [api, target, servers] as const)];
    if (!options.only || options.only.includes('libraries')) measured.push([baselineUrl, await copyOfLibraries(api, baselineUrl, options), bare]);
    for (const [url, target, answering] of measured) {
      const before = await measure(baselineUrl, base, warmup, options.seconds, bare.cpuMicros);
      const row = await measure(url, target, warmup, options.seconds, answering.cpuMicros);
      row.baselineRequestsPerSecond = before.requestsPerSecond;
      row.ratio = row.requestsPerSecond / before.requestsPerSecond;
      rows.push(row);
      baselines.push(before);
    }
  } finally {
    await servers.stop();
  }
  // The baseline row: the median of its runs.
  const middle = [...baselines].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(baselines.length / 2)];
  if (!middle) throw new Error('no baseline was measured');
  const baseline = { ...middle, ratio: 1, name: `bare Hono handler (baseline), median of ${baselines.length} runs` };
  baseline.unexpected = new Map(baselines.flatMap((b) => [...b.unexpected]));
  baseline.errors = baselines.reduce((sum, b) => sum + b.errors, 0);
  baseline.non2xx = baselines.reduce((sum, b) => sum + b.non2xx, 0);
  const profile = servers.cpuProfile();
  if (cpuProfile && !profile) notes.push(`No CPU profile was written in ${cpuProfile.dir}: the server process did not exit cleanly.`);
  return { database, baseline, rows, notes, ...(profile ? { profile: resolve(profile) } : {}) };
}

export async function throughput(options: ThroughputOptions): Promise<ThroughputResult> {
  const unknown = options.only?.filter((id) => !(TARGET_IDS as readonly string[]).includes(id)) ?? [];
  if (unknown.length > 0) throw new Error(`BENCH_TARGETS: unknown target ${unknown.join(', ')} (known: ${TARGET_IDS.join(', ')})`);
  if (options.cpuProfileDir) mkdirSync(options.cpuProfileDir, { recursive: true });
  const notes: string[] = [];
  const sections: ThroughputSection[] = [];
  const base = await startBenchServers({ baseline: true });
  try {
    const baselineUrl = base.urls.baseline;
    if (!baselineUrl) throw new Error('the baseline server did not report its URL');
    sections.push(await section('SQLite', undefined, base, options));
    const postgres = await onFreshPostgres(options.postgresUrl, notes, (url) => section('PostgreSQL', url, base, options));
    if (postgres) sections.push(postgres);
  } finally {
    await base.stop();
  }
  return { options, sections, notes };
}

const ms = (n: number) => (Number.isNaN(n) ? '-' : fixed(n, n < 10 ? 2 : 1));
const perSecond = (n: number) => (n < 10 ? fixed(n, 1) : String(Math.round(n)));
/** Three decimals, or two significant digits below 0.01 (the login's ratio is tiny). */
const ratio = (n: number) => (n >= 0.01 || n === 0 || Number.isNaN(n) ? fixed(n, 3) : n.toPrecision(2));

export function formatThroughput(result: ThroughputResult): string {
  const { options } = result;
  const lines = [
    `${options.seconds} s per target after ${options.warmupSeconds ?? 2} s warm-up, ${options.connections} connections (the login at most ${LOGIN_CONNECTIONS}), no pipelining; the baseline measured again just before each target, and each ratio is to that run`,
  ];
  const row = (r: ThroughputRow) => [r.name, perSecond(r.requestsPerSecond), r.baselineRequestsPerSecond === undefined ? '' : perSecond(r.baselineRequestsPerSecond), ratio(r.ratio), ms(r.p50), ms(r.p99), r.non2xx, r.errors, fixed(r.cpuPerAnswer, 0)];
  for (const s of result.sections) {
    lines.push(
      '',
      `### ${s.database}`,
      '',
      table([['target', 'req/s', 'baseline req/s just before', 'ratio', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'CPU µs/answer'], row(s.baseline), ...s.rows.map(row)]),
      '',
      `goals (req/s ÷ baseline): ${GOALS.map((goal) => {
        const measured = s.rows.find((r) => r.id === goal.id);
        const verdict = !measured ? 'not measured' : measured.ratio >= goal.ratio ? 'reached' : 'not reached';
        return `${goal.route} ≥ ${goal.ratio}: ${verdict}${measured ? ` (${ratio(measured.ratio)})` : ''}`;
      }).join('; ')}`,
    );
    const faults = [s.baseline, ...s.rows].filter((r) => r.unexpected.size > 0 || r.errors > 0);
    if (faults.length > 0) {
      lines.push('', `UNEXPECTED ANSWERS on ${s.database}: the figures of these rows mean nothing.`);
      for (const r of faults) {
        lines.push(`  ${r.name}: ${[...r.unexpected].map(([status, n]) => `${n} × ${status}`).concat(r.errors > 0 ? [`${r.errors} errors or timeouts`] : []).join(', ')}`);
      }
    }
    if (s.notes.length > 0) lines.push('', ...s.notes);
    if (s.profile) lines.push('', `CPU profile of the ${s.database} server process: ${s.profile}`, `  node --import tsx bench/profile-summary.ts ${s.profile}`);
  }
  if (result.notes.length > 0) lines.push('', ...result.notes);
  return lines.join('\n');
}
