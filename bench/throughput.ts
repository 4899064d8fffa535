/**
 * API throughput relative to a bare Hono handler, over real loopback sockets.
 *
 * The servers run in a child process (bench/servers.ts) and autocannon in this one, so on a
 * two-core machine each side has a core. Only 127.0.0.1 is ever contacted.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
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

interface Urls {
  baseline: string;
  api: string;
}

export async function throughput(seconds: number, connections = 10): Promise<ThroughputRow[]> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(new URL('servers.ts', import.meta.url))], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, BIV_LOG_LEVEL: process.env.BIV_LOG_LEVEL ?? 'info' },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const urls = await new Promise<Urls>((resolve, reject) => {
      child.once('message', (message) => resolve(message as Urls));
      child.once('exit', (code) => reject(new Error(`the benchmark servers exited early (${code})`)));
    });
    const cookie = await logIn(urls.api);
    const targets: { name: string; url: string; headers?: Record<string, string> }[] = [
      { name: 'bare Hono handler (baseline)', url: `${urls.baseline}/` },
      { name: 'GET /api/v1/libraries', url: `${urls.api}/api/v1/libraries` },
      { name: 'GET /api/v1/session (cookie)', url: `${urls.api}/api/v1/session`, headers: { cookie } },
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
    child.kill('SIGTERM');
    await exited;
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
  const id = /biv_session=([^;]*)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (response.status !== 200 || !id) throw new Error(`login for the benchmark failed: ${response.status}`);
  return `biv_session=${id}`;
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
