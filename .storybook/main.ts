import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

/**
 * Storybook for biv-widgets, configured by hand (`npm run storybook`, `npm run build-storybook`).
 * Stories import the elements from source through the packages' `source` export condition, so no
 * build of the packages is needed; the docs tables come from packages/elements/custom-elements.json.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // Our own (empty) Vite config, so a root vite.config.ts written for the demo or the library
    // build never leaks into Storybook.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true },
  viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      resolve: {
        // @biv/* packages export `source` -> src/*.ts: stories run against source, no build needed.
        conditions: ['source', ...defaultClientConditions],
      },
      // Lit's decorators the TypeScript way, as in tsconfig.base.json (experimentalDecorators,
      // useDefineForClassFields: false). Vite 8's oxc transform does not lower standard decorators:
      // without this the build succeeds and the story dies with a SyntaxError; with legacy
      // decorators but define semantics for fields, Lit's reactive properties silently stop updating.
      oxc: {
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      },
    });
  },
};

export default config;
