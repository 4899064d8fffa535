import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Stale element chunks would pile up (dist/ is shared with tsc's output and not emptied).
 * @returns {import('vite').Plugin}
 */
function cleanChunks() {
  return {
    name: 'biv-clean-chunks',
    apply: 'build',
    buildStart() {
      rmSync(fileURLToPath(new URL('dist/chunks', import.meta.url)), { recursive: true, force: true });
    },
  };
}

/**
 * The CMS module: `src/cdn.ts` -> `dist/biv-widgets.js` with lit, ky, zod/mini and the client
 * inside, and one lazily loaded chunk per element in `dist/chunks/`. The workspace packages are
 * bundled from source (the `source` export condition); Lit's decorators compile with the
 * tsconfig's experimentalDecorators. tsc's typed ESM shares `dist/`, so it is not emptied.
 */
export default defineConfig({
  plugins: [cleanChunks()],
  resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    minify: true,
    lib: {
      entry: 'src/cdn.ts',
      formats: ['es'],
      fileName: () => 'biv-widgets.js',
    },
    rolldownOptions: {
      output: {
        // One chunk per element, named after its folder (every element's module is `define.ts`);
        // what several elements use (lit, ky, zod/mini, the client, shared/) goes to `shared-*`.
        chunkFileNames: (chunk) => {
          const element = /[\\/]src[\\/]([^\\/]+)[\\/]define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
          return element ? `chunks/${element}-[hash].js` : 'chunks/shared-[hash].js';
        },
      },
    },
  },
});
