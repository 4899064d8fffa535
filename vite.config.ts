/**
 * `npm run dev`: the demo pages (demo/*.html) from source with hot reload, the API proxied to a
 * running server (`npm start` in another terminal, or BIV_API_URL). The pages load
 * `/biv-widgets.js` as in production; here that is packages/elements/src/cdn.ts and the elements'
 * TypeScript, compiled on request, so an edit reaches the page without a build. The production
 * build of the elements is packages/elements/vite.config.mjs (`npm run build`), not this file.
 */
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin, type ProxyOptions, type UserConfig } from 'vite';

/** Where `npm start` (`biv-server demo`) listens unless PORT says otherwise (packages/server/src/cli.ts). */
export const DEFAULT_API_URL = 'http://127.0.0.1:8787';

const CDN_MODULE = fileURLToPath(new URL('packages/elements/src/cdn.ts', import.meta.url));

/** `/biv-widgets.js`, the CMS module the pages load, is its source module. */
function cdnFromSource(): Plugin {
  return {
    name: 'biv-cdn-from-source',
    apply: 'serve',
    resolveId(id) {
      return id === '/biv-widgets.js' ? CDN_MODULE : undefined;
    },
  };
}

/**
 * The server's paths, on the dev server's origin so the pages' same-origin API (`/api/v1`, the
 * session cookie, their Content-Security-Policy) works as on the demo. The server's cross-site
 * guard compares a write's Origin with the API's own: a request from a dev server page goes on
 * with the target's origin (its Host is the target's too); any other Origin is passed on as it is,
 * and refused there.
 */
export function apiProxy(target: string): ProxyOptions {
  const targetOrigin = new URL(target).origin;
  return {
    target: targetOrigin,
    changeOrigin: true,
    configure(proxy) {
      proxy.on('proxyReq', (proxyReq, req) => {
        const origin = req.headers.origin;
        if (origin !== undefined && req.headers.host !== undefined && origin === `http://${req.headers.host}`) proxyReq.setHeader('origin', targetOrigin);
      });
    },
  };
}

export default defineConfig((): UserConfig => {
  const api = process.env.BIV_API_URL || DEFAULT_API_URL;
  return {
    root: fileURLToPath(new URL('demo', import.meta.url)),
    // The workspace packages from their TypeScript (the `source` export condition), as the build
    // does; Lit's decorators compile by tsconfig.json (experimentalDecorators, no define semantics).
    resolve: { conditions: ['source', ...defaultClientConditions] },
    plugins: [cdnFromSource()],
    // No `.env` files: the configuration is BIV_API_URL alone.
    envDir: false,
    clearScreen: false,
    server: {
      port: Number(process.env.BIV_DEV_PORT) || 5173,
      // The API, and the demo's outbox of sent mail (a PIN reset's link).
      proxy: { '/api/': apiProxy(api), '/demo/mail': apiProxy(api) },
    },
  };
});
