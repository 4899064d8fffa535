// The React example: `npm run dev` serves it with the API proxied to a running `npm start` server.
import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

/** The reference server: `npm start` listens on http://127.0.0.1:8787; BIV_API_URL points elsewhere. */
const api = new URL(process.env.BIV_API_URL || 'http://127.0.0.1:8787').origin;

/**
 * `/api/` forwarded to the server, as a site's reverse proxy would: the elements talk to `/api/v1`
 * on the app's own origin, and the server sees its own origin (its CSRF guard accepts writes only
 * from there or from a listed site).
 */
const apiProxy: ProxyOptions = {
  target: api,
  changeOrigin: true,
  configure(proxy) {
    proxy.on('proxyReq', (proxyReq, request) => {
      // A write from the app's own page goes on with the server's origin; any other is refused there.
      if (request.headers.origin === `http://${request.headers.host}`) proxyReq.setHeader('origin', api);
    });
  },
};

export default defineConfig({
  plugins: [react()],
  server: { port: 5180, proxy: { '/api/': apiProxy } },
  // `vite preview` (the built app) proxies the same way.
  preview: { port: 5180, proxy: { '/api/': apiProxy } },
});
