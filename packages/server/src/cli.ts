#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.js';
import { migrate, openDatabase } from './db/database.js';
import { startServer } from './index.js';
import { DemoSites } from './demo-sites.js';

const usage = `biv-server <command>

  demo      migrate, seed the demo data on an empty database, serve the API, the demo site and
            the CMS module (http://127.0.0.1:8787 unless PORT says otherwise)
  serve     migrate and serve the API (plus folders listed in BIV_STATIC_DIRS, comma-separated)
  migrate   bring the database schema up to date and exit

Configuration comes from the environment; see docs/server.md.`;

const repoPath = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

async function main(command: string | undefined): Promise<void> {
  switch (command) {
    case 'demo':
    case 'serve': {
      const staticDirs =
        command === 'demo'
          ? [repoPath('demo'), repoPath('packages/elements/dist')]
          : (process.env.BIV_STATIC_DIRS ?? '').split(',').filter(Boolean);
      // The demo's reset page is its own glomt-pin.html, and links may go to any of its pages, on
      // the address it listens on (unless BIV_PUBLIC_URL says otherwise).
      const demoConfig = {
        ...(process.env.BIV_PIN_RESET_URL ? {} : { pinResetUrl: '/glomt-pin.html' }),
        ...(process.env.BIV_PIN_RESET_ALLOWED_URLS ? {} : { pinResetAllowedUrls: ['/*'] }),
      };
      const server = await startServer({
        seed: command === 'demo',
        demoMail: command === 'demo',
        staticDirs,
        // The municipalities' own sites (demo/consortium.json unless BIV_CONSORTIUM_FILE is set) on
        // http://www.<id>.localhost, with the widgets from http://api.biv.localhost.
        ...(command === 'demo' ? { config: demoConfig, publicUrlFromAddress: true, demoSites: DemoSites.forDemo(repoPath('demo')) } : {}),
      });
      // close() ends once the log is written out (the last request lines, then "stopped"); only
      // then may the process exit, which would drop what is still buffered or being written.
      const stop = () =>
        void server.close().then(
          () => process.exit(0),
          (error: unknown) => {
            console.error(`biv-server: ${error instanceof Error ? error.message : String(error)}`);
            process.exit(1);
          },
        );
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      return;
    }
    case 'migrate': {
      const db = openDatabase(loadConfig());
      await migrate(db);
      await db.destroy();
      console.log('the database is up to date');
      return;
    }
    default:
      console.log(usage);
      process.exitCode = command === undefined || command === '--help' ? 0 : 2;
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(`biv-server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
