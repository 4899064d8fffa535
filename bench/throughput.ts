/**
 * API throughput relative to a bare Hono handler, over real loopback sockets.
 *
 * The servers run in a child process (bench/servers.ts, started by bench/spawn.ts) and autocannon
 * in this one, so on a two-core machine each side has a core. Only 127.0.0.1 is ever contacted.
 */
import autocannon from 'autocannon';
import { sessionCookie, startBenchServers } from './spawn.js';
import { fixed, table } from './stats.js';

export interface ThroughputRow {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  ratio: number;
}

export async function throughput(seconds: number, connections = 10): Promise<ThroughputRow[]> {
  const servers = await startBenchServers({ baseline: true, api: {} });
  try {
    const { baseline, api } = servers.urls;
    if (!baseline || !api) throw new Error('the benchmark servers did not report their URLs');
    const cookie = await logIn(api);
    const targets: { name: string; url: string; headers?: Record<string, string> }[] = [
      { name: 'bare Hono handler (baseline)', url: `${baseline}/` },
      { name: 'GET /api/v1/libraries', url: `${api}/api/v1/libraries` },
      { name: 'GET /api/v1/session (cookie)', url: `${api}/api/v1/session`, headers: { cookie } },
    ];
    const rows: ThroughputRow[] = [];
    for (const target of targets) {
      const options = { url: target.url, connections, headers: target.headers ?? {} };
      await autocannon({ ...options, duration: 1 }); // warm-up: JIT, caches, connections
      const result = await autocannon({ ...options, duration: seconds });
      rows.push({
        name: target.name,
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
        ratio: Number.NaN,
      });
    }
    const base = rows[0]?.requestsPerSecond ?? Number.NaN;
    for (const row of rows) row.ratio = row.requestsPerSecond / base;
    return rows;
  } finally {
    await servers.stop();
  }
}

/** Log in as the demo patron Alva Andersson and return the session cookie to send. */
async function logIn(api: string): Promise<string> {
  const response = await fetch(`${api}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: '1000000001', pin: '1357' }),
  });
  await response.arrayBuffer();
  const cookie = sessionCookie(response.headers.get('set-cookie'));
  if (response.status !== 200 || !cookie) throw new Error(`login for the benchmark failed: ${response.status}`);
  return cookie;
}

export function formatThroughput(rows: ThroughputRow[], seconds: number, connections = 10): string {
  return [
    `${seconds} s per target after 1 s warm-up, ${connections} connections, no pipelining`,
    '',
    table([
      ['target', 'req/s', 'ratio to baseline', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'],
      ...rows.map((r) => [r.name, Math.round(r.requestsPerSecond), fixed(r.ratio, 3), r.p50, r.p99, r.non2xx, r.errors]),
    ]),
  ].join('\n');
}
