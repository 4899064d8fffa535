import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// Generated from the elements' JSDoc by the custom-elements-manifest analyzer: the single source
// of the docs tables (attributes, properties, events, parts, CSS properties, states).
import manifest from '../packages/elements/custom-elements.json';
import { installFakeApi } from '../stories/support/fake-api.js';

interface ManifestMember {
  name: string;
  privacy?: string;
  static?: boolean;
}
interface ManifestDeclaration {
  members?: ManifestMember[];
}

/**
 * The manifest without private members (`#fields`, `private`) and static helpers such as
 * `define()`: the docs tables list what a page can use.
 */
function publicApi<T extends { modules: { declarations?: ManifestDeclaration[] }[] }>(source: T): T {
  const copy = structuredClone(source);
  for (const mod of copy.modules) {
    for (const declaration of mod.declarations ?? []) {
      declaration.members = declaration.members?.filter(
        (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#') && !m.static,
      );
    }
  }
  return copy;
}

setCustomElementsManifest(publicApi(manifest as { modules: { declarations?: ManifestDeclaration[] }[] }));
// Stories never need a backend: every @biv/client request goes to the fake (see fake-api.ts).
installFakeApi();

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Språk för widgetarna / Language of the widgets (sets lang)',
      toolbar: {
        title: 'Språk',
        icon: 'globe',
        items: [
          { value: 'sv', title: 'Svenska', right: 'sv' },
          { value: 'en', title: 'English', right: 'en' },
          { value: 'ar', title: 'العربية', right: 'ar' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'sv' },
  decorators: [
    (story, context) => {
      const chosen: unknown = context.globals['locale'];
      const locale = chosen === 'en' || chosen === 'ar' ? chosen : 'sv';
      // The elements take their language from `lang` on the nearest ancestor, else the document;
      // an Arabic page is right to left (the elements set their own `dir` inside too).
      document.documentElement.lang = locale;
      return html`<div lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'} style="max-width: 24rem">${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
