import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KEEP_ALIVE_MS, startServer, type RunningServer } from './index.js';

/** One GET through `agent`: its status and whether it went over a connection used before. */
function get(url: string, agent: Agent): Promise<{ status: number; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('idle connections (a proxy in front reuses them)', () => {
  let server: RunningServer;
  let dataDir: string;
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'biv-keep-alive-'));
    server = await startServer({ config: { port: 0, host: '127.0.0.1', dataDir, logLevel: 'silent' }, seed: false });
  });
  after(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stay open longer than a proxy keeps its own (Node closes them after 5 s by default)', async () => {
    assert.ok(KEEP_ALIVE_MS > 60_000);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await get(`${server.url}/api/v1/libraries`, agent);
      assert.equal(first.status, 200);
      await new Promise((resolve) => setTimeout(resolve, 6000));
      const second = await get(`${server.url}/api/v1/libraries`, agent);
      assert.deepEqual(second, { status: 200, reused: true }, 'the connection idle for 6 s was still open');
    } finally {
      agent.destroy();
    }
  });
});
