import { html, nothing, type TemplateResult } from 'lit';
import type { SessionState } from '@biv/client';
import { blockedWords } from './card-blocked.js';

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
      <h2 id="view-title" tabindex="-1">${blocked.title}</h2>
      <p>${blocked.text}</p>
      ${options.newCardHref ? html`<p><a href=${options.newCardHref}>${i18n.t('blocked.link')}</a></p>` : nothing}
    </div>`;
  }
  if (options.withLogin) void import('../login-box/define.js');
  return html`<div class="panel" part="panel">
      <h2 id="view-title" tabindex="-1">${i18n.t('loggedOutTitle')}</h2>
      <p>${i18n.t('loggedOut')}</p>
      ${options.loginHref ? html`<p><a href=${options.loginHref}>${i18n.t('loginLink')}</a></p>` : nothing}
    </div>
    ${options.withLogin ? html`<biv-login-box part="login" endpoint=${session.store?.endpoint ?? ''}></biv-login-box>` : html`<slot name="login"></slot>`}`;
}
