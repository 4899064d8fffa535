// The layout check of the end-to-end tests on narrow, zoomed, hostile and right-to-left pages
// (test/reflow.e2e.ts, test/cross-site.e2e.ts). It runs in the page, so it must stand alone.
/**
 * What is cut off, sticks out or overlaps (run in the page with `page.evaluate`): the page scrolling
 * sideways; with `page`, the page's own content past the viewport or clipped; in each widget
 * (`selector`, also inside another widget's shadow root), boxes or text past the widget (a modal dialog: past the viewport), clipped boxes,
 * and text or controls on top of each other. A widget of no size is skipped (not shown in this
 * state), or with `allShown` reported.
 */
export function layoutProblems({ selector, page: checkPage = true, allShown = false }: { selector: string; page?: boolean; allShown?: boolean }): string[] {
  const problems: string[] = [];
  const doc = document.documentElement;
  const viewport = doc.clientWidth;
  if (doc.scrollWidth > viewport) problems.push(`the page scrolls sideways: ${doc.scrollWidth} > ${viewport}`);
  // Object methods, not arrow functions in constants: tsx would wrap those in a helper the page lacks.
  const util = {
    name(el: Element): string {
      return `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    },
    hidden(node: Node): boolean {
      const el = node instanceof Element ? node : node.parentElement;
      return !el || !!el.closest('.visually-hidden, .skip-link, option, optgroup, style, script, template, [hidden], dialog:not([open])');
    },
    clips(el: Element, style: CSSStyleDeclaration, what: string): void {
      if (style.display === 'inline' || ['input', 'select', 'textarea', 'html', 'body'].includes(el.localName)) return;
      if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'auto' && style.overflowX !== 'scroll') {
        problems.push(`${what} ${util.name(el)} overflows: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
      }
      if (/hidden|clip/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1) {
        problems.push(`${what} ${util.name(el)} clips its text: scrollHeight ${el.scrollHeight} > clientHeight ${el.clientHeight}`);
      }
    },
    /** The widgets in the document and in every shadow root (a widget inside another, as in `<biv-my-pages>`). */
    widgets(root: Document | ShadowRoot, found: Element[] = []): Element[] {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches(selector)) found.push(el);
        if (el.shadowRoot) util.widgets(el.shadowRoot, found);
      }
      return found;
    },
    texts(root: Node, within: (node: Node) => { left: number; right: number }, what: string, boxes?: { node: Node; rect: DOMRect; what: string }[]): void {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (!text.textContent?.trim() || util.hidden(text)) continue;
        const parent = text.parentElement;
        if (parent && parent.closest(selector) && root === document.body) continue; // slotted: checked as the page's
        const range = document.createRange();
        range.selectNodeContents(text);
        const bounds = within(text);
        for (const rect of range.getClientRects()) {
          if (rect.width === 0) continue;
          if (rect.left < bounds.left - 1 || rect.right > bounds.right + 1) {
            problems.push(`${what} text "${text.textContent.trim().slice(0, 30)}" is cut off: ${Math.round(rect.left)}–${Math.round(rect.right)} of ${Math.round(bounds.left)}–${Math.round(bounds.right)}`);
          }
          boxes?.push({ node: text, rect, what: `"${text.textContent.trim().slice(0, 30)}"` });
        }
      }
    },
  };

  // The page itself (the demo's headings, header and text), up to the widgets' hosts.
  const page = { left: 0, right: viewport };
  for (const el of checkPage ? document.body.querySelectorAll('*') : []) {
    if (util.hidden(el)) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.display === 'contents') continue;
    for (const rect of el.getClientRects()) {
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.left < -1 || rect.right > viewport + 1) problems.push(`page ${util.name(el)} reaches past the viewport: ${Math.round(rect.left)}–${Math.round(rect.right)} of 0–${viewport}`);
    }
    if (!el.matches(selector)) util.clips(el, style, 'page');
  }
  if (checkPage) {
    util.texts(document.body, function () {
      return page;
    }, 'page');
  }

  for (const host of util.widgets(document)) {
    const root = host.shadowRoot;
    if (!root) {
      problems.push(`${host.localName} has no shadow root`);
      continue;
    }
    const outer = host.getBoundingClientRect();
    if (outer.width < 1 || outer.height < 1) {
      if (allShown) problems.push(`${host.localName} has no size`);
      continue; // not shown in this state (a logged-in-only element)
    }
    if (outer.left < -0.5 || outer.right > viewport + 0.5) problems.push(`${host.localName} is outside the viewport: ${outer.left}–${outer.right}`);
    // A modal dialog is in the top layer: the viewport bounds it, not the widget.
    const within = {
      bounds(this: void, node: Node): { left: number; right: number } {
        const el = node instanceof Element ? node : node.parentElement;
        return el?.closest('dialog[open]') ? page : { left: outer.left, right: outer.right };
      },
    };
    const boxes: { node: Node; rect: DOMRect; what: string }[] = [];
    for (const el of root.querySelectorAll('*')) {
      if (util.hidden(el)) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.display === 'contents') continue;
      const box = within.bounds(el);
      for (const rect of el.getClientRects()) {
        if (rect.width === 0 && rect.height === 0) continue;
        if (rect.left < box.left - 1 || rect.right > box.right + 1) {
          problems.push(`${host.localName} ${util.name(el)} sticks out: ${Math.round(rect.left)}–${Math.round(rect.right)} of ${Math.round(box.left)}–${Math.round(box.right)}`);
        }
      }
      util.clips(el, style, host.localName);
      if (['input', 'button', 'a', 'select'].includes(el.localName)) {
        // Line by line: a link that wraps covers the whole width of its two lines with one box.
        for (const rect of el.getClientRects()) boxes.push({ node: el, rect, what: `${util.name(el)} "${(el.textContent ?? '').trim().slice(0, 30)}"` });
      }
    }
    util.texts(root, within.bounds, host.localName, boxes);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.node.contains(b.node) || b.node.contains(a.node)) continue;
        const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (width > 1 && height > 1) problems.push(`${host.localName}: ${a.what} overlaps ${b.what} (${Math.round(width)}×${Math.round(height)} px)`);
      }
    }
  }
  return problems;
}
