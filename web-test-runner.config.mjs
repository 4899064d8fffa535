// Browser tests of @biv/client and @biv/elements: Chromium through playwright-core, TypeScript
// through esbuild, against the REAL reference server (started here, fresh database, demo data),
// reached same-origin through a small proxy on /api/ as a CMS site's reverse proxy would.
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, MISSING_CHROMIUM, chromiumPath, repoRoot as root, startServerProcess } from './scripts/harness.mjs';
import { existsSync } from 'node:fs';

const executablePath = chromiumPath();
if (!existsSync(executablePath)) {
  console.error(`\n${MISSING_CHROMIUM(executablePath)}\n`);
  process.exit(1);
}

/** The reference server (from source, demo data on a fresh database), started in `serverStart`. */
const api = { url: '', server: undefined };

async function startApi() {
  api.server = await startServerProcess({
    from: 'source',
    // Every test file's registrations come from one client address (this proxy).
    env: { BIV_LOG_LEVEL: process.env.BIV_LOG_LEVEL || 'info', BIV_REGISTRATION_LIMIT: '100' },
  });
  api.url = api.server.url;
  return api.url;
}

function stopApi() {
  return api.server?.stop();
}

/**
 * Forward `/api/*` to the reference server with node:http, cookies and all. The browser's Origin
 * (the test page's) is presented as the API's own, as a same-site reverse proxy does.
 */
async function proxyApi(ctx, next) {
  // The API, and the demo outbox the PIN reset tests read their links from.
  if (!ctx.path.startsWith('/api/') && ctx.path !== '/demo/mail.json') return next();
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
      async serverStop() {
        await stopApi();
      },
    },
    {
      // `executeServerCommand('biv-ax-tree')`: Chromium's own accessibility tree of the test page
      // (CDP Accessibility.getFullAXTree), the nodes that are not ignored, as { role, name, level,
      // live }: what a screen reader is given (live regions, headings, accessible names).
      name: 'biv-ax-tree',
      async executeCommand({ command, session }) {
        if (command !== 'biv-ax-tree') return undefined;
        const page = session.browser.getPage(session.id);
        const cdp = await page.context().newCDPSession(page);
        try {
          const { nodes } = await cdp.send('Accessibility.getFullAXTree');
          const property = (node, name) => node.properties?.find((p) => p.name === name)?.value?.value;
          // In tree order (depth first from the root), through ignored nodes to their children.
          const byId = new Map(nodes.map((node) => [node.nodeId, node]));
          const ordered = [];
          const visit = (node) => {
            if (!node) return;
            if (!node.ignored) ordered.push(node);
            for (const id of node.childIds ?? []) visit(byId.get(id));
          };
          visit(nodes.find((node) => !node.parentId) ?? nodes[0]);
          return ordered.map((node) => ({
            role: node.role?.value ?? '',
            name: node.name?.value ?? '',
            level: property(node, 'level') ?? null,
            live: property(node, 'live') ?? null,
          }));
        } finally {
          await cdp.detach();
        }
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
        args: CHROMIUM_ARGS,
      },
      createBrowserContext: ({ browser }) => browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' }),
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 15_000 } },
  testsFinishTimeout: 420_000,
};
