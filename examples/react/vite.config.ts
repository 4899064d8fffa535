// The React example: `npm run dev` serves it with the API proxied to a running `npm start` server.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
// The proxy of the repository's `npm run dev` (a site's reverse proxy does the same in production).
import { apiProxy, DEFAULT_API_URL } from '../../vite.config';

/** `/api/` goes to the reference server (`npm start`, or BIV_API_URL), as in the repository's own dev server. */
const api = apiProxy(process.env.BIV_API_URL || DEFAULT_API_URL);

export default defineConfig({
  plugins: [react()],
  server: { port: 5180, proxy: { '/api/': api } },
  // `vite preview` (the built app) proxies the same way.
  preview: { port: 5180, proxy: { '/api/': api } },
});
