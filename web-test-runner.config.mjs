// Browser tests of @biv/client and @biv/elements: Chromium through playwright-core, TypeScript
// through esbuild, against the REAL reference server (started here, fresh database, demo data),
// reached same-origin through a small proxy on /api/ as a CMS site's reverse proxy would.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

const root = fileURLToPath(new URL('.', import.meta.url));

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`\nThe browser tests need Chromium and found none at ${executablePath}.
Install Debian's package (as root: apt-get update && apt-get install -y chromium),
or point CHROME_PATH at a Chromium or Chrome binary.\n`);
  process.exit(1);
}

/** The reference server, started in `serverStart` below, stopped in `serverStop`. */
const api = { url: '', child: undefined, dataDir: '', output: '' };

function startApi() {
  const cli = join(root, 'packages/server/src/cli.ts');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: the browser tests need the reference server.`);
  api.dataDir = mkdtempSync(join(tmpdir(), 'biv-wtr-'));
  // `demo` migrates, seeds the demo patrons on the empty database and serves the API.
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', cli, 'demo'], {
    cwd: root,
    env: { ...process.env, PORT: '0', BIV_DATA_DIR: api.dataDir, BIV_LOG_LEVEL: process.env.BIV_LOG_LEVEL || 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.child = child;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the reference server did not start in 30 s:\n${api.output}`)), 30_000);
    const onData = (chunk) => {
      api.output += chunk.toString();
      for (const line of api.output.split('\n')) {
        if (!line.includes('"msg":"listening"')) continue;
        const url = /"url":"([^"]+)"/.exec(line)?.[1];
        if (url) {
          clearTimeout(timer);
          api.url = url;
          resolve(url);
          return;
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (api.output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!api.url) reject(new Error(`the reference server exited with ${code}:\n${api.output}`));
    });
  });
}

function stopApi() {
  if (api.child && api.child.exitCode === null) api.child.kill('SIGTERM');
  if (api.dataDir) rmSync(api.dataDir, { recursive: true, force: true });
}
process.on('exit', stopApi);

/**
 * Forward `/api/*` to the reference server with node:http, cookies and all. The browser's Origin
 * (the test page's) is presented as the API's own, as a same-site reverse proxy does.
 */
async function proxyApi(ctx, next) {
  if (!ctx.path.startsWith('/api/')) return next();
  if (!api.url) {
    ctx.status = 503;
    ctx.body = 'reference server not started';
    return undefined;
  }
  const upstream = new URL(api.url);
  const headers = { ...ctx.req.headers, host: upstream.host };
  if (headers.origin === `${ctx.protocol}://${ctx.host}`) headers.origin = upstream.origin;
  ctx.respond = false;
  await new Promise((resolve) => {
    const proxied = httpRequest(
      { hostname: upstream.hostname, port: upstream.port, method: ctx.method, path: ctx.url, headers },
      (response) => {
        ctx.res.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(ctx.res);
        response.on('end', resolve);
        response.on('error', resolve);
      },
    );
    proxied.on('error', () => {
      if (!ctx.res.headersSent) ctx.res.writeHead(502, { 'content-type': 'text/plain' });
      ctx.res.end('proxy error');
      resolve();
    });
    ctx.req.pipe(proxied);
  });
  return undefined;
}

export default {
  rootDir: root,
  files: ['packages/client/src/**/*.test.ts', 'packages/elements/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'import', 'default'] },
  plugins: [
    // esbuild's transform API does not follow `extends`: tsconfig.base.json holds the compiler
    // options (experimentalDecorators, useDefineForClassFields: false) that Lit's decorators need.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(root, 'tsconfig.base.json') }),
    {
      name: 'biv-reference-server',
      async serverStart({ logger }) {
        // For work on the elements without a server (tests that need the API then fail).
        if (process.env.BIV_WTR_NO_SERVER) return logger.log('BIV_WTR_NO_SERVER: tests that need the API will fail');
        const url = await startApi();
        logger.log(`reference server for the browser tests: ${url}`);
      },
      serverStop() {
        stopApi();
      },
    },
  ],
  middleware: [proxyApi],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
      createBrowserContext: ({ browser }) => browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' }),
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 15_000 } },
  testsFinishTimeout: 180_000,
};
