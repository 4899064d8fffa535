// ESLint 10 flat config for the whole repository: `npm run lint` (= `eslint .`).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

// Environment globals, written out instead of pulling in the `globals` package. They matter only
// for `no-undef` in plain .js/.mjs files: in TypeScript files the compiler checks names
// (typescript-eslint turns `no-undef` off there), and `no-restricted-globals` below keeps the
// browser and Node sides apart.
const readonly = (names) => Object.fromEntries(names.map((n) => [n, 'readonly']));
const shared = ['console', 'URL', 'URLSearchParams', 'AbortController', 'AbortSignal', 'TextEncoder', 'TextDecoder',
  'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'structuredClone', 'fetch',
  'Request', 'Response', 'Headers', 'FormData', 'Blob', 'Event', 'EventTarget', 'CustomEvent', 'crypto', 'performance',
  'globalThis', 'atob', 'btoa'];
const nodeGlobals = readonly([...shared, 'process', 'Buffer', 'global', 'setImmediate', 'clearImmediate']);
const browserGlobals = readonly([...shared, 'window', 'document', 'navigator', 'location', 'customElements',
  'HTMLElement', 'Element', 'Node', 'ShadowRoot', 'localStorage', 'sessionStorage', 'requestAnimationFrame']);

// Files that run in the browser.
const BROWSER = ['packages/client/src/**', 'packages/elements/src/**', 'stories/**/*.ts', '.storybook/preview.ts', 'demo/**'];
// Files that run on Node.
const NODE = ['packages/server/**', 'packages/contract/**', 'packages/*/*.{js,mjs,ts}', 'scripts/**', 'test/**', 'stories/*.mjs', '*.{js,mjs,ts}', '.storybook/main.ts'];

export default defineConfig([
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    'storybook-static/',
    '**/coverage/',
    'data/',
    '.test-data/',
    'test-results/',
    '**/custom-elements.json',
    'packages/elements/types/', // generated from the manifest (generate-types.mjs)
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // One TypeScript program from tsconfig.json; files outside it (config files) get a default project.
        projectService: { allowDefaultProject: ['.storybook/*.ts', 'packages/*/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // node:test's describe/it return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': ['error', {
        allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }],
      }],
    },
  },
  // Plain JavaScript (config files, scripts) is outside the TypeScript program.
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },

  // Node side.
  {
    files: NODE,
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['packages/server/**'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'customElements'],
    },
  },

  // Browser side: no Node-only globals in code that ships to pages.
  {
    files: BROWSER,
    languageOptions: { globals: browserGlobals },
    rules: {
      'no-restricted-globals': ['error', 'process', 'Buffer', 'global', 'require', '__dirname', '__filename'],
    },
  },
  // The contract is imported by both sides: neither side's globals.
  {
    files: ['packages/contract/src/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'Buffer', 'global', 'window', 'document', 'localStorage', 'sessionStorage'],
    },
  },

  // Lit templates and custom-element rules where elements and stories live.
  {
    files: ['packages/elements/**/*.ts', 'stories/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    rules: {
      // LitElement always defines connectedCallback/disconnectedCallback, so `super.x()` needs no guard.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // Tests may use chai's property assertions (`expect(x).to.be.true`) and async fakes of fetch.
    files: ['**/*.test.ts', 'test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/require-await': 'off' },
  },
  {
    // Browser tests (@open-wc/testing): its chai typings declare `expect(x).to.equal(y)` as returning
    // a Promise, which would make every assertion a "floating promise". The assertions that really
    // are asynchronous must still be awaited:
    files: ['packages/client/**/*.test.ts', 'packages/elements/**/*.test.ts', 'test/element-helpers.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': ['error', {
        selector: 'ExpressionStatement > CallExpression[callee.property.name=/^(accessible|isAccessible|isNotAccessible)$/]',
        message: 'Await the accessibility assertion: it is asynchronous and would otherwise never fail the test.',
      }, {
        selector: 'ExpressionStatement > CallExpression[callee.name=/^(fixture|aTimeout|nextFrame|oneEvent|waitUntil)$/]',
        message: 'Await this @open-wc/testing helper.',
      }],
    },
  },
]);
