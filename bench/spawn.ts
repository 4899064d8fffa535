/**
 * Start bench/servers.ts as a child process and wait for its URLs. The servers get a process of
 * their own and the load generator (autocannon, in this process) another, so on a two-core machine
 * each side has a core. Only 127.0.0.1 is ever contacted.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SESSION_COOKIE } from '@biv/server';
import type { BenchServerOptions, BenchServerUrls } from './servers.js';

export interface BenchServers {
  urls: BenchServerUrls;
  stop(): Promise<void>;
}

export async function startBenchServers(options: BenchServerOptions): Promise<BenchServers> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(new URL('servers.ts', import.meta.url)), JSON.stringify(options)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, BIV_LOG_LEVEL: process.env.BIV_LOG_LEVEL ?? 'info' },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killOnExit = () => child.kill('SIGTERM'); // never outlive the benchmark
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  try {
    const urls = await new Promise<BenchServerUrls>((resolve, reject) => {
      child.once('message', (message) => resolve(message as BenchServerUrls));
      child.once('exit', (code) => reject(new Error(`the benchmark servers exited early (${code})`)));
    });
    return { urls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The `Cookie` header value for the session a login answer's `Set-Cookie` starts, if any. */
export function sessionCookie(setCookie: string | string[] | null | undefined): string | undefined {
  const id = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec([setCookie ?? []].flat().join('\n'))?.[1];
  return id ? `${SESSION_COOKIE}=${id}` : undefined;
}
