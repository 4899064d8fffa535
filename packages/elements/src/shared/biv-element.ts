import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { headingLevel, type HeadingLevel } from './heading.js';

const warned = new Set<string>();

/**
 * The base of every biv element: an idempotent `define()` and custom states. Shared styles are
 * composed by each element (`static styles = [resetStyles, ...]`); behaviour lives in controllers.
 */
export class BivElement extends LitElement {
  #internals: ElementInternals | undefined;
  #busy = false;

  /**
   * The level (1–6) of the element's top headings (a panel's, a list's, a dialog's, the error
   * summary's); the headings under them are one level deeper, at most 6. Default 2: set it to fit
   * the page's outline, e.g. 3 when the element sits under an `<h2>`. Attribute `heading-level`.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The level of a heading `depth` levels under the element's top ones (`heading-level`), 1–6. */
  protected headingAt(depth = 0): HeadingLevel {
    return headingLevel(this.headingLevel, depth);
  }

  /**
   * True while the element's request is under way: a second submit sends nothing. Setting it
   * re-renders and turns `:state(busy)` on or off at once.
   */
  protected get busy(): boolean {
    return this.#busy;
  }

  protected set busy(value: boolean) {
    this.#busy = value;
    this.setCustomState('busy', value);
    this.requestUpdate();
  }

  /**
   * Dispatch one of the element's `biv-*` events. Each element documents its events with `@fires`:
   * the manifest analyzer misreads a class-based `dispatchEvent(new …)` in the element itself.
   */
  protected emit(event: Event): void {
    this.dispatchEvent(event);
  }

  /** Turn a custom state on or off, for `biv-x:state(name)` in the page's CSS. */
  protected setCustomState(name: string, on: boolean): void {
    try {
      this.#internals ??= this.attachInternals();
      if (on) this.#internals.states.add(name);
      else this.#internals.states.delete(name);
    } catch {
      // Browsers without CustomStateSet: the state is only visual sugar.
    }
  }

  /**
   * Register this class as `tag`. Never throws: when the tag is taken already (the script loaded
   * twice, or two versions on one page) the first definition stays, and a different class gets one
   * console warning.
   */
  static define(tag: string): void {
    const registry = globalThis.customElements;
    if (!registry) return;
    const existing = registry.get(tag);
    if (existing === undefined) {
      try {
        registry.define(tag, this);
        return;
      } catch {
        // Another copy defined it between get() and define(): handled like an existing definition.
      }
    }
    if (registry.get(tag) !== this && !warned.has(tag)) {
      warned.add(tag);
      console.warn(`<${tag}> is already defined by another copy of @biv/elements; keeping the first.`);
    }
  }
}
