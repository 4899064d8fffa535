import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveEndpoint, type ApiError } from '@biv/client';
import { headingLevel, type HeadingLevel } from './heading.js';
import { wordsPending } from './localize.js';

const warned = new Set<string>();

/**
 * The base of every biv element: the endpoint, the heading level, an idempotent `define()` and
 * custom states. Shared styles are composed by each element (`static styles = [resetStyles, ...]`);
 * behaviour lives in controllers. What it documents here (the endpoint and `lang` attributes, the
 * theme's custom properties) every element inherits in the manifest.
 *
 * @attr endpoint - The API root, e.g. `https://bibliotek.example.se/api/v1` or `/api/v1`. Falls back to the page's `<script type="application/json" id="biv-config">` (`{"endpoint": "..."}`) or `<meta name="biv:endpoint">`; without any, the element shows a configuration error.
 * @attr lang - `sv` (default), `en` or `ar` (right to left); read from the element, its nearest ancestor with `lang`, or the document, and followed when it changes. Another language gets Swedish.
 *
 * @cssprop [--biv-color-text=#1b1b1b] - Text colour.
 * @cssprop [--biv-color-text-muted=#4d4d4d] - Hints and status text.
 * @cssprop [--biv-color-surface=#ffffff] - Background of inputs, dialogs and the error summary.
 * @cssprop [--biv-color-border=#6b6b6b] - Input and item borders (keep 3:1 against the surface).
 * @cssprop [--biv-color-accent=#1d5c3e] - Buttons, links and the panels' edge.
 * @cssprop [--biv-color-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--biv-color-error=#b3261e] - Errors.
 * @cssprop [--biv-color-note-background=#f3f2f1] - Background of notes and panels.
 * @cssprop [--biv-font-family=inherit] - Font; the page's by default.
 * @cssprop [--biv-radius=4px] - Corner radius.
 * @cssprop [--biv-spacing=1rem] - Base spacing.
 * @cssprop [--biv-target-size=44px] - Minimum height of inputs, buttons and links.
 * @cssprop [--biv-focus-color=#0b0c0c] - Focus ring, outer colour.
 * @cssprop [--biv-focus-background=#ffdd00] - Focus ring, inner colour.
 */
export class BivElement extends LitElement {
  #internals: ElementInternals | undefined;
  #busy = false;
  #endpointWatchers = new Set<() => void>();
  #resolvedEndpoint: string | ApiError | undefined;

  /** The API root; see the `endpoint` attribute. */
  @property() endpoint?: string;

  /**
   * The level (1–6) of the element's top headings (a panel's, a list's, a dialog's, the error
   * summary's); the headings under them are one level deeper, at most 6. Default 2: set it to fit
   * the page's outline, e.g. 3 when the element sits under an `<h2>`. Attribute `heading-level`.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * The API root this element talks to: `endpoint`, else the page's configuration; an `ApiError`
   * (code `config`) when there is none. Resolved at connection and when `endpoint` changes.
   */
  protected get resolvedEndpoint(): string | ApiError | undefined {
    return this.#resolvedEndpoint;
  }

  /** Call `watcher` when `endpoint` changes after the first render (a controller re-resolves). */
  watchEndpoint(watcher: () => void): void {
    this.#endpointWatchers.add(watcher);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resolvedEndpoint = resolveEndpoint(this);
  }

  /**
   * `lang` on the element itself starts an update at once, so that the `updateComplete` awaited
   * right after setting it covers the new language's words (the page-wide observer of `lang`
   * hears of the change only in a microtask, after `updateComplete` was read).
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** An update waits for the words of the page's language, when they are still loading. */
  protected override async scheduleUpdate(): Promise<unknown> {
    for (let pending = wordsPending(this); pending; pending = wordsPending(this)) await pending;
    return super.scheduleUpdate();
  }

  /** Subclasses call `super.willUpdate(changed)` first. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('endpoint') || !this.hasUpdated || !this.isConnected) return;
    this.#resolvedEndpoint = resolveEndpoint(this);
    for (const watcher of this.#endpointWatchers) watcher();
  }

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
