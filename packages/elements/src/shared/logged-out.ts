import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError, Patron, SessionState } from '@biv/client';
import { blockedWords } from './card-blocked.js';
import { problemText } from './messages.js';
import { heading, headingLevel } from './heading.js';

/** The words a session-bound element's catalogue has for its logged-out view. */
type LoggedOutWords = 'loggedOutTitle' | 'loggedOut' | 'loginLink' | 'blocked.title' | 'blocked.text' | 'blocked.link';

/** What the view reads of the element: its attributes. */
export interface LoggedOutOptions {
  /** Where to log in (`login-href`). */
  readonly loginHref?: string | undefined;
  /** Show a login box of the element's own (`with-login`). */
  readonly withLogin: boolean;
  /** Where "Så får du ett nytt kort" leads once the card is blocked (`new-card-href`). */
  readonly newCardHref?: string | undefined;
  /** The level of the view's heading (`heading-level`); 2 when absent. */
  readonly headingLevel?: number;
}

/**
 * The view of an element that needs a logged-in patron when nobody is: what to do, a link to the
 * login, the `login` slot for the page's own login box, or (`with-login`) a login box inside. The
 * login box's code loads only then.
 *
 * When the session ended because the card was blocked, it says so instead, links to how to get a
 * new card (when the element has `new-card-href`), and offers no login: the card cannot log in.
 */
export function loggedOutView(
  i18n: { t(key: LoggedOutWords): string },
  session: { readonly state: SessionState; readonly store: { readonly endpoint: string } | undefined },
  options: LoggedOutOptions,
): TemplateResult {
  const blocked = blockedWords(i18n, session.state);
  if (blocked) {
    return html`<div class="panel" part="panel">
      ${heading(headingLevel(options.headingLevel), blocked.title, { id: 'view-title', focusable: true })}
      <p>${blocked.text}</p>
      ${options.newCardHref ? html`<p><a href=${options.newCardHref}>${i18n.t('blocked.link')}</a></p>` : nothing}
    </div>`;
  }
  if (options.withLogin) void import('../login-box/define.js');
  return html`<div class="panel" part="panel">
      ${heading(headingLevel(options.headingLevel), i18n.t('loggedOutTitle'), { id: 'view-title', focusable: true })}
      <p>${i18n.t('loggedOut')}</p>
      ${options.loginHref ? html`<p><a href=${options.loginHref}>${i18n.t('loginLink')}</a></p>` : nothing}
    </div>
    ${options.withLogin ? html`<biv-login-box part="login" endpoint=${session.store?.endpoint ?? ''}></biv-login-box>` : html`<slot name="login"></slot>`}`;
}

/**
 * The frame of an element that needs a logged-in patron, in a box in the element's language: the
 * configuration error, the logged-out view, "Hämtar …" until the session is known, else what
 * `loggedIn` renders for the patron.
 */
export function sessionView(
  i18n: Parameters<typeof problemText>[0] & { readonly locale: string; readonly dir: 'ltr' | 'rtl'; t(key: LoggedOutWords | 'loading'): string },
  session: Parameters<typeof loggedOutView>[1] & { readonly configError: ApiError | undefined },
  options: LoggedOutOptions,
  loggedIn: (patron: Patron) => TemplateResult,
): TemplateResult {
  const { configError, state } = session;
  let content: TemplateResult;
  if (configError) content = html`<p class="config-error" part="error" role="alert">${problemText(i18n, configError)}</p>`;
  else if (state.status === 'logged-out') content = loggedOutView(i18n, session, options);
  else if (state.status !== 'logged-in') content = loadingView(i18n);
  else content = loggedIn(state.patron);
  return html`<div class="box" lang=${i18n.locale} dir=${i18n.dir}>${content}</div>`;
}

/** "Hämtar …", announced. */
export const loadingView = (i18n: { t(key: 'loading'): string }): TemplateResult => html`<p class="status" role="status">${i18n.t('loading')}</p>`;
