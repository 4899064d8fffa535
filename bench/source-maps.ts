/**
 * CPU profiles with the TypeScript source's lines. tsx compiles each of our files to one line of
 * JavaScript, so a profile of the server would place every function of a file at line 1. The
 * profiled process writes the source maps of our files it has loaded (`writeSourceMaps`, just
 * before it exits); its parent then rewrites the profile's positions in our files through them
 * (`mapProfile`).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { findSourceMap, SourceMap, type SourceMapPayload } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Our TypeScript files (packages/<name>/src and bench/) as file URLs. */
function ownFiles(): string[] {
  const folders = [...readdirSync(`${root}packages`).map((name) => `${root}packages/${name}/src`), `${root}bench`];
  return folders.flatMap((folder) => {
    try {
      return readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => pathToFileURL(`${folder}/${file}`).href);
    } catch {
      return []; // a package without src/
    }
  });
}

/** Write the source maps of the loaded files among ours to `file`, as JSON: URL → map. */
export function writeSourceMaps(file: string): void {
  const maps: Record<string, SourceMapPayload> = {};
  for (const url of ownFiles()) {
    const payload = findSourceMap(url)?.payload;
    if (payload) maps[url] = { ...payload, sourcesContent: [] };
  }
  writeFileSync(file, JSON.stringify(maps));
}

interface ProfileFile {
  nodes: { callFrame: { url: string; lineNumber: number; columnNumber: number } }[];
}

/** Rewrite the positions of the profile's frames in files `mapsFile` has maps for. */
export function mapProfile(profileFile: string, mapsFile: string): void {
  const payloads = JSON.parse(readFileSync(mapsFile, 'utf8')) as Record<string, SourceMapPayload>;
  const maps = new Map(Object.entries(payloads).map(([url, payload]) => [url, new SourceMap(payload)]));
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as ProfileFile;
  for (const { callFrame } of profile.nodes) {
    const entry = maps.get(callFrame.url)?.findEntry(callFrame.lineNumber, callFrame.columnNumber);
    if (entry && 'originalLine' in entry) {
      callFrame.lineNumber = entry.originalLine;
      callFrame.columnNumber = entry.originalColumn;
    }
  }
  writeFileSync(profileFile, JSON.stringify(profile));
}
