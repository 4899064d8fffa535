/**
 * Start bench/servers.ts as a child process and wait for its URLs. The servers get a process of
 * their own and the load generator (autocannon, in this process) another, so on a two-core machine
 * each side has a core. Only 127.0.0.1 is ever contacted.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SESSION_COOKIE } from '@biv/server';
import type { BenchServerOptions, BenchServerUrls } from './servers.js';
import { mapProfile } from './source-maps.js';

export interface BenchServers {
  urls: BenchServerUrls;
  stop(): Promise<void>;
  /** The CPU time (µs, all threads) the servers' process has used so far. */
  cpuMicros: () => Promise<number>;
  /** After `stop()`: the CPU profile written, if one was asked for and the process wrote it. */
  cpuProfile(): string | undefined;
}

export interface SpawnOptions {
  /**
   * Write a V8 CPU profile of the child's main thread (Node's `--cpu-prof`) to `dir`/`name`. Node
   * writes it when the child exits, which `stop()` makes it do cleanly; the positions in our
   * TypeScript files are then mapped to their source lines (bench/source-maps.ts).
   */
  cpuProfile?: { dir: string; name: string };
}

/**
 * Node names each thread's profile `CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile` (a fixed
 * `--cpu-prof-name` would make the threads overwrite each other). Thread 0 is the main one, where
 * the server runs; the other is tsx's module loader, of no interest here, and is removed.
 */
function keepMainThreadProfile(dir: string, pid: number, name: string): string | undefined {
  let kept: string | undefined;
  for (const file of readdirSync(dir)) {
    const thread = new RegExp(`^CPU\\.\\d+\\.\\d+\\.${pid}\\.(\\d+)\\.\\d+\\.cpuprofile$`).exec(file)?.[1];
    if (thread === undefined) continue;
    if (thread === '0') renameSync(join(dir, file), (kept = join(dir, name)));
    else rmSync(join(dir, file));
  }
  return kept;
}

export async function startBenchServers(options: BenchServerOptions, spawnOptions: SpawnOptions = {}): Promise<BenchServers> {
  const { cpuProfile } = spawnOptions;
  const profiling = cpuProfile ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfile.dir}`] : [];
  // Where the profiled child leaves the source maps of our files (bench/source-maps.ts).
  const sourceMaps = cpuProfile ? join(mkdtempSync(join(tmpdir(), 'biv-bench-maps-')), 'maps.json') : undefined;
  const script = fileURLToPath(new URL('servers.ts', import.meta.url));
  const child = spawn(process.execPath, [...process.execArgv, ...profiling, script, JSON.stringify(options)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, BIV_LOG_LEVEL: process.env.BIV_LOG_LEVEL ?? 'info', ...(sourceMaps ? { BIV_BENCH_SOURCE_MAPS: sourceMaps } : {}) },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killOnExit = () => child.kill('SIGTERM'); // never outlive the benchmark
  process.once('exit', killOnExit);
  let profile: string | undefined;
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    if (!cpuProfile || !sourceMaps || child.pid === undefined || profile) return;
    profile = keepMainThreadProfile(cpuProfile.dir, child.pid, cpuProfile.name);
    if (profile && existsSync(sourceMaps)) mapProfile(profile, sourceMaps);
    rmSync(dirname(sourceMaps), { recursive: true, force: true });
  };
  try {
    const urls = await new Promise<BenchServerUrls>((resolve, reject) => {
      child.once('message', (message) => resolve(message as BenchServerUrls));
      child.once('exit', (code) => reject(new Error(`the benchmark servers exited early (${code})`)));
    });
    const cpuMicros = () =>
      new Promise<number>((resolve) => {
        child.once('message', (message) => resolve((message as { cpu: number }).cpu));
        child.send('cpu');
      });
    return { urls, stop, cpuMicros, cpuProfile: () => profile };
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
