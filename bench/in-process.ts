import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createServices, type Config, type ServerOptions, type Services } from '@biv/server';

/**
 * The app in this process, for timing through `app.request` (no sockets): a fresh SQLite database
 * in a temporary folder with the demo data, logs discarded. `close()` removes it all.
 */
export async function inProcessServices(config: Partial<Config>, options: Pick<ServerOptions, 'mailer'> = {}): Promise<Services> {
  const dataDir = mkdtempSync(join(tmpdir(), 'biv-bench-'));
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  const services = await createServices({ config: { dataDir, databaseUrl: undefined, logLevel: 'info', ...config }, seed: true, logDestination: discard, ...options });
  return {
    ...services,
    close: async () => {
      await services.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
