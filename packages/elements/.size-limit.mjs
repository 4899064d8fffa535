// The script budgets of @biv/elements (docs/decisions/0004-bundle-budget.md), per page: the CMS
// module and every chunk a page with only that element loads, found by following the static
// imports of the element's chunk in the build. So a new shared chunk is never left out of a page's
// figure. Run after the build (`npm run build`), as `npm test` does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const chunksDir = new URL('./dist/chunks/', import.meta.url);
if (!existsSync(chunksDir)) throw new Error('size-limit: no dist/chunks/; run `npm run build` first');
const chunks = readdirSync(chunksDir).filter((file) => file.endsWith('.js'));

/** Chunks a chunk imports statically (`import "./x.js"`, `… from "./x.js"`); `import("./x.js")` loads later, on demand. */
const staticImports = (file) =>
  [...readFileSync(new URL(file, chunksDir), 'utf8').matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+?\.js)["']/g)].map((m) => m[1]);

/** The element's chunk and everything it needs before it runs. */
function pageChunks(element) {
  // `<element>-<8-character hash>.js`
  const own = chunks.find((file) => file.startsWith(`${element}-`) && file.length === element.length + 12);
  if (!own) throw new Error(`size-limit: no chunk for <biv-${element}> in dist/chunks/`);
  const seen = new Set([own]);
  for (const file of seen) for (const next of staticImports(file)) seen.add(next);
  return [...seen].sort().map((file) => `dist/chunks/${file}`);
}

/**
 * A page with only the login box: 30 KB (decision 0004). The other elements: 40 KB each, the wishlist
 * button (beside titles on news pages) 35.5 KB. An element that loads others with `import()` as
 * soon as it shows (`<biv-my-pages>`: the login box, then the first tab's part) names them in
 * `also`, so its figure is what the page really loads. Figures are for a Swedish page: its words
 * are in the elements' own chunks.
 */
const budgets = {
  'login-box': '30 KB',
  'get-card-form': '40 KB',
  'pin-reset': '40 KB',
  'change-pin': '40 KB',
  'my-loans': '40 KB',
  'my-reservations': '40 KB',
  'my-profile': '40 KB',
  'block-card-button': '40 KB',
  'loan-history': '40 KB',
  'my-pages': { limit: '49 KB', also: ['login-box', 'my-profile'] },
  wishlist: '40 KB',
  'wishlist-button': '35.5 KB',
};

/** A page in another language also loads the element's words in it: `words-<code>-<part>-<hash>.js`. */
function wordsChunk(code, part) {
  const file = chunks.find((name) => name.startsWith(`words-${code}-${part}-`));
  if (!file) throw new Error(`size-limit: no words of ${part} in ${code} in dist/chunks/`);
  return `dist/chunks/${file}`;
}

const loginBoxPage = ['dist/biv-widgets.js', ...pageChunks('login-box')];

export default [
  ...Object.entries(budgets).map(([element, budget]) => {
    const { limit, also = [] } = typeof budget === 'string' ? { limit: budget } : budget;
    return {
      name: `a page with only <biv-${element}>: biv-widgets.js and the chunks it loads${also.length ? ` (with ${also.map((e) => `<biv-${e}>`).join(' and ')})` : ''}`,
      path: ['dist/biv-widgets.js', ...new Set([element, ...also].flatMap(pageChunks))],
      limit,
      gzip: true,
    };
  }),
  // The same login-box page in English and in Arabic: the Swedish one and the element's words.
  { name: 'an English page with only <biv-login-box>', path: [...loginBoxPage, wordsChunk('en', 'loginBox')], limit: '32 KB', gzip: true },
  { name: 'an Arabic page with only <biv-login-box>', path: [...loginBoxPage, wordsChunk('ar', 'loginBox')], limit: '32.5 KB', gzip: true },
  // Every element's code together: what the consortium's CDN stores, not what a page loads (decision 0004).
  {
    name: 'every element: biv-widgets.js and all chunks but the words of other languages',
    path: ['dist/biv-widgets.js', ...chunks.filter((file) => !file.startsWith('words-')).map((file) => `dist/chunks/${file}`)],
    limit: '99 KB',
    gzip: true,
  },
];
