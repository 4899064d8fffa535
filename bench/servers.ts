/**
 * Child process of the throughput benchmark: a bare Hono handler (the baseline) and the real
 * server, each listening on 127.0.0.1 on a random port. Reports both URLs over IPC and stops on
 * SIGTERM. Its stdout (the server's JSON logs, as in production) goes wherever the parent says.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { startServer } from '@biv/server';

const dataDir = mkdtempSync(join(tmpdir(), 'biv-bench-api-'));

const bare = new Hono();
bare.get('/', (c) => c.json({ ok: true }));
const baseline = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((resolve, reject) => {
  baseline.once('listening', resolve);
  baseline.once('error', reject);
});

const api = await startServer({
  config: {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: undefined,
    lockoutAttempts: 1e9,
    clientFailureLimit: 1e9,
  },
  seed: true,
});

const { port } = baseline.address() as AddressInfo;
process.send?.({ baseline: `http://127.0.0.1:${port}`, api: api.url });

process.once('SIGTERM', () => {
  baseline.close();
  void api.close().finally(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
});
