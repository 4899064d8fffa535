/**
 * The CMS module (`dist/biv-widgets.js`): put one `<script type="module" src=".../biv-widgets.js">`
 * on a page and every biv element on it, now or added later, loads its code on demand, so a page
 * pays only for the elements it shows. Loading it twice is harmless.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'biv-login-box': () => import('./login-box/define.js'),
  'biv-get-card-form': () => import('./get-card-form/define.js'),
  'biv-pin-reset': () => import('./pin-reset/define.js'),
  'biv-change-pin': () => import('./change-pin/define.js'),
  'biv-my-loans': () => import('./my-loans/define.js'),
  'biv-my-reservations': () => import('./my-reservations/define.js'),
  'biv-my-profile': () => import('./my-profile/define.js'),
  'biv-block-card-button': () => import('./block-card-button/define.js'),
  'biv-loan-history': () => import('./loan-history/define.js'),
  'biv-my-pages': () => import('./my-pages/define.js'),
  'biv-wishlist': () => import('./wishlist/define.js'),
  'biv-wishlist-button': () => import('./wishlist-button/define.js'),
};

const FLAG = Symbol.for('biv.cdn');

function start(): void {
  const holder = globalThis as typeof globalThis & { [FLAG]?: boolean };
  if (holder[FLAG] || typeof document === 'undefined') return;
  holder[FLAG] = true;

  const pending = new Set(Object.keys(loaders));
  const load = (tag: string) => {
    pending.delete(tag);
    loaders[tag]?.().catch((error: unknown) => {
      pending.add(tag); // a failed chunk may be retried when the element appears again
      console.error(`@biv/elements: could not load <${tag}>`, error);
    });
  };
  const scan = (root: ParentNode) => {
    for (const tag of [...pending]) {
      if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) load(tag);
    }
  };

  scan(document);
  if (pending.size === 0) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
    if (pending.size === 0) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

start();
