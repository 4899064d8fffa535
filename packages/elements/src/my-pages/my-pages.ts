import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BivElement } from '../shared/biv-element.js';
import { LocalizeController } from '../shared/localize.js';
import { problemText } from '../shared/messages.js';
import { SessionController } from '../shared/session-controller.js';
import { loadingView } from '../shared/logged-out.js';
import { panelStyles } from '../shared/panel-styles.js';
import { formStyles, resetStyles, tokenStyles } from '../shared/styles.js';
import { BivTabChangeEvent } from './events.js';
import { myPagesMessages } from './my-pages.messages.js';
import { myPagesStyles } from './my-pages.styles.js';

/** The parts of Mina sidor, in their default order. */
export const MY_PAGES_TABS = ['profile', 'loans', 'reservations', 'history', 'wishlist', 'pin', 'block'] as const;
export type MyPagesTab = (typeof MY_PAGES_TABS)[number];

/**
 * Each part's fragment in the page's URL, in Swedish and in English (the element writes the one of
 * its language and reads both, so a link made on the English page still opens the tab).
 */
const SLUGS: Record<MyPagesTab, { sv: string; en: string }> = {
  profile: { sv: 'mina-uppgifter', en: 'my-details' },
  loans: { sv: 'lan', en: 'loans' },
  reservations: { sv: 'reservationer', en: 'reservations' },
  history: { sv: 'lanehistorik', en: 'loan-history' },
  wishlist: { sv: 'minneslista', en: 'wishlist' },
  pin: { sv: 'byt-pin-kod', en: 'change-pin' },
  block: { sv: 'sparra-kortet', en: 'block-card' },
};
/** Fragments are Swedish on Swedish pages and English on every other (plain ASCII, easy to type and share). */
const slugLanguage = (locale: string): 'sv' | 'en' => (locale === 'sv' ? 'sv' : 'en');

/** Each part's code: loaded when its tab is first shown, never before. */
const LOADERS: Record<MyPagesTab, () => Promise<unknown>> = {
  profile: () => import('../my-profile/define.js'),
  loans: () => import('../my-loans/define.js'),
  reservations: () => import('../my-reservations/define.js'),
  history: () => import('../loan-history/define.js'),
  wishlist: () => import('../wishlist/define.js'),
  pin: () => import('../change-pin/define.js'),
  block: () => import('../block-card-button/define.js'),
};

const isTab = (name: string): name is MyPagesTab => (MY_PAGES_TABS as readonly string[]).includes(name);

/** The tab a URL fragment names (`#lan`, `#loans`, …), in either language. */
function tabOfHash(hash: string): MyPagesTab | undefined {
  let slug: string;
  try {
    slug = decodeURIComponent(hash.replace(/^#/, '')).toLowerCase();
  } catch {
    return undefined;
  }
  return MY_PAGES_TABS.find((tab) => SLUGS[tab].sv === slug || SLUGS[tab].en === slug);
}

/**
 * All of Mina sidor in one element: the login box, and once the patron is logged in, the parts as
 * tabs: Mina uppgifter, Lån, Reservationer, Lånehistorik, Minneslista, Byt PIN-kod and Spärra
 * kortet. For web editors who want all of it on one page; each part is the element of its own
 * (`<biv-my-profile>`, `<biv-my-loans>`, …) and loads its code only when its tab is first shown.
 *
 * The tabs follow the WAI-ARIA tabs pattern with manual activation (a part may need the network
 * the first time): Left and Right arrows move between the tabs (as they are seen: in a right to
 * left language such as Arabic, Left goes to the next tab), Home and End to the first and
 * last, Enter or Space shows the focused tab's part; Tab goes on into the part. The selected tab
 * is in the page's URL fragment (`#lan`, `#minneslista`; in English `#loans`, `#wishlist`), so a
 * link can open a tab, the browser's reload keeps it, and "Byt PIN-kod" and "Spärra kortet" in
 * Mina uppgifter switch to their tabs. A part keeps its state when another tab is shown.
 *
 * @summary All of Mina sidor as tabs: login, my details, loans, reservations, history, wishlist, PIN, block card.
 *
 * @tag biv-my-pages
 *
 * @attr tabs - Which parts to show and in which order, as tab names separated by spaces: `profile loans reservations history wishlist pin block` (the default: all). Unknown names are ignored.
 * @attr tab - The tab shown first when the URL fragment names none (default: the first of `tabs`).
 * @attr forgot-pin-href - Where the login box's "Har du glömt PIN-koden?" leads.
 * @attr new-card-href - Where "Så får du ett nytt kort" leads, for a blocked card.
 * @attr heading-level - The level (1–6, default 2) of each part's top headings; set it to fit the page's outline: 2 under the page's `<h1>`.
 *
 * @fires {BivTabChangeEvent} biv-tab-change - Another tab was shown, by the patron or by the URL fragment. `detail: { tab }` (a tab name). Bubbles, composed.
 *
 * @csspart login - The login box (`<biv-login-box>`), shown at the top: the form, or the patron's name and "Logga ut".
 * @csspart tablist - The row of tabs (it wraps on narrow screens).
 * @csspart tab - Each tab (`<button role="tab">`); the selected one also has `tab-selected`.
 * @csspart tab-selected - The selected tab.
 * @csspart panel - Each tab's panel.
 * @csspart error - The message when a part's code could not be loaded, and the configuration error.
 * @csspart button - "Försök igen" after a part failed to load.
 *
 * @cssprop [--biv-my-pages-accent=var(--biv-color-accent)] - The selected tab's marker and the tabs' text.
 * @cssprop [--biv-my-pages-tab-background=transparent] - Background of the tabs that are not selected.
 * @cssprop [--biv-my-pages-spacing=var(--biv-spacing)] - Spacing of this element.
 * @cssprop [--biv-my-pages-max-width=48rem] - Maximum width.
 *
 * @cssstate logged-out - Nobody is logged in: only the login box shows.
 */
export class MyPages extends BivElement {
  static override styles = [tokenStyles, resetStyles, formStyles, panelStyles, myPagesStyles];

  /** How each part's code loads (a subclass may load from elsewhere). */
  protected static partLoaders: Readonly<Record<MyPagesTab, () => Promise<unknown>>> = LOADERS;

  /** The parts to show, in order; see the `tabs` attribute. */
  @property() tabs?: string;

  /** The tab shown first when the URL fragment names none; see the `tab` attribute. */
  @property() tab?: string;

  /** Passed to the login box; see the `forgot-pin-href` attribute. */
  @property({ attribute: 'forgot-pin-href' }) forgotPinHref?: string;

  /** Passed to the login box and the parts that link it; see the `new-card-href` attribute. */
  @property({ attribute: 'new-card-href' }) newCardHref?: string;

  #i18n = new LocalizeController(this, myPagesMessages);
  #session = new SessionController(this);
  /** The tab shown; undefined until the first render decides. */
  #selected: MyPagesTab | undefined;
  /** Tabs whose part has been shown: their panels stay rendered (hidden) and keep their state. */
  #shown = new Set<MyPagesTab>();
  #loaded = new Set<MyPagesTab>();
  #failed = new Set<MyPagesTab>();
  #loading = new Set<MyPagesTab>();

  /** The parts shown, in order (`tabs`, or all). */
  get visibleTabs(): MyPagesTab[] {
    const named = (this.tabs ?? '').split(/\s+/).filter(isTab);
    return named.length > 0 ? [...new Set(named)] : [...MY_PAGES_TABS];
  }

  /** The tab shown now. */
  get selectedTab(): MyPagesTab {
    const tabs = this.visibleTabs;
    return this.#selected && tabs.includes(this.#selected) ? this.#selected : (tabs.find((t) => t === this.tab) ?? tabs[0]!);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The login box loads at once, as its chunk of its own (shared with pages that show it alone).
    void import('../login-box/define.js');
    window.addEventListener('hashchange', this.#onHashChange);
    const fromHash = tabOfHash(location.hash);
    if (fromHash && this.visibleTabs.includes(fromHash)) this.#selected = fromHash;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loggedIn = this.#session.state.status === 'logged-in';
    this.setCustomState('logged-out', this.#session.state.status === 'logged-out');
    if (loggedIn) this.#show(this.selectedTab);
  }

  /** Mark a tab's part as shown, and load its code the first time (again only by "Försök igen"). */
  #show(tab: MyPagesTab): void {
    this.#shown.add(tab);
    if (this.#loaded.has(tab) || this.#loading.has(tab) || this.#failed.has(tab)) return;
    this.#loading.add(tab);
    (this.constructor as typeof MyPages).partLoaders[tab]()
      .then(() => this.#loaded.add(tab))
      .catch((error: unknown) => {
        this.#failed.add(tab);
        console.error(`<biv-my-pages>: could not load the part "${tab}"`, error);
      })
      .finally(() => {
        this.#loading.delete(tab);
        this.requestUpdate();
      });
  }

  /** Show `tab`: in the URL fragment (replacing, so tabs do not fill the back button), and focused when asked. */
  #select(tab: MyPagesTab, options: { focus: boolean; writeHash: boolean }): void {
    const changed = tab !== this.selectedTab;
    this.#selected = tab;
    if (options.writeHash) {
      const slug = SLUGS[tab][slugLanguage(this.#i18n.locale)];
      if (tabOfHash(location.hash) !== tab || location.hash !== `#${slug}`) history.replaceState(history.state, '', `#${slug}`);
    }
    this.requestUpdate();
    if (options.focus) void this.updateComplete.then(() => this.#tabButton(tab)?.focus());
    if (changed) this.emit(new BivTabChangeEvent(tab));
  }

  #onHashChange = (): void => {
    const tab = tabOfHash(location.hash);
    if (!tab || !this.visibleTabs.includes(tab)) return;
    // A link to a tab (e.g. "Byt PIN-kod" in Mina uppgifter) takes the patron there: to the tab.
    this.#select(tab, { focus: this.#session.state.status === 'logged-in', writeHash: false });
  };

  #tabButton(tab: MyPagesTab): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`);
  }

  /** Arrow keys, Home and End move the focus among the tabs; Enter or Space (a button's click) shows one. */
  #onKeyDown = (event: KeyboardEvent): void => {
    const tabs = this.visibleTabs;
    const current = tabs.findIndex((tab) => this.#tabButton(tab) === this.renderRoot.querySelector(':focus'));
    if (current < 0) return;
    // The tabs' own direction (the box's `dir` of the element's language, e.g. Arabic on a Swedish
    // page), not the page's: Left and Right follow what the patron sees, so in right to left Left
    // moves to the next tab (as React Aria, Vaadin and others do; the APG tabs pattern does not say,
    // w3c/aria-practices#3464).
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = current + (rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        next = current + (rtl ? 1 : -1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = tabs.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.#tabButton(tabs[(next + tabs.length) % tabs.length]!)?.focus();
  };

  #retry(tab: MyPagesTab): void {
    this.#failed.delete(tab);
    this.#show(tab);
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const t = this.#i18n;
    const { configError, state } = this.#session;
    const endpoint = this.#session.store?.endpoint ?? '';
    return html`<div class="box" lang=${t.locale} dir=${t.dir}>
      ${configError ? html`<p class="config-error" part="error" role="alert">${problemText(t, configError)}</p>` : nothing}
      <biv-login-box
        part="login"
        endpoint=${endpoint}
        heading-level=${this.headingLevel}
        forgot-pin-href=${ifDefined(this.forgotPinHref)}
        new-card-href=${ifDefined(this.newCardHref)}
      ></biv-login-box>
      ${state.status === 'logged-in' ? this.#renderTabs(endpoint) : nothing}
    </div>`;
  }

  #renderTabs(endpoint: string): TemplateResult {
    const t = this.#i18n;
    const tabs = this.visibleTabs;
    const selected = this.selectedTab;
    return html`<div class="tablist" role="tablist" part="tablist" aria-label=${t.t('tabsLabel')} @keydown=${this.#onKeyDown}>
        ${tabs.map(
          (tab) => html`<button
            type="button"
            role="tab"
            id="tab-${tab}"
            part=${tab === selected ? 'tab tab-selected' : 'tab'}
            aria-selected=${tab === selected ? 'true' : 'false'}
            aria-controls="panel-${tab}"
            tabindex=${tab === selected ? 0 : -1}
            @click=${() => this.#select(tab, { focus: false, writeHash: true })}
          >${t.t(`tab.${tab}`)}</button>`,
        )}
      </div>
      ${tabs.map(
        (tab) => html`<div
          role="tabpanel"
          id="panel-${tab}"
          part="panel"
          aria-labelledby="tab-${tab}"
          tabindex="0"
          ?hidden=${tab !== selected}
        >${this.#shown.has(tab) ? this.#renderPart(tab, endpoint) : nothing}</div>`,
      )}`;
  }

  #renderPart(tab: MyPagesTab, endpoint: string): TemplateResult {
    const t = this.#i18n;
    if (this.#failed.has(tab)) {
      return html`<p class="part-error" part="error" role="alert">${t.t('partFailed')}</p>
        <p><button type="button" part="button" class="secondary" @click=${() => this.#retry(tab)}>${t.t('retry')}</button></p>`;
    }
    if (!this.#loaded.has(tab)) return loadingView(t);
    const level = this.headingLevel;
    const slug = (other: MyPagesTab) => `#${SLUGS[other][slugLanguage(t.locale)]}`;
    // One fixed template per part: no tag name is ever made from a string (Trusted Types).
    switch (tab) {
      case 'profile':
        return html`<biv-my-profile
          endpoint=${endpoint}
          heading-level=${level}
          change-pin-href=${ifDefined(this.visibleTabs.includes('pin') ? slug('pin') : undefined)}
          block-card-href=${ifDefined(this.visibleTabs.includes('block') ? slug('block') : undefined)}
          new-card-href=${ifDefined(this.newCardHref)}
        ></biv-my-profile>`;
      case 'loans':
        return html`<biv-my-loans endpoint=${endpoint} heading-level=${level}></biv-my-loans>`;
      case 'reservations':
        return html`<biv-my-reservations endpoint=${endpoint} heading-level=${level}></biv-my-reservations>`;
      case 'history':
        return html`<biv-loan-history endpoint=${endpoint} heading-level=${level} new-card-href=${ifDefined(this.newCardHref)}></biv-loan-history>`;
      case 'wishlist':
        return html`<biv-wishlist endpoint=${endpoint} heading-level=${level}></biv-wishlist>`;
      case 'pin':
        return html`<biv-change-pin endpoint=${endpoint} heading-level=${level}></biv-change-pin>`;
      case 'block':
        return html`<p class="intro">${t.t('blockIntro')}</p>
          <biv-block-card-button endpoint=${endpoint} heading-level=${level} new-card-href=${ifDefined(this.newCardHref)}></biv-block-card-button>`;
    }
  }
}
