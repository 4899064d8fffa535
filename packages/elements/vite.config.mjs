import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, transformWithOxc } from 'vite';
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

const PART = '\0biv-part:';

/**
 * One small file per element and language, where the source has one file per language
 * (`src/locales/<code>.ts`, one export per element: see src/shared/languages.ts). Each element's
 * `catalogue(sv, '<part>')` gets loaders of `\0biv-part:<code>:<part>`: the language's file with
 * only that export left exported, so the rest is shaken out. A page in English loads the login
 * box's English words, not every element's. npm users' bundlers get the whole language file.
 * @returns {import('vite').Plugin}
 */
function catalogueParts() {
  const locales = new URL('src/locales/', import.meta.url);
  const list = readFileSync(new URL('src/shared/languages.ts', import.meta.url), 'utf8');
  /** The languages pages get that have a file: those with `load` and not `incomplete`. */
  const languages = [...list.matchAll(/^ {2}(\w+): \{(.*)\},$/gm)].filter(([, , body]) => body.includes('load:') && !body.includes('incomplete')).map(([, code]) => code);
  if (!languages.includes('en')) throw new Error('biv-catalogue-parts: no languages found in src/shared/languages.ts');
  const fileOf = (code) => fileURLToPath(new URL(`${code}.ts`, locales));
  return {
    name: 'biv-catalogue-parts',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.startsWith(PART)) return source;
      if (importer?.startsWith(PART)) return this.resolve(source, fileOf(importer.slice(PART.length).split(':')[0]), { skipSelf: true });
      return undefined;
    },
    async load(id) {
      if (!id.startsWith(PART)) return undefined;
      const [code, part] = id.slice(PART.length).split(':');
      const source = readFileSync(fileOf(code), 'utf8');
      // Each part is `export const <part>… = {` to its `};` at the start of a line. The others are
      // cut out (a bundler keeps their spreads of the shared pieces: a spread may run a getter).
      let found = false;
      const one = source.replace(/^export const (\w+)\b.*\n(?:.*\n)*?\};\n/gm, (text, name) => (name === part ? ((found = true), text) : ''));
      if (!found || /^export const/m.test(one.replace(/^export const (\w+)\b/m, ''))) throw new Error(`biv-catalogue-parts: src/locales/${code}.ts has no export ${part}, or one that does not end with \`};\``);
      const result = await transformWithOxc(one, fileOf(code), { lang: 'ts' });
      return { code: result.code, map: result.map, moduleType: 'js' };
    },
    transform(code, id) {
      // The whole-file loaders are for npm users: the CDN build has the parts instead. Nor does it
      // need the languages being translated: pages do not get them.
      if (id.endsWith('/src/shared/languages.ts')) {
        return code.replace(/^ {2}\w+: \{.*incomplete: true.*\n/gm, '').replace(/load: \(\): Promise<Translations> => import\('\.\.\/locales\/\w+\.js'\)/g, 'load: undefined');
      }
      const call = id.endsWith('.messages.ts') ? /catalogue\(sv, '(\w+)'\)/.exec(code) : null;
      if (!call) return undefined;
      const loaders = languages.map((lang) => `${lang}: () => import(${JSON.stringify(`${PART}${lang}:${call[1]}`)})`).join(', ');
      return code.replace(call[0], `catalogue(sv, '${call[1]}', { ${loaders} })`);
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
    catalogueParts(),
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
              test: /[\\/]src[\\/]shared[\\/](biv-element|form|focus-controller|localize|languages|messages|styles|session-controller|pin-fields|identifier-messages|card-blocked|status-region)\.ts$|[\\/]decorators[\\/]property\.js$|[\\/]helpers[\\/]esm[\\/]decorate\.js$/,
            },
          ],
        },
        // One chunk per element, named after its folder (every element's module is `define.ts`);
        // the core is `shared-core-*`; what only some elements share is `shared-<module>-*` (e.g.
        // shared-new-pin-fields); .size-limit.mjs follows an element chunk's imports to measure its page.
        chunkFileNames: (chunk) => {
          const words = chunk.facadeModuleId?.startsWith(PART) ? chunk.facadeModuleId.slice(PART.length).split(':') : undefined;
          if (words) return `chunks/words-${words[0]}-${words[1]}-[hash].js`;
          const element = /[\\/]src[\\/]([^\\/]+)[\\/]define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
          return element ? `chunks/${element}-[hash].js` : `chunks/shared-${chunk.name}-[hash].js`;
        },
      },
    },
  },
});
