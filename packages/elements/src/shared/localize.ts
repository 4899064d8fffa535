import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Locale = 'sv' | 'en';
export const LOCALES: readonly Locale[] = ['sv', 'en'];
/** Swedish first: the default when the page's language is neither Swedish nor English. */
export const DEFAULT_LOCALE: Locale = 'sv';
/** The tags given to `Intl` for each locale. */
const INTL_TAG: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };
/**
 * The writing direction of each locale. A widget marks its content with it (next to `lang`), so
 * Swedish text keeps its order on a right-to-left page (an Arabic page of a municipality).
 */
const DIRECTION: Record<Locale, 'ltr' | 'rtl'> = { sv: 'ltr', en: 'ltr' };
/** Times are shown as the libraries' clocks show them. */
export const TIME_ZONE = 'Europe/Stockholm';

export type Message = string | ((...args: never[]) => string);
export type Catalogue = Record<string, Message>;
type Args<M extends Message> = M extends (...args: infer A) => string ? A : [];

/** The locale for a language tag such as `sv`, `sv-FI`, `en-GB` or `nb` (-> sv). */
export function localeOf(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split('-')[0] ?? '';
  if (primary === 'en') return 'en';
  return DEFAULT_LOCALE;
}

/** `lang` of the element, else of the nearest ancestor (across shadow roots), else of the document. */
export function langOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument.documentElement.lang;
}

// One observer for every controller on the page: `lang` changes anywhere re-render the elements.
const controllers = new Set<LocalizeController<Catalogue>>();
let observer: MutationObserver | undefined;

function watch(controller: LocalizeController<Catalogue>): void {
  controllers.add(controller);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const c of controllers) c.update();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(controller: LocalizeController<Catalogue>): void {
  controllers.delete(controller);
  if (controllers.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Picks the locale from `lang` (element, ancestors, document), follows changes, and looks up
 * messages in per-locale catalogues of the same shape.
 */
export class LocalizeController<M extends Catalogue> implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #catalogues: Record<Locale, M>;
  #locale: Locale = DEFAULT_LOCALE;

  constructor(host: ReactiveControllerHost & HTMLElement, catalogues: Record<Locale, M>) {
    this.#host = host;
    this.#catalogues = catalogues;
    host.addController(this);
  }

  hostConnected(): void {
    this.#locale = localeOf(langOf(this.#host));
    watch(this);
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** Re-read the language; re-render the host when it changed. */
  update(): void {
    const next = localeOf(langOf(this.#host));
    if (next !== this.#locale) {
      this.#locale = next;
      this.#host.requestUpdate();
    }
  }

  get locale(): Locale {
    return this.#locale;
  }

  /** The writing direction of the locale, for `dir` next to `lang`. */
  get dir(): 'ltr' | 'rtl' {
    return DIRECTION[this.#locale];
  }

  /** The message `key` in the current locale. */
  t<K extends keyof M & string>(key: K, ...args: Args<M[K]>): string {
    const message = this.#catalogues[this.#locale][key] as Message;
    return typeof message === 'function' ? (message as (...a: Args<M[K]>) => string)(...args) : message;
  }

  /**
   * The message of a key made at run time from a code that came over the wire (`<field>.<code>`,
   * `reason.<code>`), if the catalogue has one. Problem codes need none: every catalogue has them all.
   */
  lookup(key: string): string | undefined {
    const message = (this.#catalogues[this.#locale] as Catalogue)[key];
    return typeof message === 'function' ? message() : message;
  }

  /** A date and time, e.g. "6 december 2026 14:30", in Swedish time. */
  dateTime(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return new Intl.DateTimeFormat(INTL_TAG[this.#locale], { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(date);
  }

  /** A wait from now, e.g. "om 15 minuter" / "in 15 minutes" (whole minutes, seconds under one). */
  inDuration(seconds: number): string {
    const format = new Intl.RelativeTimeFormat(INTL_TAG[this.#locale], { numeric: 'always' });
    return seconds < 60 ? format.format(Math.max(1, Math.ceil(seconds)), 'second') : format.format(Math.ceil(seconds / 60), 'minute');
  }
}
