/**
 * Cross-site end-to-end support: several HTTPS sites on one machine, as a municipal CMS page and
 * the library API look to a browser. One node `https` server (a throwaway certificate made with
 * openssl for `*.test`) answers every host name: hosts given to `forward` go to a demo server over
 * HTTP, as a deployment's TLS proxy does (adding X-Forwarded-For, -Proto and -Host; start the
 * server with BIV_TRUST_PROXY=1); the other hosts serve the pages the test puts there with `serve`.
 * Chromium reaches them through `--host-resolver-rules` (`CROSS_SITE_ARGS`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createServer, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/harness.mjs';

/**
 * Chromium with third-party cookies blocked (as Chromium 156 and Safari do by default; the flag
 * makes it explicit) and every `*.test` name resolved to this machine (the port stays).
 */
export const CROSS_SITE_ARGS = [...CHROMIUM_ARGS, '--test-third-party-cookie-phaseout', '--host-resolver-rules=MAP *.test 127.0.0.1'];

export function launchCrossSiteBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: CROSS_SITE_ARGS, headless: true });
}

/** A self-signed certificate for `*.test` and the given names (openssl, in a temporary folder that is removed). */
export function makeCertificate(names: readonly string[]): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'biv-cert-'));
  try {
    const san = ['DNS:*.test', ...names.map((n) => `DNS:${n}`)].join(',');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=biv cross-site test',
        '-addext', `subjectAltName=${san}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A file a test page host serves. */
export interface SiteFile {
  body: string;
  /** Content-Type; text/html by default. */
  type?: string;
  /** Extra response headers, such as `content-security-policy`. */
  headers?: Record<string, string>;
}

export interface SiteResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A request the TLS front forwarded. */
export interface Forwarded {
  host: string;
  method: string;
  /** Path and query. */
  path: string;
  /** The request's `Origin`, if any. */
  origin: string | undefined;
  /** The upstream's status, once it answered (0 until then or when it failed). */
  status: number;
}

export interface HttpsSites {
  /** The one port every host is on. */
  readonly port: number;
  /** `https://<host>:<port>` */
  origin(host: string): string;
  /** Forward every request for `host` to `upstream` (an http://127.0.0.1:… URL) as a TLS proxy does. */
  forward(host: string, upstream: string): void;
  /** Serve `file` at `path` (no query) of `host`. */
  serve(host: string, path: string, file: SiteFile): void;
  /** A request from node to `url` (one of these hosts) over TLS, trusting only the test certificate. */
  fetch(url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }): Promise<SiteResponse>;
  /** Every request forwarded so far, with the answer's status (for counts and diagnostics). */
  readonly forwarded: Forwarded[];
  close(): Promise<void>;
}

/** Start the HTTPS server for `hosts` (each name also goes into the certificate) on a free port of 127.0.0.1. */
export async function startHttpsSites(hosts: readonly string[]): Promise<HttpsSites> {
  const { key, cert } = makeCertificate(hosts);
  const upstreams = new Map<string, URL>();
  const files = new Map<string, SiteFile>();
  const forwarded: Forwarded[] = [];

  const server = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').toLowerCase();
    const hostname = host.replace(/:\d+$/, '');
    const upstream = upstreams.get(hostname);
    if (upstream) {
      const record: Forwarded = { host: hostname, method: req.method ?? '', path: req.url ?? '', origin: req.headers.origin, status: 0 };
      forwarded.push(record);
      const client = req.socket.remoteAddress ?? 'unknown';
      const previous = req.headers['x-forwarded-for'];
      const headers: IncomingHttpHeaders = {
        ...req.headers,
        'x-forwarded-for': previous ? `${String(previous)}, ${client}` : client,
        'x-forwarded-proto': 'https',
        'x-forwarded-host': host,
      };
      const out = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers }, (answer) => {
        record.status = answer.statusCode ?? 0;
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.rawHeaders);
        answer.pipe(res);
      });
      out.on('error', () => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
        res.end('bad gateway');
      });
      req.pipe(out);
      return;
    }
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    const file = files.get(`${hostname}${path}`);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': file.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...file.headers,
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    forwarded,
    origin: (host) => `https://${host}:${port}`,
    forward(host, upstream) {
      upstreams.set(host.toLowerCase(), new URL(upstream));
    },
    serve(host, path, file) {
      files.set(`${host.toLowerCase()}${path}`, file);
    },
    fetch(url, init = {}) {
      const target = new URL(url);
      return new Promise<SiteResponse>((resolve, reject) => {
        const req = httpsRequest(
          {
            host: '127.0.0.1',
            port: target.port || 443,
            servername: target.hostname,
            ca: cert,
            method: init.method ?? 'GET',
            path: target.pathname + target.search,
            headers: { host: target.host, ...init.headers },
          },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (body += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
          },
        );
        req.on('error', reject);
        req.end(init.body);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
