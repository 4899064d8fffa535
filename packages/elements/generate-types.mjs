#!/usr/bin/env node
// The typings and editor data for npm users, generated from custom-elements.json (never by hand):
//
//   types/jsx.d.ts                     props of every tag for JSX (custom-element-jsx-integration)
//   types/react.d.ts                   React 19's JSX.IntrinsicElements from those props (ours)
//   types/vue.d.ts                     Vue 3's GlobalComponents (custom-element-vuejs-integration)
//   types/events.d.ts                  GlobalEventHandlersEventMap for every `@fires` event (ours)
//   vscode.html-custom-data.json       VS Code's html.customData (custom-element-vs-code-integration)
//   vscode.css-custom-data.json        VS Code's css.customData (parts and custom properties)
//
// `npm run types -w @biv/elements` after a JSDoc change (and `npm run analyze`); the test
// test/packages-typings.test.ts regenerates into a temporary directory and fails when a
// committed file differs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const PACKAGE = '@biv/elements';
const HEADER = `// Generated from custom-elements.json by packages/elements/generate-types.mjs: do not edit.\n`;

/** The element declarations (those with a tag) of a manifest, in module order. */
function elementsOf(manifest) {
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
}

/**
 * A copy of the manifest shaped for the generators (modules sorted by path, read-only properties out):
 * - an attribute without a field (`lang`, documented on BivElement, is HTMLElement's own) gets
 *   the field of its own name, so the typings say `LoginBox['lang']`, not `LoginBox['undefined']`;
 * - `expandedType` (written by the analyzer plugin in custom-elements-manifest.config.mjs for
 *   unions of string literals behind an alias, e.g. `LoanSort`) is what VS Code lists as values;
 *   any other type gives no values rather than a wrong one (the alias name as a value).
 */
function prepare(manifest) {
  const copy = structuredClone(manifest);
  // The analyzer lists modules in the order it met the files, which varies: the output must not.
  copy.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const element of elementsOf(copy)) {
    // A read-only property (a getter: `patron`, `selectedTab`) is no prop: React 19 and Vue would
    // assign it and the browser throw.
    element.members = element.members?.filter((m) => !(m.kind === 'field' && m.readonly));
    for (const attr of element.attributes ?? []) {
      if (!attr.fieldName) {
        if (attr.name.includes('-')) throw new Error(`${element.tagName}: attribute ${attr.name} has no property`);
        attr.fieldName = attr.name;
      }
      const field = element.members?.find((m) => m.name === attr.fieldName);
      const expanded = attr.expandedType?.text ?? field?.expandedType?.text;
      attr.valuesType = { text: expanded ?? 'string' };
    }
  }
  return copy;
}

/**
 * The `on<event>` props the plugins write as `(e: CustomEvent<BivLoginEvent>) => void`: our events
 * are classes of their own (`BivLoginEvent extends Event`, with a typed `detail`), so the handler
 * gets that class. Also one import per name (two elements firing the same event class made the
 * plugins import it twice).
 */
function fixEventTypes(text, eventClasses) {
  let fixed = text.replace(/CustomEvent<(\w+)>/g, (whole, name) => (eventClasses.has(name) ? name : whole));
  fixed = fixed.replace(/import type \{([^}]*)\} from "([^"]+)";/g, (_, names, from) => {
    const unique = [...new Set(names.split(',').map((n) => n.trim()).filter(Boolean))];
    return `import type { ${unique.join(', ')} } from "${from}";`;
  });
  return fixed;
}

/** Every event of every element: name → { type, description, tags }, one type per name. */
function eventsOf(elements) {
  const events = new Map();
  for (const element of elements) {
    for (const event of element.events ?? []) {
      const type = event.type?.text;
      if (!type || !/^Biv\w+Event$/.test(type)) {
        throw new Error(`<${element.tagName}> @fires ${event.name}: give the event class, e.g. @fires {BivLoginEvent} biv-login`);
      }
      const known = events.get(event.name);
      if (known && known.type !== type) {
        throw new Error(`${event.name} is a ${known.type} on <${known.tags[0]}> but a ${type} on <${element.tagName}>`);
      }
      if (known) known.tags.push(element.tagName);
      else events.set(event.name, { type, description: event.description ?? '', tags: [element.tagName] });
    }
  }
  return events;
}

/** A doc comment: on one line when the text is one line. */
function comment(text, indent) {
  const lines = text.trim().replaceAll('*/', '*\\/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

function eventMapFile(events) {
  const types = [...new Set([...events.values()].map((e) => e.type))].sort();
  const entries = [...events].map(
    ([name, e]) => `${comment(`Fired by ${e.tags.map((t) => `\`<${t}>\``).join(', ')}: ${e.description}`, '    ')}    '${name}': ${e.type};`,
  );
  return `${HEADER}// The events of the elements for addEventListener: \`el.addEventListener('biv-login', (e) => e.detail.patron)\`.
// Every event module of the package refers to this file (\`export type {} from '${PACKAGE}/events'\`),
// so importing the package, an element or an event class brings it in. The events bubble and are
// composed: GlobalEventHandlersEventMap, which HTMLElementEventMap, DocumentEventMap and
// WindowEventMap (and SVGElementEventMap) all extend, types them wherever they are heard.
import type { ${types.join(', ')} } from '${PACKAGE}';

declare global {
  interface GlobalEventHandlersEventMap {
${entries.join('\n')}
  }
}

export {};
`;
}

/** `heading-level` → `headingLevel`, as Vue (and vue-tsc) name a template's attribute. */
const camelize = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/**
 * The names a framework may set on an element, each once: its attributes by their names and its
 * public writable properties (read-only ones are out already, see `prepare`) by theirs.
 * Name → { field, description, attribute }: `field` is the property whose type it takes,
 * `attribute` whether the name reaches the element as an attribute (whose text may stand for a
 * number). `nameOf` gives an attribute's name as the framework spells it.
 */
function settableNames(element, nameOf) {
  const names = new Map();
  const add = (name, entry) => {
    const known = names.get(name);
    if (known && known.field !== entry.field) {
      throw new Error(`<${element.tagName}>: ${name} would be both ${known.field} and ${entry.field}`);
    }
    names.set(name, { ...entry, attribute: Boolean(known?.attribute || entry.attribute), description: known?.description ?? entry.description });
  };
  for (const attr of element.attributes ?? []) {
    add(nameOf(attr.name), { field: attr.fieldName, description: attr.description ?? '', attribute: true });
  }
  for (const member of element.members ?? []) {
    if (member.kind !== 'field' || member.static || (member.privacy && member.privacy !== 'public')) continue;
    add(member.name, { field: member.name, description: member.description ?? '', attribute: false });
  }
  return names;
}

function reactFile(elements) {
  const names = elements.map((e) => e.name);
  // The plugin's props (jsx.d.ts) name the attributes (`heading-level`, `with-login`) and events;
  // React 19 sets `headingLevel={3}` as the property, so the properties by their names join them.
  const properties = elements.map((e) => {
    const attributes = new Set((e.attributes ?? []).map((a) => a.name));
    const only = [...settableNames(e, (name) => name)].filter(([name, n]) => !n.attribute && !attributes.has(name)).map(([name]) => name);
    const type = only.length ? `Partial<Pick<${e.name}, ${only.map((n) => `'${n}'`).join(' | ')}>>` : '{}';
    return `/** \`<${e.tagName}>\`'s properties by their own names (the attributes' are in ${e.name}Props). */\ntype ${e.name}Properties = ${type};`;
  });
  const entries = elements.map(
    (e) => `${comment(e.summary ?? e.description ?? '', '      ')}      '${e.tagName}': ElementProps<${e.name}, ${e.name}Props & ${e.name}Properties>;`,
  );
  return `${HEADER}// React 19: <biv-…> tags in JSX with their attributes, properties and events.
// \`import type {} from '${PACKAGE}/react';\` once in the app (or "types": ["${PACKAGE}/react"]).
// React 19 sets a prop as a property when the element has it (\`headingLevel={3}\`, \`sort="title"\`),
// otherwise as an attribute (\`heading-level={3}\`), and \`onbiv-login={…}\` adds a listener for the
// \`biv-login\` event (the name after "on", as written).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${names.join(', ')} } from '${PACKAGE}';
import type { ${names.map((n) => `${n}Props`).join(', ')} } from './jsx.js';
import type {} from './events.js';

/** React's props of any HTML element (children, className, style, ref, key …) and the element's own. */
type ElementProps<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> & Own;

${properties.join('\n\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;
}

/**
 * Vue's props of one element. vue-tsc (like Vue) camelizes a template's names before it looks
 * them up: `heading-level="3"`, `:heading-level="3"` and `:headingLevel="3"` are all the prop
 * `headingLevel`, and `@biv-login` is `onBivLogin`. So the props are named that way; a name that
 * reaches the element as an attribute also takes a number's text (`heading-level="3"`: Vue sets a
 * dashed name as an attribute, and the element reads its number).
 */
function vueProps(element) {
  const lines = [];
  for (const [name, n] of settableNames(element, camelize)) {
    const type = `${element.name}["${n.field}"]`;
    lines.push(`${comment(n.description, '  ')}  ${name}?: ${n.attribute ? `AttributeOr<${type}>` : type};`);
  }
  lines.push('');
  for (const event of element.events ?? []) {
    lines.push(`${comment(event.description ?? '', '  ')}  on${camelize(`-${event.name}`)}?: (e: ${event.type.text}) => void;`);
  }
  return `type ${element.name}Props = {\n${lines.join('\n').trimEnd()}\n};`;
}

/**
 * Vue: the plugin's file (its `GlobalComponents` with each tag's docs), with our props (see
 * `vueProps`) instead of its own, which it names by attribute (`"heading-level"`, `"onbiv-login"`:
 * vue-tsc looks up neither, so nothing was checked), and its global `JSX.IntrinsicElements` left
 * out (React 19 has its own JSX namespace and `jsx.d.ts` serves the others).
 */
function vueFix(text, elements) {
  for (const element of elements) {
    const block = new RegExp(`type ${element.name}Props = \\{\\n[\\s\\S]*?\\n\\};`);
    if (!block.test(text)) throw new Error(`vue.d.ts: no ${element.name}Props from the plugin`);
    text = text.replace(block, () => vueProps(element));
  }
  const start = text.indexOf('declare global {');
  const cut = start === -1 ? text : text.slice(0, start).trimEnd() + '\n';
  const imports = cut.indexOf('\ntype ');
  return `${HEADER}// Vue 3: <biv-…> tags in templates. \`import type {} from '${PACKAGE}/vue';\` once (or "types": ["${PACKAGE}/vue"]).
import type {} from "./events.js";
${cut.slice(0, imports)}
/**
 * A property's value, or for a name that reaches the element as an attribute, also the text of a
 * number: \`heading-level="3"\` sets the attribute "3", which the element reads as 3.
 */
type AttributeOr<T> = T | (T extends number ? \`\${T}\` : never);
${cut.slice(imports)}`;
}

/** Write every generated file below `outdir` (the package directory, or a temporary one to compare). */
export function generateTypes(manifest, outdir) {
  const typesDir = join(outdir, 'types');
  mkdirSync(typesDir, { recursive: true });
  const prepared = prepare(manifest);
  const elements = elementsOf(prepared);
  const events = eventsOf(elements);
  const eventClasses = new Set([...events.values()].map((e) => e.type));
  const common = { hideLogs: true, globalTypePath: PACKAGE, exclude: [] };

  generateJsxTypes(prepared, { ...common, outdir: typesDir, fileName: 'jsx.d.ts' });
  const jsxPath = join(typesDir, 'jsx.d.ts');
  writeFileSync(jsxPath, HEADER + fixEventTypes(readFileSync(jsxPath, 'utf8'), eventClasses));

  generateVuejsTypes(prepared, { ...common, outdir: typesDir, fileName: 'vue.d.ts' });
  const vuePath = join(typesDir, 'vue.d.ts');
  writeFileSync(vuePath, vueFix(fixEventTypes(readFileSync(vuePath, 'utf8'), eventClasses), elements));

  writeFileSync(join(typesDir, 'react.d.ts'), reactFile(elements));
  writeFileSync(join(typesDir, 'events.d.ts'), eventMapFile(events));

  generateVsCodeCustomElementData(prepared, {
    hideLogs: true,
    outdir,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    typesSrc: 'valuesType',
    hideMethodDocs: true,
    referencesTemplate: () => [{ name: `${PACKAGE} on npm`, url: `https://www.npmjs.com/package/${PACKAGE}` }],
  });
  // A boolean attribute (`with-login`) is there or not: VS Code's value set "v" says so (the
  // plugin leaves it as an attribute that wants a value).
  const dataPath = join(outdir, 'vscode.html-custom-data.json');
  const data = JSON.parse(readFileSync(dataPath, 'utf8'));
  for (const tag of data.tags) {
    const element = elements.find((e) => e.tagName === tag.name);
    for (const attr of tag.attributes) {
      if (element?.attributes?.find((a) => a.name === attr.name)?.type?.text === 'boolean') attr.valueSet = 'v';
    }
  }
  writeFileSync(dataPath, `${JSON.stringify(data, null, 2)}\n`);
  return ['types/jsx.d.ts', 'types/react.d.ts', 'types/vue.d.ts', 'types/events.d.ts', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json'];
}

// `node generate-types.mjs [--outdir <dir>]`: into this package (default) or another directory.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const at = process.argv.indexOf('--outdir');
  const outdir = at === -1 ? here : process.argv[at + 1];
  if (!outdir) throw new Error('--outdir needs a directory');
  const manifest = JSON.parse(readFileSync(join(here, 'custom-elements.json'), 'utf8'));
  for (const file of generateTypes(manifest, outdir)) console.log(`generated ${join(outdir, file)}`);
}
