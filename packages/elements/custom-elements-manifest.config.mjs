// custom-elements.json from the JSDoc of src/ (Lit aware). Consumed by Storybook, editors and docs.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
