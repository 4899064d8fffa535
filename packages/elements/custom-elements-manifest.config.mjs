// custom-elements.json from the JSDoc of src/ (Lit aware). Consumed by Storybook, editors and docs.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    {
      // The manifest is public API documentation: private (#) members are not part of it.
      name: 'biv-drop-private-members',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const declaration of mod.declarations ?? []) {
            if (!declaration.members) continue;
            declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('#'));
          }
        }
      },
    },
  ],
};
