/**
 * Child process of the throughput and load benchmarks: the servers they measure, each listening on
 * 127.0.0.1 on a random port. `argv[2]` is a JSON `BenchServerOptions`: a bare Hono handler (the
 * baseline), the real server, or both. Reports the URLs over IPC and stops on SIGTERM (exiting
 * cleanly, so that a CPU profile asked for with --cpu-prof gets written). Its stdout
 * (the server's JSON logs, as in production) goes wherever the parent says. Start it with
 * `startBenchServers` (bench/spawn.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { migrate, openDatabase, seedDemo, startServer, type RunningServer } from '@biv/server';
import { benchPatrons, seedBenchPatrons } from './patrons.js';
import { writeSourceMaps } from './source-maps.js';

export interface BenchServerOptions {
  /** Start the bare Hono handler (`GET /` answers `{"ok":true}`). */
  baseline?: boolean;
  /** Start the real server with the demo data. */
  api?: {
    /** PostgreSQL (an empty database); otherwise SQLite in a temporary folder. */
    databaseUrl?: string;
    /** Bench patrons to add to the demo data (bench/patrons.ts), with this many loans each. */
    patrons?: number;
    loans?: number;
  };
}

export interface BenchServerUrls {
  baseline?: string;
  api?: string;
}

const options = JSON.parse(process.argv[2] ?? '{}') as BenchServerOptions;
const dataDir = mkdtempSync(join(tmpdir(), 'biv-bench-api-'));
const urls: BenchServerUrls = {};

let baseline: ReturnType<typeof serve> | undefined;
if (options.baseline) {
  const bare = new Hono();
  bare.get('/', (c) => c.json({ ok: true }));
  // A reference for answers bigger than `{"ok":true}`: `PUT /copy` with `{ body, headers }` (an
  // answer of the real server), and `GET /copy` answers those bytes and headers, with no work.
  let copy = { body: '', headers: {} as Record<string, string> };
  bare.put('/copy', async (c) => {
    copy = await c.req.json<typeof copy>();
    return c.body(null, 204);
  });
  bare.get('/copy', (c) => c.body(copy.body, 200, copy.headers));
  const server = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  baseline = server;
  urls.baseline = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let api: RunningServer | undefined;
if (options.api) {
  const { databaseUrl, patrons = 0, loans = 0 } = options.api;
  if (patrons > 0) {
    // The demo data first (as `seed: true` would), then the bench patrons; the server then finds
    // patrons and seeds nothing.
    const db = openDatabase({ databaseUrl, dataDir });
    try {
      await migrate(db);
      await seedDemo(db, () => new Date());
      await seedBenchPatrons(db, benchPatrons(patrons), loans);
    } finally {
      await db.destroy();
    }
  }
  api = await startServer({
    config: {
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl,
      lockoutAttempts: 1e9,
      clientFailureLimit: 1e9,
    },
    seed: true,
  });
  urls.api = api.url;
}

process.send?.(urls);
// The CPU time (µs, every thread: user + system) this process has used so far, when asked.
process.on('message', (message) => {
  if (message !== 'cpu') return;
  const { user, system } = process.cpuUsage();
  process.send?.({ cpu: user + system });
});

process.once('SIGTERM', () => {
  baseline?.close();
  void (api?.close() ?? Promise.resolve()).finally(() => {
    rmSync(dataDir, { recursive: true, force: true });
    // Profiled (bench/spawn.ts): the maps that put the profile's positions in our TypeScript files.
    const sourceMaps = process.env.BIV_BENCH_SOURCE_MAPS;
    if (sourceMaps) writeSourceMaps(sourceMaps);
    process.exit(0); // Node writes the CPU profile, if any, as the process exits
  });
});
