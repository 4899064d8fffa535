import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serve files from folders, the first that has the path winning; `/` and folders give
 * `index.html`. Paths that would leave a folder are refused.
 *
 * Every file goes with `Referrer-Policy: same-origin`: links and requests to other sites get no
 * `Referer` (the page's address stays ours), while the page's own requests keep theirs. Not
 * `no-referrer`: under it Chromium sends `Origin: null` on same-origin POSTs, and the API's
 * cross-site request guard would refuse the login.
 */
export function serveStatic(dirs: string[]): MiddlewareHandler {
  const roots = dirs.map((d) => resolve(d));
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return next();
    }
    if (path.includes('\0')) return next();
    for (const root of roots) {
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) continue;
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        const headers: Record<string, string> = {
          'content-type': type,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-cache',
          'referrer-policy': 'same-origin',
        };
        // Module scripts are fetched with CORS: a CMS page on another site must be able to load them.
        if (type.startsWith('text/javascript')) headers['access-control-allow-origin'] = '*';
        return c.body(body, 200, headers);
      } catch {
        // not in this folder; try the next
      }
    }
    return next();
  };
}
