import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LANGUAGES, type Language, type LanguageCode, type Translations } from './languages.js';

/** A language the elements can speak (`LANGUAGES`); pages get those not marked incomplete. */
export type Locale = LanguageCode;
/** The languages pages get: every one of `LANGUAGES` not marked incomplete. */
export const LOCALES = (Object.keys(LANGUAGES) as Locale[]).filter((code) => !('incomplete' in LANGUAGES[code]));
/** Swedish first: the default when the page's language is none of `LOCALES`, and every catalogue's fallback. */
export const DEFAULT_LOCALE: Locale = 'sv';
/** Times are shown as the libraries' clocks show them. */
export const TIME_ZONE = 'Europe/Stockholm';

export type Message = string | ((...args: never[]) => string);
export type Catalogue = Record<string, Message>;
type Args<M extends Message> = M extends (...args: infer A) => string ? A : [];

/**
 * An element's words: its Swedish catalogue, and where every other language keeps its part (the
 * export `part` of `src/locales/<code>.ts`). `loaders` are given only by the CDN build (its
 * `biv-catalogue-parts` plugin), which makes one small file per element and language.
 */
export interface Catalogues<M extends Catalogue> {
  readonly sv: M;
  readonly part: string;
  readonly loaders?: Partial<Record<Locale, () => Promise<Translations>>> | undefined;
}

/** An element's catalogues: `sv` here, the others in the language files under `part`. */
export const catalogue = <M extends Catalogue>(sv: M, part: string, loaders?: Catalogues<M>['loaders']): Catalogues<M> => ({ sv, part, loaders });

/** The catalogue of `locale` with Swedish under it (a key the language lacks reads in Swedish), once per page. */
const loaded = new WeakMap<Catalogues<Catalogue>, Map<Locale, Promise<Catalogue>>>();
function load<M extends Catalogue>(catalogues: Catalogues<M>, locale: Locale): Promise<M> {
  let mine = loaded.get(catalogues);
  if (!mine) loaded.set(catalogues, (mine = new Map<Locale, Promise<Catalogue>>()));
  let found = mine.get(locale);
  if (!found) {
    const language: Language = LANGUAGES[locale];
    const file = catalogues.loaders?.[locale] ?? language.load;
    found = (file ? file() : Promise.resolve({} as Translations)).then((module) => ({ ...catalogues.sv, ...(module[catalogues.part] as Partial<M> | undefined) }));
    // A failed download is tried again by the next element or language change.
    const forget = mine;
    found.catch(() => forget.delete(locale));
    mine.set(locale, found);
  }
  return found as Promise<M>;
}

/** The locale for a language tag such as `sv`, `sv-FI`, `en-GB` or `nb` (-> sv). */
export function localeOf(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split('-')[0] ?? '';
  return LOCALES.find((code) => code === primary) ?? DEFAULT_LOCALE;
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

// One observer for every controller on the page: `lang` changes anywhere re-render the elements,
// in the document and in each element's shadow root (an element inside another, such as the login
// box of <biv-my-pages>, takes its language from the outer one's box).
const controllers = new Set<LocalizeController<Catalogue>>();
let observer: MutationObserver | undefined;
const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

function watch(controller: LocalizeController<Catalogue>, host: HTMLElement): void {
  controllers.add(controller);
  if (typeof MutationObserver === 'undefined') return;
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const c of controllers) c.update();
    });
    observer.observe(document.documentElement, LANG_CHANGES);
  }
  if (host.shadowRoot) observer.observe(host.shadowRoot, LANG_CHANGES);
}

function unwatch(controller: LocalizeController<Catalogue>): void {
  controllers.delete(controller);
  if (controllers.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** The controllers of each host: an element renders once all of them have their words. */
const ofHost = new WeakMap<HTMLElement, Set<LocalizeController<Catalogue>>>();

/**
 * A promise while a catalogue of `host` is loading (a page's first words in its language, or a
 * language `lang` changed to), settled when it is in; else undefined. `BivElement` holds its next
 * render until then, so it never shows a moment of Swedish on an English page, and its
 * `updateComplete` covers the loading.
 */
export function wordsPending(host: HTMLElement): Promise<unknown> | undefined {
  const pending = [...(ofHost.get(host) ?? [])].map((c) => c.pending).filter((p) => p !== undefined);
  return pending.length ? Promise.all(pending) : undefined;
}

/**
 * Picks the locale from `lang` (element, ancestors, document), follows changes, and looks up
 * messages in the element's catalogues: Swedish at once, another language after its part of the
 * language's file has loaded (until then the host does not render, or keeps the old language).
 */
export class LocalizeController<M extends Catalogue> implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #catalogues: Catalogues<M>;
  #locale: Locale = DEFAULT_LOCALE;
  #messages: M | undefined;
  #pending: Promise<unknown> | undefined;
  #wanted: Locale = DEFAULT_LOCALE;

  constructor(host: ReactiveControllerHost & HTMLElement, catalogues: Catalogues<M>) {
    this.#host = host;
    this.#catalogues = catalogues;
    host.addController(this);
    let mine = ofHost.get(host);
    if (!mine) ofHost.set(host, (mine = new Set()));
    mine.add(this);
  }

  hostConnected(): void {
    watch(this, this.#host);
    this.update();
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** While the words of a newly asked language are loading: settles when they are in. */
  get pending(): Promise<unknown> | undefined {
    return this.#pending;
  }

  /** Re-read the language; re-render the host once the words of a new one are in. */
  update(): void {
    const next = localeOf(langOf(this.#host));
    if (next === this.#wanted && (this.#messages || this.#pending)) return;
    this.#wanted = next;
    if (next === DEFAULT_LOCALE) {
      this.#use(next, this.#catalogues.sv);
      return;
    }
    const loading = load(this.#catalogues, next).then(
      (messages) => {
        if (this.#wanted === next) this.#use(next, messages);
      },
      () => {
        // The language's file did not load (offline): Swedish rather than nothing.
        if (this.#wanted === next) this.#use(DEFAULT_LOCALE, this.#catalogues.sv);
      },
    );
    this.#pending = loading;
    this.#host.requestUpdate();
  }

  #use(locale: Locale, messages: M): void {
    const changed = locale !== this.#locale || messages !== this.#messages;
    this.#locale = locale;
    this.#messages = messages;
    this.#pending = undefined;
    if (changed) this.#host.requestUpdate();
  }

  get locale(): Locale {
    return this.#locale;
  }

  /** The writing direction of the locale, for `dir` next to `lang`. */
  get dir(): 'ltr' | 'rtl' {
    return LANGUAGES[this.#locale].dir;
  }

  /** The tag `Intl` gets for the locale. */
  get intl(): string {
    return LANGUAGES[this.#locale].intl;
  }

  /** The message `key` in the current locale. */
  t<K extends keyof M & string>(key: K, ...args: Args<M[K]>): string {
    const message = (this.#messages ?? this.#catalogues.sv)[key] as Message;
    return typeof message === 'function' ? (message as (...a: Args<M[K]>) => string)(...args) : message;
  }

  /**
   * The message of a key made at run time from a code that came over the wire (`<field>.<code>`,
   * `reason.<code>`), if the catalogue has one. Problem codes need none: every catalogue has them all.
   */
  lookup(key: string): string | undefined {
    const message = ((this.#messages ?? this.#catalogues.sv) as Catalogue)[key];
    return typeof message === 'function' ? message() : message;
  }

  /** A date and time, e.g. "6 december 2026 14:30", in Swedish time. */
  dateTime(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return new Intl.DateTimeFormat(this.intl, { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(date);
  }

  /** A wait from now, e.g. "om 15 minuter" / "in 15 minutes" (whole minutes, seconds under one). */
  inDuration(seconds: number): string {
    const format = new Intl.RelativeTimeFormat(this.intl, { numeric: 'always' });
    return seconds < 60 ? format.format(Math.max(1, Math.ceil(seconds)), 'second') : format.format(Math.ceil(seconds / 60), 'minute');
  }
}
