import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

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
  plugins: [
    cleanChunks(),
    // The templates' and styles' indentation went to every page (Lit keeps template strings as
    // written): html`` and css`` literals are minified, white space collapsed to one space
    // (never removed, so text between inline elements reads as written). About 0.6 KB gzip on a
    // login-box page, with the sources kept readable.
    minifyTemplateLiterals({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }),
  ],
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
        // In library mode Vite minifies ES output without removing whitespace and keeps the
        // `/* @__PURE__ */` hints, for bundlers that would take these files in again. Nothing
        // does: biv-widgets.js and its chunks go to the browser as they are (npm users get tsc's
        // output). Both cost bytes on every page: about 3.7 KB gzip on a login-box page.
        minify: { codegen: { removeWhitespace: true } },
        comments: { annotation: false },
        // One core chunk: lit, ky, zod/mini, the client and every shared module the login box uses
        // (with what they import). The login box is on every municipality's pages, so its page
        // loads three files: biv-widgets.js, its own chunk and the core.
        advancedChunks: {
          groups: [
            {
              name: 'core',
              // The shared modules, and the decorator helpers every element uses.
              test: /[\\/]src[\\/]shared[\\/](biv-element|form|focus-controller|localize|messages|styles|session-controller|pin-fields|identifier-messages)\.ts$|[\\/]decorators[\\/]property\.js$|[\\/]helpers[\\/]esm[\\/]decorate\.js$/,
            },
          ],
        },
        // One chunk per element, named after its folder (every element's module is `define.ts`);
        // the core is `shared-core-*`; what only some elements share is `shared-<module>-*` (e.g.
        // shared-new-pin-fields); .size-limit.mjs follows an element chunk's imports to measure its page.
        chunkFileNames: (chunk) => {
          const element = /[\\/]src[\\/]([^\\/]+)[\\/]define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
          return element ? `chunks/${element}-[hash].js` : `chunks/shared-${chunk.name}-[hash].js`;
        },
      },
    },
  },
});
