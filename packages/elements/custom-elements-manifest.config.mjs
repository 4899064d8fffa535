// custom-elements.json from the JSDoc of src/ (Lit aware). Consumed by Storybook, editors and docs.
// Unions of string literals behind a type alias (`type LoanSort = 'due' | 'title'`), by alias name.
const literalUnions = new Map();

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    {
      // `expandedType` next to `type` where the type is an alias of string literals (the manifest
      // says `LoanSort`, editors want `'due' | 'title'`): VS Code lists them as the attribute's
      // values (generate-types.mjs). Other types are left alone.
      name: 'biv-expand-literal-unions',
      analyzePhase({ ts, node }) {
        if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
        if (!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return; // a module's own helper type
        const literals = node.type.types.map((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : undefined));
        if (literals.some((l) => l === undefined)) return;
        const text = literals.map((l) => `'${l}'`).join(' | ');
        const known = literalUnions.get(node.name.text);
        // Two exported aliases of one name: which one an attribute means is unknown, so neither.
        literalUnions.set(node.name.text, known === undefined || known === text ? text : null);
      },
      packageLinkPhase({ customElementsManifest }) {
        const expand = (item) => {
          const names = item.type?.text?.split('|').map((t) => t.trim()).filter((t) => t !== 'undefined');
          if (names?.length === 1 && literalUnions.get(names[0])) item.expandedType = { text: literalUnions.get(names[0]) };
        };
        for (const mod of customElementsManifest.modules ?? []) {
          for (const declaration of mod.declarations ?? []) {
            for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) expand(item);
          }
        }
      },
    },
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
