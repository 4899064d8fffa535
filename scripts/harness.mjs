// Shared by npm test, the browser tests, the end-to-end tests and the stories check: where
// Chromium is and how it runs here, and the reference server started as a child process.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Flags for headless Chromium as root in a sandbox with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

export const MISSING_CHROMIUM = (path) => `No Chromium at ${path}: the browser and end-to-end tests need one.
Install Debian's package (as root: apt-get update && apt-get install -y chromium),
or point CHROME_PATH at a Chromium or Chrome binary.`;

/** The Chromium binary, or an error that says how to get one. */
export function requireChromium() {
  const path = chromiumPath();
  if (!existsSync(path)) throw new Error(MISSING_CHROMIUM(path));
  return path;
}

/**
 * Start `biv-server demo` on a free port with a fresh data folder and wait for its
 * `"msg":"listening"` line. `from: 'source'` runs src/cli.ts through tsx; `'build'` runs dist/cli.js
 * as `npm start` does.
 */
export async function startServerProcess({ from = 'build', env = {}, timeoutMs = 30_000 } = {}) {
  const cli = join(repoRoot, from === 'source' ? 'packages/server/src/cli.ts' : 'packages/server/dist/cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing${from === 'build' ? ': run `npm run build` first' : ''}.`);
  const dataDir = mkdtempSync(join(tmpdir(), 'biv-server-'));
  const nodeArgs = from === 'source' ? ['--conditions=source', '--import', 'tsx', cli, 'demo'] : [cli, 'demo'];
  const child = spawn(process.execPath, nodeArgs, {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', BIV_DATA_DIR: dataDir, BIV_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const killOnExit = () => child.kill('SIGTERM'); // never outlive the process that started it
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    child.stdout.on('data', (chunk) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.includes('"msg":"listening"'));
      const found = line && /"url":"([^"]+)"/.exec(line)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  }).catch(async (error) => {
    await stop();
    throw error;
  });
  return { url, output: () => output, stop };
}
